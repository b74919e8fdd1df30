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
from tests.test_server_roles import _back_as_admin, _open_as, shop  # noqa: F401 (a fixture)


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
    assert group is None and len(sent) == 1, sent  # the administrator: no account, one statement
    admin_password = os.environ.get("PGPASSWORD")
    try:
        for wanted in server_roles.GROUPS:
            _open_as(address, logins[wanted], monkeypatch)
            db.connection()
            group, sent = _sent(caplog, server_roles.group_of_login)
            assert group == wanted and len(sent) == 2, sent
    finally:
        _back_as_admin(address, monkeypatch, admin_password)
