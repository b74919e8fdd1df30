"""Today's pulse shows the customers' Happy Index of today and of the month with their counts,
and the staff pulse of the month only from 3 answers up."""

from datetime import datetime

from cxjournal.services import ratings
from tests.helpers import open_page


def test_today_shows_the_happy_index_with_counts(qtbot, fake_clock):
    ratings.record_rating(4, at=datetime(2026, 11, 16, 8, 30))  # today (the clock: 16 Nov, 9:00)
    ratings.record_rating(1, at=datetime(2026, 11, 16, 8, 45))
    ratings.record_rating(4, at=datetime(2026, 11, 2, 12, 0))  # earlier this month
    ratings.record_rating(1, at=datetime(2026, 10, 30, 12, 0))  # last month: not counted
    _window, page = open_page(qtbot, "today")
    assert page.happy_today.text() == (
        "Today: 50/100 from 2 ratings · this month: 67/100 from 3 ratings"
    )


def test_today_without_ratings_says_so(qtbot, fake_clock):
    _window, page = open_page(qtbot, "today")
    assert page.happy_today.text() == "Today: no ratings · this month: no ratings"


def test_the_staff_pulse_needs_three_answers(qtbot, fake_clock):
    for score in (4, 3):
        ratings.record_pulse_answer(score, now=datetime(2026, 11, 10, 12, 0))
    _window, page = open_page(qtbot, "today")
    assert page.staff_pulse.text() == "Not enough answers to keep them anonymous."
    assert "4" not in page.staff_pulse.text()
    ratings.record_pulse_answer(2, now=datetime(2026, 11, 12, 12, 0))
    page.refresh()
    assert page.staff_pulse.text() == "Staff pulse 67/100 from 3 answers."
