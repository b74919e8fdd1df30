"""A table's rows read and written raw for ``copy-to``: the driver's own cursors, no peewee query
or model per row, in one form both engines agree on.

Reading 275,000 rows through peewee (a ``python_value`` call per value, a tuple built per row)
was 21 of the 54 seconds of a 100,000-entry copy from a server into a file, and reading them
back for the check as much again. Here a batch is one ``fetchmany``: on a server a server-side
cursor (``FETCH`` of a batch, never the whole table in memory), on a file SQLite's own cursor.

Every row comes out in the *stored form*, the values SQLite keeps: a time as ``str(datetime)``
("2017-01-22 14:45:51.188913"), a day as ISO text, a yes/no as 0/1, text, numbers and bytes as
they are. A file's times are read back through ``datetime.fromisoformat`` so that one written
"…21.459" by SQLite's clock and the same moment read from a server ("…21.459000") are one value; a server's SELECT writes its values so itself (``_server_column``).
The stored form is what a file target is given as it is, what a server target is given by
``COPY`` (PostgreSQL reads that text as times, 0/1 as booleans), and what the per-table check
compares (a file target's rows read back as they go in; a server target's hashed on both sides).
"""

from __future__ import annotations

import contextlib
import itertools
import queue
import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime

import peewee
from peewee import SqliteDatabase

from cxjournal.store.models import db

_cursor_names = itertools.count(1)


def _on_file(database: peewee.Database) -> bool:
    return isinstance(database, SqliteDatabase)


def _server_column(field: peewee.Field) -> str:
    """A server column as the stored form, made by the server (no Python call per value): a time
    as ``str(datetime)`` writes it (the fraction only when there is one, six digits), a day as
    ISO text, a yes/no as 0/1."""
    name = f'"{field.column_name}"'
    if isinstance(field, peewee.DateTimeField):
        whole = f"to_char({name}, 'YYYY-MM-DD HH24:MI:SS')"
        return (
            f"CASE WHEN date_part('microseconds', {name})::integer % 1000000 = 0 THEN {whole} "
            f"ELSE to_char({name}, 'YYYY-MM-DD HH24:MI:SS.US') END"
        )
    if isinstance(field, peewee.DateField):
        return f"to_char({name}, 'YYYY-MM-DD')"
    if isinstance(field, peewee.BooleanField):
        return f"{name}::integer"
    return name


def select_sql(model, columns: Sequence[peewee.Field], database: peewee.Database) -> str:
    """``model``'s ``columns`` in key order, text keys compared byte by byte on both engines
    (SQLite's BINARY, the server's "C" collation rather than its locale's)."""
    on_file = _on_file(database)
    names = ", ".join(
        f'"{field.column_name}"' if on_file else _server_column(field) for field in columns
    )
    keys = []
    for key in model._meta.get_primary_keys():
        text = isinstance(key, peewee.CharField) and not on_file
        keys.append(f'"{key.column_name}"' + (' COLLATE "C"' if text else ""))
    return f'SELECT {names} FROM "{model._meta.table_name}" ORDER BY {", ".join(keys)}'


def _file_time(value):
    if isinstance(value, str) and not (len(value) in (19, 26) and value[10] == " "):
        try:
            return str(datetime.fromisoformat(value))
        except ValueError:
            return value  # not a time peewee would read either: kept as written
    return value


def _server_value(value):
    if isinstance(value, datetime):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def stored_value(field: peewee.Field, value: object) -> object:
    """A Python value (a field's default) in the stored form."""
    return None if value is None else _server_value(value)


def _converters(
    columns: Sequence[peewee.Field], database: peewee.Database
) -> list[tuple[int, Callable]]:
    """(position, function) for the columns whose values need bringing to the stored form."""
    if _on_file(database):
        return [
            (i, _file_time) for i, f in enumerate(columns) if isinstance(f, peewee.DateTimeField)
        ]
    return []  # the server's SELECT gives them already (_server_column)


def _stored(rows: list[tuple], converters: list[tuple[int, Callable]]) -> list[tuple]:
    if not converters:
        return rows
    out = []
    for row in rows:
        values = list(row)
        for i, convert in converters:
            if values[i] is not None:
                values[i] = convert(values[i])
        out.append(tuple(values))
    return out


def read_batches(
    model,
    columns: Sequence[peewee.Field],
    database: peewee.Database | None = None,
    size: int = 5000,
    *,
    as_written: bool = False,
) -> Iterator[list[tuple]]:
    """``model``'s rows from ``database`` (None: the models' own), ``size`` at a time, in key order
    and in the stored form (``as_written``: rows this copy wrote, in that form already)."""
    database = database or db.obj
    sql = select_sql(model, columns, database)
    converters = [] if as_written else _converters(columns, database)
    if _on_file(database):
        batches = _fetched(database.cursor(), sql, size)
    else:
        batches = _fetched_ahead(database.connection(), sql, size)
    with contextlib.closing(batches):
        for rows in batches:
            yield _stored(rows, converters)


def _fetched(cursor, sql: str, size: int) -> Iterator[list]:
    try:
        with peewee.__exception_wrapper__:
            cursor.execute(sql)
            while rows := cursor.fetchmany(size):
                yield rows
    finally:
        cursor.close()


_END = object()


