"""Settings ▸ Accounts (issue 18): an owner adds an account, changes its role and removes it from
the window against a real server; the events are recorded and only owners read them (raw SQL as
real logins, row counts); other accounts do not see the section; a journal file says who can read
it."""

from __future__ import annotations

import os
import uuid

import pytest

from cxjournal.errors import PermissionDeniedError
from cxjournal.services import accounts
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.location import ServerAddress
from cxjournal.ui.pages import settings_accounts
from tests.helpers import open_page

PASSWORD = "Baguette tradition 7"


def _box(window):
    return window.pages["settings"].findChild(settings_accounts.AccountsBox, "accounts-box")


def _connect(address: ServerAddress, login: str):
    import psycopg

    params = {**address.connect_params(), "user": login}
    return psycopg.connect(dbname=address.dbname, password=PASSWORD, autocommit=True, **params)


@pytest.fixture
def made(journal):
    """Logins a test adds, removed at its end (the server outlives the test's journal)."""
    names: list[str] = []
    yield names
    close_journal()
    open_journal(journal)
    present = {a.name for a in accounts.list_accounts()}
    for name in names:
        if name in present:
            accounts.remove_account(name)


@pytest.mark.file_only
def test_a_journal_file_says_who_can_read_it(qtbot):
    window, _page = open_page(qtbot, "settings")
    box = _box(window)
    assert box.isVisible() and not box.table.isVisible() and not box.add_button.isVisible()
    assert "Anyone who can use the computer account" in box.note.text()
    assert "separate account" in box.note.text()


@pytest.mark.server_only
def test_an_owner_adds_changes_and_removes_an_account(qtbot, made, monkeypatch, journal):
    name = f"t_ui_{uuid.uuid4().hex[:8]}"
    made.append(name)
    window, _page = open_page(qtbot, "settings")
    box = _box(window)
    assert box.isVisible() and box.table.isVisible()

    def fill(dialog):
        dialog.name.setText(name)
        dialog.role.setCurrentIndex(dialog.role.findData("counter"))
        dialog.password.setText(PASSWORD)
        dialog.again.setText(PASSWORD + "x")
        dialog.accept()
        assert "differ" in dialog.error.text()
        dialog.again.setText(PASSWORD)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(settings_accounts.AddAccountDialog, "exec", fill)
    box.add_button.click()
    assert (name, "counter") in [(a.name, a.role) for a in box.model.rows()]
    assert box.selected().name == name
    with _connect(journal, name) as con:  # the password typed works, as a real login
        assert con.execute("SELECT current_user").fetchone()[0] == name

    box.role.setCurrentIndex(box.role.findData("manager"))
    box.role_button.click()
    assert (name, "manager") in [(a.name, a.role) for a in accounts.list_accounts()]

    asked = []
    monkeypatch.setattr(
        settings_accounts, "confirm", lambda _p, _t, question: asked.append(question) or True
    )
    box.select(name)
    box.remove_button.click()
    assert "open sessions" in asked[0] and name in asked[0]
    assert name not in [a.name for a in accounts.list_accounts()]

    mine = [(e.kind, e.role) for e in accounts.account_events_list() if e.account == name]
    assert mine == [("removed", None), ("role", "manager"), ("added", "counter")]
    assert {e.by for e in accounts.account_events_list() if e.account == name} == {journal.user}


@pytest.mark.server_only
def test_only_owners_read_the_account_events(journal, made):
    suffix = uuid.uuid4().hex[:6]
    logins = {group: f"t_ev_{group}_{suffix}" for group in ("owner", "manager", "counter")}
    for group, login in logins.items():
        accounts.add_account(login, group, PASSWORD)
        made.append(login)
    counts = {}
    for group, login in logins.items():
        with _connect(journal, login) as con:
            counts[group] = con.execute(
                "SELECT count(*) FROM account_event WHERE account = ANY(%s)",
                (list(logins.values()),),
            ).fetchone()[0]
            if group != "owner":  # nor can they write one of their own
                import psycopg

                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    con.execute(
                        "INSERT INTO account_event (at, kind, account) "
                        "VALUES (now(), 'added', 'forged')"
                    )
    assert counts == {"owner": 3, "manager": 0, "counter": 0}


@pytest.mark.server_only
def test_a_counter_is_refused_the_events_and_sees_no_accounts_section(
    qtbot, journal, made, monkeypatch
):
    login = f"t_cnt_{uuid.uuid4().hex[:8]}"
    accounts.add_account(login, "counter", PASSWORD)
    made.append(login)
    close_journal()
    admin_password = os.environ.get("PGPASSWORD")
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    open_journal(ServerAddress(journal.dbname, journal.host, journal.port, login, journal.sslmode))
    try:
        with pytest.raises(PermissionDeniedError):
            accounts.account_events_list()
        window, _page = open_page(qtbot, "settings")
        assert not _box(window).isVisible()
    finally:
        monkeypatch.setenv("PGPASSWORD", admin_password or "")


@pytest.mark.server_only
def test_the_upgrade_to_14_makes_the_events_table(journal):
    from cxjournal.store import migrations
    from cxjournal.store.models import SchemaVersion, db

    db.execute_sql("DROP FUNCTION cxjournal_sign_in_failed(text, integer, timestamp, text)")
    db.execute_sql("DROP TABLE account_event")
    SchemaVersion.update(version=13).execute()  # every row: the upgrade runs from 13 on
    close_journal()
    open_journal(journal)
    assert migrations.stored_version() == migrations.SCHEMA_VERSION
    name = f"t_up_{uuid.uuid4().hex[:6]}"
    accounts.add_account(name, "counter", PASSWORD)
    try:
        assert [e.kind for e in accounts.account_events_list() if e.account == name] == ["added"]
        forced = db.execute_sql(
            "SELECT relforcerowsecurity FROM pg_class WHERE relname = 'account_event'"
        ).fetchone()[0]
        assert forced
    finally:
        accounts.remove_account(name)


@pytest.mark.file_only
def test_the_account_events_command_on_a_file_is_one_line_and_exit_2(journal, capsys):
    from cxjournal.cli import main

    assert main(["account", "events"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1 and "shared journal" in err


@pytest.mark.server_only
def test_the_account_events_command_for_an_owner(journal, made, capsys):
    import json

    from cxjournal.cli import main

    name = f"t_evcli_{uuid.uuid4().hex[:6]}"
    accounts.add_account(name, "kiosk", PASSWORD)
    made.append(name)
    accounts.change_role(name, "counter")
    assert main(["account", "events", "--json"]) == 0
    found = [e for e in json.loads(capsys.readouterr().out) if e["account"] == name]
    assert [(e["kind"], e["role"], e["by"]) for e in found] == [
        ("role", "counter", journal.user),
        ("added", "kiosk", journal.user),
    ]
    open_journal(journal)
    assert main(["account", "events"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if name in line]
    assert "now counter" in lines[0] and "added as kiosk" in lines[1]
