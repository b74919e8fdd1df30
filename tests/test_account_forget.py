"""Forgetting a former account in the account events (issue 18, GDPR erasure of the person who
held a login): ``cxjournal account forget LOGIN`` deletes the events about the login and blanks
its name where it recorded others', for owners only, never while the login is still an account;
nobody else can do it, through the app or plain SQL. Real logins on a real server, row counts."""

from __future__ import annotations

import os
import uuid
from datetime import datetime

import pytest

from cxjournal.cli import main
from cxjournal.errors import PermissionDeniedError
from cxjournal.services import accounts
from cxjournal.store import account_events
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.location import ServerAddress
from cxjournal.store.models import db

PASSWORD = "Baguette tradition 7"


def _name(what: str) -> str:
    return f"t_{what}_{uuid.uuid4().hex[:8]}"


def _count(sql: str, params: tuple) -> int:
    return db.execute_sql(sql, params).fetchone()[0]


def _open_as(journal: ServerAddress, login: str, monkeypatch) -> None:
    close_journal()
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    open_journal(ServerAddress(journal.dbname, journal.host, journal.port, login, journal.sslmode))


def _back_as_admin(journal: ServerAddress, monkeypatch, admin_password: str | None) -> None:
    close_journal()
    monkeypatch.setenv("PGPASSWORD", admin_password or "")
    open_journal(journal)


@pytest.fixture
def former(journal, monkeypatch):
    """An owner ``leaver`` who added a counter ``helper`` and then had wrong passwords typed
    under their name, then was removed; and an owner ``boss`` still there."""
    admin_password = os.environ.get("PGPASSWORD")
    leaver, helper, boss = _name("leaver"), _name("helper"), _name("boss")
    accounts.add_account(leaver, "owner", PASSWORD)
    accounts.add_account(boss, "owner", PASSWORD)
    _open_as(journal, leaver, monkeypatch)
    accounts.add_account(helper, "counter", PASSWORD)  # recorded by the leaver
    accounts.record_failed_sign_ins([(leaver, 3, datetime(2026, 5, 2, 8, 0))], "comptoir")
    _back_as_admin(journal, monkeypatch, admin_password)
    accounts.remove_account(leaver)
    names = {"leaver": leaver, "helper": helper, "boss": boss}
    yield names
    _back_as_admin(journal, monkeypatch, admin_password)
    for name in (helper, boss):
        accounts.remove_account(name)


def _about(login: str) -> int:
    return _count("SELECT count(*) FROM account_event WHERE account = %s", (login,))


def _by(login: str) -> int:
    return _count("SELECT count(*) FROM account_event WHERE by_login = %s", (login,))


@pytest.mark.server_only
def test_an_owner_forgets_a_removed_account(journal, former, monkeypatch):
    leaver, helper = former["leaver"], former["helper"]
    assert _about(leaver) == 3  # added, the failed sign-ins, removed
    assert _by(leaver) == 2  # the helper's account, and the failed sign-ins it recorded
    _open_as(journal, former["boss"], monkeypatch)  # a real owner login, not the administrator
    assert accounts.forget_login(leaver) == 3 + 1
    assert _about(leaver) == 0
    assert _by(leaver) == 0
    # the helper's account is still recorded as added, by an account nobody can name now
    assert [(e.kind, e.by) for e in accounts.account_events_list() if e.account == helper] == [
        ("added", "")
    ]


@pytest.mark.server_only
def test_the_cli_forgets_and_says_how_many_then_lists_the_blanked_name(journal, former, capsys):
    leaver, helper = former["leaver"], former["helper"]
    assert main(["account", "forget", leaver]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert f"{leaver} forgotten: 4 account events changed." in out
    open_journal(journal)
    assert _about(leaver) + _by(leaver) == 0
    close_journal()
    assert main(["account", "events"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if helper in line]
    assert lines and lines[0].endswith("recorded by a forgotten account")
    assert leaver not in capsys.readouterr().out


@pytest.mark.server_only
def test_an_account_still_there_is_not_forgotten(journal, former, capsys):
    boss = former["boss"]
    before = _about(boss)
    assert before >= 1
    close_journal()
    assert main(["account", "forget", boss]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.strip() == f"cxjournal: {boss} is still an account: remove it first, then forget it."
    assert len(err.strip().splitlines()) == 1
    open_journal(journal)
    assert _about(boss) == before
    # nor by calling the server's function directly, even as its administrator
    import peewee

    with pytest.raises(peewee.DatabaseError, match="still an account"):
        with db.atomic():
            account_events.forget_login(boss)
    assert _about(boss) == before


@pytest.mark.server_only
def test_a_manager_forgets_nothing_through_the_app_or_plain_sql(journal, former, monkeypatch):
    import psycopg

    leaver = former["leaver"]
    admin_password = os.environ.get("PGPASSWORD")
    manager = _name("mgr")
    accounts.add_account(manager, "manager", PASSWORD)
    try:
        _open_as(journal, manager, monkeypatch)
        with pytest.raises(PermissionDeniedError):
            accounts.forget_login(leaver)
        params = {**journal.connect_params(), "user": manager}
        with psycopg.connect(
            dbname=journal.dbname, password=PASSWORD, autocommit=True, **params
        ) as con:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                con.execute("SELECT cxjournal_account_forget(%s)", (leaver,))
        owner_params = {**journal.connect_params(), "user": former["boss"]}
        with psycopg.connect(
            dbname=journal.dbname, password=PASSWORD, autocommit=True, **owner_params
        ) as con:
            # an owner with plain SQL edits no row either: only the function may blank a name
            updated = con.execute(
                "UPDATE account_event SET by_login = '' WHERE by_login = %s", (leaver,)
            ).rowcount
            assert updated == 0
    finally:
        _back_as_admin(journal, monkeypatch, admin_password)
        accounts.remove_account(manager)
    assert _about(leaver) == 3
    assert _by(leaver) == 2


@pytest.mark.file_only
def test_a_journal_file_has_no_accounts_to_forget(journal, capsys):
    close_journal()
    assert main(["account", "forget", "amelie"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1


@pytest.mark.server_only
def test_the_upgrade_installs_forgetting_on_a_journal_made_before(journal, former, monkeypatch):
    from cxjournal.store import migrations
    from cxjournal.store.models import SchemaVersion
    from tests.helpers import version_before

    db.execute_sql("DROP FUNCTION cxjournal_account_forget(text)")
    db.execute_sql('DROP POLICY "account_event_update" ON account_event')
    SchemaVersion.update(version=version_before("cxjournal_account_forget")).execute()
    close_journal()
    open_journal(journal)
    assert migrations.stored_version() == migrations.SCHEMA_VERSION
    _open_as(journal, former["boss"], monkeypatch)
    assert accounts.forget_login(former["leaver"]) == 4
    assert _about(former["leaver"]) + _by(former["leaver"]) == 0
