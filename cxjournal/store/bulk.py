"""Inserting thousands of rows at once (an import, ``copy-to``): one statement per batch, written
here rather than by peewee's ``insert_many``, which builds a node per value: it took 7 of the 10
seconds of a 10,000-row history import, and most of a ``copy-to`` from a server into a file.
Values still go through each field's ``db_value``, as peewee's would, and the placeholder is the
engine's own, so SQLite and PostgreSQL get the same rows.

On a server the rows go by ``COPY … FROM STDIN`` into a temporary table made for them, then into
the table with one ``INSERT … SELECT`` (``COPY FROM`` is refused on a table under row-level
security, and the policies must check each row: the statement is the login's own). One
statement, whatever the number of rows: the change log's triggers run once per statement
(``server_changelog``). Before, each column went as one array (``INSERT … SELECT FROM
unnest(…)``, 5,000 rows a statement), and psycopg wrote each value of an array in Python: 0.35 s
of the client's CPU for a 10,000-entry history against 0.05 s by ``COPY``; 500-row ``VALUES``
lists before that cost more again, 7,500 placeholders to parse a statement.
(``copy-to`` writes whole tables with ``COPY`` too: ``store.raw_rows``.)"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Iterator, Sequence

import peewee

from cxjournal.store.models import db, on_server

BATCH = 500  # rows per statement: 500 x 15 columns stays under SQLite's 32,766 parameters
# peewee's field types -> the server's type of a staging table's column
_SERVER_TYPES = {
    "AUTO": "integer", "INT": "integer", "BIGAUTO": "bigint", "BIGINT": "bigint",
    "SMALLINT": "smallint", "VARCHAR": "text", "TEXT": "text", "CHAR": "text",
    "DATETIME": "timestamp", "DATE": "date", "BOOL": "boolean", "BLOB": "bytea",
    "FLOAT": "double precision", "DOUBLE": "double precision", "DECIMAL": "numeric",
}  # fmt: skip
_staging_numbers = itertools.count(1)  # a staging table of its own for each insert


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
    stored = [
        [field.db_value(value) for field, value in
         zip(fields, [*row, *map(field_default, defaulted)], strict=True)]
        for row in rows
    ]  # fmt: skip
    types = _server_types(fields) if on_server() else None
    if not stored:
        return []
    if types:
        return _copy_in(model, fields, types, stored, ids=ids)
    names = ", ".join(f'"{field.column_name}"' for field in fields)
    one = "(" + ", ".join([db.obj.param] * len(fields)) + ")"
    made: list[int] = []
    for start in range(0, len(stored), BATCH):
        chunk = stored[start : start + BATCH]
        sql = f'INSERT INTO "{model._meta.table_name}" ({names}) VALUES ' + ", ".join(
            [one] * len(chunk)
        )
        params = [value for row in chunk for value in row]
        if ids:
            cursor = db.execute_sql(sql + ' RETURNING "id"', params)
            made += sorted(row[0] for row in cursor.fetchall())
        else:
            db.execute_sql(sql, params)
    return made


def _copy_in(model, fields, types: list[str], rows: list[list], *, ids: bool) -> list[int]:
    """On a server: ``rows`` copied into a staging table, then inserted in their order (the ids
    sorted, as above). The staging table goes with the transaction."""
    if not db.in_transaction():
        with db.atomic():
            return _copy_in(model, fields, types, rows, ids=ids)
    staging = f"cxjournal_bulk_{next(_staging_numbers)}"
    names = ", ".join(f'"{field.column_name}"' for field in fields)
    declared = ", ".join(f'"{f.column_name}" {t}' for f, t in zip(fields, types, strict=True))
    db.execute_sql(
        f'CREATE TEMP TABLE "{staging}" (cxjournal_i integer, {declared}) ON COMMIT DROP'
    )
    with _errors_as_peewee():
        cursor = db.cursor()
        with cursor.copy(f'COPY "{staging}" FROM STDIN') as copy:
            for i, row in enumerate(rows):
                copy.write_row((i, *row))
    sql = (
        f'INSERT INTO "{model._meta.table_name}" ({names}) '
        f'SELECT {names} FROM "{staging}" ORDER BY cxjournal_i'
    )
    if not ids:
        db.execute_sql(sql)
        return []
    return sorted(row[0] for row in db.execute_sql(sql + ' RETURNING "id"').fetchall())


def _server_types(fields) -> list[str] | None:
    """The server's type of each field (None when one has no known type: rows then go as
    VALUES)."""
    found = []
    for field in fields:
        kind = field.rel_field.field_type if isinstance(field, peewee.ForeignKeyField) else None
        found.append(_SERVER_TYPES.get(kind or field.field_type))
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
