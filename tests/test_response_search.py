"""Issue 23: response texts are found by search on both engines. A word said only in an answer
finds its entry (search, the Journal's filter and the CLI); it never shows a counter an entry
hidden from them on a server; an older journal's index gains the answers when it is upgraded."""

from __future__ import annotations

import json
import os
import uuid
from datetime import datetime

import pytest

from cxjournal.cli import main
from cxjournal.services import accounts, entries, people
from cxjournal.services.entry_query import EntryFilter, count_entries, search_entries
from cxjournal.store import migrations
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.location import ServerAddress
from cxjournal.store.models import Response, SchemaVersion, db, on_server

PASSWORD = "correct horse 42"


def _titles(found) -> list[str]:
    return sorted(e.title for e in found)


def test_a_word_only_in_a_response_finds_the_entry(journal, capsys):
    anna = people.add_person("Anna Dupont", "customer")
    stale = entries.log_entry(person=anna, kind="complaint", title="Pain rassis")
    entries.log_entry(person=anna, kind="praise", title="Accueil souriant")
    assert search_entries("croustillante") == []
    entries.respond(stale.id, "Nous vous avons offert une baguette croustillante, façon maison")
    assert _titles(search_entries("croustillante")) == ["Pain rassis"]
    assert _titles(search_entries("croust facon")) == ["Pain rassis"]  # accents, case, prefixes
    assert _titles(search_entries("rassis baguette")) == ["Pain rassis"]  # title and answer
    assert count_entries(EntryFilter(text="baguette")) == 1
    close_journal()
    assert main(["search", "baguette", "--json"]) == 0
    open_journal(journal)
    assert [e["title"] for e in json.loads(capsys.readouterr().out)] == ["Pain rassis"]


def test_a_trashed_entry_s_response_finds_nothing_until_it_is_restored():
    anna = people.add_person("Anna Dupont", "customer")
    stale = entries.log_entry(person=anna, kind="complaint", title="Pain rassis")
    entries.respond(stale.id, "Baguette croustillante offerte")
    entries.trash_entry(stale.id)
    assert search_entries("croustillante") == []
    entries.restore_entry(stale.id)
    assert _titles(search_entries("croustillante")) == ["Pain rassis"]


def test_an_older_journal_s_index_gains_the_responses_on_upgrade(journal):
    anna = people.add_person("Anna Dupont", "customer")
    stale = entries.log_entry(person=anna, kind="complaint", title="Pain rassis")
    # as a version-24 journal held it: an answer whose words the index never had
    Response.insert(
        entry=stale.id, at=datetime(2026, 11, 20, 10), text="Baguette offerte"
    ).execute()
    if not on_server():
        db.execute_sql("DROP TABLE entry_fts")
        db.execute_sql(
            "CREATE VIRTUAL TABLE entry_fts USING fts5(title, details, resolution, person, tags, "
            "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
        )
        db.execute_sql(
            "INSERT INTO entry_fts (rowid, title) VALUES (?, 'Pain rassis')", (stale.id,)
        )
    assert search_entries("baguette") == []
    SchemaVersion.delete().where(SchemaVersion.version > 24).execute()
    SchemaVersion.insert(version=24, changed_at=datetime(2026, 1, 1)).on_conflict_ignore().execute()
    close_journal()
    open_journal(journal)
    assert migrations.stored_version() == migrations.SCHEMA_VERSION
    assert _titles(search_entries("baguette")) == ["Pain rassis"]
    assert _titles(search_entries("rassis")) == ["Pain rassis"]


@pytest.fixture
def shop(journal):
    """On a server: customer, staff and confidential entries each answered with a word of its
    own, and a counter's and a manager's login."""
    anna = people.add_person("Anna Dupont", "customer")
    marc = people.add_person("Marc Petit", "staff")
    answered = {
        "customer": ("Pain rassis", anna, False, "baguette"),
        "confidential": ("Divorce difficile", anna, True, "avocat"),
        "staff": ("Migraine au travail", marc, False, "ergonome"),
    }
    for title, who, secret, word in answered.values():
        kind = "concern" if who is marc else "complaint"
        row = entries.log_entry(person=who, kind=kind, title=title, confidential=secret)
        entries.respond(row.id, f"Nous avons parlé {word}")
    suffix = uuid.uuid4().hex[:6]
    logins = {group: f"t_{group}_{suffix}" for group in ("counter", "manager")}
    for group, login in logins.items():
        accounts.add_account(login, group, PASSWORD)
    yield journal, logins
    close_journal()
    open_journal(journal)
    for login in logins.values():
        accounts.remove_account(login)


@pytest.mark.server_only
def test_a_counter_finds_no_hidden_entry_by_a_word_of_its_response(shop, monkeypatch):
    import psycopg

    address, logins = shop
    admin_password = os.environ.get("PGPASSWORD")
    query = "SELECT count(*) FROM entry_search WHERE words @@ to_tsquery('cxjournal_search', %s)"
    params = {**address.connect_params(), "password": PASSWORD}
    for group, expected in (("counter", [1, 0, 0]), ("manager", [1, 1, 1])):
        with psycopg.connect(dbname=address.dbname, **{**params, "user": logins[group]}) as con:
            found = [
                con.execute(query, (f"'{w}':*",)).fetchone()[0]
                for w in ("baguette", "avocat", "ergonome")
            ]
        assert found == expected, group
    close_journal()
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    open_journal(ServerAddress(address.dbname, address.host, address.port, logins["counter"]))
    assert _titles(search_entries("baguette")) == ["Pain rassis"]
    assert search_entries("avocat") == [] and search_entries("ergonome") == []
    assert count_entries(EntryFilter(text="avocat")) == 0
    close_journal()
    if admin_password is None:
        monkeypatch.delenv("PGPASSWORD", raising=False)
    else:
        monkeypatch.setenv("PGPASSWORD", admin_password)
    open_journal(address)
    assert _titles(search_entries("avocat")) == ["Divorce difficile"]


def test_a_copy_and_a_json_round_trip_find_the_entry_by_its_response(tmp_path, journal):
    from cxjournal.io.json_export import export_json, import_json
    from cxjournal.store import copying

    anna = people.add_person("Anna Dupont", "customer")
    stale = entries.log_entry(person=anna, kind="complaint", title="Pain rassis")
    entries.respond(stale.id, "Baguette croustillante offerte")
    export_json(tmp_path / "journal.json")
    copying.copy_to(tmp_path / "copy.db")  # this engine -> a file
    close_journal()
    try:
        open_journal(tmp_path / "copy.db")
        assert _titles(search_entries("croustillante")) == ["Pain rassis"]
        close_journal()
        open_journal(tmp_path / "loaded.db")
        import_json(tmp_path / "journal.json")
        assert _titles(search_entries("croustillante")) == ["Pain rassis"]
    finally:
        close_journal()
        open_journal(journal)
