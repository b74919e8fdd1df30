"""The change log: the triggers that write it on each engine, reading it, and following it live.

Every committed change of a tracked table leaves one ``change_log`` row (kind, id, op, the
database's clock in UTC), written by the database itself: SQLite triggers on a file, PL/pgSQL
statement triggers on a server (``server_changelog``), so the window, the command line and any
other program that writes are all recorded. A tag put on or taken off an entry is logged as an
update of that entry.

On a server the trigger also sends ``NOTIFY cxjournal, '<log id>'`` (delivered on commit, ids
only; one per statement, carrying the last id it logged). ``ChangeWatcher`` follows the log from
the moment it is made: on a file it looks at ``PRAGMA data_version`` (which moves when another
connection commits) every poll; on a server it listens on a connection of its own (autocommit,
its socket can feed a ``QSocketNotifier``). Either way the log is the source of truth: after every
wake-up, timeout or reconnection it reads the rows above the last id it has seen, so a
notification lost or collapsed loses nothing.
"""

from __future__ import annotations

import contextlib
import getpass
import sqlite3
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from peewee import SQL

from cxjournal.store import server_changelog
from cxjournal.store.models import ChangeLog, Entry, FollowUp, Promise, Response, db, on_server

CHANNEL = "cxjournal"
# table -> (kind logged, column holding the id or None, op logged instead of the real one)
TRACKED: dict[str, tuple[str, str | None, str | None]] = {
    "entry": ("entry", "id", None),
    "response": ("response", "id", None),
    "promise": ("promise", "id", None),
    "follow_up": ("followup", "id", None),
    "person": ("person", "id", None),
    "department": ("department", "id", None),
    "tag": ("tag", "id", None),
    "setting": ("setting", None, None),
    "entry_tag": ("entry", "entry_id", "update"),
    "rating": ("rating", "id", None),
    # A pulse answer is logged as "an answer arrived", with no id: the log row keeps the moment it
    # arrived, the answer keeps only its day, and nothing joins the two. An id here would pin an
    # answer's score and text to the minute it was given (who was in the break room then), which
    # is exactly what its day-only date is there to prevent.
    "pulse_answer": ("pulse", None, None),
    # the same for a suggestion waiting in the staff's box (its filing logs an entry as usual)
    "suggestion": ("suggestion", None, None),
    # a file attached to an entry or taken off it: its id only, never its name or bytes
    "attachment": ("attachment", "id", None),
    # the owner's reply templates (its id only: settings pages read the rest again)
    "reply_template": ("template", "id", None),
}
# The tables whose updates also log the fields they changed, from what to what (the history of
# changes). Not people, departments, tags or settings: a person's history would keep their words
# after an edit, and those are not asked for.
_NOT_HISTORY = {"id", "created_at", "updated_at"}
HISTORY_MODELS = (Entry, Response, Promise, FollowUp)
HISTORY_FIELDS: dict[str, tuple[str, ...]] = {
    model._meta.table_name: tuple(
        f.column_name for f in model._meta.sorted_fields if f.column_name not in _NOT_HISTORY
    )
    for model in HISTORY_MODELS
}
# table -> column its deletion's log row keeps (``{column: [old id, null]}``): a response deleted
# is still found by its entry, for the entry's history and for erasing the person (issue 23).
DELETE_LINKS = {"response": "entry_id"}
TAGS = "tags"  # the "field" of a tag put on (``[null, name]``) or taken off (``[name, null]``)
_OPS = ("insert", "update", "delete")
_SQLITE_NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now')"
_USER_FUNCTION = "cxjournal_user"
# Ratings, pulse answers and suggestions never say who gave them, not even in the log of their arrival.
ANONYMOUS_KINDS = ("rating", "pulse", "suggestion")


def _anonymous_sql() -> str:
    return ", ".join(f"'{kind}'" for kind in ANONYMOUS_KINDS)


# The log ids this process committed itself, kept only while a window follows the log: it has
# refreshed for its own changes already, so its watcher skips them (no second refresh). Written by
# the thread that commits (the window's write thread), read by the GUI thread.
_own_lock = threading.Lock()
_own: set[int] | None = None


def remember_own_changes(on: bool) -> None:
    """Start (or stop) remembering the log rows this process's own transactions write."""
    global _own
    with _own_lock:
        _own = set() if on else None


def remembering_own_changes() -> bool:
    return _own is not None


