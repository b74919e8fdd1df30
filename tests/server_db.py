"""The test server (``CXJOURNAL_TEST_DATABASE``): one throw-away database per test process,
emptied between tests by a single TRUNCATE (about a millisecond, against setting it up again)."""

from __future__ import annotations

import os

from cxjournal.store.location import ServerAddress, parse_server_address

ENV = "CXJOURNAL_TEST_DATABASE"
KEPT_SETTINGS = ("journal_id", "time_zone")  # what a new journal holds once set up


def test_server() -> ServerAddress | None:
    value = os.environ.get(ENV, "").strip()
    return parse_server_address(value) if value else None


def _admin(server: ServerAddress):
    import psycopg

    return psycopg.connect(dbname=server.dbname, **server.connect_params(), autocommit=True)


def create_database(server: ServerAddress, worker: str) -> ServerAddress:
    """A new, empty database for this test process (one left by an earlier run is dropped)."""
    name = f"cxjournal_test_{worker}".lower()
    with _admin(server) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        con.execute(f'CREATE DATABASE "{name}"')
    return ServerAddress(name, server.host, server.port, server.user, server.sslmode)


def drop_database(server: ServerAddress, name: str) -> None:
    with _admin(server) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def empty_journal(address: ServerAddress, models) -> None:
    """Back to a journal as new, before it is opened (a test may have left it marked newer or
    half-written): every row gone and every id sequence at 1, its identity kept."""
    from cxjournal.store.migrations import SCHEMA_VERSION
    from cxjournal.store.server_search import TABLE

    names = ", ".join(f'"{m._meta.table_name}"' for m in models if m._meta.table_name != "setting")
    with _admin(address) as con:
        con.execute(f'TRUNCATE {names}, "{TABLE}" RESTART IDENTITY CASCADE')
        con.execute("DELETE FROM setting WHERE key <> ALL(%s)", (list(KEPT_SETTINGS),))
        # the zone a new journal is given, whatever an earlier test changed it to
        from cxjournal import clock

        con.execute(
            "INSERT INTO setting (key, value) VALUES ('time_zone', %s) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (clock.computer_zone_name(),),
        )
        con.execute(
            "INSERT INTO schema_version (version, changed_at) VALUES (%s, now())", (SCHEMA_VERSION,)
        )
