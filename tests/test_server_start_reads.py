"""What a server journal's window asks before its first paint (issue 17's start budget): the
signed-in account's role comes in two statements at most (whether the journal has roles and the
login is the administrator, then its group), and the administrator's in one; each role still gets
its own group."""

from __future__ import annotations

import logging
import os

import pytest

from cxjournal.store import server_roles
from cxjournal.store.models import db
from tests.test_server_roles import (  # noqa: F401 (shop: a fixture)
    PASSWORD,
    _back_as_admin,
    _open_as,
    shop,
)


def _sent(caplog, work) -> tuple[object, list[str]]:
    caplog.clear()
    with caplog.at_level(logging.DEBUG, logger="peewee"):
        result = work()
    return result, [r.getMessage() for r in caplog.records if r.name == "peewee"]


@pytest.mark.server_only
def test_the_role_is_read_in_two_statements_at_most(shop, caplog, monkeypatch):  # noqa: F811
    address, _ids, logins = shop
    db.connection()
    group, sent = _sent(caplog, server_roles.group_of_login)
    assert group is None and len(sent) <= 1, sent  # the administrator: no account, one statement
    admin_password = os.environ.get("PGPASSWORD")
    try:
        for wanted in server_roles.GROUPS:
            _open_as(address, logins[wanted], monkeypatch)
            db.connection()
            group, sent = _sent(caplog, server_roles.group_of_login)
            assert group == wanted and len(sent) <= 2, sent
    finally:
        _back_as_admin(address, monkeypatch, admin_password)


@pytest.mark.server_only
def test_the_zone_and_the_role_share_one_statement(shop, caplog, monkeypatch):  # noqa: F811
    """Opening the journal reads whether the login may read the settings (the zone) with the facts
    the role check needs: the role then takes one statement more, not two (28 -> 27 statements
    before the window's first paint), and says what the server's privilege says."""
    from cxjournal.store import journal_time

    address, _ids, logins = shop
    admin_password = os.environ.get("PGPASSWORD")
    try:
        for wanted in server_roles.GROUPS:
            _open_as(address, logins[wanted], monkeypatch)
            readable, sent = _sent(caplog, journal_time._zone_readable)
            assert sent == [], sent  # read at the opening, with the role's facts
            privilege = "SELECT has_table_privilege('setting', 'SELECT')"
            assert readable == db.execute_sql(privilege).fetchone()[0]
            group, sent = _sent(caplog, server_roles.group_of_login)
            assert group == wanted and len(sent) == 1, sent
    finally:
        _back_as_admin(address, monkeypatch, admin_password)


@pytest.mark.server_only
def test_the_opening_reads_the_accounts_group_with_the_clock(shop, caplog, monkeypatch):  # noqa: F811
    """The window asks the signed-in account's group before its first paint: the opening's
    statement for the server's clock and the zone reads it too, so asking it then sends nothing
    (one statement more before the first paint before)."""
    from cxjournal.store.connection import close_journal, open_journal
    from cxjournal.store.location import ServerAddress

    address, _ids, logins = shop
    admin_password = os.environ.get("PGPASSWORD")
    try:
        for wanted in server_roles.GROUPS:
            close_journal()
            monkeypatch.setenv("PGPASSWORD", PASSWORD)
            login = ServerAddress(address.dbname, address.host, address.port, logins[wanted])
            _none, opening = _sent(caplog, lambda login=login: open_journal(login))
            assert any("clock_timestamp()" in s and "pg_has_role" in s for s in opening), opening
            group, sent = _sent(caplog, server_roles.group_of_connection)
            assert group == wanted and sent == [], sent
            # and what the server's own check says (a fresh question, not the kept answer)
            assert server_roles.group_of_login() == wanted
    finally:
        _back_as_admin(address, monkeypatch, admin_password)
    assert server_roles.group_of_connection() is None  # the administrator: no group
