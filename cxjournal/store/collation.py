"""Names sorted the way the language sorts them: "Émile" with the E's, not after "Victor", and
"de Vries" beside "De Vries". Both engines order by name through one collation, ``cx_natural``:
on SQLite a Python function registered on every connection (its key is ``names.sort_key``: accents
and case aside, ligatures as their letters, ties broken by the name itself so that the order is
stable); on PostgreSQL an ICU
collation the schema creates (``und-u-ks-level2``: the root locale's order, case ignored). The
collation is used in queries only, never in a column's definition, so a journal file still opens
in any SQLite tool."""

from __future__ import annotations

import sqlite3
from functools import lru_cache

from peewee import Node, fn

from cxjournal.names import sort_key
from cxjournal.store.models import on_server

NATURAL = "cx_natural"
SORT_KEY = "cx_sort_key"


@lru_cache(maxsize=50_000)
def _key(text: str) -> tuple[str, str]:
    return sort_key(text)


def _compare(left: str, right: str) -> int:
    a, b = _key(left), _key(right)
    return (a > b) - (a < b)


def _sort_text(text: str | None) -> str | None:
    """``names.sort_key`` as one string that SQLite compares byte by byte in the same order."""
    if text is None:
        return None
    key, itself = sort_key(text)
    return f"{key}\x01{itself}"


def register(conn: sqlite3.Connection) -> None:
    """Make ``cx_natural`` (and ``cx_sort_key``, its key) known to a SQLite connection (done for
    each one the journal opens)."""
    conn.create_collation(NATURAL, _compare)
    conn.create_function(SORT_KEY, 1, _sort_text, deterministic=True)


def by_name(column) -> Node:
    """``column`` ordered as the language orders names (for ``order_by``), on either engine. On
    SQLite through the key function rather than the collation: one Python call per row, then
    SQLite's own sort, instead of a Python call per comparison (100,000 titles, CPU time: 0.28 s
    instead of 0.38 s for the first page, 0.53 s instead of 2.18 s for one from the middle)."""
    if on_server():
        return column.collate(NATURAL)
    return fn.cx_sort_key(column)


def create_on_server(database) -> None:
    """Create the ICU collation in the journal's schema (PostgreSQL 12 or later, built with ICU,
    as Debian's, Ubuntu's and the installers' servers are). Non-deterministic: case aside, "émile"
    and "Émile" compare equal, and ORDER BY keeps them together."""
    database.execute_sql(
        f"CREATE COLLATION IF NOT EXISTS {NATURAL} "
        "(provider = icu, locale = 'und-u-ks-level2', deterministic = false)"
    )
