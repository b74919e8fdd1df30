"""Reading a journal file to vet it, or to read a backup's identity and register of erasures,
leaves nothing beside it (no -wal, no -shm)."""

from __future__ import annotations

import pytest

from cxjournal.services import people
from cxjournal.store import identity
from cxjournal.store.backup import check_journal, read_register
from cxjournal.store.connection import close_journal, open_journal

pytestmark = pytest.mark.file_only  # about the journal file itself (SQLite)


def test_vetting_and_reading_a_closed_journal_leaves_nothing_behind(tmp_path):
    folder = tmp_path / "shop"
    folder.mkdir()
    path = folder / "boutique.db"
    close_journal()
    open_journal(path)
    people.add_person("Zoé Lambert", "customer")
    journal_id = identity.journal_id()
    close_journal()
    before = sorted(p.name for p in folder.iterdir())
    assert before == ["boutique.db"]

    assert check_journal(path) == []
    assert identity.journal_id_of(path) == journal_id
    assert read_register(path) == []

    assert sorted(p.name for p in folder.iterdir()) == before
