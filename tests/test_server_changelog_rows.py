"""What the server's change-log triggers write for statements touching several rows at once:
one log row per row changed, in the statement's order, with its kind, id, op, who and (for the
history's tables) the fields changed from what to what; a tag put on or taken off is an update of
its entry; ratings are never signed. These are the rows the log held before the triggers stopped
copying whole rows to JSON (``store.server_changelog``), kept here as they were."""

from __future__ import annotations

import json
import re
from datetime import datetime

import pytest
from peewee import fn

from cxjournal.services import entries, people
from cxjournal.store import changelog, migrations, server_changelog, server_roles
from cxjournal.store.bulk import insert_rows
from cxjournal.store.models import (
    ChangeLog,
    Entry,
    EntryTag,
    Person,
    Rating,
    SchemaVersion,
    db,
)
from cxjournal.store.transactions import write_transaction
from tests.test_server_roles import _connect, shop  # noqa: F401

pytestmark = pytest.mark.server_only


def _logged_since(start: int) -> list[tuple]:
    rows = ChangeLog.select().where(ChangeLog.id > start).order_by(ChangeLog.id)
    return [
        (r.kind, r.item_id, r.op, r.who, json.loads(r.changes) if r.changes else None) for r in rows
    ]


def _run(sql: str, params: tuple = ()) -> None:
    with write_transaction():
        db.execute_sql(sql, params)


def test_several_rows_in_one_statement_are_logged_row_by_row(journal):
    (me,) = db.execute_sql("SELECT session_user::text").fetchone()
    zoe = people.add_person("Zoë", "customer")
    one = entries.log_entry(kind="complaint", title="Four froid", person=zoe, tags=["café"])
    two = entries.log_entry(kind="complaint", title="Pain rassis", person=zoe)
    start = changelog.latest_id()

    with write_transaction():  # two people in one INSERT
        now = datetime(2026, 3, 1)
        ids = insert_rows(
            Person,
            ["name", "side", "created_at", "updated_at"],
            [("Ana", "customer", now, now), ("Léo", "staff", now, now)],
            ids=True,
        )
    # an UPDATE of two entries: one changes its title and a time, the other only its priority;
    # updated_at is not history, and a field set to what it was is no change
    _run(
        "UPDATE entry SET title = CASE id WHEN %s THEN 'Four réparé' ELSE title END, "
        "priority = CASE id WHEN %s THEN 1 ELSE priority END, "
        "resolved_at = CASE id WHEN %s THEN %s ELSE resolved_at END, "
        "status = status, updated_at = %s WHERE id IN (%s, %s)",
        (
            one.id,
            two.id,
            one.id,
            datetime(2026, 3, 4, 10, 30),
            datetime(2026, 3, 4),
            one.id,
            two.id,
        ),
    )
    _run("UPDATE entry SET status = status WHERE id IN (%s, %s)", (one.id, two.id))  # no change
    _run("UPDATE person SET notes = 'x' WHERE id IN (%s, %s)", tuple(ids))  # not history
    tag_id = db.execute_sql("SELECT id FROM tag WHERE name = 'café'").fetchone()[0]
    _run("INSERT INTO entry_tag (entry_id, tag_id) VALUES (%s, %s)", (two.id, tag_id))
    _run("DELETE FROM entry_tag WHERE tag_id = %s", (tag_id,))  # off both entries at once
    with write_transaction():
        insert_rows(Rating, ["at", "score"], [(datetime(2026, 3, 4), 4), (datetime(2026, 3, 4), 1)])
    _run("DELETE FROM person WHERE id IN (%s, %s)", tuple(ids))
    ratings = [r.id for r in Rating.select().order_by(Rating.id)]

    expected = [
        ("person", ids[0], "insert", me, None),
        ("person", ids[1], "insert", me, None),
        ("entry", one.id, "update", me, {
            "title": ["Four froid", "Four réparé"],
            "resolved_at": [None, "2026-03-04T10:30:00"],
        }),
        ("entry", two.id, "update", me, {"priority": [2, 1]}),
        ("entry", one.id, "update", me, None),
        ("entry", two.id, "update", me, None),
        ("person", ids[0], "update", me, None),
        ("person", ids[1], "update", me, None),
        ("entry", two.id, "update", me, {"tags": [None, "café"]}),
        ("entry", one.id, "update", me, {"tags": ["café", None]}),
        ("entry", two.id, "update", me, {"tags": ["café", None]}),
        ("rating", ratings[0], "insert", None, None),
        ("rating", ratings[1], "insert", None, None),
        ("person", ids[0], "delete", me, None),
        ("person", ids[1], "delete", me, None),
    ]  # fmt: skip
    logged = _logged_since(start)
    # the statements in their order; within one statement, its rows in whatever order the server
    # visited them (a heap's order after updates is not the ids')
    assert [row[:3:2] + row[3:4] for row in logged] == [row[:3:2] + row[3:4] for row in expected]
    assert sorted(map(repr, logged)) == sorted(map(repr, expected))
    assert Entry.get_by_id(one.id).title == "Four réparé"


def _trigger_functions(table: str) -> set[str]:
    rows = db.execute_sql(
        "SELECT DISTINCT p.proname FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid "
        "WHERE t.tgrelid = %s::regclass AND NOT t.tgisinternal AND t.tgname LIKE 'change_log%%'",
        (table,),
    ).fetchall()
    return {name for (name,) in rows}


def test_each_table_logs_through_a_function_of_its_own_that_copies_no_row_to_json(journal):
    for table in changelog.TRACKED:
        assert _trigger_functions(table) == {f"cxjournal_log_{table}"}
    sources = db.execute_sql(
        "SELECT proname, prosrc FROM pg_proc WHERE proname LIKE 'cxjournal_log%%'"
    ).fetchall()
    assert len(sources) == len(changelog.TRACKED)
    assert not [name for name, source in sources if "to_jsonb" in source]


