"""The shop's opening hours and closed days, and how much opening time passes between two moments.

Response targets count opening time, not clock time: a complaint left on Saturday evening is not
late on Monday morning when the shop is closed on Sunday and Monday. Times are the journal's naive
wall-clock times; a day's hours are wall-clock hours too, so a shop open 9:00-19:00 is open ten
hours on the day clocks change, but a period that spans the change (a night shop) counts the hour
that really passed, through the journal's zone (``dateutil.tz``).

Stored as two settings, in words that do not depend on the language:
``opening_hours`` = ``"mon-fri 09:00-12:30 14:00-19:00; sat 09:00-17:00"`` (days not named are
closed) and ``closed_days`` = ``"2026-08-10..2026-08-23, 12-25, 01-01"`` (a date, a period, or a
month and day closed every year).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from dateutil import rrule, tz

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_FRENCH_DAYS = ("lun", "mar", "mer", "jeu", "ven", "sam", "dim")
DEFAULT_OPENING_HOURS = "mon-sat 09:00-19:00"
DEFAULT_CLOSED_DAYS = "01-01, 05-01, 12-25"  # New Year, 1 May (closed by law in France), Christmas

Period = tuple[int, int]  # minutes after midnight, start < end <= 1440


class HoursError(ValueError):
    """Text that does not describe opening hours or closed days (the message names the part)."""


@dataclass(frozen=True)
class OpeningHours:
    week: tuple[tuple[Period, ...], ...] = ((),) * 7  # Monday first
    closed_dates: frozenset[date] = field(default_factory=frozenset)
    closed_yearly: frozenset[tuple[int, int]] = field(default_factory=frozenset)  # (month, day)

    def is_closed(self, day: date) -> bool:
        return day in self.closed_dates or (day.month, day.day) in self.closed_yearly

    def periods(self, day: date) -> tuple[Period, ...]:
        return () if self.is_closed(day) else self.week[day.weekday()]

    @property
    def weekly_minutes(self) -> int:
        return sum(end - start for periods in self.week for start, end in periods)


def _day_index(word: str) -> int:
    word = word.strip().lower()[:3]
    for names in (DAYS, _FRENCH_DAYS):
        if word in names:
            return names.index(word)
    raise HoursError(word)


def _days(text: str) -> list[int]:
    chosen: list[int] = []
    for part in text.split(","):
        first, _, last = part.partition("-")
        start = _day_index(first)
        stop = _day_index(last) if last else start
        chosen.extend((start + i) % 7 for i in range((stop - start) % 7 + 1))
    return chosen


_TIME = re.compile(r"^(\d{1,2})(?:[:h](\d{2})?)?$")


def _minutes(text: str) -> int:
    match = _TIME.match(text.strip().lower())
    if not match:
        raise HoursError(text)
    hours, minutes = int(match.group(1)), int(match.group(2) or 0)
    if minutes > 59 or hours * 60 + minutes > 1440:
        raise HoursError(text)
    return hours * 60 + minutes


def _period(text: str) -> Period:
    start, sep, end = text.partition("-")
    if not sep:
        raise HoursError(text)
    period = (_minutes(start), _minutes(end))
    if period[0] >= period[1]:
        raise HoursError(text)
    return period


def parse_week(text: str) -> tuple[tuple[Period, ...], ...]:
    """``"mon-fri 09:00-12:30 14:00-19:00; sat 9h-17h"`` as seven days of periods (Monday first)."""
    week: list[list[Period]] = [[] for _ in DAYS]
    for group in filter(None, (g.strip() for g in text.split(";"))):
        days, *periods = group.split()
        if not periods:
            raise HoursError(group)
        for index in _days(days):
            week[index].extend(_period(p) for p in periods)
    for periods in week:
        periods.sort()
        if any(a[1] > b[0] for a, b in itertools.pairwise(periods)):
            raise HoursError(text)
    return tuple(tuple(periods) for periods in week)


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def format_periods(periods: tuple[Period, ...]) -> str:
    """``"09:00-12:30 14:00-19:00"``: one day's periods as the settings write them."""
    return " ".join(f"{_clock(s)}-{_clock(e)}" for s, e in periods)


def format_week(week: tuple[tuple[Period, ...], ...]) -> str:
    """The stored form of ``week``: consecutive days with the same hours written as one range."""
    groups: list[tuple[int, int, tuple[Period, ...]]] = []
    for index, periods in enumerate(week):
        if groups and groups[-1][2] == periods and groups[-1][1] == index - 1:
            groups[-1] = (groups[-1][0], index, periods)
        elif periods:
            groups.append((index, index, periods))
    return "; ".join(
        (DAYS[a] if a == b else f"{DAYS[a]}-{DAYS[b]}") + " " + format_periods(periods)
        for a, b, periods in groups
    )


def _one_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise HoursError(text) from None


def parse_closed(text: str) -> tuple[frozenset[date], frozenset[tuple[int, int]]]:
    """``"2026-08-10..2026-08-23, 12-25"``: closed dates (periods spelled out) and yearly days."""
    dates: set[date] = set()
    yearly: set[tuple[int, int]] = set()
    for part in filter(None, (p.strip() for p in re.split(r"[,;\s]+", text))):
        if re.fullmatch(r"\d{2}-\d{2}", part):
            month, day = (int(x) for x in part.split("-"))
            _one_date(f"2024-{part}")  # a leap year: 02-29 is a day
            yearly.add((month, day))
        elif ".." in part:
            first, last = (_one_date(p) for p in part.split("..", 1))
            if last < first or (last - first).days > 366:
                raise HoursError(part)
            dates.update(first + timedelta(days=n) for n in range((last - first).days + 1))
        else:
            dates.add(_one_date(part))
    return frozenset(dates), frozenset(yearly)


def parse(week_text: str, closed_text: str = "") -> OpeningHours:
    dates, yearly = parse_closed(closed_text)
    return OpeningHours(parse_week(week_text), dates, yearly)


def _instant(moment: datetime, zone) -> datetime:
    """A wall-clock time as a real instant: a time skipped when clocks go forward moves on by
    the gap; a time that happens twice is taken the first time."""
    return tz.resolve_imaginary(moment.replace(tzinfo=zone)).astimezone(tz.UTC)


def _shift(moment: datetime, zone) -> timedelta | None:
    return moment.replace(tzinfo=zone).utcoffset()


def opening_seconds(start: datetime, end: datetime, hours: OpeningHours, zone_name: str) -> float:
    """Seconds of opening time between two naive wall-clock moments of the journal's zone
    (0 when ``end`` is not after ``start``)."""
    if end <= start:
        return 0.0
    zone = tz.gettz(zone_name) if zone_name else None
    midnight = datetime.combine(start.date(), datetime.min.time())
    total = 0.0
    for day in rrule.rrule(rrule.DAILY, dtstart=midnight, until=end):
        for first, last in hours.periods(day.date()):
            a = max(start, day + timedelta(minutes=first))
            b = min(end, day + timedelta(minutes=last))
            if a < b:
                if zone is not None and _shift(a, zone) != _shift(b, zone):  # clocks changed
                    total += (_instant(b, zone) - _instant(a, zone)).total_seconds()
                else:  # the wall-clock difference, without the slower conversion
                    total += (b - a).total_seconds()
    return total
