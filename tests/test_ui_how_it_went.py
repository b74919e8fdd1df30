"""Doing an "ask how it went" follow-up in the window asks the customer's answer (1-5, or no
answer) and records it on the entry; Cancel leaves the follow-up open; other follow-ups are simply
done. From the Follow-ups page, Today and the reminder pop-up."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from cxjournal.services import aftercare, entries, followups
from cxjournal.store.models import Entry, FollowUp
from tests.builders import a_customer, an_entry
from tests.helpers import open_page


def resolved_complaint(fake_clock):
    """A complaint resolved a week ago, its "ask how it went" due now."""
    complaint = an_entry(a_customer("Amélie"), kind="complaint", title="Gâteau brûlé")
    entries.resolve_entry(complaint, "Remboursé", ask_after_days=1)
    fake_clock.advance(timedelta(days=2))
    ask = FollowUp.get(FollowUp.entry == complaint.id, FollowUp.origin == aftercare.ASK_ORIGIN)
    return complaint, ask


def answer_with(qtbot, button_of) -> list[str]:
    """When the dialog opens, press the button ``button_of(dialog)`` gives; returns the question
    it showed (empty when no dialog came: the polling stops after a second)."""
    seen: list[str] = []
    tries = [50]

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not hasattr(dialog, "score_buttons"):
            tries[0] -= 1
            if tries[0]:
                QTimer.singleShot(20, press)
            return
        seen.append(dialog.question.text())
        button_of(dialog).click()

    QTimer.singleShot(0, press)
    return seen


def test_done_on_the_followups_page_asks_the_answer_and_records_it(qtbot, fake_clock):
    complaint, ask = resolved_complaint(fake_clock)
    _window, page = open_page(qtbot, "followups")
    page.focus_item("followup", ask.id)
    seen = answer_with(qtbot, lambda dialog: dialog.score_buttons[4])
    page.complete()
    assert seen and "Amélie" in seen[0]
    assert Entry.get_by_id(complaint.id).satisfaction_after == 4
    assert FollowUp.get_by_id(ask.id).done_at is not None


def test_no_answer_marks_it_done_without_a_score(qtbot, fake_clock):
    complaint, ask = resolved_complaint(fake_clock)
    _window, page = open_page(qtbot, "today")
    row = next(i for i, r in enumerate(page.due_model.rows()) if r.item_id == ask.id)
    page.due_table.selectRow(row)
    answer_with(qtbot, lambda dialog: dialog.no_answer_button)
    page.done_button.click()
    assert FollowUp.get_by_id(ask.id).done_at is not None
    assert Entry.get_by_id(complaint.id).satisfaction_after is None


def test_cancel_leaves_the_followup_open(qtbot, fake_clock):
    complaint, ask = resolved_complaint(fake_clock)
    _window, page = open_page(qtbot, "followups")
    page.focus_item("followup", ask.id)
    answer_with(qtbot, lambda dialog: dialog.cancel_button)
    page.complete()
    assert FollowUp.get_by_id(ask.id).done_at is None
    assert Entry.get_by_id(complaint.id).satisfaction_after is None


def test_the_reminder_popup_asks_too(qtbot, fake_clock):
    from cxjournal.services.reminders import Reminder
    from cxjournal.ui.shell.reminder_banner import ReminderBanner

    complaint, ask = resolved_complaint(fake_clock)
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    banner.add_reminder(
        Reminder("x", "followup", ask.title, "Amélie", ask.due_at, ("followup", ask.id))
    )
    answer_with(qtbot, lambda dialog: dialog.score_buttons[2])
    banner.mark_done()
    assert Entry.get_by_id(complaint.id).satisfaction_after == 2


def test_an_ordinary_followup_is_simply_done(qtbot, fake_clock):
    item = followups.add_followup(title="Rappeler le fournisseur", due_at="2026-11-16 08:00")
    _window, page = open_page(qtbot, "followups")
    page.focus_item("followup", item.id)
    page.complete()  # no dialog: it would block here
    assert FollowUp.get_by_id(item.id).done_at is not None


def test_the_keys_1_to_5_answer(qtbot, fake_clock):
    from PySide6.QtCore import Qt

    from cxjournal.ui.dialogs.how_it_went import HowItWentDialog
    from tests.helpers import show_active

    dialog = HowItWentDialog("Amélie")
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_3)
    assert dialog.answer == 3 and dialog.result() == dialog.DialogCode.Accepted
