"""Bulk writes: on a server the change log's triggers run once per statement and still log every
row as the row triggers did (kind, id, op, the fields changed); a ``copy-to`` into a file, which
takes the file's log triggers away while its rows go in, leaves them working."""

from __future__ import annotations

import json

import peewee
import pytest

from cxjournal.store import bulk, changelog, server_changelog
from cxjournal.store.models import ChangeLog, Entry, EntryTag, Tag, db
from cxjournal.store.transactions import write_transaction


def _logged_after(start: int) -> list[tuple]:
    rows = ChangeLog.select().where(ChangeLog.id > start).order_by(ChangeLog.id)
    return [(r.kind, r.item_id, r.op, json.loads(r.changes) if r.changes else None) for r in rows]


@pytest.mark.server_only
def test_every_tracked_table_logs_once_per_statement():
    made = {
        (table, bool(tgtype & 1))  # bit 0 of tgtype: FOR EACH ROW
        for table, tgtype in db.execute_sql(
            "SELECT c.relname, t.tgtype FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE t.tgname LIKE 'change_log_%%' AND NOT t.tgisinternal"
        ).fetchall()
    }
    assert made == {(table, False) for table in changelog.TRACKED}
    names = {n for (n,) in db.execute_sql("SELECT tgname FROM pg_trigger").fetchall()}
    for table in changelog.TRACKED:
        assert set(server_changelog.trigger_names(table)) <= names


@pytest.mark.server_only
def test_a_statement_of_many_rows_logs_each_row_with_its_changes(fake_clock):
    start = changelog.latest_id()
    at = fake_clock.now().replace(microsecond=0)
    columns = ("side", "kind", "channel", "occurred_at", "title", "status", "created_at",
               "updated_at")  # fmt: skip
    rows = [
        ["customer", "complaint", "in person", at, f"Four n° {i}", "open", at, at] for i in range(3)
    ]
    with write_transaction():
        ids = bulk.insert_rows(Entry, columns, rows, ids=True)
        (tag,) = bulk.insert_rows(Tag, ("name", "key"), [["Café", "cafe"]], ids=True)
        bulk.insert_rows(EntryTag, ("entry", "tag"), [[ids[0], tag], [ids[2], tag]])
        Entry.update(status="resolved").where(Entry.id.in_(ids[:2])).execute()
        EntryTag.delete().where(EntryTag.entry == ids[2]).execute()
        Entry.update(title="Four n° 0").where(Entry.id == ids[0]).execute()  # nothing changes

    assert _logged_after(start) == [
        *[("entry", i, "insert", None) for i in ids],
        ("tag", tag, "insert", None),
        ("entry", ids[0], "update", {"tags": [None, "Café"]}),
        ("entry", ids[2], "update", {"tags": [None, "Café"]}),
        ("entry", ids[0], "update", {"status": ["open", "resolved"]}),
        ("entry", ids[1], "update", {"status": ["open", "resolved"]}),
        ("entry", ids[2], "update", {"tags": ["Café", None]}),
        ("entry", ids[0], "update", None),
    ]


@pytest.mark.server_only
def test_a_statement_that_touches_no_row_logs_nothing():
    start = changelog.latest_id()
    with write_transaction():
        Entry.update(title="x").where(Entry.id < 0).execute()
        Entry.delete().where(Entry.id < 0).execute()
    assert _logged_after(start) == []


def test_a_file_copy_logs_its_own_changes_again_after_the_copy(tmp_path):
    """copy-to takes a file target's log triggers away while the rows go in: they are back."""
    from cxjournal.cli import main
    from cxjournal.services import people
    from cxjournal.store.connection import close_journal, open_journal

    source, target = tmp_path / "shop.db", tmp_path / "copy.db"
    close_journal()
    open_journal(source)
    people.add_person("Zoë Château", "customer")
    logged = [(r.kind, r.item_id, r.op) for r in ChangeLog.select().order_by(ChangeLog.id)]
    close_journal()
    assert main(["--db", str(source), "copy-to", str(target)]) == 0
    open_journal(target)
    try:
        assert [(r.kind, r.item_id, r.op) for r in ChangeLog.select().order_by(ChangeLog.id)] == (
            logged
        )
        newcomer = people.add_person("Newcomer", "customer")
        last = ChangeLog.select().order_by(ChangeLog.id.desc()).first()
        assert (last.kind, last.item_id, last.op) == ("person", newcomer.id, "insert")
    finally:
        close_journal()


def _staging_tables() -> int:
    (count,) = db.execute_sql(
        "SELECT count(*) FROM pg_class WHERE relname LIKE 'cxjournal_bulk%%'"
    ).fetchone()
    return count


@pytest.mark.server_only
def test_many_rows_go_in_whole_in_their_order_through_a_staging_table_the_transaction_drops(
    fake_clock,
):
    """On a server the rows are copied (``COPY``) into a temporary table, then inserted from it:
    in their order (ids handed out in it), each checked by the table's own rules, and the
    temporary table is gone with the transaction, whether it commits or not."""
    at = fake_clock.now().replace(microsecond=0)
    columns = ("side", "kind", "channel", "occurred_at", "title", "status", "created_at",
               "updated_at", "confidential")  # fmt: skip
    titles = [f"Four n° {i}, « froid »\t\\ {'é' * (i % 3)}" for i in range(2000)]
    rows = [["customer", "complaint", "in person", at, t, "open", at, at, False] for t in titles]
    with write_transaction():
        ids = bulk.insert_rows(Entry, columns, rows, ids=True)
    assert [e.title for e in Entry.select(Entry.title).where(Entry.id.in_(ids)).order_by(
        Entry.id)] == titles  # fmt: skip
    assert _staging_tables() == 0
    before = Entry.select().count()
    with pytest.raises(peewee.DataError), write_transaction():  # a title over 255 characters
        bulk.insert_rows(Entry, columns, [rows[0], [*rows[1][:4], "x" * 300, *rows[1][5:]]])
    assert Entry.select().count() == before  # nothing of the statement landed
    assert _staging_tables() == 0
    bulk.insert_rows(Entry, columns, rows[:3])  # outside a transaction: one of its own
    assert Entry.select().count() == before + 3
    assert _staging_tables() == 0
