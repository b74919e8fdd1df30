"""Indexes only a server's planner needs, beside those the models declare for both engines.

Counting what a filter of the Journal selects (side, kind, status, dates) reads every live entry
of the table on a server: PostgreSQL counts by visiting rows, and the models' indexes each cover
one filter plus the date. One partial index of the live entries holding all the filtered columns
lets it count from the index alone (an index-only scan). Measured on 100,000 entries, loopback,
on a loaded machine: the count of one side 124 ms → 47 ms, of a side and a kind 89 ms → 13 ms,
with the status too 0.05 ms. Today and every list that hides confidential items first reads the ids of the confidential entries
(``services.visibility``): a few hundred among 100,000, found by reading the whole table (39 ms)
unless a partial index holds just them (under 1 ms). SQLite counts and finds these fast enough
from its own indexes (and a journal file keeps its size), so a file has none of these.
"""

from __future__ import annotations

from cxjournal.store.models import db

LIVE_ENTRY_FILTERS = (
    'CREATE INDEX IF NOT EXISTS "entry_live_filters" ON "entry" '
    '("side", "kind", "status", "occurred_at") WHERE "deleted_at" IS NULL'
)

CONFIDENTIAL_ENTRIES = (
    'CREATE INDEX IF NOT EXISTS "entry_confidential" ON "entry" ("id") WHERE "confidential"'
)


def create_indexes() -> None:
    """Create the server's own indexes (a new server journal, or the upgrade to version 14)."""
    db.execute_sql(LIVE_ENTRY_FILTERS)
    db.execute_sql(CONFIDENTIAL_ENTRIES)
