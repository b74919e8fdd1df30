"""The benchmark's journals on a PostgreSQL server (``run.py --db postgresql://…``).

The address names a database the login may connect to; the benchmark makes its own databases
beside it (``<name>_bench`` for the ten-year journal, reused from one run to the next, and scratch
ones emptied before each use), so the login needs ``CREATEDB`` (``pg_virtualenv``'s does). The
journals are filled with ``cxjournal copy-to`` from the benchmark's own journal files: the same
data on both engines. The password comes from ``PGPASSWORD`` or ``~/.pgpass``, never the address.
"""

from __future__ import annotations

import dataclasses

from cxjournal.store.location import ServerAddress, parse_server_address


def address(text: str) -> ServerAddress:
    return parse_server_address(text)


def sibling(base: str, suffix: str) -> str:
    """The address of the benchmark's database ``<name>_<suffix>`` on the same server."""
    server = address(base)
    return str(dataclasses.replace(server, dbname=f"{server.dbname}_{suffix}"))


def _admin(base: str):
    import psycopg

    server = address(base)
    return psycopg.connect(dbname=server.dbname, **server.connect_params(), autocommit=True)


def fresh(base: str, suffix: str) -> str:
    """An empty database ``<name>_<suffix>`` (one left by an earlier run is dropped first)."""
    target = sibling(base, suffix)
    name = address(target).dbname
    with _admin(base) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        con.execute(f'CREATE DATABASE "{name}"')
    return target


def entry_count(target: str) -> int | None:
    """How many entries the journal at ``target`` holds; None when there is no such journal."""
    import psycopg

    server = address(target)
    try:
        with psycopg.connect(dbname=server.dbname, **server.connect_params()) as con:
            return con.execute("SELECT count(*) FROM entry").fetchone()[0]
    except psycopg.Error:
        return None


def fullest_month(target: str) -> tuple[str, int]:
    import psycopg

    server = address(target)
    with psycopg.connect(dbname=server.dbname, **server.connect_params()) as con:
        return con.execute(
            "SELECT to_char(occurred_at, 'YYYY-MM') AS m, count(*) FROM entry "
            "WHERE deleted_at IS NULL GROUP BY m ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()


def size_mb(target: str) -> float:
    import psycopg

    server = address(target)
    with psycopg.connect(dbname=server.dbname, **server.connect_params()) as con:
        size = con.execute("SELECT pg_database_size(current_database())").fetchone()[0]
    return round(size / 2**20, 1)
