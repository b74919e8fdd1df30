"""The schema version of a journal file and the ordered steps that bring an older file up to date.

A step is a function run inside one transaction; before any step runs, a copy of the file is taken
beside it (``journal.db.pre-v2-20261122-101500.bak``) so that an upgrade can always be undone.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from cxjournal.store import search
from cxjournal.store.models import ALL_MODELS, SchemaVersion, db
from cxjournal.store.transactions import write_transaction

SCHEMA_VERSION = 3


def create_schema() -> None:
    """Create every table and index of the current version in an empty database."""
    db.create_tables(ALL_MODELS)
    search.create_index()
    SchemaVersion.create(version=SCHEMA_VERSION, changed_at=datetime.now().replace(microsecond=0))


def _to_v2() -> None:
    """Reminders: follow-ups know their series; announced reminders are remembered."""
    from playhouse.migrate import SqliteMigrator, migrate

    from cxjournal.store.models import Announcement, FollowUp

    columns = {c.name for c in db.get_columns(FollowUp._meta.table_name)}
    if "series" not in columns:
        migrate(SqliteMigrator(db).add_column(FollowUp._meta.table_name, "series", FollowUp.series))
    db.create_tables([Announcement], safe=True)


def _to_v3() -> None:
    """Monthly figures count the problems resolved in a month through an index."""
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "entry_kind_resolved_at" ON "entry" ("kind", "resolved_at")'
    )


# version reached -> step that reaches it from the version before.
MIGRATIONS: dict[int, Callable[[], None]] = {2: _to_v2, 3: _to_v3}


def stored_version() -> int:
    row = SchemaVersion.select().order_by(SchemaVersion.version.desc()).first()
    return row.version if row else 0


def copy_before_migration(path: Path, from_version: int) -> Path:
    """Take a consistent copy of the file (SQLite's backup API) before it is upgraded."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.pre-v{from_version + 1}-{stamp}.bak")
    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    target.chmod(0o600)
    return target


def migrate(from_version: int, steps: dict[int, Callable[[], None]] | None = None) -> None:
    """Run every step above ``from_version`` in one transaction: all of them land, or none."""
    steps = MIGRATIONS if steps is None else steps
    target = max([SCHEMA_VERSION, *steps.keys()])
    with write_transaction():
        # another process may have upgraded the file while this one waited for the write lock
        from_version = max(from_version, stored_version())
        for version in range(from_version + 1, target + 1):
            steps[version]()
            SchemaVersion.create(version=version, changed_at=datetime.now().replace(microsecond=0))
