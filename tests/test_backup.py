"""Backups: a checked, private copy even while the journal is open; daily rotation; restore keeps
the current file; health check in plain words."""

from __future__ import annotations

import sqlite3
import stat
from datetime import date, timedelta

import pytest

from cxjournal.errors import ValidationError
from cxjournal.services import entries, people
from cxjournal.store import backup
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.models import Entry, Person

# Backups must hold every committed write: their journals sync to disk as the app's do.
pytestmark = [pytest.mark.durable, pytest.mark.file_only]  # backups use the SQLite API


def test_backup_while_open_is_a_consistent_private_copy(journal, tmp_path):
    amelie = people.add_person("Amélie", "customer")
    entries.log_entry(kind="praise", title="Merci", person=amelie)
    seen = []
    out = backup.backup_to(tmp_path / "copies" / "b.db", lambda done, total: seen.append(total))
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert stat.S_IMODE(out.parent.stat().st_mode) == 0o700
    assert seen and not list(out.parent.glob("*.part"))
    con = sqlite3.connect(out)
    assert con.execute("SELECT title FROM entry").fetchall() == [("Merci",)]
    con.close()
    assert backup.check_journal(out) == []
    entries.log_entry(kind="praise", title="Encore", person=amelie)  # the journal still works


def test_a_backup_never_replaces_the_journal_itself(journal):
    with pytest.raises(ValidationError, match="cannot replace"):
        backup.backup_to(journal)


def test_rotation_keeps_7_daily_4_weekly_12_monthly():
    today = date(2026, 11, 23)
    days = [today - timedelta(days=n) for n in range(400)]
    keep = backup.backups_to_keep(days, today)
    assert all(today - timedelta(days=n) in keep for n in range(7))
    weeks = {d.isocalendar()[:2] for d in keep if d > today - timedelta(days=35)}
    assert len(weeks) >= 4
    months = {(d.year, d.month) for d in keep}
    assert len(months) == 12
    assert len(keep) <= 7 + 4 + 12
    assert date(2025, 12, 31) in keep  # December 2025 is the twelfth month, this one included
    assert date(2025, 11, 30) not in keep


def test_auto_backup_once_a_day_and_rotation_spares_hand_made_ones(journal, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "before-moving.db").write_bytes(b"mine")
    for n in range(1, 12):
        (folder / f"journal-{date(2026, 11, 23) - timedelta(days=n)}.db").write_bytes(b"x")
    made = backup.auto_backup(folder, date(2026, 11, 23))
    assert made.name == "journal-2026-11-23.db"
    assert backup.auto_backup(folder, date(2026, 11, 23)) is None  # once a day
    names = sorted(p.name for p in folder.iterdir())
    assert "before-moving.db" in names
    assert len([n for n in names if n.startswith("journal-")]) < 12


def test_restore_keeps_the_current_file_and_refuses_a_bad_backup(journal, tmp_path):
    people.add_person("Avant", "customer")
    saved = backup.backup_to(tmp_path / "saved.db")
    people.add_person("Après", "customer")
    close_journal()
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    before = journal.read_bytes()
    with pytest.raises(ValidationError, match="cannot be restored"):
        backup.restore_from(bad, journal)
    assert journal.read_bytes() == before  # untouched
    kept = backup.restore_from(saved, journal)
    assert kept.exists() and "before-restore" in kept.name
    open_journal(journal)
    assert [p.name for p in Person.select()] == ["Avant"]
    close_journal()
    open_journal(kept)
    assert sorted(p.name for p in Person.select()) == ["Après", "Avant"]


def test_check_speaks_plainly(journal, tmp_path):
    assert backup.check_journal(journal) == []
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t(x)").connection.close()
    assert "not a CX Journal" in backup.check_journal(other)[0]
    assert "cannot be read" in backup.check_journal(tmp_path / "missing.db")[0]


def test_backup_holds_every_committed_entry(journal, tmp_path):
    for n in range(50):
        entries.log_entry(kind="question", title=f"Q{n}", side="customer")
    out = backup.backup_to(tmp_path / "b.db")
    con = sqlite3.connect(out)
    assert con.execute("SELECT count(*) FROM entry").fetchone()[0] == Entry.select().count()
    con.close()
