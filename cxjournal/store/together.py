"""Independent reads sent to a server together: one round trip for several statements.

On a server every statement waits for the server process to be woken and scheduled, 0.2 to 4 ms
on an idle machine and 5 to 20 ms on a loaded one (README "On a server"). Reads that do not need
each other's results can go together through psycopg's pipeline mode: the statements, then one
Sync, then their results in order. A file has no round trip to save: they run one after another.
"""

from __future__ import annotations

from collections.abc import Sequence

from peewee import __exception_wrapper__

from cxjournal.store.models import db, on_server


def read_together(queries: Sequence) -> list[list]:
    """The rows of each of ``queries`` (peewee selects), as iterating each gives them; on a
    server, all sent at once and read in one round trip."""
    if not on_server() or len(queries) < 2 or not _pipelines():
        return [list(query) for query in queries]
    connection = db.connection()
    with __exception_wrapper__:  # the driver's errors, raised at the sync, as peewee's
        with connection.pipeline():
            results = [query.execute(db) for query in queries]
    return [list(rows) for rows in results]


def _pipelines() -> bool:
    """Whether the driver can send statements together: psycopg's pipeline mode needs libpq 14
    or newer (psycopg-binary brings its own; a plain psycopg uses the system's)."""
    from psycopg import Pipeline  # a server journal's driver, loaded already

    return Pipeline.is_supported()
