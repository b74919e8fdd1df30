"""Roles on a server journal (issue 18): what a real login of each role sees and may change,
through plain SQL and through the app's services, asserted as row counts; search, tags and the
change log leak nothing hidden; accounts are per journal; the ``account`` commands."""

from __future__ import annotations

import os
import uuid

import pytest

from cxjournal.services import accounts, entries, people
from cxjournal.services.entry_query import list_entries, search_entries
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.location import ServerAddress
from cxjournal.store.models import Entry, db
from tests import server_db

pytestmark = pytest.mark.server_only
PASSWORD = "correct horse 42"


def _connect(address: ServerAddress, login: str):
    import psycopg

    params = {**address.connect_params(), "user": login}
    return psycopg.connect(dbname=address.dbname, password=PASSWORD, autocommit=True, **params)


def _open_as(address: ServerAddress, login: str, monkeypatch) -> None:
    """Open the journal through the app as ``login`` (its password where libpq reads it)."""
    close_journal()
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    open_journal(ServerAddress(address.dbname, address.host, address.port, login))


def _back_as_admin(address: ServerAddress, monkeypatch, admin_password: str | None) -> None:
    close_journal()
    if admin_password is None:
        monkeypatch.delenv("PGPASSWORD", raising=False)
    else:
        monkeypatch.setenv("PGPASSWORD", admin_password)
    open_journal(address)


def _count(con, sql: str, params: tuple = ()) -> int:
    return con.execute(sql, params).fetchone()[0]


@pytest.fixture
def shop(journal):
    """A journal with customer, staff and confidential rows, and a login of each role."""
    anna = people.add_person("Anna Dupont", "customer")
    marc = people.add_person("Marc Petit", "staff")
    ids = {
        "customer": entries.log_entry(
            person=anna, kind="complaint", title="Pain rassis", tags=["croissant"]
        ).id,
        "customer2": entries.log_entry(person=anna, kind="praise", title="Accueil souriant").id,
        "confidential": entries.log_entry(
            person=anna, kind="complaint", title="Divorce difficile", confidential=True
        ).id,
        "staff": entries.log_entry(
            person=marc, kind="concern", title="Migraine au travail", tags=["santé"]
        ).id,
    }
    logins = {}
    suffix = uuid.uuid4().hex[:6]
    for group in accounts.GROUPS:
        logins[group] = f"t_{group}_{suffix}"
        accounts.add_account(logins[group], group, PASSWORD)
    yield journal, ids, logins
    close_journal()
    open_journal(journal)
    for login in logins.values():
        accounts.remove_account(login)


def test_a_counter_sees_customer_rows_only_with_plain_sql(shop):
    address, ids, logins = shop
    with _connect(address, logins["counter"]) as con:
        assert _count(con, "SELECT count(*) FROM entry") == 2
        assert _count(con, "SELECT count(*) FROM entry WHERE side = 'staff' OR confidential") == 0
        assert _count(con, "SELECT count(*) FROM person") == 1
        assert _count(con, "SELECT count(*) FROM department") == 0
        assert [r[0] for r in con.execute("SELECT name FROM tag ORDER BY name")] == ["croissant"]
        assert _count(con, "SELECT count(*) FROM entry_tag") == 1
        assert _count(con, "SELECT count(*) FROM entry_search") == 2
        hidden = [ids["staff"], ids["confidential"]]
        assert (
            _count(
                con,
                "SELECT count(*) FROM change_log WHERE kind = 'entry' AND item_id = ANY(%s)",
                (hidden,),
            )
            == 0
        )
        assert _count(con, "SELECT count(*) FROM change_log WHERE kind = 'entry'") >= 2
    with _connect(address, logins["manager"]) as con:
        assert _count(con, "SELECT count(*) FROM entry") == 4
        assert _count(con, "SELECT count(*) FROM tag") == 2
        assert _count(con, "SELECT count(*) FROM entry_search") == 4


def test_search_finds_no_word_of_a_hidden_entry_for_a_counter(shop):
    address, _ids, logins = shop
    query = "SELECT count(*) FROM entry_search WHERE words @@ to_tsquery('cxjournal_search', %s)"
    with _connect(address, logins["counter"]) as con:
        assert _count(con, query, ("'divorce':*",)) == 0
        assert _count(con, query, ("'migraine':*",)) == 0
        assert _count(con, query, ("'sante':*",)) == 0
        assert _count(con, query, ("'rassis':*",)) == 1
    with _connect(address, logins["manager"]) as con:
        assert _count(con, query, ("'divorce':*",)) == 1


