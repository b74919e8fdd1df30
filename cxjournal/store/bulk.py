"""Inserting thousands of rows at once (an import, ``copy-to``): one statement per batch, written
here rather than by peewee's ``insert_many``, which builds a node per value: it took 7 of the 10
seconds of a 10,000-row history import, and most of a ``copy-to`` from a server into a file.
Values still go through each field's ``db_value``, as peewee's would, and the placeholder is the
engine's own, so SQLite and PostgreSQL get the same rows.

Many rows per statement on a server too, not psycopg's ``executemany`` (one statement per row,
pipelined): the change log's triggers run once per statement (``server_changelog``), and a call
costs about 0.4 ms. There each column goes as one array (``INSERT … SELECT FROM unnest(…)``):
a statement of 500 rows of 15 placeholders each cost the client more to parse its 7,500
placeholders, and the server more to parse and bind them, than inserting the rows did.
(``copy-to`` writes whole tables with ``COPY``: ``store.raw_rows``.)"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence

import peewee

from cxjournal.store.models import db, on_server

BATCH = 500  # rows per statement: 500 x 15 columns stays under SQLite's 32,766 parameters
SERVER_BATCH = 5000  # rows per statement on a server: one array per column
# peewee's field types -> the server's type of an array of them
_ARRAY_TYPES = {
    "AUTO": "integer", "INT": "integer", "BIGAUTO": "bigint", "BIGINT": "bigint",
    "SMALLINT": "smallint", "VARCHAR": "text", "TEXT": "text", "CHAR": "text",
    "DATETIME": "timestamp", "DATE": "date", "BOOL": "boolean", "BLOB": "bytea",
    "FLOAT": "double precision", "DOUBLE": "double precision", "DECIMAL": "numeric",
}  # fmt: skip


def field_default(field):
    return field.default() if callable(field.default) else field.default


def defaulted_fields(model, columns: Sequence[str]) -> list:
    """The fields not in ``columns`` that have a default (the id aside)."""
    return [
        field
        for field in model._meta.sorted_fields
        if field.name not in columns and field.default is not None and not field.primary_key
    ]


def insert_rows(
    model, columns: Sequence[str], rows: Sequence[Sequence], *, ids: bool = False
) -> list[int]:
    """Insert ``rows`` (values in the order of ``columns``, field names) into ``model``'s table;
    with ``ids``, the new ids in the rows' order. Ids are handed out in the order of the VALUES
    (autoincrement, sequences) while RETURNING's order is not promised: they are sorted. Fields
    not given get their defaults, as with peewee (a callable default is called for each row)."""
    given = [model._meta.fields[name] for name in columns]
    defaulted = defaulted_fields(model, columns)
    fields = given + defaulted
    names = ", ".join(f'"{field.column_name}"' for field in fields)
    arrays = _array_types(fields) if on_server() else None
    size = SERVER_BATCH if arrays else BATCH
    made: list[int] = []
    for start in range(0, len(rows), size):
        chunk = [
            [field.db_value(value) for field, value in
             zip(fields, [*row, *map(field_default, defaulted)], strict=True)]
            for row in rows[start : start + size]
        ]  # fmt: skip
        sql = f'INSERT INTO "{model._meta.table_name}" ({names}) '
        if arrays:
            sql += "SELECT * FROM unnest(" + ", ".join(f"%s::{t}[]" for t in arrays) + ")"
            params = [list(column) for column in zip(*chunk, strict=True)]
        else:
            one = "(" + ", ".join([db.obj.param] * len(fields)) + ")"
            sql += "VALUES " + ", ".join([one] * len(chunk))
            params = [value for row in chunk for value in row]
        if ids:
            cursor = db.execute_sql(sql + ' RETURNING "id"', params)
            made += sorted(row[0] for row in cursor.fetchall())
        else:
            db.execute_sql(sql, params)
    return made


def _array_types(fields) -> list[str] | None:
    """The server's array type of each field (None when one has no known type: rows then go as
    VALUES)."""
    found = []
    for field in fields:
        kind = field.rel_field.field_type if isinstance(field, peewee.ForeignKeyField) else None
        found.append(_ARRAY_TYPES.get(kind or field.field_type))
    return None if None in found else found


@contextlib.contextmanager
def _errors_as_peewee() -> Iterator[None]:
    """The driver's errors as ``db.execute_sql`` raises them."""
    with peewee.__exception_wrapper__:
        yield


def refresh_statistics(*models) -> None:
    """After a bulk insert on a server, let the planner know the tables' new sizes: in a journal
    just made it still plans for empty tables, and reading each person's latest contact over
    10,000 fresh entries took 14 s instead of 0.1 s. (An account that does not own the tables is
    skipped with a warning, never an error; a file's planner needs nothing.)"""
    if on_server():
        names = ", ".join(f'"{model._meta.table_name}"' for model in models)
        db.execute_sql(f"ANALYZE {names}")