def logged_by_this_transaction(start: int) -> list[int]:
    """Inside a write transaction that began when the log's top was ``start``: the ids it logged.
    On a file the write lock was held since then, so every row above is this one's; on a server
    others commit meanwhile, and a row's ``xmin`` names the transaction that wrote it."""
    if on_server():
        sql = (
            "SELECT id FROM change_log WHERE id > %s AND xmin::text = "
            "(pg_current_xact_id_if_assigned()::text::bigint %% 4294967296)::text"
        )
    else:
        sql = "SELECT id FROM change_log WHERE id > ?"
    return [log_id for (log_id,) in db.execute_sql(sql, (start,)).fetchall()]


def remember_own(log_ids: list[int]) -> None:
    with _own_lock:
        if _own is not None:
            _own.update(log_ids)


def forget_own(log_ids: list[int]) -> None:
    """A transaction remembered as this process's did not commit after all."""
    with _own_lock:
        if _own is not None:
            _own.difference_update(log_ids)


def _take_own(changes: list[Change]) -> list[Change]:
    """``changes`` without those this process made (each one forgotten once seen)."""
    with _own_lock:
        if not _own:
            return changes
        others = [c for c in changes if c.log_id not in _own]
        _own.difference_update(c.log_id for c in changes)
        return others


@dataclass(frozen=True)
class Change:
    """One row of the log."""

    log_id: int
    kind: str
    item_id: int | None
    op: str
    at: datetime

    def as_dict(self) -> dict:
        return {"kind": self.kind, "id": self.item_id, "op": self.op, "at": self.at.isoformat()}


def _history_fields() -> dict[str, tuple[str, ...]]:
    """``HISTORY_FIELDS`` as the tables are now: an upgrade step that makes the triggers again runs
    before later steps add their columns, and a trigger naming a column not yet there breaks the
    next ``ALTER TABLE`` (SQLite checks every trigger when a table is renamed). The step that adds
    a column makes the triggers again, and every upgrade ends by making them (``migrations``)."""
    present = {}
    for table, fields in HISTORY_FIELDS.items():
        columns = {c.name for c in db.get_columns(table)}
        present[table] = tuple(f for f in fields if f in columns)
    return present


def _sqlite_changes(table: str, op: str, history: dict[str, tuple[str, ...]]) -> str:
    """The SQL of the ``changes`` value a SQLite trigger logs (NULL when there is none)."""
    if table == "entry_tag" and op != "update":
        row = "OLD" if op == "delete" else "NEW"
        name = f"(SELECT name FROM tag WHERE id = {row}.tag_id)"
        pair = f"{name}, NULL" if op == "delete" else f"NULL, {name}"
        return f"json_object('{TAGS}', json_array({pair}))"
    if op == "delete" and table in DELETE_LINKS:
        link = DELETE_LINKS[table]
        return f"json_object('{link}', json_array(OLD.\"{link}\", NULL))"
    if op != "update" or table not in history:
        return "NULL"
    each = " UNION ALL ".join(
        f'SELECT \'{c}\' AS f, OLD."{c}" AS o, NEW."{c}" AS n WHERE OLD."{c}" IS NOT NEW."{c}"'
        for c in history[table]
    )
    return f"NULLIF((SELECT json_group_object(f, json_array(o, n)) FROM ({each})), '{{}}')"


def _present() -> dict[str, tuple[str, str | None, str | None]]:
    """The tracked tables already made: an upgrade step logs those, a later step adds its own."""
    return {table: how for table, how in TRACKED.items() if db.table_exists(table)}


def _sqlite_triggers() -> list[str]:
    statements = []
    history = _history_fields()
    for table, (kind, column, forced) in _present().items():
        for op in _OPS:
            row = "OLD" if op == "delete" else "NEW"
            item = f"{row}.{column}" if column else "NULL"
            name = f"change_log_{table}_{op}"
            statements.append(f'DROP TRIGGER IF EXISTS "{name}"')  # an older version's
            statements.append(
                f'CREATE TRIGGER "{name}" AFTER {op.upper()} '
                f'ON "{table}" BEGIN INSERT INTO change_log (kind, item_id, op, at, changes) '
                f"VALUES ('{kind}', {item}, '{forced or op}', {_SQLITE_NOW}, "
                f"{_sqlite_changes(table, op, history)}); END"
            )
    return statements


def _server_triggers() -> list[str]:
    (schema,) = db.execute_sql("SELECT quote_ident(current_schema())").fetchone()
    history = _history_fields()
    statements = []
    for table, how in _present().items():
        statements.append(
            server_changelog.function_sql(
                table, how, history.get(table), schema=schema, tags=TAGS, channel=CHANNEL,
                anonymous=how[0] in ANONYMOUS_KINDS, link=DELETE_LINKS.get(table),
            )
        )  # fmt: skip
        statements += server_changelog.trigger_sql(table)
    return [*statements, server_changelog.drop_old_function()]


