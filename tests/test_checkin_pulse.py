"""The staff pulse asked at a department check-in: marking the check-in done in the window offers
the week's question; each person present taps a face, no score is ever shown, and the round is
recorded together as anonymous pulse answers (day only, random order); "Not now" records nothing.
Also the service that records a round."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from cxjournal.errors import ValidationError
from cxjournal.services import people, ratings
from cxjournal.services.reminders import CHECKIN_ORIGIN
from cxjournal.store import changelog
from cxjournal.store.models import FollowUp, PulseAnswer
from tests.builders import a_staff_member
from tests.helpers import open_page

NOW = datetime(2026, 3, 20, 15, 30)


def test_a_round_of_answers_is_recorded_together_with_the_day_only():
    start = changelog.latest_id()
    assert ratings.record_pulse_answers([4, 2, 3], question="Votre semaine ?", now=NOW) == 3
    rows = sorted((r.day, r.score, r.question, r.text) for r in PulseAnswer.select())
    assert rows == [(NOW.date(), s, "Votre semaine ?", "") for s in (2, 3, 4)]
    assert {(c.kind, c.item_id) for c in changelog.changes_after(start)} == {("pulse", None)}
    assert min(r.id for r in PulseAnswer.select()) > 1000  # random ids, as one answer's
    with pytest.raises(ValidationError):
        ratings.record_pulse_answers([4, 9], now=NOW)
    assert PulseAnswer.select().count() == 3  # a bad score records none of the round


def the_checkin() -> FollowUp:
    kitchen = people.add_department("Cuisine", "weekly")
    a_staff_member("Sam", department=kitchen)
    return FollowUp.get(FollowUp.origin == CHECKIN_ORIGIN)


def when_the_round_opens(act) -> list[str]:
    """When the check-in's pulse dialog opens, ``act(dialog)``; returns what its count said."""
    seen: list[str] = []
    tries = [100]

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not hasattr(dialog, "face_buttons"):
            tries[0] -= 1
            if tries[0]:
                QTimer.singleShot(20, step)
            return
        seen.append(dialog.question.text())
        act(dialog, seen)

    QTimer.singleShot(0, step)
    return seen


def test_done_on_a_department_checkin_asks_the_staff_present_the_weeks_question(qtbot, fake_clock):
    ratings.set_kiosk_pin("2468")
    checkin = the_checkin()
    _window, page = open_page(qtbot, "followups")
    page.focus_item("followup", checkin.id)

    def answer(dialog, seen) -> None:
        for score in (4, 1, 3):
            dialog.face_buttons[score].click()
        seen.append(dialog.count.text())
        dialog.record_button.click()

    seen = when_the_round_opens(answer)
    page.complete()
    assert seen[0].endswith("How was your week?</b>")
    assert seen[1] == "3 answers so far. Pass the screen on."  # how many, never which
    assert sorted(a.score for a in PulseAnswer.select()) == [1, 3, 4]
    assert {a.day for a in PulseAnswer.select()} == {fake_clock.now().date()}
    assert FollowUp.get_by_id(checkin.id).done_at is not None


def test_not_now_records_nothing_and_the_checkin_stays_done(qtbot, fake_clock):
    checkin = the_checkin()
    _window, page = open_page(qtbot, "followups")
    page.focus_item("followup", checkin.id)

    def skip(dialog, _seen) -> None:
        dialog.face_buttons[2].click()
        dialog.skip_button.click()

    seen = when_the_round_opens(skip)
    page.complete()
    assert seen and PulseAnswer.select().count() == 0
    assert FollowUp.get_by_id(checkin.id).done_at is not None
