"""Quick capture with the keyboard only: Ctrl+N, a new person inline, the fields in the order a
conversation is told, days typed as said ("samedi"), Enter saves, Esc asks; labels in both languages
underline their letter instead of showing "&"."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from cxjournal.services import people
from cxjournal.store.models import Entry, FollowUp, Person, Promise
from cxjournal.ui.dialogs.quick_capture import QuickCaptureDialog
from cxjournal.ui.shell.main_window import MainWindow
from cxjournal.ui.shell.translation import install_gui_translators
from tests.conftest import show_active


class Keyboard:
    """Types into whatever has the focus, as a person would, and counts the keys that are not the
    words themselves (Tab, Enter, arrows, a digit picked from a list)."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.keys = 0

    def words(self, text: str) -> None:
        """Any text, accents included (QTest.keyClicks types ASCII only)."""
        for char in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(QApplication.focusWidget(), event)

    def press(self, key: Qt.Key) -> None:
        self.keys += 1
        self.qtbot.keyClick(QApplication.focusWidget(), key)


@pytest.fixture
def french(qtbot):
    app = QCoreApplication.instance()
    install_gui_translators(app, "fr")
    yield
    install_gui_translators(app, "en")


def test_a_whole_conversation_takes_few_keys_besides_the_words(qtbot, fake_clock, french):
    dialog = QuickCaptureDialog()
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    keyboard = Keyboard(qtbot)
    keyboard.words("Élodie Marchand")  # who: someone new
    keyboard.press(Qt.Key.Key_Tab)  # customer or staff: keep "customer"
    keyboard.press(Qt.Key.Key_Tab)  # what kind: keep "complaint"
    keyboard.press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.title
    keyboard.words("Croissants rassis ce matin")  # what was said
    keyboard.press(Qt.Key.Key_Tab)  # past the details
    keyboard.press(Qt.Key.Key_Tab)
    keyboard.press(Qt.Key.Key_2)  # satisfaction 2 / 5
    keyboard.press(Qt.Key.Key_Tab)
    keyboard.words("Boîte de croissants offerte")
    keyboard.press(Qt.Key.Key_Tab)
    keyboard.words("samedi")
    keyboard.press(Qt.Key.Key_Tab)
    keyboard.words("lundi")
    assert (dialog.promise_due.shown.text(), dialog.follow_up_on.shown.text()) == (
        "sam. 21 nov.",
        "lun. 23 nov.",
    )
    keyboard.press(Qt.Key.Key_Return)
    assert dialog.result() == QuickCaptureDialog.DialogCode.Accepted
    assert keyboard.keys <= 12, keyboard.keys  # 10 here; 24 with the previous dialog
    elodie = Person.get(Person.name == "Élodie Marchand")
    entry = Entry.get()
    assert (elodie.side, entry.person_id, entry.kind, entry.title, entry.satisfaction) == (
        "customer",
        elodie.id,
        "complaint",
        "Croissants rassis ce matin",
        2,
    )
    promise = Promise.get()
    assert (promise.what, promise.person_id, promise.entry_id) == (
        "Boîte de croissants offerte",
        elodie.id,
        entry.id,
    )
    assert promise.due_date == date(2026, 11, 21)  # the coming Saturday (the clock says Monday)
    followup = FollowUp.get()
    assert (followup.due_at, followup.person_id) == (datetime(2026, 11, 23, 9, 0), elodie.id)


_MNEMONIC = re.compile(r"&(?!&)")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_label_with_a_shortcut_letter_has_a_field_to_jump_to(qtbot, lang):
    """Without a buddy a QLabel shows "&Qui" literally."""
    app = QCoreApplication.instance()
    install_gui_translators(app, lang)
    try:
        dialog = QuickCaptureDialog()
        qtbot.addWidget(dialog)
        labels = dialog.findChildren(QLabel)
        with_letter = [
            label for label in labels if _MNEMONIC.search(label.text().replace("&&", ""))
        ]
        assert len(with_letter) >= 7  # the form's labels, translated
        assert [label.text() for label in with_letter if label.buddy() is None] == []
    finally:
        install_gui_translators(app, "en")


def test_one_key_gives_tomorrow_or_next_week(qtbot, fake_clock):
    dialog = QuickCaptureDialog()
    qtbot.addWidget(dialog)
    field = dialog.follow_up_on
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert (field.day(), field.shown.text()) == (date(2026, 11, 17), "Tue 17 Nov")
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.keyClick(field, Qt.Key.Key_Down)  # never before today
    assert field.day() == date(2026, 11, 16)
    field.clear()
    qtbot.keyClick(dialog.promise_due, Qt.Key.Key_PageUp)
    assert dialog.promise_due.day() == date(2026, 11, 23)
    assert field.day() is None and field.shown.text() == ""


