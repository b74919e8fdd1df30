"""Read-only gathering of everything the monthly report prints, as plain dataclasses.

The headline figures and the six-month trend come from ``cxjournal.services.stats`` (its docstring
holds their definitions). The tables here describe the month "as of" its end, or now for the current
month, so a past month reads the same whatever happened later: what was open or overdue then, what
was due next, check-ins done and missed, themes, praise and the list of entries. Confidential entries,
and promises made on them, are left out unless asked for.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from peewee import JOIN

from cxjournal import clock
from cxjournal import vocabulary as v
from cxjournal.months import (
    days_of,
    month_bounds,
    month_start,
    quarter_start,
    shift_month,
    weeks_of,
)
from cxjournal.names import sort_key
from cxjournal.services import stats
from cxjournal.services.stats import MonthSummary
from cxjournal.store.models import Department, Entry, EntryTag, FollowUp, Person, Promise, Tag

HISTORY_MONTHS = 6
DAY = timedelta(days=1)


@dataclass(frozen=True)
class WeekCount:
    first_day: date
    last_day: date
    customers: int
    staff: int


@dataclass(frozen=True)
class ProblemOpenAtMonthEnd:
    """A complaint or concern still open at the end of the reported month (or now while the month
    runs), its status and age as they were then, whatever happened to it since."""

    entry_id: int
    occurred_at: datetime
    side: str
    kind: str
    person: str
    title: str
    status: str
    priority: int
    age_days: int


@dataclass(frozen=True)
class PromiseRow:
    promise_id: int
    person: str
    what: str
    due_date: date
    original_due_date: date
    days_overdue: int


@dataclass(frozen=True)
class CheckinRow:
    department: str
    cadence: str
    expected: int  # check-ins expected over the month (the quarter for quarterly ones)
    due_so_far: int  # of those, the ones whose week, month or quarter is over
    done: int
    per_quarter: bool  # quarterly departments are counted over the quarter

    @property
    def missed(self) -> int:
        return max(0, self.due_so_far - self.done)


@dataclass(frozen=True)
class TagCount:
    name: str
    customers: int
    staff: int

    @property
    def total(self) -> int:
        return self.customers + self.staff


@dataclass(frozen=True)
class EntryRow:
    entry_id: int
    occurred_at: datetime
    side: str
    kind: str
    person: str
    title: str
    details: str
    status: str
    satisfaction: int | None


@dataclass(frozen=True)
class MonthlyData:
    year: int
    month: int
    as_of: datetime
    include_confidential: bool
    figures: MonthSummary
    previous: MonthSummary
    history: list[MonthSummary]  # six months, oldest first, ending with this month
    weeks: list[WeekCount]
    problems_open_at_end: list[ProblemOpenAtMonthEnd]
    overdue_promises: list[PromiseRow]
    promises_next_month: list[PromiseRow]
    checkins: list[CheckinRow]
    top_tags: list[TagCount]
    highlights: list[EntryRow]
    entries: list[EntryRow]


# Periods ----------------------------------------------------------------------------------------


def as_of_for(year: int, month: int) -> datetime:
    """The moment a month is described at: its end, or now while it is still running."""
    return min(clock.now(), month_bounds(year, month)[1])


# Queries ----------------------------------------------------------------------------------------


def _visible(query, include_confidential: bool):
    query = query.where(Entry.deleted_at.is_null())
    if not include_confidential:
        query = query.where(Entry.confidential == False)  # noqa: E712 (peewee expression)
    return query


def _promises(include_confidential: bool):
    query = (
        Promise.select(Promise, Person.name)
        .join(Person, on=(Promise.person == Person.id))
        .switch(Promise)
        .join(Entry, JOIN.LEFT_OUTER, on=(Promise.entry == Entry.id))
        .where(Promise.deleted_at.is_null())
    )
    if not include_confidential:
        query = query.where(Entry.id.is_null() | (Entry.confidential == False))  # noqa: E712
    return query


def _unsettled(as_of: datetime):
    """Promises still open at ``as_of`` (kept, broken or cancelled only later, or not yet)."""
    return (Promise.status == v.PROMISE_OPEN) | (Promise.fulfilled_at > as_of)


def _promise_row(p: Promise, as_of: datetime) -> PromiseRow:
    return PromiseRow(
        promise_id=p.id,
        person=p.person.name,
        what=p.what,
        due_date=p.due_date,
        original_due_date=p.original_due_date,
        days_overdue=max(0, (as_of.date() - p.due_date).days),
    )


def overdue_promises(as_of: datetime, include_confidential: bool = False) -> list[PromiseRow]:
    query = (
        _promises(include_confidential)
        .where(_unsettled(as_of) & (Promise.due_date < as_of.date()))
        .order_by(Promise.due_date, Promise.id)
    )
    return [_promise_row(p, as_of) for p in query]


def promises_due_between(
    first: date, end: date, as_of: datetime, include_confidential: bool = False
) -> list[PromiseRow]:
    query = (
        _promises(include_confidential)
        .where(_unsettled(as_of) & (Promise.due_date >= first) & (Promise.due_date < end))
        .order_by(Promise.due_date, Promise.id)
    )
    return [_promise_row(p, as_of) for p in query]


def problems_open_at(
    as_of: datetime, include_confidential: bool = False
) -> list[ProblemOpenAtMonthEnd]:
    """Complaints and concerns that were open at ``as_of``, oldest first."""
    query = _visible(
        Entry.select(Entry, Person)
        .join(Person, JOIN.LEFT_OUTER, on=(Entry.person == Person.id))
        .where(
            Entry.kind.in_(tuple(v.PROBLEM_KINDS.values()))
            & (Entry.occurred_at < as_of)
            & (Entry.resolved_at.is_null() | (Entry.resolved_at > as_of))
        ),
        include_confidential,
    ).order_by(Entry.occurred_at, Entry.id)
    return [
        ProblemOpenAtMonthEnd(
            entry_id=e.id,
            occurred_at=e.occurred_at,
            side=e.side,
            kind=e.kind,
            person=e.person.name if e.person_id else "",
            title=e.title,
            status=v.IN_PROGRESS
            if e.first_response_at and e.first_response_at <= as_of
            else v.OPEN,
            priority=e.priority,
            age_days=(as_of - e.occurred_at).days,
        )
        for e in query
        if e.kind == v.PROBLEM_KINDS[e.side]
    ]


def month_entries(year: int, month: int, include_confidential: bool = False) -> list[EntryRow]:
    start, end = month_bounds(year, month)
    query = _visible(
        Entry.select(Entry, Person)
        .join(Person, JOIN.LEFT_OUTER, on=(Entry.person == Person.id))
        .where((Entry.occurred_at >= start) & (Entry.occurred_at < end)),
        include_confidential,
    ).order_by(Entry.occurred_at, Entry.id)
    return [
        EntryRow(
            entry_id=e.id,
            occurred_at=e.occurred_at,
            side=e.side,
            kind=e.kind,
            person=e.person.name if e.person_id else "",
            title=e.title,
            details=e.details,
            status=e.status,
            satisfaction=e.satisfaction,
        )
        for e in query
    ]


def week_counts(year: int, month: int, entries: list[EntryRow]) -> list[WeekCount]:
    counts = []
    for first, last in weeks_of(year, month):
        week = [e for e in entries if first <= e.occurred_at.date() <= last]
        counts.append(
            WeekCount(
                first_day=first,
                last_day=last,
                customers=sum(1 for e in week if e.side == v.CUSTOMER),
                staff=sum(1 for e in week if e.side == v.STAFF),
            )
        )
    return counts


def highlights(entries: list[EntryRow], limit: int = 5) -> list[EntryRow]:
    """Praise of the month, best rated first, then most recent."""
    praise = [e for e in entries if e.kind == "praise"]
    praise.sort(key=lambda e: (-(e.satisfaction or 0), -e.occurred_at.timestamp(), -e.entry_id))
    return praise[:limit]


def top_tags(year: int, month: int, include_confidential: bool = False, limit: int = 10):
    start, end = month_bounds(year, month)
    query = _visible(
        EntryTag.select(Tag.name, Entry.side)
        .join(Tag, on=(EntryTag.tag == Tag.id))
        .switch(EntryTag)
        .join(Entry, on=(EntryTag.entry == Entry.id))
        .where((Entry.occurred_at >= start) & (Entry.occurred_at < end)),
        include_confidential,
    )
    counts: dict[str, list[int]] = {}
    for name, side in query.tuples():
        pair = counts.setdefault(name, [0, 0])
        pair[0 if side == v.CUSTOMER else 1] += 1
    tags = [TagCount(name, c, s) for name, (c, s) in counts.items()]
    tags.sort(key=lambda t: (-t.total, sort_key(t.name)))  # as the language sorts
    return tags[:limit]


def checkins(year: int, month: int, as_of: datetime) -> list[CheckinRow]:
    """Check-ins logged by each department's staff against its cadence, up to ``as_of``.

    Weekly check-ins are expected once per week starting in the month, and missed once that week is
    over; monthly and quarterly ones are missed only when the month or quarter is over. A check-in is
    done when one of the department's staff logs a check-in entry or its check-in follow-up is
    completed; the larger count is taken so doing both is not counted twice. Confidential check-ins
    count too: only the number is shown, and leaving them out would report done ones as missed.
    """
    days = days_of(year, month)
    weeks = sum(1 for d in days if d.weekday() == 0)
    weeks_over = sum(
        1 for d in days if d.weekday() == 6 and datetime.combine(d, time()) + DAY <= as_of
    )
    month_over = as_of >= month_bounds(year, month)[1]
    rows = []
    for dept in Department.select().where(Department.checkin_cadence != "none"):
        quarterly = dept.checkin_cadence == "quarterly"
        start = quarter_start(year, month) if quarterly else month_start(year, month)
        expected, due = {
            "weekly": (weeks, weeks_over),
            "fortnightly": (math.ceil(weeks / 2), weeks_over // 2),
            "monthly": (1, int(month_over)),
            "quarterly": (1, int(month_over and month % 3 == 0)),
        }.get(dept.checkin_cadence, (0, 0))
        logged = (
            Entry.select()
            .join(Person, on=(Entry.person == Person.id))
            .where(
                (Person.department == dept)
                & (Entry.kind == "check-in")
                & Entry.deleted_at.is_null()
                & (Entry.occurred_at >= start)
                & (Entry.occurred_at < as_of)
            )
            .count()
        )
        completed = (
            FollowUp.select()
            .where(
                (FollowUp.department == dept)
                & (FollowUp.origin == "check-in")
                & FollowUp.deleted_at.is_null()
                & (FollowUp.done_at >= start)
                & (FollowUp.done_at < as_of)
            )
            .count()
        )
        done = max(logged, completed)
        rows.append(CheckinRow(dept.name, dept.checkin_cadence, expected, due, done, quarterly))
    rows.sort(key=lambda r: sort_key(r.department))  # "Équipe" with the E's
    return rows


def gather_monthly(
    year: int, month: int, include_confidential: bool = False, step=lambda: None
) -> MonthlyData:
    """Everything the monthly report shows; ``step()`` is called after each of its 6 parts."""
    as_of = as_of_for(year, month)
    history = stats.trend(year, month, HISTORY_MONTHS, include_confidential=include_confidential)
    step()
    entries = month_entries(year, month, include_confidential)
    step()
    next_first = month_bounds(year, month)[1].date()
    next_end = month_start(*shift_month(year, month, 2)).date()
    promises_overdue = overdue_promises(as_of, include_confidential)
    promises_next = promises_due_between(next_first, next_end, as_of, include_confidential)
    step()
    problems = problems_open_at(as_of, include_confidential)
    step()
    departments = checkins(year, month, as_of)
    step()
    tags = top_tags(year, month, include_confidential)
    step()
    return MonthlyData(
        year=year,
        month=month,
        as_of=as_of,
        include_confidential=include_confidential,
        figures=history[-1],
        previous=history[-2],
        history=history,
        weeks=week_counts(year, month, entries),
        problems_open_at_end=problems,
        overdue_promises=promises_overdue,
        promises_next_month=promises_next,
        checkins=departments,
        top_tags=tags,
        highlights=highlights(entries),
        entries=entries,
    )
