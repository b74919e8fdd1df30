"""Opening a journal file: checks that it is ours, privacy of new files, SQLite settings, upgrades,
and what happens once a journal turns out to be damaged.

A file that is not a CX Journal database, is newer than this app, or cannot be read is refused with a
``DatabaseRefusedError`` whose message says so; it is never written to, "repaired" or replaced. It is
vetted through an ``immutable=1`` URI when no ``-wal`` lies beside it: ``mode=ro`` still creates an
empty ``-wal`` and a 32 KiB ``-shm`` beside a WAL file, so a refusal would leave litter behind.

Damage inside a journal (a page overwritten, not a truncated file) is only found by reading the
damaged pages, and a write that misses them succeeds. Where the full check runs comes from a
measurement: ``PRAGMA quick_check`` reads the whole file; on the 100,000-entry journal of
benchmarks/run.py (93 MB) it takes 0.12-0.20 s with the file in the OS cache (integrity_check:
0.66 s), against a window that starts in about 0.28 s. So it does not run at open: it runs once per
process, before the first transaction (``JournalDatabase.begin``; a command that only reads without a
transaction does not pay it); the window runs it off the GUI thread soon after its first paint
(``verify_journal``), so its first write does not wait for it.
Any "malformed" / "not a database" error from SQLite, during a read or a write, becomes a
``JournalDamagedError`` (a plain message pointing to the backups) and marks the file as untrusted:
from then on every write to it in this process is refused before it reaches SQLite, the connection is
``query_only``, and a read-only "keeper" connection stays open so that closing the last connection
does not checkpoint the WAL into the damaged file. Other storage errors (disk full, read-only file,
locked) become a ``StorageError`` with a plain message.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

import peewee
from peewee import SqliteDatabase

from cxjournal.errors import (
    ConnectionLostError,
    DatabaseRefusedError,
    JournalDamagedError,
    StorageError,
)
from cxjournal.files import private_folder
from cxjournal.i18n import tr
from cxjournal.store import changelog, collation, journal_time, migrations
from cxjournal.store.location import ServerAddress, journal_location
from cxjournal.store.models import db
from cxjournal.store.readonly import connect_read_only
from cxjournal.store.transactions import busy_error, write_transaction

APPLICATION_ID = 0x434A4E4C  # "CJNL" in the SQLite header marks a CX Journal file
SQLITE_MAGIC = b"SQLite format 3\x00"

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "synchronous": "full",  # a committed write survives a power cut, not only a crash
    "cache_size": -16000,
    "secure_delete": 1,  # deleted text is overwritten with zeros, not left in free pages
}


_DAMAGE_SIGNS = ("malformed", "not a database", "file is encrypted")
_WRITE_VERBS = (
    "INSERT",
    "UPDATE",
    "DELETE",
    "REPLACE",
    "CREATE",
    "DROP",
    "ALTER",
    "VACUUM",
    "REINDEX",
)
_untrusted: set[str] = set()  # resolved paths found damaged in this process
_keepers: dict[str, sqlite3.Connection] = {}  # see the module docstring
_checked: set[str] = set()  # resolved paths whose quick_check passed in this process


def _key(path: str | os.PathLike[str]) -> str:
    return str(Path(path).resolve())


def is_untrusted(path: str | os.PathLike[str]) -> bool:
    return _key(path) in _untrusted


def damaged_message(path: str | os.PathLike[str]) -> str:
    return tr(
        "The journal {path} is damaged. To protect what it still holds, nothing more will be "
        "written to it; restore a backup (cxjournal restore, or “Restore a backup” in the window)."
    ).format(path=path)


def mark_untrusted(path: str | os.PathLike[str]) -> None:
    """Never write to ``path`` again in this process (see the module docstring)."""
    key = _key(path)
    _untrusted.add(key)
    if key not in _keepers:
        with contextlib.suppress(sqlite3.Error):
            keeper = sqlite3.connect(f"{Path(key).as_uri()}?mode=ro", uri=True)
            keeper.execute("BEGIN")
            keeper.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
            _keepers[key] = keeper


def forget_checks(path: str | os.PathLike[str]) -> None:
    """Another file now stands at ``path`` (a restored backup): what was found of the old one
    (damaged, or checked sound) no longer holds."""
    key = _key(path)
    _untrusted.discard(key)
    _checked.discard(key)
    keeper = _keepers.pop(key, None)
    if keeper is not None:
        with contextlib.suppress(sqlite3.Error):
            keeper.close()  # read-only: it cannot write into the file set aside


def storage_error(exc: BaseException, path: str | os.PathLike[str]) -> Exception | None:
    """The plain-words error for a SQLite failure on ``path`` (marking it untrusted when it is
    damage), or None when ``exc`` is not one the user or the machine can cause."""
    address = getattr(db.obj, "address", None)
    if address is not None:  # a journal on a server
        from cxjournal.store.server import server_error

        return server_error(exc, address)
    if not isinstance(exc, sqlite3.DatabaseError | peewee.DatabaseError):
        return None
    text = str(exc).lower()
    if any(sign in text for sign in _DAMAGE_SIGNS):
        mark_untrusted(path)
        return JournalDamagedError(damaged_message(path))
    if "full" in text:
        return StorageError(
            tr(
                "The disk holding {path} is full: nothing was saved. Free some space and try again."
            ).format(path=path),
            retry=True,
        )
    if "readonly" in text or "read-only" in text:
        return StorageError(
            tr("The journal {path} is read-only: it can be read but not changed.").format(path=path)
        )
    if "locked" in text or "busy" in text:
        return busy_error()
    if "disk i/o" in text or "unable to open" in text:
        return StorageError(
            tr("The journal {path} could not be read or written ({reason}).").format(
                path=path, reason=exc
            ),
            retry=True,
        )
    return None


class _PlainCursor(sqlite3.Cursor):
    """A cursor whose row fetching reports damage as plainly as executing does (rows are read from
    the file while they are fetched, long after ``execute`` returned)."""

    database: JournalDatabase

    def _fetch(self, how, *args):
        try:
            return how(*args)
        except sqlite3.DatabaseError as exc:
            raise self.database._plain(exc) from exc

    def fetchone(self):
        return self._fetch(super().fetchone)

    def fetchmany(self, *args):
        return self._fetch(super().fetchmany, *args)

    def fetchall(self):
        return self._fetch(super().fetchall)

    def __next__(self):
        return self._fetch(super().__next__)


class JournalDatabase(SqliteDatabase):
    """SqliteDatabase that speaks plainly about storage errors and never writes to a damaged file."""

    def cursor(self, named_cursor=None):
        if self.is_closed():
            self.connect()
        cursor = self._state.conn.cursor(factory=_PlainCursor)
        cursor.database = self
        return cursor

    def _add_conn_hooks(self, conn):
        super()._add_conn_hooks(conn)
        collation.register(conn)
        # signing the change log is best effort: a damaged file is refused by verify() anyway
        with contextlib.suppress(sqlite3.DatabaseError):
            changelog.note_writer(conn)

    def _guard(self, sql: str) -> None:
        if is_untrusted(self.database) and sql.lstrip().upper().startswith(_WRITE_VERBS):
            raise JournalDamagedError(damaged_message(self.database))

    def _plain(self, exc: Exception) -> Exception:
        plain = storage_error(exc, self.database)
        if isinstance(plain, JournalDamagedError) and not self.is_closed():
            with contextlib.suppress(Exception):
                self.connection().execute("PRAGMA query_only = 1")
        return plain or exc

    def execute_sql(self, sql, params=None):
        self._guard(sql)
        try:
            return super().execute_sql(sql, params)
        except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
            raise self._plain(exc) from exc

    def begin(self, lock_type=None):
        self.verify()
        try:
            return super().begin(lock_type)
        except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
            raise self._plain(exc) from exc

    def commit(self):
        try:
            return super().commit()
        except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
            raise self._plain(exc) from exc

    def rollback(self):
        try:
            return super().rollback()
        except peewee.OperationalError as exc:
            # SQLite already rolled back after a failed commit (disk full...): the error being
            # raised is the real one, not this.
            if "no transaction is active" not in str(exc):
                raise

    def verify(self) -> None:
        """Run ``PRAGMA quick_check`` once per process (see the module docstring)."""
        key = _key(self.database)
        if key in _untrusted:
            raise JournalDamagedError(damaged_message(self.database))
        if key in _checked:
            return
        try:
            rows = self.connection().execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as exc:
            raise self._plain(exc) from exc
        if [tuple(r) for r in rows] != [("ok",)]:
            mark_untrusted(self.database)
            raise self._plain(sqlite3.DatabaseError("database disk image is malformed"))
        _checked.add(key)


UNFINISHED = -1  # _inspect_existing: an empty database file, left by a creation cut short


def _inspect_existing(path: Path) -> int:
    """Schema version of an existing journal, read without writing (``UNFINISHED`` for an empty
    database file); refuses anything else."""
    with open(path, "rb") as handle:
        header = handle.read(len(SQLITE_MAGIC))
    if header != SQLITE_MAGIC:
        raise DatabaseRefusedError(
            tr("{path} is not a CX Journal file. It was left untouched.").format(path=path)
        )
    try:
        con = connect_read_only(path)  # leaves no -wal/-shm beside a file it refuses
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            unmarked = app_id == 0 and con.execute("PRAGMA user_version").fetchone()[0] == 0
            if unmarked and not con.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone():
                # No table at all: a journal whose creation was cut short (the write-ahead mode
                # is set before the tables are made); there is nothing in it to keep.
                return UNFINISHED
            if app_id != APPLICATION_ID:
                raise DatabaseRefusedError(
                    tr(
                        "{path} is another program's file, not a CX Journal file. "
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
    private_folder(path.parent)  # only the folders it creates; an existing one is left alone
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def _is_empty(path: Path) -> bool:
    """A 0-byte file; files in /proc say 0 bytes yet have content, so read to be sure."""
    if path.stat().st_size or not path.is_file():
        return False
    with open(path, "rb") as handle:
        return handle.read(1) == b""


def open_journal(
    path: str | os.PathLike[str] | ServerAddress,
    *,
    durable: bool = True,
    password: str | None = None,
) -> peewee.Database:
    """Open (or create) the journal at ``path`` (a file, or a server: ``store.server``) and bind
    the models to it.

    ``durable=False`` is for the test suite only: SQLite then never waits for the disk
    (``synchronous=off``), so a power cut could lose the last commits. Nothing in the app passes
    it (tests/test_durability.py checks), and it is a keyword, not an environment variable, so
    it cannot leak into a child process or a user's shell. ``password`` is for a server only
    (the one typed in the sign-in dialog; see ``store.server_login`` for the others).
    """
    location = journal_location(path)
    migrations.copied_before_upgrade = None  # what this opening did, to be said once
    if isinstance(location, ServerAddress):
        close_journal()
        from cxjournal.store.server import open_server_journal  # loads the driver

        database = open_server_journal(location, durable, password)  # the caller's choice
        journal_time.follow_journal_time()
        return database
    path = location
    is_new = not path.exists() or _is_empty(path)
    if path.is_dir():
        raise DatabaseRefusedError(tr("{path} is a folder, not a journal file.").format(path=path))
    if path.exists() and not path.is_file():
        raise DatabaseRefusedError(
            tr("{path} is not a regular file and cannot hold a journal.").format(path=path)
        )
    if is_untrusted(path):
        raise JournalDamagedError(damaged_message(path))
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
        is_new = version == UNFINISHED
        if version > migrations.SCHEMA_VERSION:
            raise DatabaseRefusedError(migrations.newer_journal_message(path, version))
    close_journal()
    migrations.repaired_on_open = 0
    pragmas = PRAGMAS if durable else {**PRAGMAS, "synchronous": "off"}
    database = JournalDatabase(str(path), pragmas=pragmas)
    db.initialize(database)
    try:
        database.connect()
        if is_new:
            with write_transaction():
                database.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                migrations.create_schema()
        elif version < migrations.SCHEMA_VERSION:
            migrations.copy_before_migration(path, version)
            migrations.migrate(version)
    except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        close_journal()
        raise (storage_error(exc, path) or exc) from exc
    except Exception:
        close_journal()
        raise
    journal_time.follow_journal_time()
    return database


_closings = 0  # how many times a journal was closed in this process (see journal_session)


def journal_session() -> int:
    """A number that changes whenever the open journal is closed: work started on another thread
    compares it to tell whether the journal it began with is still the one open (the same address
    may well be opened again)."""
    return _closings


def close_journal() -> None:
    """Close the open journal, if any (safe to call twice)."""
    global _closings
    _closings += 1
    current = db.obj
    if current is not None:
        with contextlib.suppress(Exception):
            if not current.is_closed():
                current.close()
        db.initialize(None)
    journal_time.forget_journal_time()


def verify_journal() -> None:
    """Check the open journal for damage now, once per process (any thread: each has its own
    connection); raises ``JournalDamagedError`` when it is damaged."""
    current = db.obj
    if isinstance(current, JournalDatabase):
        current.verify()


def ping_journal() -> bool:
    """A round trip to the open journal on this thread's connection (False when none is open).
    A server that ended the connection meanwhile is only found by using it: the first failure
    drops it and the second try connects again; raises ``ConnectionLostError`` when the server
    still cannot be reached."""
    current = db.obj
    if current is None:
        return False
    try:
        current.execute_sql("SELECT 1").fetchone()
    except ConnectionLostError:
        current.execute_sql("SELECT 1").fetchone()
    return True


def close_thread_connection() -> None:
    """Close the calling thread's own connection to the journal (a worker thread, when it ends)."""
    current = db.obj
    if current is not None and not current.is_closed():
        current.close()


def scrub() -> bool:
    """Write the journal's -wal back into the file and empty it, so that old versions of pages
    (text deleted since, e.g. an erased person) are no longer on disk. Call it after the deletion
    committed. False when it could not finish (a transaction is open here, or another program
    still reads an older state): the -wal is then emptied at the next checkpoint."""
    current = db.obj
    if not isinstance(current, JournalDatabase) or current.in_transaction():
        return False
    busy, _, _ = current.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return busy == 0


def database_path() -> Path | None:
    """The open journal's file; None when none is open or the journal is on a server."""
    current = db.obj
    return Path(current.database) if isinstance(current, JournalDatabase) else None


def current_location() -> Path | ServerAddress | None:
    """Where the open journal is: its file, or its server's address (never with a password)."""
    current = db.obj
    if current is None:
        return None
    return getattr(current, "address", None) or Path(current.database)
