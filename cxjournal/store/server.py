"""A journal on a PostgreSQL server: connecting, vetting the database, setting up an empty one,
and what a failure on the server means for the user.

The driver (psycopg 3, through peewee's ``Psycopg3Database``) is imported only here, when a server
journal is opened (see ``store.driver``). A database with no table in its schema is set up as a new
file is; one whose tables are not a journal's, or whose journal is newer than this app, is refused
and left untouched. Set-up and upgrades run in one transaction holding an advisory lock, so two
computers opening the same new database at once do not both set it up.

Failures become the errors a file journal raises: a lock waited on too long, a serialization
failure or a deadlock is ``BusyError``; a lost connection, a server shutting down or a full disk
is a ``StorageError`` worth retrying. peewee's ``atomic()`` on PostgreSQL is a plain transaction.
"""

from __future__ import annotations

import contextlib
import functools
from datetime import datetime
from pathlib import Path

import peewee

from cxjournal.errors import (
    ConnectionLostError,
    DatabaseRefusedError,
    PermissionDeniedError,
    StorageError,
)
from cxjournal.files import private_folder
from cxjournal.i18n import tr
from cxjournal.store import driver
from cxjournal.store.location import ServerAddress
from cxjournal.store.models import db
from cxjournal.store.transactions import busy_error

LOCK_KEY = 0x434A4E4C  # "CJNL": the advisory lock held while a journal is set up or upgraded
LOCK_TIMEOUT_MS = 5000  # as long as a file journal waits for its write lock
_BUSY_STATES = (
    "40001",
    "40P01",
    "55P03",
    "57014",
)  # serialization, deadlock, lock/statement timeout
_RETRY_CLASSES = ("08", "53", "57")  # connection lost, out of resources, server shutting down
# A dropped network link never makes a socket readable nor a query fail by itself: TCP keepalives
# make the system notice a silent peer within about 25 s (10 s idle, then 3 probes 5 s apart), and
# tcp_user_timeout does it when data sent is never acknowledged (keepalives wait meanwhile).
KEEPALIVES = {
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
    "tcp_user_timeout": 20_000,
}
CONNECT_TIMEOUT_S = 10
# Refusals the server gives while it cannot take a connection for now (libpq has no SQLSTATE for
# them at connection time, only the server's words, which are not translated on the way).
_BUSY_SERVER_WORDS = ("starting up", "shutting down", "too many", "recovery mode", "remaining")


def _sqlstate(exc: BaseException) -> str:
    """The SQLSTATE of the server's error behind ``exc``, looking through the errors it wraps
    (peewee's error is its own cause, the driver's is its context: each looked at once)."""
    waiting: list[object] = [exc]
    seen: set[int] = set()
    while waiting:
        current = waiting.pop(0)
        if not isinstance(current, BaseException) or id(current) in seen:
            continue
        seen.add(id(current))
        state = getattr(current, "sqlstate", None)
        if state:
            return state
        waiting += [current.__cause__, current.__context__, *(current.args[:1])]
    return ""


sqlstate = _sqlstate  # for the store's modules that tell one refusal from another


def server_error(exc: BaseException, address: object) -> Exception | None:
    """The plain-words error for a failure on the server, or None for a programming error."""
    state = _sqlstate(exc)
    if state in _BUSY_STATES:
        return busy_error()
    if state.startswith(_RETRY_CLASSES) or (not state and isinstance(exc, peewee.OperationalError)):
        return ConnectionLostError(
            tr(
                "The journal server {address} could not be reached or stopped answering "
                "({reason}). Nothing was saved; try again in a moment."
            ).format(
                address=address, reason=str(exc).strip().splitlines()[0] if str(exc) else state
            )
        )
    if state == "42501":
        return PermissionDeniedError(
            tr(
                "Your account may not do this in the journal {address}: an owner of the journal "
                "can give it another role."
            ).format(address=address)
        )
    if state == "25006":
        return StorageError(
            tr("The journal {path} is read-only: it can be read but not changed.").format(
                path=address
            )
        )
    return None


