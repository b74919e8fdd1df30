"""What the server's speed work keeps true (issue 17's budgets): a search still finds accented
prefixes with the right count, reading its matches' count once; the filters' counts come out the
same with the server's own index, which new and upgraded server journals have; and a counter
still finds and counts nothing of what it may not see."""

from __future__ import annotations

import logging
import os

import pytest

from cxjournal.services import entries, people
from cxjournal.services.entry_query import (
    EntryFilter,
    count_entries,
    entry_rows,
    page_ids,
    search_entries,
)
from cxjournal.store import migrations
from cxjournal.store.models import SchemaVersion, db, on_server
from tests.helpers import version_before
from tests.test_server_roles import _back_as_admin, _open_as, shop  # noqa: F401 (a fixture)


@pytest.fixture
def cafe_journal(journal):
    lea = people.add_person("Léa Économe", "customer")
    sam = people.add_person("Sam", "staff")
    for n in range(12):
        entries.log_entry(person=lea, kind="complaint", title=f"Café froid {n}")
    entries.log_entry(person=lea, kind="praise", title="École du quartier contente")
    entries.log_entry(person=sam, kind="concern", title="Cafetière en panne", details="promise")
    entries.log_entry(person=sam, kind="idea", title="Four à revoir")
    return lea, sam


def _statements(caplog, work) -> list[str]:
    """The statements ``work`` sent to the journal (peewee logs each one it executes)."""
    caplog.clear()
    with caplog.at_level(logging.DEBUG, logger="peewee"):
        work()
    return [record.getMessage() for record in caplog.records if record.name == "peewee"]


def _shown(flt: EntryFilter) -> tuple[int, list[str]]:
    """What the Journal's table shows for ``flt``: the count and the titles of its first block."""
    return count_entries(flt), [row[5] for row in entry_rows(page_ids(flt, limit=100))]


def test_search_finds_accented_prefixes_and_counts_what_it_shows(cafe_journal):
    count, titles = _shown(EntryFilter(text="cafe"))
    assert count == len(titles) == 13  # "Café froid" ×12 and "Cafetière"
    assert _shown(EntryFilter(text="ecole"))[1] == ["École du quartier contente"]
    assert _shown(EntryFilter(text="ÉCONOME caf"))[0] == 12  # the person's name is searched
    assert _shown(EntryFilter(text="promi"))[1] == ["Cafetière en panne"]
    assert _shown(EntryFilter(text="cafe", side="staff")) == (1, ["Cafetière en panne"])
    assert _shown(EntryFilter(text="'&|!:*"))[0] == 0  # typed signs are never query syntax


@pytest.mark.server_only
def test_a_search_on_a_server_counts_its_matches_once(cafe_journal, caplog):
    flt = EntryFilter(text="café fro")
    _shown(EntryFilter())  # who has a namesake is read once, then again only after people change
    sent = _statements(caplog, lambda: _shown(flt))
    counts = [s for s in sent if "count(" in s.lower()]
    assert len(counts) == 1, counts
    assert len(sent) == 3  # the count, one block's ids, its rows
    assert _shown(flt)[0] == 12


def test_the_filters_count_what_they_show(cafe_journal):
    lea, _sam = cafe_journal
    entries.trash_entry(search_entries("Café froid 3")[0].id)
    for flt, expected in (
        (EntryFilter(), 14),
        (EntryFilter(side="customer"), 12),
        (EntryFilter(side="customer", kind="complaint"), 11),
        (EntryFilter(side="customer", kind="complaint", status="active"), 11),
        (EntryFilter(side="staff", status="active"), 2),
        (EntryFilter(person_id=lea.id, kind="praise"), 1),
    ):
        count, titles = _shown(flt)
        assert count == len(titles) == expected, flt


def _has_filter_index() -> bool:
    return bool(
        db.execute_sql(
            "SELECT 1 FROM pg_indexes WHERE tablename = 'entry' AND indexname = %s",
            ("entry_live_filters",),
        ).fetchone()
    )


@pytest.mark.server_only
def test_a_server_journal_has_the_filters_index_new_and_upgraded(journal):
    assert on_server() and _has_filter_index()
    db.execute_sql('DROP INDEX "entry_live_filters"')
    before = version_before("server_indexes")
    SchemaVersion.delete().where(SchemaVersion.version > before).execute()
    migrations.migrate(before)
    assert _has_filter_index()
    assert migrations.stored_version() == migrations.SCHEMA_VERSION


@pytest.mark.server_only
def test_a_counter_finds_and_counts_nothing_it_may_not_see(shop, monkeypatch):  # noqa: F811
    address, _ids, logins = shop
    admin_password = os.environ.get("PGPASSWORD")
    everything = count_entries(EntryFilter()), count_entries(EntryFilter(side="staff"))
    _open_as(address, logins["counter"], monkeypatch)
    try:
        assert _shown(EntryFilter(text="migraine")) == (0, [])
        assert _shown(EntryFilter(text="divorce")) == (0, [])
        assert _shown(EntryFilter(side="staff")) == (0, [])
        assert _shown(EntryFilter(side="customer")) == (2, ["Accueil souriant", "Pain rassis"])
        assert _shown(EntryFilter(text="rassis"))[0] == 1
    finally:
        _back_as_admin(address, monkeypatch, admin_password)
    assert everything[1] > 0 and everything[0] > 2
