"""``cxjournal check`` on a journal on a server: what can be checked from a computer of the shop.

A server keeps its own pages and foreign keys whole (a file's ``integrity_check`` has no
counterpart to run from here: ``amcheck`` needs the server's administrator). What can go wrong
and be seen from here is the journal's own structure: every table and column, the rule of one
open check-in per department, the change log's triggers, the search index (every live entry
indexed, the ``unaccent`` configuration there), the journal's time zone, and this computer's
clock against the server's. Reads only, in one snapshot.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from cxjournal import clock
from cxjournal.i18n import tr, trn
from cxjournal.store import changelog, server_changelog, server_search
from cxjournal.store.journal_time import stored_zone
from cxjournal.store.models import ALL_MODELS, ONE_OPEN_CHECKIN_INDEX, db
from cxjournal.store.transactions import read_transaction

CLOCK_TOLERANCE = timedelta(minutes=1)  # beyond this, the computer's clock is worth setting right


def _missing_structure() -> list[str]:
    found = []
    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = {column.name for column in db.get_columns(table)}
        if not columns:
            found.append(tr("The table {table} is missing.", "check").format(table=table))
            continue
        for field in model._meta.sorted_fields:
            if field.column_name not in columns:
                found.append(
                    tr("The column {table}.{column} is missing.", "check").format(
                        table=table, column=field.column_name
                    )
                )
    (index,) = db.execute_sql(
        "SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() AND indexname = %s",
        (ONE_OPEN_CHECKIN_INDEX,),
    ).fetchone()
    if not index:
        found.append(tr("The rule of one open check-in per department is missing.", "check"))
    return found


def _missing_machinery() -> list[str]:
    found = []
    triggers = {
        name
        for (name,) in db.execute_sql(
            "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
        ).fetchall()
    }
    for table in changelog.TRACKED:
        if not set(server_changelog.trigger_names(table)) <= triggers:
            found.append(
                tr("Changes to {table} are not recorded in the change log.", "check").format(
                    table=table
                )
            )
    if not db.execute_sql(
        "SELECT 1 FROM pg_ts_config WHERE cfgname = %s", (server_search.CONFIG,)
    ).fetchone():
        found.append(tr("The search configuration is missing: search cannot work.", "check"))
    (unindexed,) = db.execute_sql(
        f'SELECT count(*) FROM "entry" e WHERE e.deleted_at IS NULL AND NOT EXISTS '
        f"(SELECT 1 FROM {server_search.TABLE} s WHERE s.entry_id = e.id)"
    ).fetchone()
    if unindexed:
        found.append(
            trn(
                "%n entry is missing from the search index.",
                "%n entries are missing from the search index.",
                unindexed,
                "check",
            )
        )
    if clock.zone_or_none(stored_zone()) is None:
        found.append(
            tr("The journal's time zone “{zone}” is not known here.", "check").format(
                zone=stored_zone()
            )
        )
    return found


def clock_offset() -> timedelta:
    """How far the server's clock is ahead of this computer's (negative: behind)."""
    (server,) = db.execute_sql("SELECT clock_timestamp()").fetchone()
    return server - datetime.now(UTC)


def check_server_journal() -> tuple[list[str], list[str]]:
    """(problems, notes) about the open server journal, in plain words; reads only."""
    with read_transaction():
        problems = _missing_structure() + _missing_machinery()
        offset = clock_offset()
    notes = []
    if abs(offset) > CLOCK_TOLERANCE:
        minutes = max(1, round(abs(offset).total_seconds() / 60))
        notes.append(
            trn(
                "This computer's clock is %n minute off from the server's. The journal follows "
                "the server's clock; set this computer's clock right for its other programs.",
                "This computer's clock is %n minutes off from the server's. The journal follows "
                "the server's clock; set this computer's clock right for its other programs.",
                minutes,
                "check",
            )
        )
    return problems, notes
