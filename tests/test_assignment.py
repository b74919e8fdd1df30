"""Follow-ups and promises assigned to an account (issue 18): nobody on a journal file, the
journal's accounts on a server, where a counter may assign to itself or nobody (enforced by the
server, tried with plain SQL as a real counter login); the CLI's ``--assign``; the JSON and the
upgrade of an older journal."""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest

from cxjournal.cli import main
from cxjournal.errors import ValidationError
from cxjournal.services import accounts, assignment, followups, history, people, promises
from cxjournal.store import migrations
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.location import ServerAddress
from cxjournal.store.models import FollowUp, Promise, db
from tests.helpers import START, version_before

PASSWORD = "correct horse 42"


# On a journal file -------------------------------------------------------------------------------


@pytest.mark.file_only
def test_a_journal_file_has_nobody_to_assign_to(journal):
    assert assignment.assignable_accounts() == []
    assert not assignment.assignment_offered()
    with pytest.raises(ValidationError, match="shared journal"):
        followups.add_followup(title="Call Anna", due_at=START, assigned_to="bob")
    item = followups.add_followup(title="Call Anna", due_at=START, assigned_to="none")
    assert item.assigned_to is None
    assert FollowUp.select().count() == 1


@pytest.mark.file_only
def test_the_cli_refuses_an_assignment_on_a_file_with_one_line_and_changes_nothing(
    tmp_path, capsys
):
    close_journal()
    db_path = str(tmp_path / "shop.db")
    code = main(
        ["--db", db_path, "followup", "add", "Call", "--due", "2026-11-20", "--assign", "x"]
    )
    _out, err = capsys.readouterr()
    assert code == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    code = main(["--db", db_path, "followup", "list", "--json"])
    assert code == 0 and json.loads(capsys.readouterr().out) == []
    assert main(["--db", db_path, "followup", "add", "Call", "--due", "2026-11-20"]) == 0
    capsys.readouterr()
    assert main(["--db", db_path, "followup", "list", "--json"]) == 0
    (shown,) = json.loads(capsys.readouterr().out)
    assert shown["assigned_to"] is None and shown["made_by"]


def test_an_assignment_round_trips_through_the_json_export(journal, tmp_path, fake_clock):
    from cxjournal.io import json_export

    anna = people.add_person("Anna Dupont", "customer")
    promise = promises.make_promise(person=anna, what="Gâteau", due=date(2026, 11, 20))
    item = followups.add_followup(title="Call", due_at=START)
    # as a server journal copied to a file holds them (a file cannot assign by itself)
    Promise.update(assigned_to="lea").where(Promise.id == promise.id).execute()
    FollowUp.update(assigned_to="marc").where(FollowUp.id == item.id).execute()
    path = json_export.export_json(tmp_path / "out.json")
    tables = json.loads(path.read_text(encoding="utf-8"))["tables"]
    assert {r["assigned_to"] for r in tables["promise"]} == {"lea"}
    for model in (FollowUp, Promise):
        model.update(assigned_to=None).execute()
    db.execute_sql("DELETE FROM follow_up")
    db.execute_sql("DELETE FROM promise")
    db.execute_sql("DELETE FROM entry")
    db.execute_sql("DELETE FROM person")
    json_export.import_json(path)
    assert Promise.get_by_id(promise.id).assigned_to == "lea"
    assert FollowUp.get_by_id(item.id).assigned_to == "marc"


@pytest.mark.file_only
def test_a_journal_of_version_13_is_upgraded_keeping_its_reminder_claims(journal, fake_clock):
    followups.add_followup(title="Call", due_at=START)
    for table in ("follow_up", "promise"):  # as version 13 made them
        for op in ("insert", "update", "delete"):
            db.execute_sql(f'DROP TRIGGER "change_log_{table}_{op}"')
    db.execute_sql("ALTER TABLE follow_up DROP COLUMN assigned_to")
    db.execute_sql("ALTER TABLE promise DROP COLUMN assigned_to")
    db.execute_sql("DROP TABLE announcement")
    db.execute_sql(
        "CREATE TABLE announcement (key VARCHAR(200) NOT NULL PRIMARY KEY, "
        "announced_at DATETIME NOT NULL)"
    )
    db.execute_sql("INSERT INTO announcement VALUES ('followup:1:2026-11-16T09:00', '2026-11-16')")
    db.execute_sql("DELETE FROM schema_version")
    db.execute_sql(
        "INSERT INTO schema_version (version, changed_at) VALUES (?, '2026-11-01')",
        (version_before("announcement__before_v14"),),
    )
    close_journal()
    open_journal(journal)
    from cxjournal.services import reminders

    assert migrations.stored_version() == migrations.SCHEMA_VERSION
    assert reminders.claim_new_reminders(START) == []  # claimed before: not shown again
    assert FollowUp.get().assigned_to is None


# On a server, with real logins -------------------------------------------------------------------


