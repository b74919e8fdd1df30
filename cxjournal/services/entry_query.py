"""Finding entries: filters (side, kind, status, person, tag, dates), full-text search, sorting."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from peewee import JOIN, fn

from cxjournal import vocabulary as v
from cxjournal.errors import ValidationError
from cxjournal.i18n import tr
from cxjournal.services import validation as check
from cxjournal.services.people import names_told_apart, people_mark
from cxjournal.store import search
from cxjournal.store.collation import by_name
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


def _with_person(query):
    return query.join(Person, join_type=JOIN.LEFT_OUTER, on=(Entry.person == Person.id))


# Above this many matches, walking the date index and checking each entry against the matches beats
# sorting all the matches (measured on 100,000 entries: 3 ms instead of 48 ms for "cafe").
SCAN_THRESHOLD = 300


def entry_query(
    flt: EntryFilter = EntryFilter(),
    *,
    ids_only: bool = False,
    walk_dates: bool = False,
    few_matches: bool = False,
):
    """A peewee query of the entries ``flt`` selects, in the asked order.

    With ``ids_only`` it selects just the ids, with no join: narrow rows sort much faster, which
    is what paging through 100,000 entries needs. Otherwise the person comes joined.
    ``walk_dates`` and ``few_matches`` choose how a search reads (``search.match_condition``).
    """
    if ids_only:
        query = Entry.select(Entry.id).where(Entry.deleted_at.is_null())
    else:
        query = _with_person(Entry.select(Entry, Person)).where(Entry.deleted_at.is_null())
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
        query = query.where(
            search.match_condition(Entry.id, expression, walk_dates=walk_dates, few=few_matches)
        )
    elif flt.text.strip():
        # Only punctuation was typed: nothing can match a word.
        query = query.where(search.matches_nothing())
    return query.order_by(*_ordering(flt))


def _ordering(flt: EntryFilter) -> tuple:
    """What ``flt`` sorts by, then the id to break ties (the page's ids and its rows alike)."""
    column = SORTABLE.get(flt.sort)
    if column is None:
        raise ValidationError(tr("Entries cannot be sorted by “{name}”.").format(name=flt.sort))
    if column is Entry.title:
        column = by_name(column)  # "Éclair" with the E's, as every list sorts names and titles
    if flt.descending:
        return column.desc(), Entry.id.desc()
    return column.asc(), Entry.id.asc()


def list_entries(
    flt: EntryFilter = EntryFilter(), *, limit: int | None = None, offset: int = 0
) -> list[Entry]:
    """The entries ``flt`` selects, ``limit`` of them from ``offset`` in the asked order."""
    if limit is None:
        return list(entry_query(flt))
    return entries_by_ids(page_ids(flt, limit=limit, offset=offset))


def page_ids(
    flt: EntryFilter = EntryFilter(), *, limit: int, offset: int = 0, counted: int | None = None
) -> list[int]:
    """Ids of one page of entries, in order (cheap: a narrow, index-friendly query). ``counted``:
    how many entries the caller's own count found for ``flt`` (at least), which on a server
    chooses how a search reads its first pages (``search.date_walk_pays``)."""
    query = _page_query(flt, limit=limit, offset=offset, counted=counted)
    return [row[0] for row in query.tuples()]


def _page_query(flt: EntryFilter, *, limit: int, offset: int, counted: int | None):
    expression = search.match_expression(flt.text)
    walk = bool(
        expression
        and flt.sort == "occurred_at"
        and search.date_walk_pays(expression, SCAN_THRESHOLD, counted=counted, offset=offset)
    )
    few = bool(expression and not walk and search.few_matches(counted))
    query = entry_query(flt, ids_only=True, walk_dates=walk, few_matches=few)
    return query.limit(limit).offset(offset)


def entries_by_ids(ids: list[int]) -> list[Entry]:
    """These entries, person joined, in the order of ``ids`` (missing or trashed ones left out)."""
    if not ids:
        return []
    query = _with_person(Entry.select(Entry, Person)).where(
        Entry.id.in_(ids), Entry.deleted_at.is_null()
    )
    found = {entry.id: entry for entry in query}
    return [found[i] for i in ids if i in found]


def shown_entry_query(entry_id: int):
    """One entry as the detail pane shows it: with its person and, as ``people_mark``, the mark
    that ``names_told_apart`` keeps its namesakes under, in one statement, which the pane sends
    with its others (``entry_pane``: on a server one round trip, made again at every search that
    moves the selection). No row when it is missing or in the trash."""
    return (
        _with_person(Entry.select(Entry, Person, people_mark().alias("people_mark")))
        .where(Entry.id == entry_id, Entry.deleted_at.is_null())
        .limit(1)
    )


ROW_FIELDS = (
    "id",
    "occurred_at",
    "side",
    "person_name",
    "kind",
    "title",
    "status",
    "priority",
    "satisfaction",
    "confidential",
)


def entry_rows(ids: list[int]) -> list[tuple]:
    """Plain rows for a list view (fields of ``ROW_FIELDS``), in the order of ``ids``.

    Tuples, not model objects: a table reading 200 rows at a time needs them in milliseconds.
    """
    if not ids:
        return []
    rows = list(_rows_query(Entry.id.in_(ids)))
    if not rows:
        return []
    found = {row[0]: row for row in rows}
    return _told_apart([found[i] for i in ids if i in found])


def page_rows(
    flt: EntryFilter = EntryFilter(), *, limit: int, offset: int = 0, counted: int | None = None
) -> list[tuple]:
    """``entry_rows(page_ids(...))`` in one statement (on a server, one round trip instead of
    two at every search, filter and block scrolled to): ``page_ids``'s narrow query picks the
    page's ids as a subquery, the rows come in the same order."""
    ids = _page_query(flt, limit=limit, offset=offset, counted=counted)
    return _told_apart(list(_rows_query(Entry.id.in_(ids)).order_by(*_ordering(flt))))


def _rows_query(condition):
    return (
        _with_person(
            Entry.select(
                Entry.id,
                Entry.occurred_at,
                Entry.side,
                Person.name,
                Entry.kind,
                Entry.title,
                Entry.status,
                Entry.priority,
                Entry.satisfaction,
                Entry.confidential,
                Entry.person,  # not shown: what finds the namesakes below
                people_mark().alias("people_mark"),  # not shown: whether they changed
            )
        )
        .where(condition, Entry.deleted_at.is_null())
        .tuples()
    )


def _told_apart(rows: list[tuple]) -> list[tuple]:
    """Rows of ``_rows_query`` as shown: a namesake's name comes with what tells them apart, as
    on the People pages."""
    if not rows:
        return []
    mark = rows[0][-1]  # the same on every row
    found = [row[:-1] for row in rows]
    names = names_told_apart((r[-1] for r in found if r[-1] is not None), mark=mark)
    return [_shown(row, names.get(row[-1])) for row in found]


def _shown(row: tuple, name: str | None) -> tuple:
    """``row`` without its person id, the person's name told apart from namesakes if need be."""
    return row[:-1] if name is None else (*row[:3], name, *row[4:-1])


def _only_text(flt: EntryFilter) -> bool:
    """Whether ``flt`` filters by its text alone (its order aside)."""
    return flt.with_(text="", sort="occurred_at", descending=True) == EntryFilter()


def count_and_first_page(
    flt: EntryFilter, *, count_limit: int | None, page: int
) -> tuple[int, list[tuple] | None]:
    """``count_entries(flt, limit=count_limit)`` and, where one statement carries both (a search
    on a server: one round trip instead of two at every keystroke), ``page_rows(flt, limit=page,
    counted=...)``, the same rows; elsewhere None for the rows, read when shown."""
    expression = search.match_expression(flt.text)
    if expression and count_limit is not None and _only_text(flt):
        both = search.count_with_first_page(
            expression, count_limit, lambda gate: _first_page_query(flt, page, gate)
        )
        if both is not None:
            return both[0], _told_apart(both[1])
    return count_entries(flt, limit=count_limit), None


def _first_page_query(flt: EntryFilter, limit: int, gate):
    """The first ``limit`` rows as ``page_rows`` reads them for each count (``gate(True)``: the
    count reached the cap, walk the dates; ``gate(False)``: few matches, read them first), the
    two plans in one query of which only the one whose gate holds runs."""
    common = entry_query(flt, ids_only=True, walk_dates=flt.sort == "occurred_at")
    few = entry_query(flt, ids_only=True, few_matches=True)
    ids = common.where(gate(True)).limit(limit).union_all(few.where(gate(False)).limit(limit))
    return _rows_query(Entry.id.in_(ids)).order_by(*_ordering(flt))


def count_entries(flt: EntryFilter = EntryFilter(), *, limit: int | None = None) -> int:
    """How many entries ``flt`` selects, counting no further than ``limit`` where the engine
    stops early (see ``count_cap``): a result equal to ``limit`` means "at least that many"."""
    expression = search.match_expression(flt.text)
    only_text = _only_text(flt)
    if expression and only_text:
        return search.count_matches(expression, limit)  # the index holds live entries only
    query = entry_query(flt, ids_only=True).order_by()
    return (query.limit(limit) if limit is not None else query).count()


def count_cap() -> int | None:
    """How many entries a list counts before it says "and more" (None: all of them); it reads
    further as it is scrolled (``count_entries(limit=...)``)."""
    return search.count_cap()


def search_entries(text: str, *, limit: int | None = 200, **filters) -> list[Entry]:
    """Entries matching every word of ``text`` (accents and case ignored, words as prefixes)."""
    return list_entries(EntryFilter(text=text, **filters), limit=check.result_limit(limit))
