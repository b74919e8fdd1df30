"""A counter's open window on a shared journal, live (issue 18): a customer entry recorded by
another connection appears in its Journal without a click; a staff concern or a confidential
entry recorded there wakes the window (the server's notice reaches its listening socket) but the
change log, re-read through the policies, gives it nothing: no notice, no new row, no word of it.
Real logins, a real server."""

from __future__ import annotations

import os
import uuid

import pytest

from cxjournal.changes import Kind
from cxjournal.services import accounts, entries, people
from cxjournal.ui.models.journal_model import Col
from cxjournal.ui.shell.bus import bus
from cxjournal.ui.shell.journal_watch import JournalWatch
from tests.helpers import open_page
from tests.test_server_roles import PASSWORD, _back_as_admin, _connect, _open_as
from tests.test_server_roles_watch_history import _INSERT

pytestmark = pytest.mark.server_only


@pytest.fixture
def shop(journal, monkeypatch):
    anna = people.add_person("Anna Dupont", "customer")
    marc = people.add_person("Marc Petit", "staff")
    entries.log_entry(person=anna, kind="complaint", title="Pain rassis")
    suffix = uuid.uuid4().hex[:6]
    logins = {g: f"l_{g}_{suffix}" for g in ("counter", "manager")}
    for group, login in logins.items():
        accounts.add_account(login, group, PASSWORD)
    admin_password = os.environ.get("PGPASSWORD")
    yield journal, {"anna": anna.id, "marc": marc.id}, logins
    _back_as_admin(journal, monkeypatch, admin_password)
    for login in logins.values():
        accounts.remove_account(login)


def _titles(page) -> list[str]:
    return [page.model.index(r, Col.TITLE).data() for r in range(page.model.rowCount())]


def test_a_counters_window_shows_a_customer_entry_live_and_nothing_of_a_hidden_one(
    qtbot, shop, monkeypatch
):
    address, ids, logins = shop
    _open_as(address, logins["counter"], monkeypatch)
    window, page = open_page(qtbot, "journal")
    watch = JournalWatch(window)
    try:
        assert watch.watcher.remote and watch.notifier is not None
        woken, notices = [], []
        watch.notifier.activated.connect(lambda *_: woken.append(True))
        bus().changed.connect(notices.append)
        assert _titles(page) == ["Pain rassis"]
        with _connect(address, logins["manager"]) as other:  # another computer
            for row in (
                (ids["marc"], "staff", "concern", "Burn-out", False),
                (ids["anna"], "customer", "complaint", "Dette", True),
            ):
                before = len(woken)
                other.execute(_INSERT, row)
                # the server's notice arrives: the window wakes and reads the log
                qtbot.waitUntil(lambda n=before: len(woken) > n, timeout=10_000)
            qtbot.wait(500)
            watch.check()  # and once more by hand: still nothing to read
            assert [n for n in notices if n.touches({Kind.ENTRY})] == []
            assert _titles(page) == ["Pain rassis"]
            other.execute(_INSERT, (ids["anna"], "customer", "complaint", "Baguette brûlée", False))
            qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
        assert sorted(_titles(page)) == ["Baguette brûlée", "Pain rassis"]
        entry_notices = [n for n in notices if n.touches({Kind.ENTRY})]
        assert len(entry_notices) == 1
    finally:
        watch.stop()