def server_function_names() -> list[str]:
    """The signatures of the server's trigger functions of the tracked tables already made."""
    return server_changelog.function_names(_present())


def create_triggers() -> None:
    """Make the database log every change of the tracked tables (inside the set-up transaction)."""
    for statement in _server_triggers() if on_server() else _sqlite_triggers():
        db.execute_sql(statement)
    if not on_server():
        note_writer(db.connection())


def drop_file_triggers() -> None:
    """Stop logging on a journal file, inside a transaction that calls ``create_triggers`` again
    before it commits (``copy-to``: the source's log is copied as it is)."""
    for table in _present():
        for op in _OPS:
            db.execute_sql(f'DROP TRIGGER IF EXISTS "change_log_{table}_{op}"')
    # and the connection's own signing (note_writer): a copied row nobody signed (written by
    # another program, or before who was kept) must stay unsigned, or the copy no longer matches
    db.execute_sql("DROP TRIGGER IF EXISTS temp.change_log_who")


def system_user() -> str:
    """Who works on a file journal: the system account running this process."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name, no passwd entry
        return "?"


def note_writer(conn: sqlite3.Connection) -> None:
    """Let this SQLite connection sign what it logs with the system user: a TEMP trigger (this
    connection's own) fills ``who`` of each row the tables' triggers log. Another program's
    connection has none and leaves ``who`` empty, where a function called by the tables' own
    triggers would make its writes fail. Nothing when the log has no ``who`` yet (before the
    upgrade that adds it) or the connection is read-only."""
    user = system_user()
    conn.create_function(_USER_FUNCTION, 0, lambda: user)
    columns = {row[1] for row in conn.execute("PRAGMA main.table_info(change_log)")}
    if "who" not in columns:
        return
    with contextlib.suppress(sqlite3.OperationalError):  # read-only: it writes nothing anyway
        conn.execute(
            "CREATE TEMP TRIGGER IF NOT EXISTS change_log_who AFTER INSERT ON main.change_log "
            f"WHEN NEW.who IS NULL AND NEW.kind NOT IN ({_anonymous_sql()}) "
            f"BEGIN UPDATE change_log SET who = {_USER_FUNCTION}() "
            "WHERE id = NEW.id; END"
        )


def forget_changes(items: dict[str, list[int]]) -> None:
    """Blank the fields logged for these items (kind -> ids), inside the caller's transaction:
    an erased person's words leave the history; who and when stay."""
    for kind, ids in items.items():
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            ChangeLog.update(changes=None).where(
                ChangeLog.kind == kind,
                ChangeLog.item_id.in_(part),
                ChangeLog.changes.is_null(False),
            ).execute()


def deleted_items(kind: str, parent_ids: list[int]) -> list[int]:
    """The ids of the ``kind`` rows deleted while they belonged to one of ``parent_ids`` (their
    deletion's log row names the parent: ``DELETE_LINKS``), e.g. the responses once on entries."""
    link = DELETE_LINKS[kind]  # the kinds linked are logged under their table's name
    if on_server():
        parent = SQL(f"(changes::jsonb -> '{link}' ->> 0)::integer")
    else:
        parent = SQL(f"json_extract(changes, '$.{link}[0]')")
    found: list[int] = []
    for start in range(0, len(parent_ids), 500):
        query = ChangeLog.select(ChangeLog.item_id).where(
            ChangeLog.kind == kind,
            ChangeLog.op == "delete",
            ChangeLog.changes.is_null(False),
            parent.in_(parent_ids[start : start + 500]),
        )
        found += [row.item_id for row in query]
    return sorted(set(found))


def _as_utc(value) -> datetime:
    if isinstance(value, str):  # SQLite gives text back when peewee is not the reader
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC)


def latest_id() -> int:
    """The highest id in the log (0 when it is empty)."""
    (top,) = db.execute_sql("SELECT MAX(id) FROM change_log").fetchone()
    return int(top or 0)


def changes_after(log_id: int, limit: int = 1000) -> list[Change]:
    """The log's rows above ``log_id``, oldest first."""
    query = (
        ChangeLog.select(
            ChangeLog.id, ChangeLog.kind, ChangeLog.item_id, ChangeLog.op, ChangeLog.at
        )
        .where(ChangeLog.id > log_id)
        .order_by(ChangeLog.id)
        .limit(limit)
        .tuples()
    )
    return [Change(i, kind, item, op, _as_utc(at)) for i, kind, item, op, at in query]


