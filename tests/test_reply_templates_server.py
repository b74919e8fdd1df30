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


def test_a_server_journal_upgraded_to_templates_gets_them_with_their_policies(journal):
    from cxjournal.services import settings
    from cxjournal.store import migrations, server_check
    from cxjournal.store.connection import close_journal, open_journal
    from cxjournal.store.models import SchemaVersion, db
    from tests.helpers import version_before

    settings.set_setting("language", "en")
    db.execute_sql('DROP TABLE "reply_template"')
    SchemaVersion.update(version=version_before("ReplyTemplate")).execute()
    close_journal()
    open_journal(journal)
    assert migrations.stored_version() == migrations.SCHEMA_VERSION
    assert reply_templates.list_templates()[0].name == "Thank you for your feedback"
    (policies,) = db.execute_sql(
        "SELECT count(*) FROM pg_policies WHERE tablename = 'reply_template'"
    ).fetchone()
    (forced,) = db.execute_sql(
        "SELECT relforcerowsecurity FROM pg_class WHERE relname = 'reply_template'"
    ).fetchone()
    assert policies == 4 and forced
    problems, _notes = server_check.check_server_journal()
    assert problems == []