def test_the_upgrade_replaces_the_function_every_table_shared(journal):
    with write_transaction():  # the triggers of schema 24 on entry: one function for all
        db.execute_sql(
            "CREATE FUNCTION cxjournal_log_change() RETURNS trigger LANGUAGE plpgsql "
            "AS $$ BEGIN RETURN NULL; END $$"
        )
        for op in ("insert", "update", "delete"):
            db.execute_sql(
                f'CREATE OR REPLACE TRIGGER "change_log_entry_{op}" AFTER {op.upper()} ON entry '
                "FOR EACH STATEMENT EXECUTE FUNCTION cxjournal_log_change()"
            )
        db.execute_sql("DROP FUNCTION cxjournal_log_entry()")
        SchemaVersion.delete().where(SchemaVersion.version == migrations.SCHEMA_VERSION).execute()
    migrations.migrate(migrations.SCHEMA_VERSION - 1)
    assert _trigger_functions("entry") == {"cxjournal_log_entry"}
    (old,) = db.execute_sql(
        "SELECT count(*) FROM pg_proc WHERE proname = 'cxjournal_log_change'"
    ).fetchone()
    assert old == 0
    start = changelog.latest_id()
    entry = entries.log_entry(kind="praise", title="Merci", side="customer")
    assert [(c.kind, c.item_id, c.op) for c in changelog.changes_after(start)] == [
        ("entry", entry.id, "insert")
    ]


def _insert_statement(table: str) -> str:
    """The statement ``table``'s trigger function runs after an INSERT, as installed."""
    (source,) = db.execute_sql(
        "SELECT prosrc FROM pg_proc WHERE proname = %s", (server_changelog.function_name(table),)
    ).fetchone()
    return re.search(r"IF TG_OP = 'INSERT' THEN\s+(.*?);\n", source, re.S).group(1)


def test_the_log_of_5000_tag_links_is_priced_below_the_servers_jit_threshold(journal):
    """A statement the planner prices above ``jit_above_cost`` (100,000 by default) is compiled
    before it runs: 0.2 s of the server's CPU for each 5,000 links of a history import, when the
    log's rows were RETURNed (checked against the log's SELECT policy) and each link's tag was
    looked up under the tag table's policy (109,000 for 5,000 links; 2,800 as a join)."""
    statement = _insert_statement("entry_tag")
    assert "RETURNING" not in statement
    # two tags taken turn about (one constant tag would be read once, not per link)
    links = "SELECT g AS entry_id, g %% 2 + 1 AS tag_id FROM generate_series(1, 5000) AS g"
    with write_transaction():  # as the trigger function runs: as the tables' owner, policies on
        db.execute_sql(f'SET LOCAL ROLE "{server_roles.prefix()}_tables"')
        (plan,) = db.execute_sql(
            f"EXPLAIN (FORMAT JSON) WITH new_rows AS ({links}) {statement}"
        ).fetchone()
    assert plan[0]["Plan"]["Total Cost"] < 100_000, plan[0]["Plan"]["Total Cost"]


def test_a_statement_notifies_its_last_log_row(journal):
    """The wake-up a statement sends names the highest log row it wrote (watchers read from
    the last row they saw, so it is a wake-up only; the id is there for whoever reads it)."""
    import psycopg

    zoe = people.add_person("Zoë", "customer")
    entry = entries.log_entry(kind="complaint", title="Four froid", person=zoe)
    with write_transaction():
        tags = db.execute_sql(
            "SELECT tag_id FROM cxjournal_tag_ids(%s, %s)", (["a", "b"], ["a", "b"])
        ).fetchall()
    with psycopg.connect(
        dbname=journal.dbname, autocommit=True, **journal.connect_params()
    ) as listener:
        listener.execute(f"LISTEN {changelog.CHANNEL}")
        with write_transaction():
            insert_rows(EntryTag, ("entry", "tag"), [[entry.id, t] for (t,) in tags])
            Entry.update(status=Entry.status).where(Entry.id < 0).execute()  # logs nothing
        heard = [n.payload for n in listener.notifies(timeout=1, stop_after=2)]
    last = ChangeLog.select(fn.MAX(ChangeLog.id)).scalar()
    assert heard == [str(last)]
    assert ChangeLog.select().where(ChangeLog.id > last - 2).count() == 2  # both links logged


def test_only_an_owner_copying_is_not_logged(shop):  # noqa: F811
    address, ids, logins = shop
    start = changelog.latest_id()
    with _connect(address, logins["manager"]) as con, con.transaction():
        con.execute("SET LOCAL cxjournal.copying = 'on'")  # heard from an owner only
        con.execute("UPDATE entry SET title = 'Pain frais' WHERE id = %s", (ids["customer"],))
    with write_transaction():
        server_changelog.not_logging_this_transaction()  # this login owns the tables
        db.execute_sql("UPDATE entry SET title = 'Pain chaud' WHERE id = %s", (ids["customer"],))
    with write_transaction():  # for that transaction only
        db.execute_sql("UPDATE entry SET priority = 1 WHERE id = %s", (ids["customer"],))
    assert [(c.kind, c.item_id, c.op, c.who) for c in ChangeLog.select().where(
        ChangeLog.id > start).order_by(ChangeLog.id)] == [
        ("entry", ids["customer"], "update", logins["manager"]),
        ("entry", ids["customer"], "update", db.execute_sql("SELECT session_user::text").fetchone()[0]),
    ]  # fmt: skip
    assert Entry.get_by_id(ids["customer"]).title == "Pain chaud"
