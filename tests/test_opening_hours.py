"""Opening time between two moments: across a weekend, a closed day, a lunch break and the days
clocks change in Europe/Paris (cxjournal.opening_hours, no database)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from cxjournal import opening_hours as oh

PARIS = "Europe/Paris"
HOUR = 3600


def hours_between(week: str, start: datetime, end: datetime, closed: str = "") -> float:
    return oh.opening_seconds(start, end, oh.parse(week, closed), PARIS) / HOUR


def test_a_weekend_counts_nothing_when_the_shop_is_closed():
    # Friday 2026-03-06 18:00 to Monday 09:30: one hour on Friday, half an hour on Monday.
    week = "mon-fri 09:00-19:00"
    assert hours_between(week, datetime(2026, 3, 6, 18), datetime(2026, 3, 9, 9, 30)) == 1.5


def test_a_closed_day_counts_nothing():
    week = "mon-sat 09:00-19:00"
    start, end = datetime(2026, 12, 24, 18), datetime(2026, 12, 26, 10)
    assert hours_between(week, start, end) == 1 + 10 + 1
    assert hours_between(week, start, end, closed="12-25") == 2
    assert hours_between(week, start, end, closed="2026-12-25") == 2
    assert hours_between(week, start, end, closed="2026-12-24..2026-12-26") == 0


def test_the_lunch_break_is_not_opening_time():
    week = "tue-sat 08:00-12:30 14:00-19:00"
    assert hours_between(week, datetime(2026, 3, 3, 12), datetime(2026, 3, 3, 15)) == 1.5
    # Saturday evening to Tuesday 9:00: Sunday and Monday are closed.
    assert hours_between(week, datetime(2026, 3, 7, 18), datetime(2026, 3, 10, 9)) == 2


@pytest.mark.parametrize(
    ("day", "hours"),
    [(date(2026, 3, 29), 23), (date(2026, 10, 25), 25), (date(2026, 3, 22), 24)],
)
def test_a_day_open_around_the_clock_lasts_as_long_as_the_clocks_say(day, hours):
    start = datetime.combine(day, datetime.min.time())
    end = datetime(day.year, day.month, day.day, 23, 59, 59)
    counted = oh.opening_seconds(start, end, oh.parse("sun 00:00-24:00"), PARIS) + 1
    assert counted == hours * HOUR


def test_a_shop_open_by_day_loses_no_hour_when_clocks_change():
    week = "mon-sun 09:00-19:00"
    assert hours_between(week, datetime(2026, 3, 28, 18), datetime(2026, 3, 30, 10)) == 12
    assert hours_between(week, datetime(2026, 10, 24, 18), datetime(2026, 10, 26, 10)) == 12


def test_a_night_period_across_the_change_counts_the_hour_that_really_passed():
    # A bar open Saturday night to 04:00 on Sunday 29 March 2026: 02:00 becomes 03:00.
    week = "sun 00:00-04:00"
    assert hours_between(week, datetime(2026, 3, 29, 0), datetime(2026, 3, 29, 4)) == 3
    assert hours_between(week, datetime(2026, 10, 25, 0), datetime(2026, 10, 25, 4)) == 5


def test_nothing_passes_backwards():
    assert hours_between("mon-sun 00:00-24:00", datetime(2026, 3, 3), datetime(2026, 3, 2)) == 0


def test_hours_are_read_in_english_or_french_and_written_back_the_same_way():
    week = oh.parse_week("lun-ven 9h-12h30 14h-19h; sam 9-17")
    assert oh.format_week(week) == "mon-fri 09:00-12:30 14:00-19:00; sat 09:00-17:00"
    assert oh.parse_week(oh.format_week(week)) == week
    assert oh.parse_week("sat-mon 10:00-11:00")[6] == ((600, 660),)  # a range across Sunday


@pytest.mark.parametrize(
    "text", ["mon", "mon 9-8", "xyz 09:00-10:00", "mon 09:00-12:00 11:00-13:00", "mon 25:00-26:00"]
)
def test_hours_that_make_no_sense_are_refused(text):
    with pytest.raises(oh.HoursError):
        oh.parse_week(text)


@pytest.mark.parametrize("text", ["2026-02-30", "13-01", "2026-03-10..2026-03-01", "noel"])
def test_closed_days_that_make_no_sense_are_refused(text):
    with pytest.raises(oh.HoursError):
        oh.parse_closed(text)


def test_the_default_hours_suit_a_shop():
    hours = oh.parse(oh.DEFAULT_OPENING_HOURS, oh.DEFAULT_CLOSED_DAYS)
    assert hours.weekly_minutes == 60 * 60  # six days of ten hours
    assert hours.is_closed(date(2027, 12, 25)) and not hours.is_closed(date(2027, 12, 24))
