"""A journal on a PostgreSQL server: its address, setting it up, refusing what is not a journal,
upgrades under the set-up lock, plain errors, and a file journal never loading the driver."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime

import pytest

from cxjournal.config import resolve_db_path
from cxjournal.errors import BusyError, DatabaseRefusedError, StorageError
from cxjournal.store import migrations
from cxjournal.store.connection import close_journal, current_location, open_journal
from cxjournal.store.location import ServerAddress, parse_server_address
from cxjournal.store.models import Person, SchemaVersion, db
from tests import server_db


def test_an_address_prints_without_any_password_and_refuses_one():
    address = parse_server_address("postgresql://anna@shop.example:5444/journal")
    assert str(address) == "postgresql://anna@shop.example:5444/journal"
    assert address.connect_params()["sslmode"] == "require"  # not this computer
    assert "password" not in address.connect_params()
    with pytest.raises(DatabaseRefusedError) as refused:
        parse_server_address("postgresql://anna:s3cret@shop.example/journal")
    assert "s3cret" not in str(refused.value)
    assert "PGPASSWORD" in str(refused.value)


def test_this_computer_keeps_libpq_default_and_an_explicit_sslmode_wins():
    assert parse_server_address("postgresql://localhost/j").connect_params()["sslmode"] == "prefer"
    explicit = parse_server_address("postgresql://db.lan/j?sslmode=verify-full")
    assert explicit.connect_params()["sslmode"] == "verify-full"
    assert str(explicit).endswith("?sslmode=verify-full")
    for bad in (
        "postgresql://db.lan/",
        "postgresql://db.lan/j?sslmode=maybe",
        "postgresql://h/j?x=1",
    ):
        with pytest.raises(DatabaseRefusedError):
            parse_server_address(bad)


def test_db_option_and_variable_accept_a_server(monkeypatch, tmp_path):
    monkeypatch.setenv("CXJOURNAL_DB", "postgresql://u@h/j")
    assert resolve_db_path() == ServerAddress("j", "h", None, "u")
    assert resolve_db_path(str(tmp_path / "x.db")) == tmp_path / "x.db"


def test_a_file_journal_never_loads_the_postgresql_driver(tmp_path):
    code = (
        "import sys\n"
        "from cxjournal.store.connection import open_journal\n"
        "import cxjournal.services.entries, cxjournal.cli\n"
        f"open_journal({str(tmp_path / 'j.db')!r})\n"
        "print(sorted(m for m in sys.modules if m.startswith(('psycopg', 'playhouse.postgres'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.server_only
def test_the_open_journal_says_where_it_is(journal):
    assert current_location() == journal
    assert "PGPASSWORD" not in str(journal) and ":" + "@" not in str(journal)


@pytest.fixture
def spare_database(journal, worker_id):
    """A second, empty database on the test server, dropped afterwards."""
    server = server_db.test_server()
    address = server_db.create_database(server, f"{worker_id}_spare")
    yield address
    close_journal()
    server_db.drop_database(server, address.dbname)


def _run_sql(address: ServerAddress, sql: str) -> list[tuple]:
    import psycopg

    with psycopg.connect(dbname=address.dbname, **address.connect_params(), autocommit=True) as c:
        cursor = c.execute(sql)
        return cursor.fetchall() if cursor.description else []


@pytest.mark.server_only
def test_a_database_of_something_else_is_refused_untouched(spare_database):
    _run_sql(spare_database, "CREATE TABLE invoices (id int)")
    with pytest.raises(DatabaseRefusedError, match="not a CX Journal"):
        open_journal(spare_database)
    tables = _run_sql(
        spare_database,
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    )
    assert tables == [("invoices",)]


@pytest.mark.server_only
def test_a_newer_journal_is_refused_untouched(spare_database):
    open_journal(spare_database)
    close_journal()
    _run_sql(spare_database, "INSERT INTO schema_version (version, changed_at) VALUES (99, now())")
    with pytest.raises(DatabaseRefusedError, match="newer version"):
        open_journal(spare_database)
    assert _run_sql(spare_database, "SELECT MAX(version) FROM schema_version") == [(99,)]


@pytest.mark.server_only
def test_an_upgrade_runs_in_one_transaction_under_the_set_up_lock(journal):
    seen = []

    def step():
        held = db.execute_sql(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()"
        ).fetchone()[0]
        seen.append(held)
        Person.create(
            side="customer", name="Zoë", created_at=datetime.now(), updated_at=datetime.now()
        )

    next_one = migrations.SCHEMA_VERSION + 1

    def failing():
        raise RuntimeError("the second step fails")

    with pytest.raises(RuntimeError):
        migrations.migrate(migrations.SCHEMA_VERSION, {next_one: step, next_one + 1: failing})
    assert seen == [1]
    assert Person.select().count() == 0  # the first step was rolled back with the second
    migrations.migrate(migrations.SCHEMA_VERSION, {next_one: step})
    assert SchemaVersion.select().order_by(SchemaVersion.version.desc()).first().version == next_one


@pytest.mark.server_only
def test_a_row_locked_too_long_is_busy(journal):
    import psycopg

    with psycopg.connect(dbname=journal.dbname, **journal.connect_params()) as other:
        other.execute("LOCK TABLE person IN ACCESS EXCLUSIVE MODE")
        db.execute_sql("SET lock_timeout = 200")
        with pytest.raises(BusyError):
            Person.select().count()
        other.rollback()
    assert Person.select().count() == 0


@pytest.mark.server_only
def test_a_lost_connection_is_worth_retrying_and_the_next_call_reconnects(journal):
    (pid,) = db.execute_sql("SELECT pg_backend_pid()").fetchone()
    _run_sql(journal, f"SELECT pg_terminate_backend({pid})")
    with pytest.raises(StorageError) as lost:
        Person.select().count()
    assert lost.value.retry
    assert Person.select().count() == 0
