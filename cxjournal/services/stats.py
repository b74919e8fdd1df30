"""Figures of a month for the dashboard and the reports: counts, response times, promise-keeping, mood.

Definitions (the reports print the same words):
- entries of a month are those that *occurred* in it; trashed entries never count;
- time to first response / to resolution: median hours, over the month's entries that got one;
- complaints (customers) and concerns (staff) *opened* in the month, and *resolved* in it;
- promise-keeping rate: of the promises first promised for a day in the month (``original_due_date``)
  and not cancelled, the share kept by that original date. Renegotiated ones count as not kept on
  time unless kept by the first date; promises whose day has not come yet and are still open are
  left out of the rate until they are settled or late;
- average satisfaction per side, over the entries that carry a score;
- check-ins done: of the department check-ins that fell due in the month (and whose day has come),
  the share done.
Confidential entries are left out unless asked for.
"""

from __future__ import annotations

import operator
import statistics
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from functools import reduce

from peewee import JOIN, fn

from cxjournal import vocabulary as v
from cxjournal.months import month_bounds, months_ending
from cxjournal.store.models import Entry, FollowUp, Person, Promise


def _median_hours(spans: list[float]) -> float | None:
    return round(statistics.median(spans), 1) if spans else None


def _instant(value: datetime | str) -> datetime:
    """A datetime from the database: SQLite gives ISO text, PostgreSQL a datetime."""
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def _hours(later: datetime, earlier: datetime) -> float:
    return max(0.0, (later - earlier).total_seconds() / 3600)


@dataclass
class SideFigures:
    entries: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    problems_opened: int = 0  # complaints for customers, concerns for staff
    problems_resolved: int = 0
    median_first_response_hours: float | None = None
    responded: int = 0  # entries the first-response median rests on
    median_resolution_hours: float | None = None
    resolved: int = 0  # entries the resolution median rests on
    avg_satisfaction: float | None = None
    rated: int = 0


@dataclass
class PromiseFigures:
    due: int = 0  # first promised for a day of the month, not cancelled
    kept_on_time: int = 0  # kept by the original due date
    kept_late: int = 0
    broken: int = 0
    open_overdue: int = 0  # still open after the original due date
    still_open: int = 0  # due later this month, not yet settled
    rate: float | None = None  # kept_on_time / (due - still_open): promises not yet due wait


