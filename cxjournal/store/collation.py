"""Names sorted the way the language sorts them: "Émile" with the E's, not after "Victor", and
"de Vries" beside "De Vries". Both engines order by name through one collation, ``cx_natural``:
on SQLite a Python function registered on every connection (its key is ``names.name_key``: accents
and case aside, ties broken by the name itself so that the order is stable); on PostgreSQL an ICU
collation the schema creates (``und-u-ks-level2``: the root locale's order, case ignored). The
collation is used in queries only, never in a column's definition, so a journal file still opens
in any SQLite tool."""

from __future__ import annotations

import sqlite3
from functools import lru_cache

from peewee import Node

from cxjournal.names import name_key

NATURAL = "cx_natural"


@lru_cache(maxsize=50_000)
def _key(text: str) -> tuple[str, str]:
    return (name_key(text), text)


def _compare(left: str, right: str) -> int:
    a, b = _key(left), _key(right)
    return (a > b) - (a < b)


def register(conn: sqlite3.Connection) -> None:
    """Make ``cx_natural`` known to a SQLite connection (done for each one the journal opens)."""
    conn.create_collation(NATURAL, _compare)


def by_name(column) -> Node:
    """``column`` ordered as the language orders names (for ``order_by``), on either engine."""
    return column.collate(NATURAL)


def create_on_server(database) -> None:
    """Create the ICU collation in the journal's schema (PostgreSQL 12 or later, built with ICU,
    as Debian's, Ubuntu's and the installers' servers are). Non-deterministic: case aside, "émile"
    and "Émile" compare equal, and ORDER BY keeps them together."""
    database.execute_sql(
        f"CREATE COLLATION IF NOT EXISTS {NATURAL} "
        "(provider = icu, locale = 'und-u-ks-level2', deterministic = false)"
    )
