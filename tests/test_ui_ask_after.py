"""The Resolve dialog offers "Ask how it went in 7 days" (checked) for a customer complaint: left
checked it plans the follow-up, unchecked it plans none; a staff concern is never asked."""

from __future__ import annotations

from cxjournal.services import aftercare, people
from cxjournal.store.models import FollowUp
from cxjournal.ui.dialogs.resolve_dialog import ResolveDialog
from tests.builders import an_entry
from tests.helpers import show_active


def asks(entry) -> int:
    return (
        FollowUp.select()
        .where(FollowUp.entry == entry.id, FollowUp.origin == aftercare.ASK_ORIGIN)
        .count()
    )


def resolved_with(qtbot, entry, checked: bool | None) -> ResolveDialog:
    dialog = ResolveDialog(entry.id, "Baguette offerte")
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    if checked is not None:
        assert dialog.ask_after.isVisible() and dialog.ask_after.isChecked()
        assert dialog.ask_after.text() == "Ask how it went in 7 days"
        dialog.ask_after.setChecked(checked)
    dialog.resolve_button.click()
    assert dialog.resolved is not None
    return dialog


def test_left_checked_the_follow_up_is_planned(qtbot, fake_clock):
    complaint = an_entry(people.add_person("Amélie", "customer"), kind="complaint")
    resolved_with(qtbot, complaint, True)
    assert asks(complaint) == 1


def test_unchecked_no_follow_up(qtbot, fake_clock):
    complaint = an_entry(people.add_person("Amélie", "customer"), kind="complaint")
    resolved_with(qtbot, complaint, False)
    assert asks(complaint) == 0


def test_a_staff_concern_is_not_offered(qtbot, fake_clock):
    concern = an_entry(people.add_person("Sam", "staff"), kind="concern")
    dialog = resolved_with(qtbot, concern, None)
    assert not dialog.ask_after.isVisible()
    assert asks(concern) == 0
