"""An entry waiting on someone (the customer, a supplier): the status "waiting", with on whom, and
every wait kept on the entry so that response targets stop their clock while it lasts, however
many times it waits (``services.targets``)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from cxjournal import vocabulary as v
from cxjournal.errors import ValidationError
from cxjournal.i18n import tr
from cxjournal.services import validation as check
from cxjournal.services.common import action, fetch, now_or
from cxjournal.store.models import Entry

Wait = tuple[datetime, datetime | None]  # an open wait has no end yet


def waits(entry: Entry) -> list[Wait]:
    """The entry's waits, oldest first (a field the app did not write reads as none)."""
    try:
        pairs = json.loads(entry.waits or "[]")
        return [
            (datetime.fromisoformat(a), datetime.fromisoformat(b) if b else None) for a, b in pairs
        ]
    except (ValueError, TypeError):
        return []


def clock_stopped(entry: Entry) -> bool:
    """The one rule for every clock an entry runs (Today's reminders in clock hours, response
    targets in opening hours): none of them runs while it waits on someone."""
    return entry.status == v.WAITING


def time_waited(entry: Entry, end: datetime) -> timedelta:
    """Clock time the entry spent waiting between when it happened and ``end``: its reminders
    come that much later, as its targets leave the same waits out of their opening time."""
    total = timedelta()
    for first, last in waits(entry):
        a, b = max(first, entry.occurred_at), min(last or end, end)
        total += max(b - a, timedelta())
    return total


def waits_text(periods: list[Wait]) -> str:
    """The waits as the entry keeps them (an import writes them so too)."""
    return json.dumps([[a.isoformat(), b.isoformat() if b else None] for a, b in periods])


def _store(entry: Entry, periods: list[Wait]) -> None:
    entry.waits = waits_text(periods)


def end_wait(entry: Entry, when: datetime) -> None:
    """Close the entry's open wait at ``when`` (resolving, resuming); the caller saves."""
    periods = waits(entry)
    if periods and periods[-1][1] is None:
        periods[-1] = (periods[-1][0], max(when, periods[-1][0]))
        _store(entry, periods)
    entry.waiting_on = ""


@action
def wait_on(entry: Entry | int, on_whom: str, *, now: datetime | None = None) -> Entry:
    """The entry now waits on ``on_whom`` (free text: "the customer", "the supplier")."""
    row = fetch(Entry, entry, tr("Entry"), lock=True)
    if row.status not in v.ACTIVE_ENTRY_STATUSES:
        raise ValidationError(tr("This entry is already closed; reopen it first."))
    who = check.clean_line(on_whom, tr("Waiting on"), max_len=200, required=True)
    stamp = now_or(now)
    if row.status != v.WAITING:
        row.status = v.WAITING
        _store(row, [*waits(row), (max(stamp, row.occurred_at), None)])
    row.waiting_on = who
    row.updated_at = stamp
    row.save(only=row.dirty_fields)
    return row


@action
def resume(entry: Entry | int, *, now: datetime | None = None) -> Entry:
    """The wait is over: the entry is open (or in progress, once answered) and its clock runs."""
    row = fetch(Entry, entry, tr("Entry"), lock=True)
    if row.status != v.WAITING:
        raise ValidationError(tr("This entry is not waiting on anyone."))
    stamp = now_or(now)
    end_wait(row, stamp)
    row.status = v.IN_PROGRESS if row.first_response_at else v.OPEN
    row.updated_at = stamp
    row.save(only=row.dirty_fields)
    return row
