"""Calendar months as (year, month) pairs: reading "YYYY-MM", their bounds, stepping back and forth,
their weeks and days. The one home of month arithmetic for the statistics and the reports."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from cxjournal.errors import ValidationError
from cxjournal.i18n import tr


def parse_month(text: str) -> tuple[int, int]:
    """(year, month) from "YYYY-MM"; anything else is a clear error."""
    try:
        year_text, month_text = str(text).strip().split("-")
        year, month = int(year_text), int(month_text)
        date(year, month, 1)
    except ValueError:
        raise ValidationError(
            tr("“{text}” is not a month; write it as YYYY-MM, for example 2026-11.").format(
                text=text
            )
        ) from None
    return year, month


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """The month ``delta`` months after this one (before it when negative)."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def month_start(year: int, month: int) -> datetime:
    return datetime(year, month, 1)


def month_bounds(year: int, month: int) -> tuple[datetime, datetime]:
    """First instant of the month and first instant of the next one."""
    return month_start(year, month), month_start(*shift_month(year, month, 1))


def quarter_start(year: int, month: int) -> datetime:
    """First instant of the calendar quarter the month belongs to."""
    return month_start(year, month - (month - 1) % 3)


def months_ending(year: int, month: int, count: int) -> list[tuple[int, int]]:
    """The ``count`` months ending with this one, oldest first."""
    return [shift_month(year, month, -back) for back in range(count - 1, -1, -1)]


def days_of(year: int, month: int) -> list[date]:
    start, end = month_bounds(year, month)
    return [start.date() + timedelta(n) for n in range((end - start).days)]


def weeks_of(year: int, month: int) -> list[tuple[date, date]]:
    """Monday-to-Sunday weeks cut to the month: 1 Nov 2026 (a Sunday) is a week of its own."""
    start, end = month_bounds(year, month)
    day, last = start.date(), end.date() - timedelta(days=1)
    weeks = []
    while day <= last:
        week_end = min(last, day + timedelta(days=6 - day.weekday()))
        weeks.append((day, week_end))
        day = week_end + timedelta(days=1)
    return weeks