@functools.cache
def _database_class():
    driver.load()
    from playhouse.postgres_ext import Psycopg3Database

    class ServerJournalDatabase(Psycopg3Database):
        """Psycopg3Database that reports server failures in plain words and reconnects, between
        transactions, after the connection was lost."""

        address: ServerAddress

        def _plain(self, exc: Exception) -> Exception:
            return server_error(exc, self.address) or exc

        def cursor(self, named_cursor=None):
            state = self._state
            if not state.closed and not state.transactions and state.conn.closed:
                state.reset()  # the server went away between transactions: connect again
            return super().cursor(named_cursor)

        def execute_sql(self, sql, params=None, named_cursor=None):
            try:
                return super().execute_sql(sql, params, named_cursor=named_cursor)
            except peewee.DatabaseError as exc:
                raise self._plain(exc) from exc

        def begin(self, *args, **kwargs):
            try:
                return super().begin(*args, **kwargs)
            except peewee.DatabaseError as exc:
                raise self._plain(exc) from exc

        def commit(self):
            try:
                return super().commit()
            except peewee.DatabaseError as exc:
                raise self._plain(exc) from exc

        def rollback(self):
            # After a lost connection there is nothing to roll back: the error already raised
            # is the one to report.
            if self._state.conn is not None and self._state.conn.closed:
                return None
            return super().rollback()

    return ServerJournalDatabase


def lost_connection(exc: BaseException | None, address: ServerAddress) -> ConnectionLostError:
    """The error for a connection to ``address`` that was lost."""
    plain = server_error(exc, address) if exc is not None else None
    if isinstance(plain, ConnectionLostError):
        return plain
    reason = str(exc).strip().splitlines()[0] if exc is not None and str(exc).strip() else ""
    return ConnectionLostError(
        tr(
            "The journal server {address} could not be reached or stopped answering "
            "({reason}). Nothing was saved; try again in a moment."
        ).format(address=address, reason=reason or tr("connection lost"))
    )


def connect_error(exc: BaseException, address: ServerAddress) -> Exception:
    """A failed connection in plain words: a server that did not answer (worth retrying: the
    network or the server is down) or one that answered no (a wrong login or database)."""
    text = str(exc).strip()
    reason = text.splitlines()[-1].strip() if text else type(exc).__name__
    answered = "FATAL:" in text
    if not answered or any(words in text for words in _BUSY_SERVER_WORDS):
        return ConnectionLostError(
            tr(
                "The journal server {address} could not be reached ({reason}). Check the network "
                "and that the server is running, then try again."
            ).format(address=address, reason=reason)
        )
    reason = text.split("FATAL:", 1)[1].strip().splitlines()[0]
    return DatabaseRefusedError(
        tr("Cannot open the journal on the server {address}: {reason}").format(
            address=address, reason=reason
        )
    )


def connect(address: ServerAddress, durable: bool = True, password: str | None = None):
    """A database object for ``address`` (not connected yet). Without ``password``, libpq looks
    in PGPASSWORD and ~/.pgpass itself; one given is held in memory only."""
    options = f"-c lock_timeout={LOCK_TIMEOUT_MS}"
    if not durable:  # the test suite only, as for files: commits do not wait for the disk
        options += " -c synchronous_commit=off"
    database = _database_class()(
        address.dbname,
        **address.connect_params(),
        connect_timeout=CONNECT_TIMEOUT_S,
        application_name="CX Journal",
        **KEEPALIVES,
        options=options,
        **({"password": password} if password is not None else {}),
    )
    database.address = address
    return database


def session_password() -> str | None:
    """The password the open server journal was opened with, when it came from the window or
    the keyring rather than from libpq's own places; None otherwise."""
    current = db.obj
    if getattr(current, "address", None) is None:
        return None
    return current.connect_params.get("password")


def table_names(database=db) -> set[str]:
    rows = database.execute_sql(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
    ).fetchall()
    return {name for (name,) in rows}


