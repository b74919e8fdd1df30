"""The Resolve dialog of the Journal's detail pane, driven with the keyboard as an owner would:
prefilled from the response box, Ctrl+Enter resolves with the typed text, Cancel and Esc change
nothing (Esc asks first when text was typed)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from cxjournal.services import entries, people
from cxjournal.store.models import Entry
from cxjournal.ui.dialogs.resolve_dialog import ResolveDialog
from tests.helpers import open_page, show_active

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def burnt(fake_clock):
    amelie = people.add_person("Amélie Château", "customer")
    return entries.log_entry(
        kind="complaint", title="Pain brûlé", person=amelie, occurred_at="2026-11-10 08:00"
    )


def detail_showing(qtbot, entry):
    _, page = open_page(qtbot, "journal")
    page.focus_entry(entry.id)
    return page.detail


def test_typed_text_is_saved_as_the_resolution_with_ctrl_enter(qtbot, burnt, monkeypatch):
    detail = detail_showing(qtbot, burnt)
    detail.response.setPlainText("Baguette offerte")
    seen = {}

    def type_at_the_keyboard(dialog):
        show_active(qtbot, dialog)
        seen["prefill"] = dialog.text.toPlainText()
        seen["focus"] = dialog.text.hasFocus()
        qtbot.keyClicks(dialog.text, " et un avoir")
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return, CTRL)
        return dialog.result()

    monkeypatch.setattr(ResolveDialog, "exec", type_at_the_keyboard)
    detail.resolve_button.click()
    assert seen == {"prefill": "Baguette offerte", "focus": True}
    saved = Entry.get_by_id(burnt.id)
    assert (saved.status, saved.resolution) == ("resolved", "Baguette offerte et un avoir")
    assert detail.reopen_button.isEnabled() and not detail.resolve_button.isEnabled()


def test_cancel_changes_nothing(qtbot, burnt, monkeypatch):
    detail = detail_showing(qtbot, burnt)
    detail.response.setPlainText("Baguette offerte")

    def cancel(dialog):
        show_active(qtbot, dialog)
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
        return dialog.result()

    monkeypatch.setattr(ResolveDialog, "exec", cancel)
    detail.resolve_button.click()
    kept = Entry.get_by_id(burnt.id)
    assert (kept.status, kept.resolution) == ("open", "")
    assert detail.resolve_button.isEnabled()
    assert detail.response.toPlainText() == "Baguette offerte"  # still there to be recorded


def test_escape_asks_before_discarding_typed_text(qtbot, burnt, monkeypatch):
    answers = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a: answers.pop(0) if answers else pytest.fail("asked")
    )
    dialog = ResolveDialog(burnt.id, "Baguette offerte")
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    qtbot.keyClick(dialog.text, Qt.Key.Key_Escape)  # only the prefill: nothing typed, no question
    assert not dialog.isVisible()

    show_active(qtbot, dialog)
    qtbot.keyClicks(dialog.text, " et un avoir")
    answers.append(QMessageBox.StandardButton.No)
    qtbot.keyClick(dialog.text, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.text.toPlainText().endswith("un avoir")
    answers.append(QMessageBox.StandardButton.Yes)
    qtbot.keyClick(dialog.text, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.resolved is None
    assert Entry.get_by_id(burnt.id).status == "open"
