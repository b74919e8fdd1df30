"""Issue 23, attachments: what a click on a file does (an image drawn only when Qt decodes it,
anything else handed to the system's program as a private copy, a program or script never run
but offered to be saved) and erasure of a person taking their files on either engine."""

from __future__ import annotations

import stat
from pathlib import Path

from PySide6.QtGui import QColor, QDesktopServices, QImage
from PySide6.QtWidgets import QMessageBox

from cxjournal.services import attachments, privacy
from cxjournal.store.models import Attachment
from cxjournal.ui.widgets.attachment_strip import ImageDialog
from cxjournal.ui.widgets.entry_detail import EntryDetail
from tests.builders import a_customer, an_entry


def _png(path: Path) -> bytes:
    image = QImage(32, 24, QImage.Format.Format_RGB32)
    image.fill(QColor("#8b4513"))
    assert image.save(str(path), "PNG")
    return path.read_bytes()


def _strip(qtbot, entry_id: int):
    pane = EntryDetail()
    qtbot.addWidget(pane)
    pane.show_entry(entry_id)
    return pane.attached


def test_only_a_decodable_image_is_drawn_other_files_go_to_the_system_program(
    qtbot, tmp_path, monkeypatch
):
    entry = an_entry(a_customer(), title="Livraison")
    attachments.attach_files(
        entry.id,
        [
            ("photo.png", _png(tmp_path / "p.png")),
            ("bon.pdf", b"%PDF-1.4 bon de livraison"),
            ("faux.png", b"\x89PNG\r\n\x1a\nnot really"),
        ],
    )
    opened: list[Path] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(Path(url.toLocalFile())) or True
    )
    strip = _strip(qtbot, entry.id)
    photo, pdf, fake = strip.shown
    dialog = strip.open_file(photo)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, ImageDialog) and opened == []
    assert strip.open_file(pdf) is None
    assert strip.open_file(fake) is None  # not decodable: never drawn, handed over as a file
    assert [p.name for p in opened] == ["bon.pdf", "faux.png"]
    assert opened[0].read_bytes() == b"%PDF-1.4 bon de livraison"
    assert stat.S_IMODE(opened[0].stat().st_mode) == 0o600  # a private copy
    assert stat.S_IMODE(opened[0].parent.stat().st_mode) == 0o700


def test_a_program_or_script_is_never_opened_only_offered_to_be_saved(qtbot, monkeypatch):
    entry = an_entry(a_customer(), title="Facture")
    attachments.attach_files(entry.id, [("facture.pdf.exe", b"MZ"), ("lancer.sh", b"#!/bin/sh")])
    opened, asked = [], []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No
    )
    strip = _strip(qtbot, entry.id)
    for info in strip.shown:
        assert strip.open_file(info) is None
    assert opened == []
    assert len(asked) == 2 and "does not open it" in asked[0]


def test_erasing_a_person_takes_their_files_on_either_engine(tmp_path):
    lea, zoe = a_customer("Léa"), a_customer("Zoé")
    hers = an_entry(lea, title="Gâteau brûlé")
    other = an_entry(zoe, title="Merci")
    attachments.attach_files(hers.id, [("gateau.png", _png(tmp_path / "g.png"))])
    attachments.attach_files(other.id, [("merci.txt", b"merci")])
    privacy.erase_person(lea.id)
    assert [a.name for a in Attachment.select()] == ["merci.txt"]
    assert [i.name for i in attachments.list_attachments(other.id)] == ["merci.txt"]