def test_a_counter_cannot_change_a_staff_entry_even_with_sql(shop):
    import psycopg

    address, ids, logins = shop
    with _connect(address, logins["counter"]) as con:
        changed = con.execute(
            "UPDATE entry SET title = 'x', confidential = false WHERE id = ANY(%s)",
            ([ids["staff"], ids["confidential"], ids["customer"]],),
        ).rowcount
        assert changed == 0  # the staff and confidential are unseen, the customer not its own
        assert con.execute("DELETE FROM entry").rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute(
                "INSERT INTO entry (side, kind, channel, occurred_at, title, details, priority, "
                "status, resolution, confidential, created_at, updated_at) VALUES ('staff', "
                "'concern', 'in-person', now(), 'x', '', 2, 'open', '', false, now(), now())"
            )
    with _connect(address, logins["kiosk"]) as con:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("SELECT count(*) FROM entry")
    assert Entry.get_by_id(ids["staff"]).title == "Migraine au travail"
    assert Entry.select().where(Entry.title == "x").count() == 0


def test_a_counter_through_the_app_records_and_edits_its_own_customer_entries(shop, monkeypatch):
    address, ids, logins = shop
    admin_password = os.environ.get("PGPASSWORD")
    _open_as(address, logins["counter"], monkeypatch)
    assert db.execute_sql("SELECT current_user").fetchone()[0] == logins["counter"]
    assert len(list_entries()) == 2
    assert search_entries("divorce") == [] and search_entries("migraine") == []
    assert len(search_entries("rassis")) == 1
    (anna,) = people.find_people()  # the staff member is unseen
    mine = entries.log_entry(person=anna, kind="praise", title="Merci", tags=["santé", "neuf"])
    assert Entry.get_by_id(mine.id).made_by == logins["counter"]
    entries.edit_entry(mine.id, title="Merci beaucoup")
    assert Entry.get_by_id(mine.id).title == "Merci beaucoup"
    assert sorted(entries.entry_tags(mine.id)) == ["neuf", "santé"]
    with pytest.raises(Exception):  # noqa: B017 - unseen: "does not exist"
        entries.edit_entry(ids["staff"], title="x")
    _back_as_admin(address, monkeypatch, admin_password)
    assert Entry.get_by_id(ids["staff"]).title == "Migraine au travail"


def test_two_journals_on_one_server_do_not_share_accounts(shop, worker_id):
    import psycopg

    address, _ids, logins = shop
    server = server_db.test_server()
    other = server_db.create_database(server, f"{worker_id}_roles")
    try:
        close_journal()
        open_journal(other)
        assert accounts.list_accounts() == [] or all(
            a.name not in logins.values() for a in accounts.list_accounts()
        )
        close_journal()
        with pytest.raises(psycopg.OperationalError):
            _connect(other, logins["owner"]).close()
    finally:
        close_journal()
        server_db.drop_database(server, other.dbname)
        open_journal(address)


def test_a_kiosk_records_ratings_and_pulse_answers_and_reads_none(shop, monkeypatch):
    import psycopg

    from cxjournal.services import ratings, suggestions
    from cxjournal.store.models import PulseAnswer, Rating, Suggestion

    address, _ids, logins = shop
    admin_password = os.environ.get("PGPASSWORD")
    _open_as(address, logins["kiosk"], monkeypatch)
    ratings.record_rating(4, reason="Accueil", text="Très bien")  # as the kiosk page does
    ratings.record_pulse_answer(2, text="Semaine chargée")
    suggestions.suggest("Un casier par personne")  # the staff kiosk's suggestion box
    with pytest.raises(Exception):  # noqa: B017 - permission denied, whatever the driver's class
        Rating.select().count()
    _back_as_admin(address, monkeypatch, admin_password)
    assert Rating.select().count() == 1 and PulseAnswer.select().count() == 1
    assert [s.text for s in Suggestion.select()] == ["Un casier par personne"]
    with _connect(address, logins["kiosk"]) as con:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("SELECT count(*) FROM suggestion")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("SELECT count(*) FROM rating")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("SELECT count(*) FROM pulse_answer")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("SELECT count(*) FROM entry")
    with _connect(address, logins["counter"]) as con:  # customers' ratings, not the staff pulse
        assert _count(con, "SELECT count(*) FROM rating") == 1
        assert _count(con, "SELECT count(*) FROM pulse_answer") == 0
        assert _count(con, "SELECT count(*) FROM change_log WHERE kind = 'rating'") == 1
        assert _count(con, "SELECT count(*) FROM change_log WHERE kind = 'pulse'") == 0
        assert _count(con, "SELECT count(*) FROM suggestion") == 0
        assert _count(con, "SELECT count(*) FROM change_log WHERE kind = 'suggestion'") == 0
        assert con.execute("DELETE FROM rating").rowcount == 0
    with _connect(address, logins["manager"]) as con:
        assert _count(con, "SELECT count(*) FROM pulse_answer") == 1


