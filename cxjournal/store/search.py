"""Full-text search over entries: the index, keeping it in sync, and safe queries.

This is the only module with FTS5 SQL; a journal on a server has its own (``server_search``), and
every function here hands over to it there. The index is a plain FTS5 table whose rowid is the entry id;
services call ``reindex_entries`` inside the same transaction as every write that changes indexed text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from peewee import SQL

from cxjournal.store import server_search
from cxjournal.store.models import db, on_server
from cxjournal.store.plan_hints import not_by_index

FTS_TABLE = "entry_fts"

CREATE_FTS = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "title, details, resolution, person, tags, responses, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
)

_INDEX_ROWS = f"""
INSERT INTO {FTS_TABLE} (rowid, title, details, resolution, person, tags, responses)
SELECT e.id, e.title, e.details, e.resolution,
       COALESCE(p.name || ' ' || p.organisation, ''),
       COALESCE((SELECT group_concat(t.name, ' ') FROM entry_tag et
                 JOIN tag t ON t.id = et.tag_id WHERE et.entry_id = e.id), ''),
       COALESCE((SELECT group_concat(r.text, ' ') FROM response r WHERE r.entry_id = e.id), '')
FROM entry e LEFT JOIN person p ON p.id = e.person_id
WHERE e.deleted_at IS NULL
"""

# Words as the unicode61 tokenizer sees them; everything else the user typed is ignored, so that
# quotes, AND/OR/NEAR, stars or brackets can never become FTS syntax errors.
_WORD = re.compile(r"\w+", re.UNICODE)
_CHUNK = 500


def recreate_index() -> None:
    """Make the index again with the current columns and fill it (a schema upgrade that adds a
    column: an FTS5 table cannot gain one)."""
    if on_server():
        server_search.rebuild_index()
        return
    db.execute_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    db.execute_sql(CREATE_FTS)
    db.execute_sql(_INDEX_ROWS)


def create_index() -> None:
    if on_server():
        server_search.create_index()
        return
    db.execute_sql(CREATE_FTS)


# FTS5 keeps the words of rows being inserted in memory up to its "hashsize" (1 MiB by default),
# then writes them as a segment and merges segments as they pile up. Over 100,000 entries that
# made 7 segments and most of a rebuild's time: 1.81 s of CPU, against 1.25 s with room for the
# whole journal's words (one segment, as an 'optimize' leaves it: searches read one segment).
_BUILD_HASHSIZE = 64 * 2**20
_DEFAULT_HASHSIZE = 2**20


def rebuild_index() -> None:
    """Index every entry again (after a bulk load or an import)."""
    if on_server():
        server_search.rebuild_index()
        return
    db.execute_sql(f"DELETE FROM {FTS_TABLE}")
    _set_hashsize(_BUILD_HASHSIZE)
    try:
        db.execute_sql(_INDEX_ROWS)
    finally:
        # back to the default, and no trace of the setting in the file (the row the command wrote)
        _set_hashsize(_DEFAULT_HASHSIZE)
        db.execute_sql(f"DELETE FROM {FTS_TABLE}_config WHERE k = 'hashsize'")


def _set_hashsize(size: int) -> None:
    db.execute_sql(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rank) VALUES ('hashsize', ?)", (size,))


def forget_deleted() -> None:
    """Rebuild the index from the entries it still holds, so that the words of deleted ones leave
    its segments too (a delete only adds a marker; the old words stay in the segment blobs until
    a merge). With secure_delete on, the pages they were on are overwritten. A server's table
    holds no trace of deleted rows' words beyond what its own VACUUM reclaims."""
    if on_server():
        return
    db.execute_sql(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('rebuild')")


def reindex_entries(entry_ids: Iterable[int]) -> None:
    """Bring the index of these entries up to date (deleted or trashed ones leave it)."""
    ids = list(dict.fromkeys(int(i) for i in entry_ids))
    if on_server():
        if ids:
            server_search.reindex_entries(ids)
        return
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        db.execute_sql(f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({marks})", chunk)
        db.execute_sql(f"{_INDEX_ROWS} AND e.id IN ({marks})", chunk)


def match_expression(text: str) -> str | None:
    """The FTS5 query for what a person typed: every word must appear, each as a prefix.

    Returns None when the text holds no word at all (only punctuation or spaces).
    """
    words = _WORD.findall(text or "")
    if not words:
        return None
    if on_server():
        return server_search.match_expression(words)
    return " ".join(f'"{word}"*' for word in words)


def matching_ids_sql() -> str:
    """A sub-select of entry ids matching one bound FTS expression, to use as ``id IN (...)``."""
    if on_server():
        return server_search.matching_ids_sql()
    return f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?"


SERVER_COUNT_CAP = 1000  # a server's list counts this many rows, then says "1 000+"


def count_cap() -> int | None:
    """How many rows a list counts before it says "and more" (None: it counts them all). On a
    server, counting every match of a common prefix visits every page of the index table (14 to
    97 ms of a search's 50-ms budget, README "On a server"); a file's FTS5 counts from its index."""
    return SERVER_COUNT_CAP if on_server() else None


def count_matches(expression: str, limit: int | None = None) -> int:
    """How many live entries match (trashed ones are never in the index), counting no further
    than ``limit`` on a server (a file counts from the index alone, so it counts them all)."""
    if on_server():
        return server_search.count_matches(expression, limit)
    return db.execute_sql(
        f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?", (expression,)
    ).fetchone()[0]


def date_walk_pays(
    expression: str, threshold: int, *, counted: int | None = None, offset: int = 0
) -> bool:
    """Whether, for a search shown newest first, walking the date index and checking each entry
    against the matches beats sorting all the matches: when more than ``threshold`` entries match.

    On a file, SQLite cannot tell by itself: the matches are counted (from the FTS5 index). A
    server's planner weighs both ways from its statistics, right for one word but not for words
    that go together (it multiplies their odds); counting there costs a scan of the index table,
    so it walks only when the caller's own count (``counted``, the Journal's capped count) passed
    the cap, and only for the first ``SERVER_COUNT_CAP`` rows: deeper, sorting the matches once
    costs less than walking most of the table."""
    if on_server():
        return counted is not None and counted >= SERVER_COUNT_CAP and offset < SERVER_COUNT_CAP
    return count_matches(expression) > threshold


def few_matches(counted: int | None) -> bool:
    """Whether the caller's own count (``counted``, the Journal's capped count) says few entries
    match, so that a page is best read from the matches, each entry by its key, then sorted: on a
    server, fewer than ``SERVER_COUNT_CAP`` (the planner, left to itself, could walk the whole
    table); a file's FTS5 query needs no help."""
    return on_server() and counted is not None and counted < SERVER_COUNT_CAP


def count_with_first_page(expression: str, limit: int, first_page) -> tuple[int, list] | None:
    """The matches counted up to ``limit`` and the rows of ``first_page(gate)`` in one round
    trip, where ``gate(common)`` is the condition "the count reached ``SERVER_COUNT_CAP``" (or,
    ``common`` false, "it did not") that picks the page's plan as ``date_walk_pays`` and
    ``few_matches`` would: on a server, outside a transaction. None elsewhere (a file has no
    round trip to save): count, then read the page."""
    if not on_server():
        return None
    return server_search.count_with_rows(
        expression,
        limit,
        first_page(lambda common: server_search.count_gate(common, SERVER_COUNT_CAP)),
    )


def match_condition(entry_id, expression: str, *, walk_dates: bool, few: bool = False):
    """The condition "this entry's words match ``expression``" on ``entry_id`` (the entry's id
    column). ``walk_dates``: the query walks the entries in date order and checks each one, rather
    than reading the matches first (see ``date_walk_pays``); ``few``: few entries match, read them
    first, each by its key (see ``few_matches``)."""
    if on_server():
        if walk_dates:
            return server_search.walking_match(entry_id, expression)
        if few:
            return server_search.listed_match(entry_id, expression)
        return entry_id.in_(SQL(f"({server_search.matching_ids_sql()})", (expression,)))
    # "+id" keeps SQLite from driving the query by the matches, so it walks the date index.
    column = not_by_index(entry_id) if walk_dates else entry_id
    return column.in_(SQL(f"({matching_ids_sql()})", (expression,)))


def matches_nothing() -> SQL:
    """A condition no row meets (the text typed holds no word to search for)."""
    return SQL("FALSE") if on_server() else SQL("0")