@dataclass
class MonthSummary:
    year: int
    month: int
    customer: SideFigures
    staff: SideFigures
    promises: PromiseFigures
    promises_by_side: dict[str, PromiseFigures]

    @property
    def label(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def side(self, side: str) -> SideFigures:
        return self.customer if side == v.CUSTOMER else self.staff

    def to_dict(self) -> dict:
        data = asdict(self)
        data["month"] = self.label
        del data["year"]
        return data


def _figures_by_side(year: int, month: int, include_confidential: bool) -> dict[str, SideFigures]:
    """Both sides' figures, read in two queries (the month's entries, the problems it resolved)."""
    start, end = month_bounds(year, month)
    live = Entry.deleted_at.is_null()
    if not include_confidential:
        live &= Entry.confidential == False  # noqa: E712
    rows = Entry.select(
        Entry.side,
        Entry.kind,
        Entry.occurred_at,
        Entry.first_response_at,
        Entry.resolved_at,
        Entry.status,
        Entry.satisfaction,
    ).where(live, Entry.occurred_at >= start, Entry.occurred_at < end)
    # A month holds hundreds of entries: their values are read as the database gives them, and only
    # the times that are used are turned into datetimes.
    rows = Entry._meta.database.execute(rows)
    figures = {side: SideFigures() for side in v.SIDES}
    first = {side: [] for side in v.SIDES}
    resolution = {side: [] for side in v.SIDES}
    scores = {side: [] for side in v.SIDES}
    for side, kind, occurred, responded, resolved, status, score in rows:
        if side not in figures:
            continue
        side_figures = figures[side]
        side_figures.entries += 1
        side_figures.by_kind[kind] = side_figures.by_kind.get(kind, 0) + 1
        if kind == v.PROBLEM_KINDS[side]:
            side_figures.problems_opened += 1
        if responded is not None:
            first[side].append(_hours(_instant(responded), _instant(occurred)))
        if resolved is not None and status == v.RESOLVED:
            resolution[side].append(_hours(_instant(resolved), _instant(occurred)))
        if score is not None:
            scores[side].append(score)
    a_problem = reduce(
        operator.or_,
        ((Entry.side == side) & (Entry.kind == v.PROBLEM_KINDS[side]) for side in v.SIDES),
    )
    resolved_in_month = (
        Entry.select(Entry.side, fn.COUNT(Entry.id))
        .where(
            live,
            a_problem,
            Entry.status == v.RESOLVED,
            Entry.resolved_at >= start,
            Entry.resolved_at < end,
        )
        .group_by(Entry.side)
        .tuples()
    )
    for side, count in resolved_in_month:
        if side in figures:
            figures[side].problems_resolved = count
    for side, side_figures in figures.items():
        side_figures.median_first_response_hours = _median_hours(first[side])
        side_figures.responded = len(first[side])
        side_figures.median_resolution_hours = _median_hours(resolution[side])
        side_figures.resolved = len(resolution[side])
        side_figures.rated = len(scores[side])
        side_figures.avg_satisfaction = (
            round(statistics.fmean(scores[side]), 2) if scores[side] else None
        )
    return figures


def _promise_figures(rows: list[tuple], today: date) -> PromiseFigures:
    figures = PromiseFigures()
    for status, original_due, fulfilled in rows:
        if status == v.CANCELLED:
            continue
        figures.due += 1
        if status == v.KEPT:
            if fulfilled.date() <= original_due:
                figures.kept_on_time += 1
            else:
                figures.kept_late += 1
        elif status == v.BROKEN:
            figures.broken += 1
        elif original_due < today:
            figures.open_overdue += 1
        else:
            figures.still_open += 1
    settled_or_late = figures.due - figures.still_open
    figures.rate = round(figures.kept_on_time / settled_or_late, 4) if settled_or_late else None
    return figures


def _promises(year: int, month: int, include_confidential: bool, today: date):
    start, end = month_bounds(year, month)
    query = (
        Promise.select(Person.side, Promise.status, Promise.original_due_date, Promise.fulfilled_at)
        .join(Person)
        .where(
            Promise.deleted_at.is_null(),
            Promise.original_due_date >= start.date(),
            Promise.original_due_date < end.date(),
        )
    )
    if not include_confidential:
        # A join, not "NOT IN (every confidential entry)": that subquery scans the whole journal.
        query = query.join_from(Promise, Entry, JOIN.LEFT_OUTER).where(
            Entry.id.is_null() | (Entry.confidential == False)  # noqa: E712
        )
    rows = list(query.tuples())
    overall = _promise_figures([r[1:] for r in rows], today)
    by_side = {s: _promise_figures([r[1:] for r in rows if r[0] == s], today) for s in v.SIDES}
    return overall, by_side


@dataclass
class CheckinFigures:
    due: int = 0  # check-ins that fell due in the month, on a day that has come
    done: int = 0

    @property
    def rate(self) -> float | None:
        return round(self.done / self.due, 4) if self.due else None


def checkins_of_month(year: int, month: int, *, today: date | None = None) -> CheckinFigures:
    """Department check-ins that fell due in the month and how many of them were done (read-only)."""
    from cxjournal import clock
    from cxjournal.services.reminders import CHECKIN_ORIGIN

    start, end = month_bounds(year, month)
    # A check-in due later today or this month is not yet missed: it waits, as promises do.
    end = min(end, datetime.combine(today or clock.now().date(), datetime.min.time()))
    rows = (
        FollowUp.select(FollowUp.done_at.is_null(False))
        .where(
            FollowUp.origin == CHECKIN_ORIGIN,
            FollowUp.deleted_at.is_null(),
            FollowUp.due_at >= start,
            FollowUp.due_at < end,
        )
        .tuples()
    )
    done = [bool(row[0]) for row in rows]
    return CheckinFigures(due=len(done), done=sum(done))


def month_summary(
    year: int, month: int, *, include_confidential: bool = False, today: date | None = None
) -> MonthSummary:
    """Every headline figure of one month (read-only)."""
    from cxjournal import clock

    today = today or clock.now().date()
    overall, by_side = _promises(year, month, include_confidential, today)
    sides = _figures_by_side(year, month, include_confidential)
    return MonthSummary(
        year=year,
        month=month,
        customer=sides[v.CUSTOMER],
        staff=sides[v.STAFF],
        promises=overall,
        promises_by_side=by_side,
    )


def trend(
    year: int, month: int, months: int = 6, *, include_confidential: bool = False
) -> list[MonthSummary]:
    """Summaries of the ``months`` months ending with this one, oldest first."""
    return [
        month_summary(*each, include_confidential=include_confidential)
        for each in months_ending(year, month, months)
    ]
