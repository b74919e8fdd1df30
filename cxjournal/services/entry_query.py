"""Finding entries: filters (side, kind, status, person, tag, dates), full-text search, sorting."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from peewee import JOIN, SQL, fn

from cxjournal import vocabulary as v
from cxjournal.errors import ValidationError
from cxjournal.i18n import tr
from cxjournal.services import validation as check
from cxjournal.store import search
from cxjournal.store.models import Entry, EntryTag, Person, Tag

SORTABLE = {
    "occurred_at": Entry.occurred_at,
    "title": Entry.title,
    "kind": Entry.kind,
    "status": Entry.status,
    "priority": Entry.priority,
    "satisfaction": Entry.satisfaction,
    "side": Entry.side,
    "channel": Entry.channel,
}


@dataclass(frozen=True)
class EntryFilter:
    """What the owner asked to see; empty fields do not filter."""

    text: str = ""
    side: str | None = None
    kind: str | None = None
    status: str | None = None  # a status code, or "active" for open + in progress
    person_id: int | None = None
    tag: str | None = None
    date_from: date | None = None  # inclusive
    date_to: date | None = None  # inclusive
    include_confidential: bool = True
    sort: str = "occurred_at"
    descending: bool = True

    def with_(self, **changes) -> EntryFilter:
        return replace(self, **changes)


def entry_query(flt: EntryFilter = EntryFilter()):
    """A peewee query of the entries ``flt`` selects, person joined, in the asked order."""
    query = (
        Entry.select(Entry, Person)
        .join(Person, join_type=JOIN.LEFT_OUTER, on=(Entry.person == Person.id))
        .where(Entry.deleted_at.is_null())
    )
    if flt.side:
        query = query.where(Entry.side == check.one_of(flt.side, v.SIDES, tr("side")))
    if flt.kind:
        query = query.where(Entry.kind == check.one_of(flt.kind, v.ALL_KINDS, tr("kind")))
    if flt.status == "active":
        query = query.where(Entry.status.in_(v.ACTIVE_ENTRY_STATUSES))
    elif flt.status:
        query = query.where(
            Entry.status == check.one_of(flt.status, v.ENTRY_STATUSES, tr("status"))
        )
    if flt.person_id:
        query = query.where(Entry.person == flt.person_id)
    if flt.tag:
        tagged = (
            EntryTag.select(EntryTag.entry)
            .join(Tag)
            .where(fn.lower(Tag.name) == flt.tag.strip().lstrip("#").lower())
        )
        query = query.where(Entry.id.in_(tagged))
    if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
        raise ValidationError(tr("The start date is after the end date."))
    if flt.date_from:
        query = query.where(
            Entry.occurred_at >= datetime.combine(flt.date_from, datetime.min.time())
        )
    if flt.date_to:
        end = datetime.combine(flt.date_to + timedelta(days=1), datetime.min.time())
        query = query.where(Entry.occurred_at < end)
    if not flt.include_confidential:
        query = query.where(Entry.confidential == False)  # noqa: E712 (peewee expression)
    expression = search.match_expression(flt.text)
    if expression:
        query = query.where(Entry.id.in_(SQL(f"({search.matching_ids_sql()})", (expression,))))
    elif flt.text.strip():
        # Only punctuation was typed: nothing can match a word.
        query = query.where(SQL("0"))
    column = SORTABLE.get(flt.sort)
    if column is None:
        raise ValidationError(tr("Entries cannot be sorted by “{name}”.").format(name=flt.sort))
    order = column.desc() if flt.descending else column.asc()
    tie = Entry.id.desc() if flt.descending else Entry.id.asc()
    return query.order_by(order, tie)


def list_entries(
    flt: EntryFilter = EntryFilter(), *, limit: int | None = None, offset: int = 0
) -> list[Entry]:
    query = entry_query(flt)
    if limit is not None:
        query = query.limit(limit).offset(offset)
    return list(query)


def count_entries(flt: EntryFilter = EntryFilter()) -> int:
    return entry_query(flt).order_by().count()


def search_entries(text: str, *, limit: int | None = 200, **filters) -> list[Entry]:
    """Entries matching every word of ``text`` (accents and case ignored, words as prefixes)."""
    return list_entries(EntryFilter(text=text, **filters), limit=limit)
