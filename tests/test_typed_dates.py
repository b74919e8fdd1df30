"""Days typed the way people say them, in French and English, read against a fixed clock: always
today or later, numbers day first."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from cxjournal.errors import ValidationError
from cxjournal.typed_dates import describe_day, next_week, read_day, tomorrow

MONDAY = datetime(2026, 11, 16, 9, 0)  # the fake clock's start


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("5/12", date(2026, 12, 5)),  # day first, and in November that is this year's December
        ("05/12/2026", date(2026, 12, 5)),
        ("2026-12-07", date(2026, 12, 7)),  # ISO still reads year first
        ("samedi", date(2026, 11, 21)),  # the coming Saturday, not the one before
        ("saturday", date(2026, 11, 21)),
        ("sam.", date(2026, 11, 21)),
        ("Samedi", date(2026, 11, 21)),
        ("lundi", date(2026, 11, 23)),  # said on a Monday: next Monday
        ("monday", date(2026, 11, 23)),
        ("demain", date(2026, 11, 17)),
        ("tomorrow", date(2026, 11, 17)),
        ("dans 3 jours", date(2026, 11, 19)),
        ("in 3 days", date(2026, 11, 19)),
        ("+3", date(2026, 11, 19)),
        ("+ 10", date(2026, 11, 26)),
        ("aujourd'hui", date(2026, 11, 16)),
        ("today", date(2026, 11, 16)),
        ("  5   déc ", date(2026, 12, 5)),
        ("5 Dec", date(2026, 12, 5)),
    ],
)
def test_typed_days_read_as_people_mean_them(typed, day):
    assert read_day(typed, MONDAY) == day


def test_the_installed_clock_is_the_default(fake_clock):
    assert read_day("samedi") == date(2026, 11, 21)
    fake_clock.set(datetime(2026, 11, 21, 18, 0))  # on a Saturday, "samedi" is next week's
    assert read_day("samedi") == date(2026, 11, 28)


def test_a_day_and_month_without_year_is_the_next_time_it_comes():
    assert read_day("5/12", datetime(2026, 12, 10, 9, 0)) == date(2027, 12, 5)
    assert read_day("5/12", datetime(2026, 12, 5, 9, 0)) == date(2026, 12, 5)  # today itself
    assert read_day("05/12/2027", datetime(2026, 12, 5, 9, 0)) == date(2027, 12, 5)


def test_empty_text_is_no_day():
    assert read_day("   ", MONDAY) is None


@pytest.mark.parametrize("typed", ["hier", "yesterday", "05/12/2025"])
def test_a_day_that_has_passed_is_refused(typed):
    with pytest.raises(ValidationError, match="has passed"):
        read_day(typed, MONDAY)


@pytest.mark.parametrize("typed", ["bonjour", "31/02", "s"])
def test_text_that_is_no_day_is_refused_with_examples(typed):
    with pytest.raises(ValidationError, match="5/12"):
        read_day(typed, MONDAY)


def test_the_day_is_described_briefly_in_both_languages():
    today = MONDAY.date()
    assert describe_day(date(2026, 12, 5), today, "fr") == "sam. 5 déc."
    assert describe_day(date(2026, 12, 5), today, "en") == "Sat 5 Dec"
    assert describe_day(date(2027, 1, 1), today, "fr") == "ven. 1er janv. 2027"


def test_one_key_choices():
    assert tomorrow(MONDAY) == date(2026, 11, 17)
    assert next_week(MONDAY) == date(2026, 11, 23)


def test_dateparser_is_not_imported_until_a_day_is_typed():
    import subprocess
    import sys

    code = (
        "import sys; import cxjournal.typed_dates as t; assert 'dateparser' not in sys.modules; "
        "t.read_day('+3'); assert 'dateparser' not in sys.modules; "
        "t.read_day('demain'); assert 'dateparser' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_moment_read_again_is_the_same_and_a_bad_one_is_refused_each_time():
    """Spreadsheet shapes are remembered once read (a history repeats its days): the same text
    gives the same moment, and a day that does not exist is refused every time it comes."""
    from cxjournal.typed_dates import read_moment

    now = datetime(2026, 12, 1, 12, 0)
    first = read_moment("05/03/2025 14:30", "When", now)
    assert read_moment("05/03/2025 14:30", "When", now) == first == datetime(2025, 3, 5, 14, 30)
    assert read_moment("2025-03-05 14:30", "When", now) == first
    for _ in range(2):
        with pytest.raises(ValidationError):
            read_moment("31/02/2025 10:00", "When", now)
