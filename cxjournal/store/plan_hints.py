"""Hints for SQLite's query planner where it picks the wrong index; a server's planner weighs its
own statistics and gets none.

SQLite chooses an index by the columns a query names, not by how many rows each value holds: the
open complaints and concerns (``status`` one of three values held by 174 of 100,000 entries) were
found through the index on ``kind``, reading every complaint ever made (60 to 100 ms at each
refresh of Today, the time-left panel the same again), where the index on ``status`` reads the
174 rows (under 1 ms). ``+column`` is SQLite's way to keep a condition from choosing the index.
"""

from __future__ import annotations

from peewee import SQL, ColumnBase, NodeList

from cxjournal.store.models import on_server


def not_by_index(column: ColumnBase) -> ColumnBase:
    """``column`` to compare in a condition that must not choose an index of its own on a file
    (``+column``); the column itself on a server (where ``+`` is no operator on text)."""
    if on_server():
        return column
    return NodeList((SQL("+"), column), glue="")
