"""The server checklist of issue 18, read from PostgreSQL's own catalog on a real server journal:
every table belongs to a role nobody signs in as and has row-level security; every view (there is
none today) runs with the invoker's rights; every SECURITY DEFINER function pins its search_path
and belongs to that role; "made by" columns default to the session's login; the roles that write
rows may use the sequences; the database refuses connections from logins of no role of this
journal. Counts and names, so a table or function added later without its guard fails here."""

from __future__ import annotations

import pytest

from cxjournal.store import server_roles
from cxjournal.store.models import db
from tests.test_server_roles import shop  # noqa: F401 - the fixture

pytestmark = pytest.mark.server_only

# tables outside the policies, each with the reason (none holds a person's data)
WITHOUT_POLICIES = {
    "schema_version": "the version number; read by every login, written by an owner's upgrade",
    "journal_roles": "the journal's role prefix, read at sign-in",
}


def _rows(sql: str, params: tuple = ()) -> list[tuple]:
    return db.execute_sql(sql, params).fetchall()


def test_every_table_belongs_to_a_role_nobody_signs_in_as(journal):
    tables_role = server_roles.role("tables")
    owners = _rows(
        "SELECT c.relname, r.rolname, r.rolcanlogin FROM pg_class c "
        "JOIN pg_roles r ON r.oid = c.relowner "
        "WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p')"
    )
    assert len(owners) >= 15
    wrong = [(name, owner) for name, owner, _login in owners if owner != tables_role]
    assert wrong == []
    assert not any(login for _name, _owner, login in owners)


def test_every_table_with_rows_of_people_has_row_level_security(journal):
    rows = _rows(
        "SELECT relname, relrowsecurity FROM pg_class "
        "WHERE relnamespace = current_schema()::regnamespace AND relkind IN ('r', 'p')"
    )
    without = sorted(name for name, secured in rows if not secured)
    assert set(without) <= set(WITHOUT_POLICIES), without
    secured = {name for name, on in rows if on}
    for table in ("entry", "response", "promise", "follow_up", "entry_tag", "entry_search"):
        assert table in secured
    assert {"change_log", "person", "tag", "attachment"} <= secured


def test_views_run_with_the_invokers_rights(journal):
    views = _rows(
        "SELECT relname, coalesce(reloptions, '{}') FROM pg_class "
        "WHERE relnamespace = current_schema()::regnamespace AND relkind IN ('v', 'm')"
    )
    assert [name for name, options in views if "security_invoker=true" not in options] == []


def test_security_definer_functions_pin_their_search_path(journal):
    tables_role = server_roles.role("tables")
    found = _rows(
        "SELECT p.proname, coalesce(p.proconfig, '{}'), r.rolname FROM pg_proc p "
        "JOIN pg_roles r ON r.oid = p.proowner "
        "WHERE p.pronamespace = current_schema()::regnamespace AND p.prosecdef"
    )
    names = {name for name, _config, _owner in found}
    assert {
        "cxjournal_account_forget",
        "cxjournal_sign_in_failed",
        "cxjournal_tag_ids",
        "cxjournal_log_entry",  # the history's trigger: one function per table
    } <= names
    unpinned = [
        n for n, config, _o in found if not any(c.startswith("search_path=") for c in config)
    ]
    assert unpinned == []
    assert {owner for _n, _c, owner in found} <= {tables_role, server_roles.role("accounts")}


def test_made_by_defaults_to_the_login_and_sequences_serve_the_writers(journal):
    for table in server_roles.MADE_BY_TABLES:
        [(default,)] = _rows(
            "SELECT column_default FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = %s AND column_name = 'made_by'",
            (table,),
        )
        assert default == "CURRENT_USER"
    for group in ("owner", "manager", "counter"):
        name = server_roles.role(group)
        for sequence in ("entry_id_seq", "response_id_seq", "promise_id_seq", "follow_up_id_seq"):
            assert _rows("SELECT has_sequence_privilege(%s, %s, 'USAGE')", (name, sequence)) == [
                (True,)
            ]
    kiosk = server_roles.role("kiosk")
    assert _rows("SELECT has_sequence_privilege(%s, 'entry_id_seq', 'USAGE')", (kiosk,)) == [
        (False,)
    ]


def test_only_this_journals_roles_may_connect(journal):
    [(public,)] = _rows("SELECT has_database_privilege('public', current_database(), 'CONNECT')")
    assert public is False
    for group in server_roles.GROUPS:
        [(allowed,)] = _rows(
            "SELECT has_database_privilege(%s, current_database(), 'CONNECT')",
            (server_roles.role(group),),
        )
        assert allowed is True


def test_notices_carry_a_log_id_only_never_words(journal):
    """What LISTEN hears is the change log's id: no title, name or kind of what was recorded
    (a counter's computer hears every notice; the policies decide what it then reads)."""
    import psycopg

    from cxjournal.services import entries, people
    from cxjournal.store.changelog import CHANNEL

    marc = people.add_person("Marc Petit", "staff")
    params = journal.connect_params()
    with psycopg.connect(dbname=journal.dbname, autocommit=True, **params) as listener:
        listener.execute(f"LISTEN {CHANNEL}")
        entries.log_entry(person=marc, kind="concern", title="Burn-out secret")
        heard = [n.payload for n in listener.notifies(timeout=5, stop_after=1)]
    assert heard and all(payload.isdigit() for payload in heard), heard


def test_nobody_edits_the_history_even_with_sql(shop):  # noqa: F811
    """The change log is written by its triggers only: no login of any role changes a row, a
    manager or a counter neither adds nor deletes one (an owner deletes for an erasure)."""
    import psycopg

    from tests.test_server_roles import _connect, _count

    address, ids, logins = shop
    for group in ("owner", "manager", "counter"):
        with _connect(address, logins[group]) as con:
            assert _count(con, "SELECT count(*) FROM change_log") > 0
            assert con.execute("UPDATE change_log SET who = 'x', changes = NULL").rowcount == 0
            if group == "owner":
                continue
            assert con.execute("DELETE FROM change_log").rowcount == 0
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                con.execute(
                    "INSERT INTO change_log (kind, item_id, op, at, who) "
                    "VALUES ('entry', %s, 'update', now(), 'x')",
                    (ids["customer"],),
                )
    with _connect(address, logins["owner"]) as con:
        assert _count(con, "SELECT count(*) FROM change_log WHERE who = 'x'") == 0
