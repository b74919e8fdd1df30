"""Opening a journal file: checks that it is ours, privacy of new files, SQLite settings, upgrades.

A file that is not a CX Journal database, is newer than this app, or cannot be read is refused with a
``DatabaseRefusedError`` whose message says so; it is never written to, "repaired" or replaced.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from peewee import SqliteDatabase

from cxjournal.errors import DatabaseRefusedError
from cxjournal.i18n import tr
from cxjournal.store import migrations
from cxjournal.store.models import db

APPLICATION_ID = 0x434A4E4C  # "CJNL" in the SQLite header marks a CX Journal file
SQLITE_MAGIC = b"SQLite format 3\x00"

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "synchronous": "full",  # a committed write survives a power cut, not only a crash
    "cache_size": -16000,
}


def _inspect_existing(path: Path) -> int:
    """Schema version of an existing journal, read without writing; refuses anything else."""
    with open(path, "rb") as handle:
        header = handle.read(len(SQLITE_MAGIC))
    if header != SQLITE_MAGIC:
        raise DatabaseRefusedError(
            tr(
                "{path} is not a CX Journal file (it is not a database). It was left untouched."
            ).format(path=path)
        )
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise DatabaseRefusedError(
                    tr(
                        "{path} is a database of another program, not a CX Journal. "
                        "It was left untouched."
                    ).format(path=path)
                )
            row = con.execute("SELECT MAX(version) FROM schema_version").fetchone()
            return int(row[0] or 0)
        finally:
            con.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc):
            raise DatabaseRefusedError(
                tr("{path} is locked by another program. Close it and try again.").format(path=path)
            ) from exc
        raise DatabaseRefusedError(
            tr("{path} cannot be read as a CX Journal ({reason}). It was left untouched.").format(
                path=path, reason=exc
            )
        ) from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseRefusedError(
            tr(
                "{path} is damaged and cannot be opened ({reason}). It was left untouched. "
                "Restore a backup or open another file."
            ).format(path=path, reason=exc)
        ) from exc


def _create_private_file(path: Path) -> None:
    """Create the folder (0700) and an empty file (0600) so no one else on the machine can read them."""
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def open_journal(path: str | os.PathLike[str], *, durable: bool = True) -> SqliteDatabase:
    """Open (or create) the journal at ``path`` and bind the models to it.

    ``durable=False`` is for the test suite only: SQLite then never waits for the disk
    (``synchronous=off``), so a power cut could lose the last commits. Nothing in the app passes
    it (tests/test_durability.py checks), and it is a keyword, not an environment variable, so
    it cannot leak into a child process or a user's shell.
    """
    path = Path(path).expanduser()
    is_new = not path.exists() or path.stat().st_size == 0
    if path.is_dir():
        raise DatabaseRefusedError(tr("{path} is a folder, not a journal file.").format(path=path))
    version = 0
    if is_new:
        if not path.exists():
            try:
                _create_private_file(path)
            except OSError as exc:
                raise DatabaseRefusedError(
                    tr("Cannot create the journal {path}: {reason}").format(
                        path=path, reason=exc.strerror
                    )
                ) from exc
    else:
        version = _inspect_existing(path)
        if version > migrations.SCHEMA_VERSION:
            raise DatabaseRefusedError(
                tr(
                    "{path} was made by a newer version of CX Journal. Update the app to open it; "
                    "the file was left untouched."
                ).format(path=path)
            )
    close_journal()
    pragmas = PRAGMAS if durable else {**PRAGMAS, "synchronous": "off"}
    database = SqliteDatabase(str(path), pragmas=pragmas)
    db.initialize(database)
    try:
        database.connect()
        if is_new:
            with database.atomic():
                database.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                migrations.create_schema()
        elif version < migrations.SCHEMA_VERSION:
            migrations.copy_before_migration(path, version)
            migrations.migrate(version)
    except Exception:
        close_journal()
        raise
    return database


def close_journal() -> None:
    """Close the open journal, if any (safe to call twice)."""
    current = db.obj
    if current is not None:
        with contextlib.suppress(Exception):
            if not current.is_closed():
                current.close()
        db.initialize(None)


def database_path() -> Path | None:
    current = db.obj
    return Path(current.database) if current is not None else None
