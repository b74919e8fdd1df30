"""Reading ratings back: the Happy Index (0-100) of customer ratings by day and by month, and the
staff pulse's results, which stay anonymous.

The Happy Index counts a score of 1, 2, 3, 4 as 0, 33⅓, 66⅔, 100 and takes the mean, so 50 is
the middle of the scale whatever the mix of answers.

Staff pulse results exist only for fixed calendar weeks (ISO weeks, Monday to Sunday) and calendar
months, never for a free range of dates: with free ranges, the results of 1-14 March and of
1-13 March differ by exactly the answers of 14 March, so one person's answer could be isolated by
difference. A period with fewer than ``PULSE_MIN_ANSWERS`` answers shows no figures at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from peewee import fn

from cxjournal import vocabulary as v
from cxjournal.errors import ValidationError
from cxjournal.i18n import tr, trn
from cxjournal.months import month_bounds, parse_month
from cxjournal.services.ratings import SCORES
from cxjournal.store.models import PulseAnswer, Rating

PULSE_MIN_ANSWERS = 3
_WEEK = re.compile(r"^\s*(\d{4})-W(\d{1,2})\s*$", re.IGNORECASE)


def happy_index(by_score: dict[int, int]) -> float | None:
    """The mean of the scores counted 0, 33⅓, 66⅔, 100 (None without any score), one decimal."""
    total = sum(by_score.get(score, 0) for score in SCORES)
    if not total:
        return None
    points = sum((score - 1) * 100 * by_score.get(score, 0) for score in SCORES)
    return round(points / (3 * total), 1)


@dataclass(frozen=True)
class HappyFigures:
    """The ratings of one day or month: how many of each score, their count and their index."""

    label: str
    by_score: dict[int, int] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return sum(self.by_score.values())

    @property
    def index(self) -> float | None:
        return happy_index(self.by_score)

    def to_dict(self) -> dict:
        return {
            "period": self.label,
            "count": self.count,
            "index": self.index,
            "by_score": {str(score): self.by_score.get(score, 0) for score in SCORES},
        }


def _customer_scores(start: datetime, end: datetime):
    return Rating.select(Rating.at, Rating.score).where(
        Rating.side == v.CUSTOMER, Rating.at >= start, Rating.at < end
    )


def happy_by_day(first: date, last: date) -> list[HappyFigures]:
    """One figure per day from ``first`` to ``last`` included (days without ratings count 0)."""
    days = {first + timedelta(days=i): {} for i in range((last - first).days + 1)}
    start = datetime.combine(first, datetime.min.time())
    for at, score in _customer_scores(start, start + timedelta(days=len(days))).tuples():
        counts = days[at.date()]
        counts[score] = counts.get(score, 0) + 1
    return [HappyFigures(day.isoformat(), counts) for day, counts in days.items()]


def happy_of_month(year: int, month: int) -> HappyFigures:
    """The customer ratings of one calendar month."""
    start, end = month_bounds(year, month)
    query = (
        Rating.select(Rating.score, fn.COUNT(Rating.id))
        .where(Rating.side == v.CUSTOMER, Rating.at >= start, Rating.at < end)
        .group_by(Rating.score)
        .tuples()
    )
    return HappyFigures(f"{year:04d}-{month:02d}", dict(query))


# -- the staff pulse --------------------------------------------------------------------------
@dataclass(frozen=True)
class PulseResult:
    """A fixed period's pulse answers; ``by_score`` and ``index`` are empty and None when the
    period has too few answers to keep them anonymous (``enough`` False)."""

    period: str
    first: date
    last: date
    answers: int
    by_score: dict[int, int]
    index: float | None

    @property
    def enough(self) -> bool:
        return self.answers >= PULSE_MIN_ANSWERS

    def message(self) -> str:
        if self.enough:
            return trn(
                "Staff pulse {index}/100 from %n answer.",
                "Staff pulse {index}/100 from %n answers.",
                self.answers,
            ).format(index=f"{self.index:.0f}")
        return tr("Not enough answers to keep them anonymous.")

    def to_dict(self) -> dict:
        return {
            "period": self.period,
            "answers": self.answers if self.enough else None,
            "by_score": {str(s): self.by_score.get(s, 0) for s in SCORES} if self.enough else None,
            "index": self.index,
            "message": self.message(),
        }


def pulse_period(period: str) -> tuple[str, date, date]:
    """A fixed period, "YYYY-MM" (a calendar month) or "YYYY-Www" (an ISO week), with its first
    and last day; anything else, a free range included, is refused."""
    week = _WEEK.match(str(period))
    if week:
        year, number = int(week.group(1)), int(week.group(2))
        try:
            monday = date.fromisocalendar(year, number, 1)
        except ValueError:
            raise ValidationError(
                tr("“{text}” is not a week; write it as YYYY-Www, for example 2026-W07.").format(
                    text=period
                )
            ) from None
        return f"{year:04d}-W{number:02d}", monday, monday + timedelta(days=6)
    try:
        year, month = parse_month(period)
    except ValidationError:
        raise ValidationError(
            tr(
                "Staff pulse results are given by calendar week (YYYY-Www) or month (YYYY-MM) "
                "only, not “{text}”."
            ).format(text=period)
        ) from None
    start, end = month_bounds(year, month)
    return f"{year:04d}-{month:02d}", start.date(), (end - timedelta(days=1)).date()


def pulse_results(period: str) -> PulseResult:
    """The staff pulse of a calendar week or month: counts and index, or nothing but the fact that
    there are too few answers (see the module docstring)."""
    label, first, last = pulse_period(period)
    query = (
        PulseAnswer.select(PulseAnswer.score, fn.COUNT(PulseAnswer.id))
        .where(PulseAnswer.day >= first, PulseAnswer.day <= last)
        .group_by(PulseAnswer.score)
        .tuples()
    )
    by_score = dict(query)
    answers = sum(by_score.values())
    if answers < PULSE_MIN_ANSWERS:
        return PulseResult(label, first, last, answers, {}, None)
    return PulseResult(label, first, last, answers, by_score, happy_index(by_score))


def pulse_of_month(year: int, month: int) -> tuple[float | None, int]:
    """(index, answers) of a calendar month for the insights series: no index below the
    threshold."""
    result = pulse_results(f"{year:04d}-{month:02d}")
    return result.index, result.answers


MAP_MIN_RATINGS = 3  # a cell from one or two ratings is an anecdote: left blank


def hour_weekday_map(first: date, last: date) -> dict[tuple[int, int], HappyFigures]:
    """The customer ratings from ``first`` to ``last`` (included) by (weekday 0=Monday, hour),
    only for the cells that have ratings; the index shows when customers are least happy."""
    start = datetime.combine(first, datetime.min.time())
    end = datetime.combine(last + timedelta(days=1), datetime.min.time())
    cells: dict[tuple[int, int], dict[int, int]] = {}
    for at, score in _customer_scores(start, end).tuples():
        counts = cells.setdefault((at.weekday(), at.hour), {})
        counts[score] = counts.get(score, 0) + 1
    return {
        cell: HappyFigures(f"{cell[0]}-{cell[1]:02d}", counts) for cell, counts in cells.items()
    }
