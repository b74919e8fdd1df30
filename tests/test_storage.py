"""Opening journal files: privacy, SQLite settings, refusing foreign/newer/damaged files, migrations."""

import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from cxjournal.config import resolve_db_path
from cxjournal.errors import DatabaseRefusedError
from cxjournal.services import people
from cxjournal.store import migrations
from cxjournal.store.connection import APPLICATION_ID, close_journal, open_journal
from cxjournal.store.models import SchemaVersion, db
from tests.helpers import SYNCHRONOUS_FULL

pytestmark = pytest.mark.file_only  # about the journal file itself (SQLite)


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_journal_is_private(tmp_path):
    path = tmp_path / "private" / "nested" / "journal.db"
    open_journal(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_pragmas_are_set(journal):
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert db.execute_sql("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert migrations.stored_version() == migrations.SCHEMA_VERSION


def test_db_path_resolution(tmp_path, monkeypatch):
    monkeypatch.setenv("CXJOURNAL_DB", str(tmp_path / "env.db"))
    assert resolve_db_path("cli.db").name == "cli.db"
    assert resolve_db_path(None) == tmp_path / "env.db"
    monkeypatch.delenv("CXJOURNAL_DB")
    assert resolve_db_path(None).name == "journal.db"


def test_reopening_keeps_data(journal):
    people.add_person("Zoë", "customer")
    close_journal()
    open_journal(journal)
    assert [p.name for p in people.find_people()] == ["Zoë"]


@pytest.mark.parametrize(
    "content, message",
    [
        (b"name,email\nBob,bob@example.com\n", "not a CX Journal file"),
        (b"SQLite format 3\x00" + b"\x00" * 50, "damaged|cannot be read"),
    ],
)
def test_foreign_and_damaged_files_are_refused_untouched(tmp_path, content, message):
    path = tmp_path / "other.db"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(DatabaseRefusedError, match=message):
        open_journal(path)
    assert digest(path) == before
    assert not (tmp_path / "other.db-wal").exists()


def test_another_apps_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "firefox.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE moz_places (id INTEGER)")
    con.commit()
    con.close()
    before = digest(path)
    with pytest.raises(DatabaseRefusedError, match="not a CX Journal"):
        open_journal(path)
    assert digest(path) == before


def test_a_journal_whose_creation_was_cut_short_opens_as_a_new_one(tmp_path):
    """Killed between setting write-ahead mode and making the tables, a new journal is an empty
    database file; the next start makes the journal in it instead of refusing it for ever."""
    path = tmp_path / "new.db"
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")  # what open_journal does first to a new file
    con.close()
    close_journal()
    open_journal(path)
    from cxjournal.services import entries

    entries.log_entry(kind="praise", side="customer", title="Enfin")
    close_journal()
    open_journal(path)
    from cxjournal.store.models import Entry

    assert [e.title for e in Entry.select()] == ["Enfin"]


def test_an_empty_database_of_another_program_is_still_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("PRAGMA application_id = 1234")
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    before = digest(path)
    close_journal()
    with pytest.raises(DatabaseRefusedError, match="not a CX Journal"):
        open_journal(path)
    assert digest(path) == before


def test_newer_journal_is_refused_untouched(journal, tmp_path):
    SchemaVersion.create(version=migrations.SCHEMA_VERSION + 1, changed_at="2030-01-01 00:00:00")
    close_journal()
    before = digest(journal)
    with pytest.raises(DatabaseRefusedError, match="newer version"):
        open_journal(journal)
    assert digest(journal) == before


def test_migration_copies_the_file_first_and_runs_in_one_transaction(journal):
    people.add_person("Avant", "customer")
    calls = []

    def step_two():
        db.execute_sql("ALTER TABLE person ADD COLUMN nickname TEXT DEFAULT ''")
        calls.append(2)

    def step_three():
        raise RuntimeError("boom")

    base = migrations.SCHEMA_VERSION
    copy = migrations.copy_before_migration(journal, base)
    assert copy.exists() and stat.S_IMODE(copy.stat().st_mode) == 0o600
    check = sqlite3.connect(copy)
    assert check.execute("SELECT name FROM person").fetchall() == [("Avant",)]
    check.close()
    with pytest.raises(RuntimeError):
        migrations.migrate(base, {base + 1: step_two, base + 2: step_three})
    # the failed upgrade left nothing behind: no column, no version row
    columns = [row[1] for row in db.execute_sql("PRAGMA table_info(person)").fetchall()]
    assert "nickname" not in columns and calls == [2]
    assert migrations.stored_version() == base
    migrations.migrate(base, {base + 1: step_two})
    assert migrations.stored_version() == base + 1


@pytest.mark.durable
def test_committed_write_survives_a_killed_process(tmp_path):
    path = tmp_path / "killed.db"
    code = (
        "import os\n"
        "from cxjournal.store.connection import open_journal\n"
        "from cxjournal.services import people\n"
        f"database = open_journal({str(path)!r})\n"
        # the writer syncs as the app does (the suite's own journals skip syncing)
        "print(database.execute_sql('PRAGMA synchronous').fetchone()[0], flush=True)\n"
        "people.add_person('Survivor', 'customer')\n"
        "os._exit(9)\n"  # no close, no checkpoint: as abrupt as a crash
    )
    done = subprocess.run(
        [sys.executable, "-c", code], check=False, cwd=os.getcwd(), capture_output=True, text=True
    )
    assert done.stdout.split() == [str(SYNCHRONOUS_FULL)]
    open_journal(path)
    assert [p.name for p in people.find_people()] == ["Survivor"]


def test_a_journal_made_by_version_1_is_upgraded_with_its_data(tmp_path):
    """tests/fixtures/journal-v1.db was written by CX Journal at schema version 1 (before
    reminders remembered their announcements): opening it upgrades it, keeps everything, and
    leaves a copy of the old file beside it."""
    from cxjournal.services import followups, reminders
    from cxjournal.store.models import Entry, FollowUp, Person

    old = tmp_path / "old.db"
    shutil.copy(Path(__file__).parent / "fixtures" / "journal-v1.db", old)
    close_journal()
    open_journal(old)
    assert migrations.stored_version() == migrations.SCHEMA_VERSION
    assert [p.name for p in Person.select().order_by(Person.id)] == [
        "Amélie Château",
        "Bruno Lefèvre",
    ]
    assert Entry.get().details == "Le pain était brûlé <b>deux fois</b> & froid"
    item = FollowUp.get()
    assert item.series is None and item.rrule
    nxt = followups.complete_followup(item)  # the new column works
    assert nxt.series == item.id
    reminders.mark_announced(["k"], datetime(2026, 12, 1, 9, 0))  # the new table works
    copies = list(tmp_path.glob("old.db.pre-v2-*.bak"))
    assert len(copies) == 1


WRITER = """
import sys
from cxjournal.store.connection import open_journal
from cxjournal.services import entries
database = open_journal(sys.argv[1])
# the writer syncs as the app does (the suite's own journals skip syncing)
print("synchronous", database.execute_sql("PRAGMA synchronous").fetchone()[0], flush=True)
n = int(sys.argv[2])
while True:
    entry = entries.log_entry(kind="question", title=f"Write {n}", side="customer",
                              details="x" * (n % 500), tags=f"t{n % 7}")
    print(entry.title, flush=True)  # reported only once the transaction has committed
    n += 1
"""


@pytest.mark.durable
@pytest.mark.slow
def test_writes_reported_committed_survive_sigkill_at_random_moments(tmp_path):
    """A writer process is killed with SIGKILL at random moments, ten times over; every write it
    reported as committed is there afterwards and the file passes integrity_check."""
    import random
    import signal
    import time

    from cxjournal.store.backup import check_journal
    from cxjournal.store.models import Entry

    path = tmp_path / "crash.db"
    close_journal()
    reported: list[str] = []
    syncing: list[str] = []  # how each writer that got as far as opening the journal syncs
    chance = random.Random(20261123)
    for round_ in range(10):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(len(reported) + round_ * 10_000)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=os.getcwd(),
        )
        # Past start-up (however long a loaded machine takes) and into the writing, then a kill
        # at a random moment; some rounds kill during start-up itself, the creation included.
        early: list[str] = []
        if round_ % 3:
            while not any(line.startswith("Write ") for line in early):
                line = writer.stdout.readline()
                if not line:
                    break
                early.append(line.rstrip("\n"))
        time.sleep(chance.random() * 0.4)
        writer.send_signal(signal.SIGKILL)
        out, _ = writer.communicate()
        lines = early + out.splitlines()
        reported += [line for line in lines if line.startswith("Write ")]
        syncing += [line for line in lines if line.startswith("synchronous")]
    assert len(reported) >= 10  # the writer really wrote between the kills
    assert set(syncing) == {f"synchronous {SYNCHRONOUS_FULL}"}  # as the app does: full
    assert check_journal(path) == []
    open_journal(path)
    titles = {e.title for e in Entry.select(Entry.title)}
    missing = [t for t in reported if t not in titles]
    assert missing == []


def test_a_journal_made_by_version_13_is_upgraded_through_every_later_step(tmp_path):
    """tests/fixtures/journal-v13.db is a small demo journal written at schema version 13 (the
    release of 2026-12-01). Every step since runs on it: a step that made the change log's
    triggers again named columns later steps had not added yet, and the next table rename failed
    ("no such column: OLD.resolution_amount") — no journal older than the newest step opened."""
    from cxjournal.services import entries, history
    from cxjournal.store.models import Entry

    old = tmp_path / "old.db"
    shutil.copy(Path(__file__).parent / "fixtures" / "journal-v13.db", old)
    close_journal()
    open_journal(old)
    assert migrations.stored_version() == migrations.SCHEMA_VERSION
    assert Entry.select().count() == 60
    entry = Entry.select().order_by(Entry.id).first()
    entries.edit_entry(entry.id, title="Titre corrigé après la mise à jour")
    changed = [c.field for c in history.entry_history(entry.id) if c.field]
    assert "title" in changed  # the triggers made at the end of the upgrade log every field
