"""Each person's two contact dates, computed from what the journal holds about them.

``last_contact_at`` is the latest contact of any kind: an entry about them, a response or a
resolution given to one, a promise to them kept, a follow-up about them done (the shop's own
reminders and check-ins included). ``last_own_contact_at`` counts only what the person began: an
entry recorded about what they said. A response, a check-in the shop ran, a kept promise or a done
follow-up never moves it, so a reminder sent by the shop cannot extend how long their data is kept
(the CNIL's reference for customers counts from the last contact the person initiated).

Both are derived: the services recompute them for the people an action touched (inside its
transaction), and the upgrade and an import recompute them for everyone. Only the trash is left
out: a trashed entry, promise or follow-up is no contact until it is restored.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Iterable
from datetime import datetime

from peewee import SQL, fn

from cxjournal.store.models import Entry, FollowUp, Person, Promise, Response, db, on_server

# Entries the shop begins rather than the person: a one-to-one check-in is run by the shop.
SHOP_KINDS = ("check-in",)
KEPT = "kept"
_CHUNK = 500


def as_time(value) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))  # SQLite's MAX() may come back as text


def _latest(rows, into: dict[int, datetime | None]) -> None:
    """Fold ``(person_id, time)`` rows into ``into``, keeping each person's latest time."""
    for person_id, at in rows:
        at = as_time(at)
        if person_id is not None and at is not None:
            known = into.get(person_id)
            into[person_id] = at if known is None else max(known, at)


def _live_entries(ids):
    return (Entry.person.in_(ids)) & Entry.deleted_at.is_null()


def _own_contacts(ids) -> list:
    """Queries of (person, latest time) of the contacts these people began."""
    return [
        Entry.select(Entry.person, fn.MAX(Entry.occurred_at))
        .where(_live_entries(ids), Entry.kind.not_in(SHOP_KINDS))
        .group_by(Entry.person)
    ]


def _any_contacts(ids) -> list:
    """Queries of (person, latest time) of every contact with these people."""
    queries = [
        Entry.select(Entry.person, fn.MAX(column)).where(_live_entries(ids)).group_by(Entry.person)
        for column in (Entry.occurred_at, Entry.resolved_at)
    ]
    done = FollowUp.done_at.is_null(False) & FollowUp.deleted_at.is_null()
    return [
        *queries,
        Response.select(Entry.person, fn.MAX(Response.at))
        .join(Entry)
        .where(_live_entries(ids))
        .group_by(Entry.person),
        Promise.select(Promise.person, fn.MAX(Promise.fulfilled_at))
        .where(Promise.person.in_(ids), Promise.status == KEPT, Promise.deleted_at.is_null())
        .group_by(Promise.person),
        FollowUp.select(FollowUp.person, fn.MAX(FollowUp.done_at))
        .where(done, FollowUp.person.in_(ids))
        .group_by(FollowUp.person),
        # a follow-up with no person of its own is about its entry's or its promise's person
        FollowUp.select(Entry.person, fn.MAX(FollowUp.done_at))
        .join(Entry, on=FollowUp.entry == Entry.id)
        .where(done, FollowUp.person.is_null(), Entry.person.in_(ids))
        .group_by(Entry.person),
        FollowUp.select(Promise.person, fn.MAX(FollowUp.done_at))
        .join(Promise, on=FollowUp.promise == Promise.id)
        .where(done, FollowUp.person.is_null(), FollowUp.entry.is_null(), Promise.person.in_(ids))
        .group_by(Promise.person),
    ]


def _contacts(ids) -> tuple[dict[int, datetime | None], dict[int, datetime | None]]:
    """Each person's latest contact of any kind and latest own contact, read in one statement
    (``UNION ALL``; nine round trips before with the people's own dates, two now)."""
    own_rows = [query.select_extend(SQL("1")) for query in _own_contacts(ids)]
    any_rows = [query.select_extend(SQL("0")) for query in _any_contacts(ids)]
    own: dict[int, datetime | None] = {}
    any_: dict[int, datetime | None] = {}
    rows = list(functools.reduce(operator.add, [*own_rows, *any_rows]).tuples())
    _latest(((person, at) for person, at, begun in rows if begun), own)
    _latest(((person, at) for person, at, begun in rows if not begun), any_)
    return any_, own


def recompute(person_ids: Iterable[int | None] | None = None) -> int:
    """Bring the two dates of these people (everyone when ``None``) in line with the journal,
    inside the caller's transaction. Only rows whose dates change are written (each write is a
    change of that person in the change log). Returns how many people changed."""
    if person_ids is None:
        ids = [row.id for row in Person.select(Person.id)]
    else:
        ids = sorted({i for i in person_ids if i is not None})
    changed = 0
    for start in range(0, len(ids), _CHUNK):
        part = ids[start : start + _CHUNK]
        any_, own = _contacts(part)
        rows = Person.select(Person.id, Person.last_contact_at, Person.last_own_contact_at).where(
            Person.id.in_(part)
        )
        moved = [
            (row.id, any_.get(row.id), own.get(row.id))
            for row in rows
            if (as_time(row.last_contact_at), as_time(row.last_own_contact_at))
            != (any_.get(row.id), own.get(row.id))
        ]
        _write_dates(moved)
        changed += len(moved)
    return changed


def _write_dates(moved: list[tuple[int, datetime | None, datetime | None]]) -> None:
    """Each (person, latest contact, latest own contact) written. On a server one statement for
    them all: an import of 500 customers' history sent 500 updates, each a round trip and a run
    of the change log's triggers (``server_changelog``), for a person logged once either way."""
    if not moved:
        return
    if on_server():
        ids, any_, own = (list(column) for column in zip(*moved, strict=True))
        db.execute_sql(
            'UPDATE "person" SET "last_contact_at" = v.a, "last_own_contact_at" = v.o '
            "FROM unnest(%s::integer[], %s::timestamp[], %s::timestamp[]) AS v(id, a, o) "
            'WHERE "person"."id" = v.id',
            (ids, any_, own),
        )
        return
    for person_id, new_any, new_own in moved:
        Person.update(last_contact_at=new_any, last_own_contact_at=new_own).where(
            Person.id == person_id
        ).execute()


def bump(person_id: int | None, at: datetime, *, own: bool = False) -> None:
    """A contact at ``at`` was just recorded with this person (``own``: one they began): move
    their dates forward if it is later, without reading anything (logging is the hot path). A
    contact taken back (trash, reopen, a move) needs ``recompute`` instead."""
    if person_id is None:
        return
    columns = [Person.last_contact_at, *([Person.last_own_contact_at] if own else [])]
    for column in columns:
        Person.update({column: at}).where(
            Person.id == person_id, column.is_null() | (column < at)
        ).execute()
