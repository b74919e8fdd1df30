"""The change log: the triggers that write it on each engine, reading it, and following it live.

Every committed change of a tracked table leaves one ``change_log`` row (kind, id, op, the
database's clock in UTC), written by the database itself: SQLite triggers on a file, a PL/pgSQL
trigger function on a server, so the window, the command line and any other program that writes
are all recorded. A tag put on or taken off an entry is logged as an update of that entry.

On a server the trigger also sends ``NOTIFY cxjournal, '<log id>'`` (delivered on commit, ids
only). ``ChangeWatcher`` follows the log from the moment it is made: on a file it looks at
``PRAGMA data_version`` (which moves when another connection commits) every poll; on a server it
listens on a connection of its own (autocommit, its socket can feed a ``QSocketNotifier``). Either
way the log is the source of truth: after every wake-up, timeout or reconnection it reads the rows
above the last id it has seen, so a notification lost or collapsed loses nothing.
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from cxjournal.store.models import ChangeLog, db, on_server

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
}
_OPS = ("insert", "update", "delete")
_SQLITE_NOW = "strftime('%Y-%m-%d %H:%M:%f', 'now')"
_SERVER_FUNCTION = f"""
CREATE OR REPLACE FUNCTION cxjournal_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  item integer;
  logged bigint;
BEGIN
  IF TG_ARGV[1] <> '' THEN
    IF TG_OP = 'DELETE' THEN
      item := (to_jsonb(OLD) ->> TG_ARGV[1])::integer;
    ELSE
      item := (to_jsonb(NEW) ->> TG_ARGV[1])::integer;
    END IF;
  END IF;
  INSERT INTO change_log (kind, item_id, op, at)
  VALUES (TG_ARGV[0], item, COALESCE(NULLIF(TG_ARGV[2], ''), lower(TG_OP)),
          clock_timestamp() AT TIME ZONE 'UTC')
  RETURNING id INTO logged;
  PERFORM pg_notify('{CHANNEL}', logged::text);
  RETURN NULL;
END $$
"""


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


def _present() -> dict[str, tuple[str, str | None, str | None]]:
    """The tracked tables already made: an upgrade step logs those, a later step adds its own."""
    return {table: how for table, how in TRACKED.items() if db.table_exists(table)}


def _sqlite_triggers() -> list[str]:
    statements = []
    for table, (kind, column, forced) in _present().items():
        for op in _OPS:
            row = "OLD" if op == "delete" else "NEW"
            item = f"{row}.{column}" if column else "NULL"
            statements.append(
                f'CREATE TRIGGER IF NOT EXISTS "change_log_{table}_{op}" AFTER {op.upper()} '
                f'ON "{table}" BEGIN INSERT INTO change_log (kind, item_id, op, at) '
                f"VALUES ('{kind}', {item}, '{forced or op}', {_SQLITE_NOW}); END"
            )
    return statements


def _server_triggers() -> list[str]:
    statements = [_SERVER_FUNCTION]
    for table, (kind, column, forced) in _present().items():
        name = f"change_log_{table}"
        statements.append(f'DROP TRIGGER IF EXISTS "{name}" ON "{table}"')
        statements.append(
            f'CREATE TRIGGER "{name}" AFTER INSERT OR UPDATE OR DELETE ON "{table}" FOR EACH ROW '
            f"EXECUTE FUNCTION cxjournal_log_change('{kind}', '{column or ''}', '{forced or ''}')"
        )
    return statements


def create_triggers() -> None:
    """Make the database log every change of the tracked tables (inside the set-up transaction)."""
    for statement in _server_triggers() if on_server() else _sqlite_triggers():
        db.execute_sql(statement)


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

    def __init__(self) -> None:
        self.last = latest_id()
        self.remote = on_server()
        self._listener = None
        self._seen_version = None if self.remote else self._data_version()
        if self.remote:
            self._listen()

    # -- the engines --------------------------------------------------------------------------
    def _data_version(self) -> int:
        return db.execute_sql("PRAGMA data_version").fetchone()[0]

    def _listen(self) -> None:
        """A connection of its own, in autocommit, listening on the channel (None when down)."""
        import psycopg

        address = db.obj.address
        with contextlib.suppress(psycopg.Error):
            listener = psycopg.connect(
                dbname=address.dbname,
                **address.connect_params(),
                autocommit=True,
                connect_timeout=5,
            )
            listener.execute(f"LISTEN {CHANNEL}")
            self._listener = listener

    def _drain(self, timeout: float) -> None:
        """Wait up to ``timeout`` for a notification on the server, then take every one queued."""
        import psycopg

        if self._listener is None or self._listener.closed:
            self._listener = None
            time.sleep(timeout)
            self._listen()  # reconnected: the log read that follows catches up
            return
        try:
            for _ in self._listener.notifies(timeout=timeout, stop_after=1):
                pass
            for _ in self._listener.notifies(timeout=0, stop_after=10_000):
                pass
        except psycopg.Error:
            self.close()

    # -- public -------------------------------------------------------------------------------
    def fileno(self) -> int | None:
        """The listening socket on a server (for a ``QSocketNotifier``); None on a file."""
        return self._listener.fileno() if self._listener is not None else None

    def _read(self) -> list[Change]:
        found: list[Change] = []
        while batch := changes_after(self.last):
            found.extend(batch)
            self.last = batch[-1].log_id
        return found

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
