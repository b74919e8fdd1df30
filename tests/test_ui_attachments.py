"""The detail pane's files (issue 23), driven as the owner would: files dropped on the pane are
attached, images shown as thumbnails and opened full size on a click, other and suspicious files
shown as a plain icon and never drawn, removing asks first and Ctrl+Z brings the file back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from cxjournal.services import attachments
from cxjournal.ui.shell.edit_history import EditHistory
from cxjournal.ui.widgets.attachment_strip import ImageDialog, decode_image
from cxjournal.ui.widgets.entry_detail import EntryDetail
from tests.builders import a_customer, an_entry


def _photo(path: Path, width: int = 640, height: int = 480) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#8b4513"))
    assert image.save(str(path), "PNG")
    return path


def _drop(qtbot, pane, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = QPointF(pane.rect().center())
    enter = QDragEnterEvent(
        where.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(pane, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(pane, drop)


def _pane(qtbot, entry_id: int) -> EntryDetail:
    pane = EntryDetail()
    qtbot.addWidget(pane)
    pane.show_entry(entry_id)
    pane.resize(420, 800)
    pane.show()
    return pane


def test_files_dropped_on_the_pane_are_attached_and_images_drawn(qtbot, tmp_path):
    entry = an_entry(a_customer(), title="Gâteau brûlé")
    pane = _pane(qtbot, entry.id)
    strip = pane.attached
    assert strip.files.count() == 0
    receipt = tmp_path / "recu.txt"
    receipt.write_text("12 croissants", encoding="utf-8")
    fake = tmp_path / "fake.png"
    fake.write_bytes(b"not an image at all")
    svg = tmp_path / "dessin.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"/>')
    _drop(qtbot, pane, [_photo(tmp_path / "gateau.png"), receipt, fake, svg])

    names = [i.name for i in attachments.list_attachments(entry.id)]
    assert names == ["gateau.png", "recu.txt", "fake.png", "dessin.svg"]
    assert strip.files.count() == 4
    assert [strip.is_thumbnail(row) for row in range(4)] == [True, False, False, False]
    assert "gateau.png" in strip.files.item(0).text()


def test_a_click_on_a_thumbnail_opens_the_image_full_size(qtbot, tmp_path):
    entry = an_entry(a_customer())
    attachments.attach_files(entry.id, [("photo.png", _photo(tmp_path / "p.png").read_bytes())])
    pane = _pane(qtbot, entry.id)
    strip = pane.attached
    dialog = strip.open_file(strip.shown[0])
    assert isinstance(dialog, ImageDialog)
    qtbot.addWidget(dialog)
    assert dialog.picture.pixmap().size().toTuple() == (640, 480)  # full size, not the thumbnail
    assert decode_image(b"GIF89a garbage") is None


def test_removing_asks_first_and_ctrl_z_brings_the_file_back(qtbot, tmp_path, monkeypatch):
    entry = an_entry(a_customer())
    data = _photo(tmp_path / "p.png").read_bytes()
    attachments.attach_files(entry.id, [("photo.png", data)])
    pane = _pane(qtbot, entry.id)
    history = EditHistory()
    pane.attached.history = history
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))

    assert not pane.attached.remove_file(pane.attached.shown[0])  # "No": nothing happens
    assert len(attachments.list_attachments(entry.id)) == 1
    assert pane.attached.remove_file(pane.attached.shown[0])
    assert attachments.list_attachments(entry.id) == []
    assert pane.attached.files.count() == 0

    assert history.undo(pane)
    back = attachments.list_attachments(entry.id)
    assert [i.name for i in back] == ["photo.png"]
    assert attachments.attachment_data(back[0].id) == data
    assert history.redo(pane)
    assert attachments.list_attachments(entry.id) == []


def test_the_limit_is_set_in_settings(qtbot):
    from cxjournal.services.settings import get_setting
    from cxjournal.ui.pages.settings import Page

    page = Page()
    qtbot.addWidget(page)
    spin = page.numbers["attachment_limit_mb"]
    assert spin.value() == 10
    spin.setValue(25)
    assert page.save()
    assert get_setting("attachment_limit_mb") == "25"
    assert attachments.limit_bytes() == 25 * 1024 * 1024
