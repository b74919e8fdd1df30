"""A journal file built whole by ``copy-to``: written beside its name, then put in place.

The copy writes into ``.NAME.part`` (private, 0600, like every journal) with SQLite's rollback
journal in memory and no waiting for the disk on each page (``journal_mode = MEMORY``,
``synchronous = OFF``, a larger page cache): the file is nobody's journal until it is renamed, so
a crash can only leave a ``.part`` that is removed, never a half journal under the real name.
After the copy is checked and committed the file is set back to WAL (as every journal is),
written to the disk (``fsync``) and renamed onto its name in one step, and its folder is synced
so that the rename itself survives a power cut. In WAL mode one transaction of 93 MB first went
whole into the ``-wal`` file and was then copied a second time into the journal.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from cxjournal.store.models import db

BUILD_CACHE_KIB = 128_000  # the page cache while building: the indexes of 100,000 entries fit


def part_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.part")


def start_building() -> None:
    """On the file just made at ``part_path``, outside any transaction."""
    db.execute_sql("PRAGMA journal_mode = MEMORY")
    db.execute_sql("PRAGMA synchronous = OFF")
    db.execute_sql(f"PRAGMA cache_size = -{BUILD_CACHE_KIB}")


def finish_building() -> None:
    """After the commit, before the journal is closed: WAL again, as ``open_journal`` expects."""
    db.execute_sql("PRAGMA journal_mode = WAL")


def put_in_place(part: Path, target: Path) -> None:
    """``part`` (closed) onto ``target``: synced, renamed in one step, the rename synced."""
    fd = os.open(part, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.chmod(part, 0o600)
    os.replace(part, target)
    folder = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def remove_file(path: Path) -> None:
    """A journal file and what SQLite keeps beside it."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def drop_indexes() -> list[str]:
    """Inside the copy's transaction, on a file: take the tables' own indexes away while the rows
    go in and return what makes them again (``make_indexes``). SQLite builds an index over
    loaded rows by sorting them once, where keeping eight indexes of ``entry`` up to date row by
    row was most of a 100,000-entry copy's time. (Indexes SQLite makes itself for UNIQUE and
    primary keys have no SQL and stay.)"""
    made = db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    ).fetchall()
    for name, _sql in made:
        db.execute_sql(f'DROP INDEX "{name}"')
    return [sql for _name, sql in made]


def make_indexes(statements: list[str]) -> None:
    for statement in statements:
        db.execute_sql(statement)
