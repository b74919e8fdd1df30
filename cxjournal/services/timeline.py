"""One person's history as a single list, newest first: their journal entries, the promises made to
them and their follow-ups, read a page at a time so a person with thousands of entries opens at once."""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from datetime import date, datetime
from itertools import islice

from peewee import Case, fn

from cxjournal import clock
from cxjournal import vocabulary as v
from cxjournal.i18n import tr
from cxjournal.services import followups, promises
from cxjournal.services.common import Fresh, fetch
from cxjournal.store.models import Entry, FollowUp, Person, Promise

ENTRY, PROMISE, FOLLOWUP = "entry", "promise", "followup"


@dataclass(frozen=True)
class TimelineItem:
    kind: str  # "entry", "promise" or "followup"
    item_id: int
    at: datetime  # entry: when it happened; promise: when made; follow-up: when due
    title: str
    category: str  # entry kind code, or "promise" / "followup"
    status: str  # entry status, promise state code (open, overdue, kept-late...), "open"/"done"
    due: date | None = None  # a promise's due date
    satisfaction: int | None = None
    confidential: bool = False
    made_by: str | None = None  # who recorded it (None: unknown, rows older than version 11)
    assigned_to: str | None = None  # a promise's or follow-up's account (a shared journal)


def _person_id(person: Person | int | Fresh[Person]) -> int:
    return fetch(Person, person, tr("Person")).id


def _entries(pid: int, n: int | None):
    query = (
        Entry.select(
            Entry.id,
            Entry.occurred_at,
            Entry.title,
            Entry.kind,
            Entry.status,
            Entry.satisfaction,
            Entry.confidential,
            Entry.made_by,
        )
        .where(Entry.person == pid, Entry.deleted_at.is_null())
        .order_by(Entry.occurred_at.desc(), Entry.id.desc())
        .limit(n)
    )
    for e in query:
        yield TimelineItem(
            ENTRY,
            e.id,
            e.occurred_at,
            e.title,
            e.kind,
            e.status,
            satisfaction=e.satisfaction,
            confidential=e.confidential,
            made_by=e.made_by or None,
        )


def _promises(pid: int, n: int | None, today: date):
    query = (
        Promise.select()
        .where(Promise.person == pid, Promise.deleted_at.is_null())
        .order_by(Promise.made_at.desc(), Promise.id.desc())
        .limit(n)
    )
    for p in query:
        state = promises.promise_state(p, today)
        yield TimelineItem(
            PROMISE,
            p.id,
            p.made_at,
            p.what,
            PROMISE,
            state.code,
            due=p.due_date,
            made_by=p.made_by or None,
            assigned_to=p.assigned_to,
        )


def _followup_query(pid: int):
    theirs = FollowUp.person == pid
    about_entry = FollowUp.entry.in_(Entry.select(Entry.id).where(Entry.person == pid))
    about_promise = FollowUp.promise.in_(Promise.select(Promise.id).where(Promise.person == pid))
    return FollowUp.select().where(
        FollowUp.deleted_at.is_null(), theirs | about_entry | about_promise
    )


def _followups(pid: int):
    # A person has few follow-ups; all are read because a snooze changes their order.
    rows = sorted(
        _followup_query(pid),
        key=lambda f: (followups.effective_due(f), f.id),
        reverse=True,
    )
    for f in rows:
        yield TimelineItem(
            FOLLOWUP,
            f.id,
            followups.effective_due(f),
            f.title,
            FOLLOWUP,
            "done" if f.done_at else "open",
            made_by=f.made_by or None,
            assigned_to=f.assigned_to,
        )


def person_timeline(
    person: Person | int | Fresh[Person], *, limit: int | None = None, offset: int = 0
) -> list[TimelineItem]:
    """Their entries, promises and follow-ups, newest first; ``limit``/``offset`` read a window."""
    pid = _person_id(person)
    n = offset + limit if limit is not None else None
    today = clock.now().date()
    merged = heapq.merge(
        _entries(pid, n),
        _promises(pid, n, today),
        _followups(pid),
        key=lambda item: (item.at, item.kind, item.item_id),
        reverse=True,
    )
    stop = None if limit is None else offset + limit
    return list(islice(merged, offset, stop))


def timeline_size(person: Person | int | Fresh[Person]) -> int:
    """How many items the person's whole timeline holds (one query: on a server each query is a
    round trip)."""
    pid = _person_id(person)
    made = Promise.select(fn.COUNT(Promise.id)).where(
        Promise.person == pid, Promise.deleted_at.is_null()
    )
    planned = _followup_query(pid).select(fn.COUNT(FollowUp.id))
    entries, made, planned = (
        Entry.select(fn.COUNT(Entry.id), made, planned)
        .where(Entry.person == pid, Entry.deleted_at.is_null())
        .tuples()
        .get()
    )
    return entries + made + planned


@dataclass(frozen=True)
class PersonSummary:
    """What the person view shows above the timeline."""

    last_contact: datetime | None  # their latest entry
    open_promises: int
    average_satisfaction: float | None  # over their entries that carry a score
    open_problems: int  # their open complaints or concerns


def person_summary(
    person: Person | int | Fresh[Person], *, include_confidential: bool = True
) -> PersonSummary:
    """A person at a glance: last contact, open promises, average satisfaction and open problems
    (entries and promises in the trash left out; confidential entries and their promises too when
    ``include_confidential`` is false, as a printed report leaves them out), read in one query."""
    pid = _person_id(person)
    problem = Entry.kind.in_(tuple(v.PROBLEM_KINDS.values())) & Entry.status.in_(
        v.ACTIVE_ENTRY_STATUSES
    )
    promised = Promise.select(fn.COUNT(Promise.id)).where(
        Promise.person == pid,
        Promise.deleted_at.is_null(),
        Promise.status == v.PROMISE_OPEN,
    )
    where = [Entry.person == pid, Entry.deleted_at.is_null()]
    if not include_confidential:
        where.append(Entry.confidential == False)  # noqa: E712 (SQL, not Python)
        secret = Entry.select(Entry.id).where(Entry.confidential == True)  # noqa: E712
        promised = promised.where(Promise.entry.is_null() | Promise.entry.not_in(secret))
    last, average, problems, open_promises = (
        Entry.select(
            fn.MAX(Entry.occurred_at),
            fn.AVG(Entry.satisfaction),
            fn.COUNT(Case(None, ((problem, 1),))),
            promised,
        )
        .where(*where)
        .tuples()
        .get()
    )
    return PersonSummary(
        # SQLite gives ISO text, PostgreSQL a datetime
        last_contact=datetime.fromisoformat(last) if isinstance(last, str) else last,
        open_promises=open_promises,
        average_satisfaction=float(average) if average is not None else None,
        open_problems=problems,
    )
