"""Month arithmetic (cxjournal.months), shared by the statistics and the monthly report."""

from datetime import date, datetime

import pytest

from cxjournal import months
from cxjournal.errors import ValidationError


def test_parse_month_reads_yyyy_mm_and_refuses_the_rest():
    assert months.parse_month("2026-11") == (2026, 11)
    assert months.parse_month(" 2026-03 ") == (2026, 3)
    for bad in ("2026-13", "11/2026", "", "2026", "2026-00"):
        with pytest.raises(ValidationError, match="YYYY-MM"):
            months.parse_month(bad)


def test_shift_month_crosses_years_both_ways():
    assert months.shift_month(2026, 1, -1) == (2025, 12)
    assert months.shift_month(2026, 12, 1) == (2027, 1)
    assert months.shift_month(2026, 11, 2) == (2027, 1)
    assert months.shift_month(2026, 3, -15) == (2024, 12)
    assert months.shift_month(2026, 5, 0) == (2026, 5)


def test_month_bounds_run_from_the_first_to_the_next_first():
    assert months.month_bounds(2026, 12) == (datetime(2026, 12, 1), datetime(2027, 1, 1))
    assert months.month_bounds(2028, 2) == (datetime(2028, 2, 1), datetime(2028, 3, 1))
    assert months.month_start(2026, 11) == datetime(2026, 11, 1)


def test_quarter_start():
    assert [months.quarter_start(2026, m).month for m in range(1, 13)] == [
        1, 1, 1, 4, 4, 4, 7, 7, 7, 10, 10, 10
    ]  # fmt: skip


def test_months_ending_lists_oldest_first_ending_with_the_month():
    assert months.months_ending(2026, 2, 4) == [(2025, 11), (2025, 12), (2026, 1), (2026, 2)]
    assert months.months_ending(2026, 2, 1) == [(2026, 2)]


def test_days_and_weeks_of_a_month():
    days = months.days_of(2028, 2)
    assert (len(days), days[0], days[-1]) == (29, date(2028, 2, 1), date(2028, 2, 29))
    weeks = months.weeks_of(2026, 11)  # 1 Nov 2026 is a Sunday, 30 Nov a Monday
    assert weeks[0] == (date(2026, 11, 1), date(2026, 11, 1))
    assert weeks[1] == (date(2026, 11, 2), date(2026, 11, 8))
    assert weeks[-1] == (date(2026, 11, 30), date(2026, 11, 30))
    assert len(weeks) == 6
