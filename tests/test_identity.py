"""Identities: a journal has a UUID, every person has one, and ids are never given twice — in new
journals and in journals upgraded from an older version; JSON exports keep both."""

from __future__ import annotations

import json
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest

from cxjournal.io import json_export
from cxjournal.services import entries, people, privacy
from cxjournal.store import identity, migrations
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.models import Entry, Person

V1 = Path(__file__).parent / "fixtures" / "journal-v1.db"


def _sql(path: Path, query: str) -> list:
    con = sqlite3.connect(path)
    try:
        return con.execute(query).fetchall()
    finally:
        con.close()


@pytest.mark.file_only  # reads the identity back from the closed file
def test_a_new_journal_and_its_people_have_uuids(journal):
    first = identity.journal_id()
    assert uuid.UUID(first) and identity.journal_id() == first
    a, b = people.add_person("Anne", "customer"), people.add_person("Bob", "staff")
    assert uuid.UUID(a.uuid) and a.uuid != b.uuid
    close_journal()
    assert identity.journal_id_of(journal) == first
    other = journal.with_name("other.db")
    open_journal(other)
    assert identity.journal_id() != first


def test_ids_are_never_given_twice(journal):
    a = people.add_person("Anne", "customer")
    b = people.add_person("Bob", "customer")
    e = entries.log_entry(kind="praise", title="Merci", person=b)
    privacy.erase_person(b)
    assert people.add_person("Carl", "customer").id == b.id + 1
    assert entries.log_entry(kind="praise", title="Encore", person=a).id == e.id + 1
    assert Person.get(Person.name == "Carl").uuid != b.uuid


def test_a_version_1_journal_gets_identities_and_keeps_ids_indexes_and_links(tmp_path):
    old = tmp_path / "old.db"
    shutil.copy(V1, old)
    before = _sql(old, "SELECT id, name FROM person ORDER BY id")
    entries_before = _sql(old, "SELECT id, person_id, title FROM entry ORDER BY id")
    close_journal()
    open_journal(old)
    assert migrations.stored_version() == migrations.SCHEMA_VERSION
    assert uuid.UUID(identity.journal_id())
    assert [(p.id, p.name) for p in Person.select().order_by(Person.id)] == before
    assert len({p.uuid for p in Person.select()}) == len(before)
    assert [(e.id, e.person_id, e.title) for e in Entry.select().order_by(Entry.id)] == (
        entries_before
    )
    close_journal()
    fresh = tmp_path / "fresh.db"
    open_journal(fresh)
    close_journal()
    index_query = "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    assert sorted(_sql(old, index_query)) == sorted(_sql(fresh, index_query))
    tables_query = "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"
    assert _sql(old, tables_query) == _sql(fresh, tables_query)
    assert _sql(old, "PRAGMA foreign_key_check") == []
    seq = dict(_sql(old, "SELECT name, seq FROM sqlite_sequence"))
    assert seq["person"] == before[-1][0] and seq["entry"] == entries_before[-1][0]
    open_journal(old)
    last = Person.get_by_id(before[-1][0])
    privacy.erase_person(last)
    assert people.add_person("New", "customer").id == last.id + 1


def test_json_round_trip_keeps_the_journal_id_and_peoples_uuids(journal, tmp_path):
    people.add_person("Zoé", "customer")
    people.add_person("Yann", "staff")
    mine = identity.journal_id()
    uuids = sorted(p.uuid for p in Person.select())
    out = json_export.export_json(tmp_path / "all.json")
    assert json.loads(out.read_text(encoding="utf-8"))["journal_id"] == mine
    close_journal()
    open_journal(tmp_path / "restored.db")
    json_export.import_json(out)
    assert identity.journal_id() == mine
    assert sorted(p.uuid for p in Person.select()) == uuids


def test_an_export_from_before_identities_loads_with_new_uuids(journal, tmp_path):
    own = identity.journal_id()
    path = tmp_path / "old.json"
    row = {
        "id": 4,
        "side": "customer",
        "name": "Ancien",
        "created_at": "2026-01-01T09:00:00",
        "updated_at": "2026-01-01T09:00:00",
    }
    document = {"format": "cxjournal-export", "schema_version": 3, "tables": {"person": [row]}}
    path.write_text(json.dumps(document), encoding="utf-8")
    json_export.import_json(path)
    assert uuid.UUID(Person.get().uuid) and identity.journal_id() == own