@pytest.mark.server_only
def test_a_login_that_is_no_superuser_sets_up_a_shared_journal(journal, worker_id, tmp_path):
    """As the README says: a login with CREATEROLE that owns an empty database (PostgreSQL 15)
    sets the journal up, becomes its owner and adds accounts; a counter then sees customers only."""
    import subprocess
    import sys

    import psycopg

    server = server_db.test_server()
    suffix = f"{worker_id}_{uuid.uuid4().hex[:6]}".lower()
    setup, counter, dbname = f"t_setup_{suffix}", f"t_cnt_{suffix}", f"cxj_setup_{suffix}"
    admin = dict(dbname=server.dbname, **server.connect_params(), autocommit=True)
    with psycopg.connect(**admin) as con:
        con.execute(f"CREATE ROLE \"{setup}\" LOGIN CREATEROLE PASSWORD '{PASSWORD}'")
        con.execute(f'CREATE DATABASE "{dbname}" OWNER "{setup}"')
    with psycopg.connect(**{**admin, "dbname": dbname}) as con:
        con.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    target = ServerAddress(dbname, server.host, server.port, setup)
    env = {**os.environ, "PGPASSWORD": PASSWORD}
    secret = tmp_path / "pw"
    secret.write_text(PASSWORD + "\n")
    secret.chmod(0o600)

    def run(address, *args):
        return subprocess.run(
            [sys.executable, "-m", "cxjournal", "--db", str(address), *args],
            capture_output=True, text=True, env=env, timeout=120,
        )  # fmt: skip

    prefix = None
    try:
        done = run(target, "log", "--side", "staff", "--kind", "concern", "--title", "Dos")
        assert done.returncode == 0, done.stderr
        assert (
            run(
                target, "log", "--side", "customer", "--kind", "praise", "--title", "Merci"
            ).returncode
            == 0
        )
        done = run(
            target, "account", "add", counter, "--role", "counter", "--password-file", str(secret)
        )
        assert done.returncode == 0, done.stderr
        listed = run(
            ServerAddress(dbname, server.host, server.port, counter), "entry", "list", "--json"
        )
        assert listed.returncode == 0, listed.stderr
        assert "Merci" in listed.stdout and "Dos" not in listed.stdout
        with psycopg.connect(**{**admin, "dbname": dbname}) as con:
            prefix = con.execute("SELECT prefix FROM journal_roles").fetchone()[0]
            assert not con.execute(
                "SELECT rolsuper FROM pg_roles WHERE rolname = %s", (setup,)
            ).fetchone()[0]
    finally:
        with psycopg.connect(**admin) as con:
            con.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')
            names = [counter, setup]
            if prefix:
                names = (
                    [counter]
                    + [
                        f"{prefix}_{g}"
                        for g in ("owner", "manager", "counter", "kiosk", "accounts", "tables")
                    ]
                    + [setup]
                )
            for name in names:
                con.execute(f'DROP ROLE IF EXISTS "{name}"')


def test_adding_an_account_twice_is_refused_in_plain_words(shop):
    """The server's refusal is read through peewee's wrapped errors (one is its own cause: reading
    it used to loop for ever), and the connection stays usable."""
    from cxjournal.errors import ValidationError

    _address, _ids, logins = shop
    with pytest.raises(ValidationError, match="already"):
        accounts.add_account(logins["counter"], "counter", PASSWORD)
    with pytest.raises(ValidationError, match="cannot be used"):
        accounts.add_account("pg_nope", "kiosk", PASSWORD)
    assert logins["counter"] in {a.name for a in accounts.list_accounts()}


def test_only_an_owner_copies_the_whole_journal(shop, monkeypatch, tmp_path, capsys):
    """A manager's or counter's copy would leave out what its policies hide: refused, nothing
    written; an owner's copy is whole."""
    from cxjournal.cli import main

    address, _ids, logins = shop
    admin_password = os.environ.get("PGPASSWORD")
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    for group in ("counter", "manager"):
        close_journal()
        target = tmp_path / f"{group}.db"
        login = ServerAddress(address.dbname, address.host, address.port, logins[group])
        assert main(["--db", str(login), "copy-to", str(target)]) == 2
        err = capsys.readouterr().err
        assert "Only an owner" in err and len(err.strip().splitlines()) == 1
        assert not target.exists()
    close_journal()
    owner = ServerAddress(address.dbname, address.host, address.port, logins["owner"])
    assert main(["--db", str(owner), "copy-to", str(tmp_path / "owner.db")]) == 0
    assert (tmp_path / "owner.db").exists()
    _back_as_admin(address, monkeypatch, admin_password)


def test_only_an_owner_keeps_someone_past_the_retention_period_even_with_sql(shop):
    import psycopg

    address, _ids, logins = shop
    for group in ("counter", "manager"):
        with _connect(address, logins[group]) as con:
            assert _count(con, "SELECT count(*) FROM person WHERE side = 'customer'") == 1
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                con.execute("UPDATE person SET keep_reason = 'Litige' WHERE side = 'customer'")
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                con.execute("UPDATE person SET keep_until = '2030-01-01'")
            changed = con.execute(
                "UPDATE person SET notes = %s WHERE side = 'customer'", (group,)
            ).rowcount
            assert changed == 1  # the person's other columns stay theirs to edit
    with _connect(address, logins["owner"]) as con:
        assert con.execute("UPDATE person SET keep_reason = 'Litige'").rowcount == 2
