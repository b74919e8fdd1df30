"""Reading what is due changes nothing: the window's reminder check writes only the record that a
reminder was shown, and ``cxjournal due`` writes nothing at all, on the demo journal."""

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from cxjournal.cli import main
from cxjournal.demo import fill_demo
from cxjournal.store.connection import close_journal
from cxjournal.store.models import FollowUp, db
from cxjournal.ui.shell.notifier import ReminderNotifier

from .conftest import START

pytestmark = pytest.mark.file_only  # about the journal file itself (SQLite)

SEED = 7


def dump(path: Path, *, skip: tuple[str, ...] = ()) -> dict[str, list[tuple]]:
    """Every row of every table of the file at ``path``, read from outside the app."""
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = [
            row[0]
            for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if row[0] not in skip
        ]
        return {
            name: sorted(con.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
            for name in names
        }
    finally:
        con.close()


def demo_journal() -> None:
    fill_demo(seed=SEED, today=START.date(), lang="fr")


def test_the_reminder_check_of_an_open_window_changes_nothing_but_shown_records(
    qtbot, fake_clock, journal
):
    demo_journal()
    checkins = FollowUp.select().where(FollowUp.origin == "check-in").count()
    assert checkins > 0  # the demo has repeating department check-ins
    before = dump(journal, skip=("announcement",))
    notifier = ReminderNotifier()
    try:
        notifier.start()
        for _ in range(200):
            fake_clock.advance(timedelta(seconds=30))
            notifier.check_now()
    finally:
        notifier.stop()
    assert db.execute_sql("SELECT COUNT(*) FROM announcement").fetchone()[0] > 0
    after = dump(journal, skip=("announcement",))
    changed = [name for name in before if before[name] != after[name]]
    assert changed == []


def test_cxjournal_due_changes_no_byte_of_any_table(fake_clock, journal, capsys):
    demo_journal()
    close_journal()
    before = dump(journal)
    for argv in (["due"], ["due", "--json"], ["due", "--days", "40"]):
        fake_clock.advance(timedelta(days=3))
        assert main(["--db", str(journal), *argv]) == 0
    assert capsys.readouterr().out.strip()
    after = dump(journal)
    assert [name for name in before if before[name] != after[name]] == []
