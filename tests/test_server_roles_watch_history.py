"""What a counter follows and looks back at (issue 18), with real logins: its ``watch`` and live
refresh re-read the change log through the policies, so a staff concern or a confidential entry
recorded on another computer shows no line (the notification carries a log id only); an entry's
History is there for a customer entry and refused, as not found, for a hidden one; the
command ``entry history`` says so in one line."""

from __future__ import annotations

import os
import time
import uuid

import pytest

from cxjournal.errors import NotFoundError
from cxjournal.services import accounts, entries, people
from cxjournal.services.history import entry_history
from cxjournal.store.changelog import ChangeWatcher
from cxjournal.store.connection import close_journal
from tests.test_server_roles import PASSWORD, _back_as_admin, _connect, _open_as

pytestmark = pytest.mark.server_only

_INSERT = (
    "INSERT INTO entry (person_id, side, kind, channel, occurred_at, title, details, priority, "
    "status, resolution, confidential, created_at, updated_at) VALUES (%s, %s, %s, 'in-person', "
    "now(), %s, '', 2, 'open', '', %s, now(), now()) RETURNING id"
)


@pytest.fixture
def shop(journal, monkeypatch):
    anna = people.add_person("Anna Dupont", "customer")
    marc = people.add_person("Marc Petit", "staff")
    ids = {
        "anna": anna.id,
        "marc": marc.id,
        "customer": entries.log_entry(person=anna, kind="complaint", title="Pain rassis").id,
        "staff": entries.log_entry(person=marc, kind="concern", title="Migraine").id,
        "confidential": entries.log_entry(
            person=anna, kind="complaint", title="Divorce", confidential=True
        ).id,
    }
    for key in ("customer", "staff", "confidential"):
        entries.edit_entry(ids[key], title=f"{key} (modifié)")
    suffix = uuid.uuid4().hex[:6]
    logins = {g: f"w_{g}_{suffix}" for g in ("counter", "manager")}
    for group, login in logins.items():
        accounts.add_account(login, group, PASSWORD)
    admin_password = os.environ.get("PGPASSWORD")
    yield journal, ids, logins
    _back_as_admin(journal, monkeypatch, admin_password)
    for login in logins.values():
        accounts.remove_account(login)


def _collect(watcher: ChangeWatcher, seconds: float = 3.0, until: int = 1) -> list:
    found: list = []
    end = time.monotonic() + seconds
    while time.monotonic() < end and len(found) < until:
        found += watcher.wait(0.2)
    return found


def test_a_counters_watch_shows_no_line_for_a_staff_concern_recorded_elsewhere(shop, monkeypatch):
    address, ids, logins = shop
    _open_as(address, logins["counter"], monkeypatch)
    watcher = ChangeWatcher(reconnect=False)
    try:
        with _connect(address, logins["manager"]) as other:  # another computer
            staff = other.execute(_INSERT, (ids["marc"], "staff", "concern", "Burn-out", False))
            secret = other.execute(_INSERT, (ids["anna"], "customer", "complaint", "Dette", True))
            hidden = {staff.fetchone()[0], secret.fetchone()[0]}
            assert watcher.wait(1.5) == []  # notified, re-read through the policies: nothing
            seen = other.execute(_INSERT, (ids["anna"], "customer", "complaint", "Pain", False))
            customer = seen.fetchone()[0]
        found = _collect(watcher)
    finally:
        watcher.close()
    assert [(c.kind, c.item_id, c.op) for c in found] == [("entry", customer, "insert")]
    assert not hidden & {c.item_id for c in found}


def test_a_counter_reads_the_history_of_customer_entries_only(shop, monkeypatch):
    address, ids, logins = shop
    _open_as(address, logins["counter"], monkeypatch)
    lines = entry_history(ids["customer"])
    assert any(line.field == "title" for line in lines)
    for key in ("staff", "confidential"):
        with pytest.raises(NotFoundError):
            entry_history(ids[key])


def test_the_history_command_refuses_a_hidden_entry_in_one_line(shop, monkeypatch, capsys):
    from cxjournal.cli import main
    from cxjournal.store.location import ServerAddress

    address, ids, logins = shop
    close_journal()
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    counter = ServerAddress(address.dbname, address.host, address.port, logins["counter"])
    database = str(counter)
    assert main(["--db", database, "entry", "history", str(ids["staff"])]) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1
    assert "Migraine" not in err and "staff" not in err.lower()
    assert main(["--db", database, "entry", "history", str(ids["customer"]), "--json"]) == 0
    assert "customer (modifié)" in capsys.readouterr().out
