"""Reply templates on a shared journal, with real logins of each role (issue 18's table): owners
and managers keep them, a counter reads and answers with them but changes none, even with plain
SQL, and a kiosk reads nothing; the migration's table carries its grants and policies."""

from __future__ import annotations

import os

import pytest

from cxjournal import vocabulary as v
from cxjournal.errors import PermissionDeniedError
from cxjournal.services import entries, reply_templates
from cxjournal.store.models import Entry, ReplyTemplate
from cxjournal.store.starter_templates import add_starter_templates
from tests.test_server_roles import _back_as_admin, _connect, _count, _open_as, shop  # noqa: F401

pytestmark = pytest.mark.server_only


def test_who_keeps_and_who_uses_reply_templates(shop, monkeypatch):  # noqa: F811
    import psycopg

    address, _ids, logins = shop
    add_starter_templates("fr")
    admin_password = os.environ.get("PGPASSWORD")
    with _connect(address, logins["kiosk"]) as con:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("SELECT count(*) FROM reply_template")
    with _connect(address, logins["counter"]) as con:
        assert _count(con, "SELECT count(*) FROM reply_template") == 6
        assert con.execute("UPDATE reply_template SET text = 'x'").rowcount == 0
        assert con.execute("DELETE FROM reply_template").rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # the policy's check
            con.execute(
                "INSERT INTO reply_template (name, text, status, language, position, created_at, "
                "updated_at) VALUES ('x', 'x', '', '', 9, now(), now())"
            )
        assert _count(con, "SELECT count(*) FROM change_log WHERE kind = 'template'") == 6
    with _connect(address, logins["manager"]) as con:
        assert con.execute("UPDATE reply_template SET position = position").rowcount == 6
    _open_as(address, logins["counter"], monkeypatch)
    with pytest.raises(PermissionDeniedError):
        reply_templates.add_template("Mine", "x")
    own = entries.log_entry(kind="complaint", title="Baguette trop cuite", side="customer")
    reply_templates.respond_with_template(own.id, "Résolu — remboursement")
    assert Entry.get_by_id(own.id).status == v.RESOLVED
    _open_as(address, logins["manager"], monkeypatch)
    reply_templates.edit_template("Nous sommes désolés", text="Désolés, {nom}.")
    _back_as_admin(address, monkeypatch, admin_password)
    assert ReplyTemplate.get(ReplyTemplate.name == "Nous sommes désolés").text == "Désolés, {nom}."
