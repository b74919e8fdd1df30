"""Answer every message (issue 20): saved e-mails, as mail programs write them, logged as entries
(or as the shop's replies), once each, all files or none; on both engines, and through the CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from cxjournal.cli import main
from cxjournal.errors import ValidationError
from cxjournal.io import email_import
from cxjournal.io.email_reading import parse_message, read_message
from cxjournal.services import people
from cxjournal.services.settings import get_setting, set_setting
from cxjournal.store.connection import close_journal
from cxjournal.store.models import Entry, Person, Response

MAIL = Path(__file__).parent / "fixtures" / "email"
COMPLAINT = MAIL / "thunderbird-complaint.eml"  # multipart/alternative, ISO-8859-1 QP, quotes
THANKS = MAIL / "gmail-html-with-attachment.eml"  # HTML only (base64 UTF-8), a PDF attached
REPLY = MAIL / "outlook-shop-reply.eml"  # the shop's answer to COMPLAINT
NO_ID = MAIL / "no-message-id.eml"


@pytest.fixture(autouse=True)
def _clock(fake_clock):
    return fake_clock


def test_a_thunderbird_message_becomes_an_entry_with_its_quotes_and_signature_trimmed():
    report = email_import.import_emails([COMPLAINT])
    entry = Entry.get_by_id(report.entry_ids[0])
    assert entry.channel == "email"
    assert entry.title == "Gâteau d'anniversaire abîmé"  # a UTF-8 encoded subject
    assert entry.person.name == "Renée François"  # an ISO-8859-1 encoded sender
    assert entry.person.email == "renee.francois@example.fr" and entry.person.side == "customer"
    assert entry.details == (
        "Bonjour,\n\nLe gâteau d'anniversaire commandé pour samedi est arrivé abîmé : la crème "
        "avait coulé sur le côté.\n\nPouvez-vous me rappeler ?"
    )  # no "Le … a écrit :" block, no "> " lines, no signature
    assert entry.message_id == "<5e1b7c2a-91f0-4d3e-a1c4-2f0d9b1e7a10@example.fr>"
    assert entry.occurred_at == read_message(COMPLAINT).when


def test_an_html_only_message_is_reduced_to_text_and_its_attachment_left_out():
    known = people.add_person("Paul Durand", "customer", email="paul.durand@gmail.com")
    report = email_import.import_emails([THANKS])
    entry = Entry.get_by_id(report.entry_ids[0])
    assert entry.person_id == known.id and report.people_added == []  # matched by address
    assert entry.details == "Bonjour,\n\nMerci à l'équipe pour la pièce montée & les macarons !"
    assert "facture" not in entry.details and "color" not in entry.details


def test_the_same_message_twice_is_logged_once():
    email_import.import_emails([COMPLAINT, COMPLAINT])  # twice in one import
    again = email_import.import_emails([COMPLAINT])  # and again later
    assert Entry.select().count() == 1 and Person.select().count() == 1
    assert again.skipped == ["thunderbird-complaint.eml"] and again.logged == []


def test_a_message_without_message_id_is_recognised_by_sender_date_subject_and_text(tmp_path):
    email_import.import_emails([NO_ID], side="staff")
    copy = tmp_path / "saved-again.eml"
    shutil.copy(NO_ID, copy)
    assert email_import.import_emails([copy]).skipped == ["saved-again.eml"]
    changed = tmp_path / "other-text.eml"
    changed.write_bytes(NO_ID.read_bytes().replace(b"samedi 12", b"dimanche 13"))
    assert len(email_import.import_emails([changed]).logged) == 1
    assert {p.side for p in Person.select()} == {"staff"}


def test_the_shops_reply_is_the_response_to_the_entry_it_answers():
    set_setting("shop_addresses", "Contact@Boulangerie-Martin.fr; patron@boulangerie-martin.fr")
    assert get_setting("shop_addresses") == (
        "contact@boulangerie-martin.fr, patron@boulangerie-martin.fr"
    )
    report = email_import.import_emails([REPLY, COMPLAINT])  # any order: oldest first
    entry = Entry.get()
    answer = Response.get()
    assert report.responses == [("outlook-shop-reply.eml", entry.id)]
    assert answer.entry_id == entry.id and answer.message_id.startswith("<AM0PR07MB1234ABCD")
    assert answer.text == (
        "Bonjour Madame François,\n\nToutes nos excuses : nous vous rembourserons le gâteau samedi."
    )
    assert entry.first_response_at == answer.at and entry.status == "in-progress"
    assert email_import.import_emails([REPLY]).skipped == ["outlook-shop-reply.eml"]
    assert Response.select().count() == 1
    assert not Person.select().where(Person.email == "contact@boulangerie-martin.fr").exists()


def test_a_reply_to_a_message_not_in_the_journal_refuses_the_import():
    set_setting("shop_addresses", "contact@boulangerie-martin.fr")
    with pytest.raises(ValidationError, match=r"outlook-shop-reply\.eml was sent by the shop"):
        email_import.import_emails([THANKS, REPLY])
    assert Entry.select().count() == 0 and Person.select().count() == 0  # all or none


def test_the_shop_addresses_setting_is_checked():
    with pytest.raises(ValidationError, match="does not look like an email address"):
        set_setting("shop_addresses", "contact@boulangerie.fr, not-an-address")
    assert get_setting("shop_addresses") == ""


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("dated-in-the-future.eml", "dated 2027-01-01 .*in the future"),
        ("impossible-date.eml", "no date, or an impossible one"),
    ],
)
def test_a_future_or_impossible_date_refuses_every_file(name, message):
    with pytest.raises(ValidationError, match=f"{name}: the message .*{message.split('.*')[-1]}"):
        email_import.import_emails([THANKS, MAIL / name])
    assert Entry.select().count() == 0


def test_malformed_files_and_outlook_msg_get_one_clear_line():
    with pytest.raises(ValidationError, match="not an e-mail message"):
        parse_message(b"\x00\x01 this is a picture, not a message", "photo.eml")
    with pytest.raises(ValidationError, match=r"Save as \.eml"):
        parse_message(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "Réclamation.msg")


def test_a_dry_run_says_what_would_happen_and_writes_nothing():
    report = email_import.import_emails([COMPLAINT, THANKS], dry_run=True)
    assert [name for name, _ in report.logged] == ["thunderbird-complaint.eml", "gmail-html-with-attachment.eml"]  # fmt: skip
    assert len(report.people_added) == 2 and not report.written
    assert Entry.select().count() == 0 and Person.select().count() == 0


@pytest.fixture
def cli(tmp_path, capsys):
    close_journal()
    db = str(tmp_path / "shop.db")

    def run(*args):
        code = main(["--db", db, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.mark.file_only
def test_cli_import_email(cli, tmp_path):
    code, out, _ = cli(
        "import", "email", str(COMPLAINT), str(NO_ID), "--side", "staff", "--dry-run"
    )
    assert code == 0 and "Would log 2 e-mails" in out and "dry run" in out
    code, out, err = cli("import", "email", str(COMPLAINT), str(MAIL / "impossible-date.eml"))
    assert code == 2 and err.count("\n") == 1 and "impossible-date.eml" in err
    assert cli("settings", "set", "shop_addresses", "contact@boulangerie-martin.fr")[0] == 0
    code, out, _ = cli("import", "email", str(COMPLAINT), str(REPLY))
    assert code == 0 and "Logged 1 e-mail, recorded 1 reply" in out
    code, out, _ = cli("import", "email", str(COMPLAINT))
    assert code == 0 and "already in the journal" in out
    msg = tmp_path / "Réclamation.msg"
    msg.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)
    code, _, err = cli("import", "email", str(msg))
    assert code == 2 and "Save as .eml" in err and "Traceback" not in err
    code, out, _ = cli("entry", "list", "--json")
    assert [e["channel"] for e in json.loads(out)] == ["email"]


def _drop(window, paths) -> None:
    """Files dragged over the page shown and dropped there: the window takes them."""
    from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    target = window.stack  # not the window itself: the drop reaches it from the page
    enter = QDragEnterEvent(
        QPoint(30, 30), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(30, 30), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(target, drop)


def _answer_when_asked(qtbot, button_text: str, seen: list) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def click() -> None:
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != "unknown-senders":
            QTimer.singleShot(20, click)
            return
        seen.append(box.informativeText())
        next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, click)


def test_dropping_emails_on_the_window_offers_to_add_the_unknown_sender(qtbot):
    from cxjournal.ui.shell.main_window import MainWindow
    from tests.helpers import show_active

    window = MainWindow()
    qtbot.addWidget(window)
    show_active(qtbot, window)
    seen: list[str] = []
    _answer_when_asked(qtbot, "Add as staff", seen)
    _drop(window, [NO_ID])
    assert seen == ["staff.member <staff.member@example.org>"]
    entry = Entry.get()
    assert entry.person.side == "staff" and entry.channel == "email"
    assert window.email_drop.last_report.logged == [("no-message-id.eml", "Planning de décembre")]
    assert "1 e-mail logged" in window.statusBar().currentMessage()
    seen.clear()
    _drop(window, [NO_ID])  # the same file again: nothing asked, nothing logged twice
    assert seen == [] and Entry.select().count() == 1
    assert "1 already in the journal" in window.statusBar().currentMessage()


def test_cancelling_the_unknown_sender_question_logs_nothing(qtbot):
    from cxjournal.ui.shell.main_window import MainWindow
    from tests.helpers import show_active

    window = MainWindow()
    qtbot.addWidget(window)
    show_active(qtbot, window)
    seen: list[str] = []
    _answer_when_asked(qtbot, "Cancel", seen)
    _drop(window, [COMPLAINT, THANKS])
    assert len(seen) == 1 and "Paul Durand <paul.durand@gmail.com>" in seen[0]
    assert Entry.select().count() == 0 and Person.select().count() == 0
