"""The map of when customers are least happy (Happy Index by weekday × hour, blank under 3 ratings):
on Today's pulse over the last eight weeks, and in the monthly report for the month, with the
month's Happy Index and its count."""

from __future__ import annotations

from datetime import datetime

from cxjournal.reports.monthly import build_monthly_report
from cxjournal.services import ratings
from tests.helpers import open_page
from tests.report_pdf import flat


def ratings_of_november() -> None:
    # Mondays at 8:10 (the clock: Monday 16 November, 9:00): three unhappy; Tuesdays at 15:00: two
    # happy (too few to show)
    for day in (2, 9, 16):
        ratings.record_rating(1, at=datetime(2026, 11, day, 8, 10))
    for day in (3, 10):
        ratings.record_rating(4, at=datetime(2026, 11, day, 15, 0))


def test_today_shows_when_customers_are_least_happy(qtbot, fake_clock):
    ratings_of_november()
    _window, page = open_page(qtbot, "today")
    shown = page.happy_map.map
    assert page.happy_map.isVisibleTo(page)
    assert shown.shown(0, 8) == 0 and shown.shown(1, 15) is None
    assert shown.grab().width() > 0


def test_today_hides_the_map_without_ratings(qtbot, fake_clock):
    _window, page = open_page(qtbot, "today")
    assert not page.happy_map.isVisibleTo(page)


def test_the_monthly_report_prints_the_map_with_the_months_index(tmp_path, fake_clock):
    ratings_of_november()
    out = tmp_path / "month.pdf"
    build_monthly_report(out, 2026, 11, lang="en")
    text = flat(out)
    section = text[text.index("When customers were least happy") :]
    assert "Happy Index of the month: 40/100 from 5 ratings." in section
    assert "fewer than 3 ratings at that hour" in section
