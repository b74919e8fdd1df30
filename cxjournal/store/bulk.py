"""Inserting thousands of rows at once (an import, ``copy-to``): one statement per batch, written
here rather than by peewee's ``insert_many``, which builds a node per value: it took 7 of the 10
seconds of a 10,000-row history import, and most of a ``copy-to`` from a server into a file.
Values still go through each field's ``db_value``, as peewee's would, and the placeholder is the
engine's own, so SQLite and PostgreSQL get the same rows.

Many rows per statement on a server too, not psycopg's ``executemany`` (one statement per row,
pipelined): the change log's triggers run once per statement (``server_changelog``), and a call
costs about 0.4 ms. (``copy-to`` writes whole tables with ``COPY``: ``store.raw_rows``.)"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence

import peewee

from cxjournal.store.models import db, on_server

BATCH = 500  # rows per statement: 500 x 15 columns stays under SQLite's 32,766 parameters


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
    one = "(" + ", ".join([db.obj.param] * len(fields)) + ")"
    made: list[int] = []
    for start in range(0, len(rows), BATCH):
        chunk = rows[start : start + BATCH]
        sql = f'INSERT INTO "{model._meta.table_name}" ({names}) VALUES ' + ", ".join(
            [one] * len(chunk)
        )
        params = [
            field.db_value(value)
            for row in chunk
            for field, value in zip(fields, [*row, *map(field_default, defaulted)], strict=True)
        ]
        if ids:
            cursor = db.execute_sql(sql + ' RETURNING "id"', params)
            made += sorted(row[0] for row in cursor.fetchall())
        else:
            db.execute_sql(sql, params)
    return made


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