def stored_version(address: ServerAddress, database=db) -> int:
    """The journal's schema version, 0 for an empty database; refuses a database of anything
    else, or a journal newer than this app, without writing to it."""
    from cxjournal.store import migrations

    names = table_names(database)
    if not names:
        return 0
    # A kiosk's login sees only the tables it was granted (information_schema hides the rest):
    # the journal's own roles table marks a CX Journal as surely as its settings do.
    if "schema_version" not in names or not names & {"setting", "journal_roles"}:
        raise DatabaseRefusedError(
            tr(
                "The database {address} holds other tables and is not a CX Journal. "
                "It was left untouched."
            ).format(address=address)
        )
    (version,) = database.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()
    if (version or 0) > migrations.SCHEMA_VERSION:
        raise DatabaseRefusedError(migrations.newer_journal_message(address, version))
    return int(version or 0)


def take_setup_lock() -> None:
    """Inside a transaction: wait for any other computer setting up or upgrading this journal."""
    db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (LOCK_KEY,))


def ensure_unaccent(address: ServerAddress) -> None:
    """The ``unaccent`` extension search needs: created if this login may, else explained."""
    if db.execute_sql("SELECT 1 FROM pg_extension WHERE extname = 'unaccent'").fetchone():
        return
    try:
        db.execute_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
    except (peewee.DatabaseError, StorageError) as exc:
        raise DatabaseRefusedError(
            tr(
                "The database {address} lacks the “unaccent” extension, which search needs, and "
                "this login may not add it. Ask the server's administrator to run, in that "
                "database: CREATE EXTENSION unaccent;"
            ).format(address=address)
        ) from exc


def refuse_unless_owner(address: ServerAddress) -> None:
    """Only a login holding the tables' owner role upgrades a journal; any other says so and
    changes nothing."""
    from cxjournal.store import server_roles

    if not server_roles.may_upgrade():
        raise DatabaseRefusedError(
            tr(
                "The journal {address} must be upgraded for this version of CX Journal, and only "
                "an owner may do it: open it once on the owner's computer (or with an owner's "
                "account), then try again here. Nothing was changed."
            ).format(address=address)
        )


def close_quietly(database) -> None:
    with contextlib.suppress(Exception):
        if not database.is_closed():
            database.close()


def copy_before_server_migration(from_version: int) -> Path:
    """Before an upgrade changes the server journal's structure: a copy of it as it is, in a
    local file of this computer's data folder named with the journal's id and version
    (``server-backups/<id>/<id>-pre-v8-20261130-101500.db``), restorable with ``copy-to``. The
    copy reads the tables through the current models, so an upgrade step must keep every column
    the models read present before it runs (adding a column is fine: the step adds it after)."""
    from cxjournal.config import data_dir
    from cxjournal.store import backup, identity, migrations

    journal = identity.journal_id()
    folder = backup.server_backups_folder(data_dir(), journal)
    private_folder(folder)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup.copy_server_journal(folder / f"{journal}-pre-v{from_version + 1}-{stamp}.db")
    migrations.copied_before_upgrade = target
    return target


def open_server_journal(address: ServerAddress, durable: bool = True, password: str | None = None):
    """Connect to the journal at ``address`` and bind the models to it (set up when empty).

    The password is ``password`` if given; else libpq's own places (PGPASSWORD, ~/.pgpass), then
    the one remembered in the system keyring. ``SignInNeededError`` when none is accepted."""
    from cxjournal.store import migrations, server_search
    from cxjournal.store.server_login import connected

    database = connected(address, durable, password)
    db.initialize(database)
    try:
        version = stored_version(address)  # refuses a journal newer than this app
        if version == 0:
            ensure_unaccent(address)
            with database.atomic():
                take_setup_lock()
                if not table_names():  # another computer may have set it up meanwhile
                    for statement in server_search.CREATE_CONFIG:
                        database.execute_sql(statement)
                    migrations.create_schema()
        elif version < migrations.SCHEMA_VERSION:
            refuse_unless_owner(address)
            copy_before_server_migration(version)
            migrations.migrate(version)
    except BaseException:
        close_quietly(database)
        db.initialize(None)
        raise
    return database