def connect_as(address: ServerAddress, login: str):
    import psycopg

    params = {**address.connect_params(), "user": login}
    return psycopg.connect(dbname=address.dbname, password=PASSWORD, autocommit=True, **params)


def open_as(address: ServerAddress, login: str, monkeypatch) -> None:
    close_journal()
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    open_journal(ServerAddress(address.dbname, address.host, address.port, login))


def make_team(journal, monkeypatch):
    """A server journal with an owner, a manager, two counters and a kiosk (real logins)."""
    suffix = uuid.uuid4().hex[:6]
    logins = {
        role: f"t_{role}_{suffix}" for role in ("owner", "manager", "counter", "counter2", "kiosk")
    }
    for role, login in logins.items():
        accounts.add_account(login, role.rstrip("2"), PASSWORD)
    admin_password = __import__("os").environ.get("PGPASSWORD")
    yield journal, logins
    close_journal()
    if admin_password is None:
        monkeypatch.delenv("PGPASSWORD", raising=False)
    else:
        monkeypatch.setenv("PGPASSWORD", admin_password)
    open_journal(journal)
    for login in logins.values():
        accounts.remove_account(login)


@pytest.fixture
def team(journal, monkeypatch):
    yield from make_team(journal, monkeypatch)


@pytest.mark.server_only
def test_owners_and_managers_choose_any_account_a_counter_itself(team, monkeypatch):
    address, logins = team
    everyone = sorted(logins[r] for r in ("owner", "manager", "counter", "counter2"))
    open_as(address, logins["manager"], monkeypatch)
    # listed as the language sorts names (ICU: "t_counter_" before "t_counter2_"; the order
    # itself is tested in test_sorting_everywhere)
    assert sorted(n for n in assignment.assignable_accounts() if n.startswith("t_")) == everyone
    item = followups.add_followup(title="Call Anna", due_at=START, assigned_to=logins["counter"])
    assert item.assigned_to == logins["counter"]
    open_as(address, logins["counter"], monkeypatch)
    assert assignment.assignable_accounts() == [logins["counter"]]
    with pytest.raises(ValidationError):
        followups.add_followup(title="x", due_at=START, assigned_to=logins["counter2"])
    mine = followups.add_followup(title="Mine", due_at=START, assigned_to=logins["counter"])
    followups.edit_followup(mine, assigned_to="none")
    assert FollowUp.get_by_id(mine.id).assigned_to is None
    assert FollowUp.select().where(FollowUp.title == "x").count() == 0


@pytest.mark.server_only
def test_a_counter_assigns_only_to_itself_or_nobody_even_with_plain_sql(team, fake_clock):
    import psycopg

    address, logins = team
    anna = people.add_person("Anna Dupont", "customer")
    theirs = followups.add_followup(title="Owner's", due_at=START, assigned_to=logins["owner"])
    promise = promises.make_promise(person=anna, what="Gâteau", due=date(2026, 11, 20))
    insert = (
        "INSERT INTO follow_up (title, due_at, notes, origin, created_at, updated_at, "
        "assigned_to) VALUES ('x', now(), '', 'manual', now(), now(), %s)"
    )
    counter = logins["counter"]
    with connect_as(address, counter) as con:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute(insert, (logins["counter2"],))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("UPDATE promise SET assigned_to = %s", (logins["owner"],))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("UPDATE follow_up SET assigned_to = %s", (logins["counter2"],))
        con.execute(insert, (counter,))
        con.execute(insert, (None,))
        assert con.execute("UPDATE promise SET assigned_to = %s", (counter,)).rowcount == 1
        # completing a colleague's follow-up leaves its assignee as it was: allowed
        done = con.execute(
            "UPDATE follow_up SET done_at = now() WHERE id = %s", (theirs.id,)
        ).rowcount
        assert done == 1
    assert FollowUp.select().where(FollowUp.title == "x").count() == 2
    assert sorted(
        str(r.assigned_to) for r in FollowUp.select().where(FollowUp.title == "x")
    ) == sorted([counter, "None"])
    assert Promise.get_by_id(promise.id).assigned_to == counter
    assert FollowUp.get_by_id(theirs.id).assigned_to == logins["owner"]
    with connect_as(address, logins["manager"]) as con:
        assert con.execute("UPDATE promise SET assigned_to = %s", (logins["owner"],)).rowcount == 1


@pytest.mark.server_only
def test_an_assignment_is_in_the_history_and_the_lists_json(team):
    _address, logins = team
    item = followups.add_followup(title="Call", due_at=START)
    followups.edit_followup(item, assigned_to=logins["counter"])
    lines = history.followup_history(item.id)
    assert any(line.field == "assigned_to" and line.new == logins["counter"] for line in lines)
    from cxjournal.cli.output import followup_dict

    assert followup_dict(FollowUp.get_by_id(item.id))["assigned_to"] == logins["counter"]
