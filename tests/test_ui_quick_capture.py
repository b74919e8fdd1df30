"""Quick capture with the keyboard only: Ctrl+N, a new person inline, Enter saves, Esc asks."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from cxjournal.services import people
from cxjournal.store.models import Entry, FollowUp, Person, Promise
from cxjournal.ui.main_window import MainWindow
from cxjournal.ui.quick_capture import QuickCaptureDialog
from tests.conftest import show_active


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
    dialog.follow_up.setChecked(True)
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
        "cxjournal.ui.quick_capture.open_quick_capture",
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