def test_a_day_that_cannot_be_read_stops_the_save_and_says_why(qtbot, fake_clock):
    dialog = QuickCaptureDialog()
    qtbot.addWidget(dialog)
    dialog.title.setText("Four en panne")
    qtbot.keyClicks(dialog.follow_up_on, "hier")
    assert dialog.follow_up_on.shown.text() == "?"
    dialog.save()
    assert dialog.error.isVisibleTo(dialog) and "has passed" in dialog.error.text()
    assert Entry.select().count() == 0
    dialog.follow_up_on.setText("+2")
    dialog.save()
    assert FollowUp.get().due_at == datetime(2026, 11, 18, 9, 0)


def test_the_date_reader_is_not_imported_to_open_the_window_or_the_dialog(journal):
    """dateparser costs about 0.3 s: it waits for the first typed day."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from cxjournal.store.connection import open_journal\n"
        f"open_journal({str(journal)!r})\n"
        "from cxjournal.ui.shell.main_window import MainWindow\n"
        "from cxjournal.ui.dialogs.quick_capture import QuickCaptureDialog\n"
        "window = MainWindow(); window.show(); dialog = QuickCaptureDialog(window)\n"
        "assert 'dateparser' not in sys.modules\n"
        "dialog.promise_due.setText('samedi')\n"
        "assert 'dateparser' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_a_conversation_with_a_new_customer_typed_and_saved_with_enter(qtbot, fake_clock):
    dialog = QuickCaptureDialog()
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert dialog.focusWidget() is dialog.who
    qtbot.keyClicks(dialog.who, "Zoe Nouvelle")  # QTest types ASCII only
    assert "New in the journal" in dialog.who_hint.text()
    qtbot.keyClick(dialog.who, Qt.Key.Key_Tab)  # to customer / staff: keep "customer"
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # to the kind
    assert dialog.focusWidget() is dialog.kind
    dialog.kind.setFocus()
    qtbot.keyClicks(dialog.kind, "Compl")  # type-ahead picks "Complaint"
    qtbot.keyClicks(dialog.title, "Gateau ecrase")
    qtbot.keyClicks(dialog.promised, "Gateau refait")
    qtbot.keyClicks(dialog.promise_due, "+7")
    qtbot.keyClicks(dialog.follow_up_on, "+3")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)  # Enter saves
    assert dialog.result() == QuickCaptureDialog.DialogCode.Accepted
    zoe = Person.get(Person.name == "Zoe Nouvelle")
    entry = Entry.get()
    assert (zoe.side, entry.person_id, entry.kind, entry.title) == (
        "customer",
        zoe.id,
        "complaint",
        "Gateau ecrase",
    )
    assert Promise.get().what == "Gateau refait" and Promise.get().entry_id == entry.id
    assert FollowUp.get().due_at == datetime(2026, 11, 19, 9, 0)  # three days on, at 9


def test_a_known_person_fixes_the_side_and_errors_show_in_the_dialog(qtbot, fake_clock):
    bruno = people.add_person("Bruno Lefèvre", "staff")
    dialog = QuickCaptureDialog()
    qtbot.addWidget(dialog)
    dialog.who.setText("bruno lefèvre")  # any case
    assert dialog.side.currentData() == "staff" and not dialog.side.isEnabled()
    assert dialog.kind.findData("complaint") == -1  # staff kinds only
    dialog.save()  # no title
    assert dialog.error.isVisibleTo(dialog) and "Title" in dialog.error.text()
    assert Entry.select().count() == 0
    dialog.title.setText("Four en panne")
    dialog.save()
    assert Entry.get().person_id == bruno.id


def test_escape_asks_before_discarding_what_was_typed(qtbot, monkeypatch):
    answers = []

    def question(parent, title, text, *args):
        answers.append(text)
        return (
            QMessageBox.StandardButton.No if len(answers) == 1 else QMessageBox.StandardButton.Yes
        )

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = QuickCaptureDialog()
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    qtbot.keyClicks(dialog.title, "Brouillon")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(answers) == 1  # said No: still open
    qtbot.keyClick(dialog.title, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert Entry.select().count() == 0


def test_escape_on_an_empty_dialog_closes_without_asking(qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a: (_ for _ in ()).throw(AssertionError))
    dialog = QuickCaptureDialog()
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    qtbot.keyClick(dialog.who, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_ctrl_n_opens_quick_capture_from_any_page(qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(
        "cxjournal.ui.dialogs.quick_capture.open_quick_capture",
        lambda parent, person_id=None: opened.append((parent, person_id)),
    )
    window = MainWindow()
    qtbot.addWidget(window)
    show_active(qtbot, window)
    window.show_page("promises")
    qtbot.keyClick(
        window.focusWidget() or window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
    )
    assert opened == [(window, None)]
