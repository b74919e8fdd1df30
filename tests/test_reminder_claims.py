"""Reminders follow the account (issue 18): a reminder is claimed once per (reminder, account), so
the owner's computer shows every reminder even when a counter computer showed its share, a
counter is reminded of what is assigned to it or to nobody, and two computers of one account
still show each reminder once. Staged with real logins colliding on purpose (threads, each with
its own connection signed in as its own login, as in tests/test_collisions.py)."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from cxjournal.services import followups, people, promises, reminders
from cxjournal.store.models import Announcement, db
from tests.helpers import START
from tests.test_assignment import PASSWORD, connect_as, make_team, open_as
from tests.test_collisions import _at_once

pytestmark = pytest.mark.server_only
_signed_in = threading.local()


@pytest.fixture
def team(journal, monkeypatch):
    yield from make_team(journal, monkeypatch)


@pytest.fixture
def logins_per_thread(monkeypatch):
    """Each thread's connection signs in as the login it names in ``_signed_in.login``."""
    adapter = db.obj._adapter
    connect = adapter.connect

    def connect_as_the_thread(database, **params):
        login = getattr(_signed_in, "login", None)
        if login is not None:
            params = {**params, "user": login, "password": PASSWORD}
        return connect(database, **params)

    monkeypatch.setattr(adapter, "connect", connect_as_the_thread)


def _claim_as(login: str):
    def work():
        _signed_in.login = login
        return {r.key for r in reminders.claim_new_reminders(START)}

    return work


def _due_work(logins):
    anna = people.add_person("Anna Dupont", "customer")
    for n in range(3):  # nobody's
        followups.add_followup(title=f"Call back {n}", due_at=START - timedelta(hours=1 + n))
    followups.add_followup(
        title="Owner's call", due_at=START - timedelta(hours=5), assigned_to=logins["owner"]
    )
    followups.add_followup(
        title="Counter's call", due_at=START - timedelta(hours=6), assigned_to=logins["counter"]
    )
    promises.make_promise(
        person=anna,
        what="Gâteau",
        due=START.date() - timedelta(days=3),
        made_at=START - timedelta(days=5),
        assigned_to=logins["counter2"],
    )


def test_owner_and_counter_each_get_their_reminders_once_two_owner_computers_once(
    team, logins_per_thread, fake_clock
):
    address, logins = team
    _due_work(logins)
    owner_a, owner_b, counter = _at_once(
        _claim_as(logins["owner"]), _claim_as(logins["owner"]), _claim_as(logins["counter"])
    )
    assert not owner_a & owner_b  # one account's two computers: each reminder on one only
    assert len(owner_a | owner_b) == 6  # everything, though the counter showed its share
    assert len(counter) == 4  # nobody's three and its own; not the owner's nor its colleague's
    assert not any(key.startswith("promise") for key in counter)
    again = _at_once(_claim_as(logins["owner"]), _claim_as(logins["counter"]))
    assert again == [set(), set()]
    rows = {(a.key, a.account) for a in Announcement.select()}  # the administrator sees all
    assert len(rows) == 10
    assert {account for _key, account in rows} == {logins["owner"], logins["counter"]}
    count = "SELECT count(*) FROM announcement"
    with connect_as(address, logins["counter"]) as con:
        assert con.execute(count).fetchone()[0] == 4  # its own claims only
    with connect_as(address, logins["owner"]) as con:
        assert con.execute(count).fetchone()[0] == 10  # everyone's: an owner copies them whole


def test_a_login_cannot_read_nor_write_another_accounts_claims(team, logins_per_thread):
    import psycopg

    address, logins = team
    _due_work(logins)
    _at_once(_claim_as(logins["owner"]))
    with connect_as(address, logins["counter"]) as con:
        assert con.execute("SELECT count(*) FROM announcement").fetchone()[0] == 0
        assert con.execute("DELETE FROM announcement").rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute(
                "INSERT INTO announcement (key, account, announced_at) VALUES ('x', %s, now())",
                (logins["owner"],),
            )
    assert Announcement.select().count() == 6


def test_a_counter_is_reminded_of_its_own_and_nobodys_only(team, monkeypatch, fake_clock):
    address, logins = team
    _due_work(logins)
    open_as(address, logins["counter"], monkeypatch)
    titles = sorted(r.title for r in reminders.due_reminders(START))
    assert titles == ["Call back 0", "Call back 1", "Call back 2", "Counter's call"]
    open_as(address, logins["manager"], monkeypatch)
    assert len(reminders.due_reminders(START)) == 6
