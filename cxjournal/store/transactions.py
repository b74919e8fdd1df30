"""How a transaction begins, and what "the journal is busy" means, for the engine the journal uses.

Every write goes through ``write_transaction()``: on SQLite it begins ``IMMEDIATE``, taking the
write lock at once and waiting for it up to the busy timeout. A DEFERRED transaction that reads and
then writes cannot wait: in WAL mode its read snapshot cannot be upgraded once another connection has
committed, and SQLite fails it at once with "database is locked" whatever the timeout.
``read_transaction()`` is for consistent reads (reports, exports, the source of a copy) and takes no
write lock. On a file one read transaction is one snapshot already (WAL); on a server it runs
``REPEATABLE READ, READ ONLY``, since PostgreSQL's default READ COMMITTED gives each statement its
own snapshot: a write another computer commits in the middle of an export would land in some tables
and not in others. ``trial_transaction()`` is for work that writes to see what would happen (a dry
run of an import) and throws every write away.

SQLite's "busy"/"locked" (after the busy timeout) becomes ``BusyError``, a failure worth retrying,
wherever it happens (beginning, in a statement, at commit): ``store.connection.JournalDatabase``
reports every storage error in plain words, this one through ``busy_error()``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from peewee import OperationalError, SqliteDatabase

from cxjournal.errors import BusyError
from cxjournal.i18n import tr
from cxjournal.store.models import db, on_server

# SQLITE_BUSY (another connection holds the lock) and SQLITE_LOCKED (a conflict inside this process),
# with their extended codes such as SQLITE_BUSY_SNAPSHOT.
_BUSY_NAMES = ("SQLITE_BUSY", "SQLITE_LOCKED")


def _is_busy(exc: OperationalError) -> bool:
    original = exc.args[0] if exc.args else None
    name = getattr(original, "sqlite_errorname", "") or ""
    if name:
        return name.startswith(_BUSY_NAMES)
    return "database is locked" in str(exc) or "database table is locked" in str(exc)


def busy_error() -> BusyError:
    return BusyError(
        tr(
            "The journal is busy: another program or window is saving to it. Nothing was changed; "
            "try again in a moment."
        )
    )


def _write_begin() -> dict:
    """Arguments of ``atomic()`` that make the transaction take the write lock when it begins."""
    if isinstance(db.obj, SqliteDatabase):
        return {"lock_type": "IMMEDIATE"}
    return {}


@contextlib.contextmanager
def write_transaction() -> Iterator[None]:
    """One transaction that writes: everything in it lands, or nothing does. Nested inside another
    transaction it is a savepoint of that one. While a window follows the change log, the log rows
    it writes are remembered as this process's own once it has committed (see ``changelog``)."""
    from cxjournal.store import changelog

    outermost = changelog.remembering_own_changes() and not db.in_transaction()
    mine: list[int] = []
    try:
        with db.atomic(**_write_begin()):
            start = changelog.latest_id() if outermost else 0
            yield
            if outermost:
                # Remembered before the commit: the window's watcher (another thread) may read
                # the log the moment the commit lands, before this thread runs again.
                mine = changelog.logged_by_this_transaction(start)
                changelog.remember_own(mine)
    except BaseException:
        changelog.forget_own(mine)  # not committed: nobody will see those rows
        raise


@contextlib.contextmanager
def read_transaction() -> Iterator[None]:
    """One consistent, read-only view of the journal (inside another transaction: that one's)."""
    outermost = not db.in_transaction()
    # a file's connection refuses writes for the while (unless it already did: a damaged file)
    on_file = (
        outermost and not on_server() and not db.execute_sql("PRAGMA query_only").fetchone()[0]
    )
    if on_file:
        db.execute_sql("PRAGMA query_only = 1")
    try:
        with db.atomic() as transaction:
            if outermost and not on_file:  # must be the transaction's first statement
                db.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            try:
                yield
            finally:
                transaction.rollback()
    finally:
        if on_file:
            db.execute_sql("PRAGMA query_only = 0")


@contextlib.contextmanager
def trial_transaction() -> Iterator[None]:
    """A transaction whose writes are all thrown away at its end (a dry run): nothing of it is
    committed, so nothing is remembered as this process's own changes either."""
    with db.atomic(**_write_begin()) as transaction:
        try:
            yield
        finally:
            transaction.rollback()
