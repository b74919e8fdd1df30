"""Account events are kept a year (issue 18): an owner's retention run deletes the older ones, a
manager's deletes nothing (real logins on a real server, row counts), a journal file has none;
the demo journal on a server carries a few."""

from __future__ import annotations

import os
import uuid
from datetime import datetime

import pytest

from cxjournal.services import accounts, retention
from cxjournal.services.account_event_retention import forget_old_account_events
from cxjournal.store import account_events
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.location import ServerAddress
from cxjournal.store.models import db

PASSWORD = "Pain au levain 12"
NOW = datetime(2026, 6, 15, 9, 0)


def _kinds_for(name: str) -> list[tuple[str, datetime]]:
    rows = db.execute_sql(
        "SELECT kind, at FROM account_event WHERE account = %s ORDER BY at", (name,)
    )
    return [(kind, at) for kind, at in rows]


def _events_for(name: str) -> None:
    """Three events about ``name``: two past the year (one by a day), one within it."""
    account_events.record(datetime(2024, 3, 1, 10, 0), account_events.ADDED, name, "counter")
    account_events.record(datetime(2025, 6, 14, 9, 0), account_events.ROLE, name, "manager")
    account_events.record(datetime(2025, 6, 16, 9, 0), account_events.REMOVED, name)


@pytest.fixture
def made(journal):
    names: list[str] = []
    yield names
    close_journal()
    open_journal(journal)
    present = {a.name for a in accounts.list_accounts()}
    for name in names:
        if name in present:
            accounts.remove_account(name)


@pytest.mark.server_only
def test_an_owner_forgets_the_events_older_than_a_year(journal):
    name = f"t_old_{uuid.uuid4().hex[:8]}"
    with db.atomic():
        _events_for(name)
    assert forget_old_account_events(NOW) >= 2
    assert _kinds_for(name) == [("removed", datetime(2025, 6, 16, 9, 0))]


@pytest.mark.server_only
def test_the_retention_run_forgets_them_too(journal, capsys, fake_clock):
    from cxjournal.cli import main

    name = f"t_run_{uuid.uuid4().hex[:8]}"
    with db.atomic():
        _events_for(name)
    fake_clock.set(NOW)
    assert main(["retention", "erase", "--yes"]) == 0
    open_journal(journal)  # the command closed it
    assert [kind for kind, _at in _kinds_for(name)] == ["removed"]


@pytest.mark.server_only
def test_a_manager_forgets_nothing(journal, made, monkeypatch):
    name = f"t_keep_{uuid.uuid4().hex[:8]}"
    with db.atomic():
        _events_for(name)
    manager = f"t_mgr_{uuid.uuid4().hex[:8]}"
    accounts.add_account(manager, "manager", PASSWORD)
    made.append(manager)
    close_journal()
    admin_password = os.environ.get("PGPASSWORD")
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    address = ServerAddress(journal.dbname, journal.host, journal.port, manager, journal.sslmode)
    open_journal(address)
    try:
        assert forget_old_account_events(NOW) == 0
        # nor through plain SQL: the server lets only owners delete a row
        assert account_events.forget_before(NOW) == 0
    finally:
        close_journal()
        monkeypatch.setenv("PGPASSWORD", admin_password or "")
        open_journal(journal)
    assert len(_kinds_for(name)) == 3


@pytest.mark.file_only
def test_a_journal_file_has_none_to_forget(journal):
    assert forget_old_account_events(NOW) == 0
    assert retention.erase_due(NOW) == 0


@pytest.mark.server_only
def test_the_demo_on_a_server_has_account_events_within_the_year(journal):
    from datetime import date

    from cxjournal.demo import fill_demo
    from cxjournal.demo.words import load_words

    names = list(load_words("fr").accounts)
    db.execute_sql("DELETE FROM account_event WHERE account = ANY(%s)", (names,))
    fill_demo(people=20, entries=60, months=14, seed=3, lang="fr", today=date(2026, 6, 15))
    found = accounts.account_events_list()
    mine = [e for e in found if e.account in names]
    assert {e.kind for e in mine} == {"added", "role", "sign_in_failed"}
    assert all(datetime(2025, 6, 16) <= e.at <= datetime(2026, 6, 15, 8, 0) for e in mine)


@pytest.mark.file_only
def test_the_demo_on_a_file_has_none(journal):
    from cxjournal.demo import fill_demo

    fill_demo(people=20, entries=60, months=14, seed=3, lang="fr")
    assert not db.table_exists("account_event")