class ChangeWatcher:
    """Follows the log from now on (see the module docstring). ``poll()`` never blocks;
    ``wait(seconds)`` blocks up to ``seconds`` for the next changes."""

    POLL_SECONDS = 0.2

    def __init__(self, *, reconnect: bool = True, listen: bool = True) -> None:
        # ``reconnect=False`` (the command line): a lost listening connection raises a retryable
        # ``StorageError`` instead of being made again quietly. ``listen=False`` (the window): the
        # listening connection waits for ``listen_again()``, after the first paint; changes made
        # meanwhile are in the log above ``last``, read then.
        self.reconnect = reconnect
        self.last = latest_id()
        self.remote = on_server()
        self._listener = None
        self.reconnections = 0  # listening connections made again after a loss
        self._seen_version = None if self.remote else self._data_version()
        if self.remote and listen:
            self._listen()

    # -- the engines --------------------------------------------------------------------------
    def _data_version(self) -> int:
        return db.execute_sql("PRAGMA data_version").fetchone()[0]

    def _listen(self) -> None:
        """A connection of its own, in autocommit, listening on the channel (None when down)."""
        import psycopg

        from cxjournal.store.server import KEEPALIVES, connect_error, session_password

        address = db.obj.address
        typed = session_password()  # signed in from the window or the keyring: libpq lacks it
        try:
            listener = psycopg.connect(
                dbname=address.dbname,
                **address.connect_params(),
                **({"password": typed} if typed else {}),
                autocommit=True,
                connect_timeout=5,
                application_name="CX Journal",
                **KEEPALIVES,
            )
            listener.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as exc:
            if not self.reconnect:
                raise connect_error(exc, address) from exc
            return
        self._listener = listener

    def _lost(self, exc: BaseException | None) -> None:
        from cxjournal.store.server import lost_connection

        self.close()
        if not self.reconnect:
            raise lost_connection(exc, db.obj.address) from exc

    def _drain(self, timeout: float) -> None:
        """Wait up to ``timeout`` for a notification on the server, then take every one queued."""
        import psycopg

        if self._listener is None or self._listener.closed:
            if not self.reconnect:
                self._lost(None)
            self._listener = None
            time.sleep(timeout)
            self.listen_again()
            return
        try:
            for _ in self._listener.notifies(timeout=timeout, stop_after=1):
                pass
            for _ in self._listener.notifies(timeout=0, stop_after=10_000):
                pass
        except psycopg.Error as exc:
            self._lost(exc)

    def listen_again(self) -> bool:
        """Make the listening connection again after a loss (any thread; it may wait for the
        server up to its connect timeout); the log read that follows catches up. True once
        listening."""
        if self.start_listening():
            self.reconnections += 1
        return self._listener is not None

    def start_listening(self) -> bool:
        """Make the listening connection (any thread), for a watcher made with ``listen=False``;
        True once listening."""
        self._listen()
        if self._listener is not None:
            for _ in self._listener.notifies(timeout=0, stop_after=10_000):
                pass  # what came before LISTEN is in the log, read next
        return self._listener is not None

    def is_listening(self) -> bool:
        """On a server: is the listening connection up (as far as is known)?"""
        return self._listener is not None and not self._listener.closed

    def heartbeat(self) -> bool:
        """A cheap round trip on the listening connection (any thread): a dead link shows here
        rather than as a socket that never wakes. False (and the listener dropped) when lost."""
        import psycopg

        listener = self._listener
        if listener is None or listener.closed:
            return False
        try:
            listener.execute("SELECT 1")
        except psycopg.Error:
            self.close()
            return False
        return True

    # -- public -------------------------------------------------------------------------------
    def fileno(self) -> int | None:
        """The listening socket on a server (for a ``QSocketNotifier``); None on a file."""
        return self._listener.fileno() if self._listener is not None else None

    def _read(self) -> list[Change]:
        found: list[Change] = []
        while batch := changes_after(self.last):
            found.extend(batch)
            self.last = batch[-1].log_id
        return _take_own(found)

    def poll(self) -> list[Change]:
        """The changes committed since the last call, without waiting."""
        if self.remote:
            self._drain(0)
            return self._read()
        version = self._data_version()
        if version == self._seen_version:
            return []
        self._seen_version = version
        return self._read()

    def wait(self, seconds: float) -> list[Change]:
        """The next changes committed, waiting up to ``seconds`` for some."""
        end = time.monotonic() + seconds
        while True:
            left = end - time.monotonic()
            if self.remote:
                self._drain(max(0.0, min(left, 1.0)))
            found = self.poll()
            if found or left <= 0:
                return found
            if not self.remote:
                time.sleep(min(self.POLL_SECONDS, max(left, 0.0)))

    def close(self) -> None:
        if self._listener is not None:
            with contextlib.suppress(Exception):
                self._listener.close()
        self._listener = None