def _fetched_ahead(connection, sql: str, size: int) -> Iterator[list]:
    """A server's rows, fetched by a thread of their own one batch ahead of the caller: the server
    makes the next batch (on the other core) while the caller writes this one, and psycopg lets
    other threads run while it waits. Fetched in the calling thread, every ``FETCH`` waited for
    the server: 1.0 to 1.7 s of server time for the 565,000 rows of a 100,000-entry journal.
    The server-side cursor (``FETCH`` a batch at a time, never the whole table in memory) lives
    in the connection's open transaction: the snapshot the caller reads in. The caller does not
    use the connection until the batches end, or until it stops reading them (the thread is
    then told to stop, and waited for)."""
    ahead: queue.Queue = queue.Queue(maxsize=2)
    stop = threading.Event()

    def fetch() -> None:
        # binary: the server sends numbers as they are and the client reads them without parsing
        # text (565,000 rows: client 1.05-1.17 -> 0.74-0.82 s of CPU, server 1.43-1.53 ->
        # 1.17-1.19 s); text, the times and days the server wrote, and bytes come as before
        try:  # making the cursor too: whatever fails here must reach the waiting caller
            cursor = connection.cursor(name=f"cxjournal_copy_{next(_cursor_names)}", binary=True)
            with contextlib.closing(_fetched(cursor, sql, size)) as batches:
                for rows in batches:
                    ahead.put(rows)
                    if stop.is_set():
                        return
            ahead.put(_END)
        except BaseException as exc:  # handed to the caller, raised there
            ahead.put(exc)

    reader = threading.Thread(target=fetch, name="cxjournal-copy-reader", daemon=True)
    reader.start()
    try:
        while (item := ahead.get()) is not _END:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        while reader.is_alive():  # a put waiting for room gets it, and the thread ends
            with contextlib.suppress(queue.Empty):
                ahead.get(timeout=0.05)
        reader.join()


def write_rows(model, columns: Sequence[peewee.Field], rows: Sequence[tuple]) -> None:
    """Insert ``rows`` (stored form, ids included) into ``model``'s table in the models' journal
    on a server (into a file: ``FileRows``): ``COPY … FROM STDIN`` into a temporary table, then
    one ``INSERT … SELECT``: ``COPY FROM`` is refused on a table under row-level security (every
    journal table, for the accounts that are not the tables' owner), and one statement per batch
    runs the change log's statement triggers once."""
    if rows:
        _copy_into_server(model, columns, rows)


class FileRows:
    """One table's rows written into the models' journal file a batch at a time, each batch read
    back from the file as it went in (``write`` returns what the file holds).

    A batch goes in as statements of ``ROWS_PER_INSERT`` rows (``INSERT … VALUES (…), (…)``):
    SQLite runs a statement's set-up, and an AUTOINCREMENT table's ``sqlite_sequence`` update,
    once per statement, so ``executemany`` (one statement per row) cost 0.79 s of CPU for the
    283,000 rows of a change log where 200-row statements cost 0.39 s. A batch is read back by
    rowid: rows go in in key order, so their rowids grow (the id itself, or SQLite's next rowid
    in a table without an integer key) and the batch is every row after the last one read
    before, up to the last one just inserted."""

    ROWS_PER_INSERT = 200

    def __init__(self, model, columns: Sequence[peewee.Field]) -> None:
        table = model._meta.table_name
        names = ", ".join(f'"{field.column_name}"' for field in columns)
        one = "(" + ", ".join(["?"] * len(columns)) + ")"
        self._insert_one = f'INSERT INTO "{table}" ({names}) VALUES {one}'
        self._insert_many = f"{self._insert_one}{f', {one}' * (self.ROWS_PER_INSERT - 1)}"
        self._read_back = (
            f'SELECT {names} FROM "{table}" WHERE rowid > ? AND rowid <= ? ORDER BY rowid'
        )
        self._last_rowid = -(2**63)  # before any row

    def write(self, rows: Sequence[tuple]) -> list[tuple]:
        """Insert ``rows`` and return the rows the file now holds in their place."""
        if not rows:
            return []
        many = self.ROWS_PER_INSERT
        whole = len(rows) - len(rows) % many
        with peewee.__exception_wrapper__:
            cursor = db.cursor()
            for start in range(0, whole, many):
                cursor.execute(
                    self._insert_many, list(itertools.chain(*rows[start : start + many]))
                )
            if whole < len(rows):
                cursor.executemany(self._insert_one, rows[whole:])
            (last,) = cursor.execute("SELECT last_insert_rowid()").fetchone()
            back = cursor.execute(self._read_back, (self._last_rowid, last)).fetchall()
        self._last_rowid = last
        return back


def _copy_into_server(model, columns: Sequence[peewee.Field], rows: Sequence[tuple]) -> None:
    table = model._meta.table_name
    names = ", ".join(f'"{field.column_name}"' for field in columns)
    staging = f"cxjournal_copy_{table}"
    with peewee.__exception_wrapper__:
        cursor = db.connection().cursor()
        cursor.execute(
            f'CREATE TEMP TABLE IF NOT EXISTS "{staging}" '
            f'(LIKE "{table}" INCLUDING DEFAULTS) ON COMMIT DROP'
        )
        with cursor.copy(f'COPY "{staging}" ({names}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(row)
        cursor.execute(f'INSERT INTO "{table}" ({names}) SELECT {names} FROM "{staging}"')
        cursor.execute(f'TRUNCATE "{staging}"')
