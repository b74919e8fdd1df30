"""Responses corrected and deleted in the window (issue 23): from the entry's detail pane (buttons
and context menu), on the window's undo stack (Ctrl+Z, Ctrl+Shift+Z), with the conflict check when
someone else corrected the answer meanwhile."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from cxjournal.services import entries, responses
from cxjournal.store.models import Entry, Response
from cxjournal.ui.widgets.context_menu import build_menu
from cxjournal.ui.widgets.response_list import ResponseDialog
from tests.builders import a_customer, an_entry
from tests.helpers import open_page
from tests.test_ui_undo import CTRL, SHIFT, answer_conflict


def _answered(fake_clock):
    entry = an_entry(a_customer(), title="Four en panne", occurred_at="2026-11-10 09:00")
    first = entries.respond(entry.id, "Rappel du technicien", at="2026-11-10 10:00")
    entries.respond(entry.id, "Pièce commandée", at="2026-11-10 15:00")
    return entry.id, first.id


def _journal(qtbot, entry_id: int):
    window, page = open_page(qtbot, "journal")
    page.focus_entry(entry_id)
    return window, page


def _typing(monkeypatch, text: str | None = None, at: str | None = None) -> None:
    """The edit dialog, when it opens, takes these values and is saved."""

    def exec_(dialog: ResponseDialog) -> int:
        if text is not None:
            dialog.text.setPlainText(text)
        if at is not None:
            dialog.at.setText(at)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ResponseDialog, "exec", exec_)


def test_a_response_edited_in_the_pane_is_undone_and_redone(qtbot, fake_clock, monkeypatch):
    entry_id, first = _answered(fake_clock)
    window, page = _journal(qtbot, entry_id)
    shown = page.detail.history
    assert "Rappel du technicien" in shown.text() and "Pièce commandée" in shown.text()
    shown.answers.setCurrentRow(0)
    menu = build_menu(shown.answers, shown.menu_items())
    assert [a.text() for a in menu.actions()][:2] == ["&Edit response…", "Delete response…"]
    _typing(monkeypatch, text="Rappel du boulanger", at="2026-11-10 16:00")
    shown.edit_button.click()
    assert Response.get_by_id(first).text == "Rappel du boulanger"
    assert Entry.get_by_id(entry_id).first_response_at == datetime(2026, 11, 10, 15, 0)
    assert "Rappel du boulanger" in page.detail.history.text()
    assert window.undo_action.text() == "Undo response change"

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    assert Response.get_by_id(first).text == "Rappel du technicien"
    assert Entry.get_by_id(entry_id).first_response_at == datetime(2026, 11, 10, 10, 0)
    qtbot.waitUntil(lambda: "Rappel du technicien" in page.detail.history.text())
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL | SHIFT)
    assert Response.get_by_id(first).text == "Rappel du boulanger"


def test_a_response_deleted_after_a_question_comes_back_on_ctrl_z(qtbot, fake_clock, monkeypatch):
    entry_id, first = _answered(fake_clock)
    window, page = _journal(qtbot, entry_id)
    shown = page.detail.history
    shown.answers.setCurrentRow(0)
    asked = []

    def question(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    shown.delete_button.click()  # No: nothing deleted
    assert Response.get_or_none(Response.id == first) is not None
    shown.delete_button.click()
    assert "Rappel du technicien" in asked[-1]
    assert Response.get_or_none(Response.id == first) is None
    assert Entry.get_by_id(entry_id).first_response_at == datetime(2026, 11, 10, 15, 0)
    assert "Rappel du technicien" not in page.detail.history.text()
    assert window.undo_action.text() == "Undo deleting a response"

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    (back,) = Response.select().where(Response.text == "Rappel du technicien")
    assert back.at == datetime(2026, 11, 10, 10, 0)
    assert Entry.get_by_id(entry_id).first_response_at == datetime(2026, 11, 10, 10, 0)
    qtbot.waitUntil(lambda: "Rappel du technicien" in page.detail.history.text())
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL | SHIFT)
    assert Response.select().where(Response.text == "Rappel du technicien").count() == 0


def test_undoing_over_someone_elses_correction_asks_first(qtbot, fake_clock, monkeypatch):
    entry_id, first = _answered(fake_clock)
    window, page = _journal(qtbot, entry_id)
    page.detail.history.answers.setCurrentRow(0)
    _typing(monkeypatch, text="Rappel du boulanger")
    page.detail.history.edit_button.click()
    responses.edit_response(first, text="Corrigé ailleurs")  # another computer, meanwhile
    seen: list = []
    answer_conflict("reject", seen)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    assert seen and Response.get_by_id(first).text == "Corrigé ailleurs"
    assert window.undo_action.text() == "Undo response change"  # cancelled: the stack stays
