"""The change log: written by the database's triggers for every writer (this process, another
connection, another program), carried by exports and copies, holding ids only; and
``cxjournal watch`` following it from another process, on both engines."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from cxjournal.services import entries, people, settings
from cxjournal.services.privacy import erase_person
from cxjournal.store import changelog, migrations
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.models import ChangeLog, db, on_server
from tests.helpers import open_page

ROOT = Path(__file__).resolve().parent.parent


def logged_since(start: int) -> list[tuple]:
    return [(c.kind, c.item_id, c.op) for c in changelog.changes_after(start)]


def run_elsewhere(journal, sql: str) -> None:
    """``sql`` committed by a connection of its own, not the app's (another program)."""
    if on_server():
        import psycopg

        with psycopg.connect(dbname=journal.dbname, **journal.connect_params()) as other:
            other.execute(sql)
        return
    other = sqlite3.connect(journal)
    try:
        with other:
            other.execute(sql)
    finally:
        other.close()


def test_every_tracked_change_is_logged_with_its_kind_id_and_op():
    start = changelog.latest_id()
    zoe = people.add_person("Zoë", "customer")
    team = people.add_department("Vente")
    entry = entries.log_entry(kind="complaint", title="Four froid", person=zoe)
    settings.set_setting("paper_size", "Letter")
    entries.trash_entry(entry)
    log = logged_since(start)
    assert ("person", zoe.id, "insert") in log
    assert ("department", team.id, "insert") in log
    assert ("entry", entry.id, "insert") in log
    assert ("setting", None, "insert") in log or ("setting", None, "update") in log
    assert log[-1] == ("entry", entry.id, "update")  # the trash is an update
    times = [c.at for c in changelog.changes_after(start)]
    assert times == sorted(times) and all(t.tzinfo is not None for t in times)


def test_a_change_by_another_program_is_logged(journal):
    zoe = people.add_person("Zoë", "customer")
    start = changelog.latest_id()
    run_elsewhere(journal, f"UPDATE person SET role = 'x' WHERE id = {zoe.id}")
    run_elsewhere(journal, f"DELETE FROM person WHERE id = {zoe.id}")
    assert logged_since(start) == [("person", zoe.id, "update"), ("person", zoe.id, "delete")]


def test_an_erased_person_leaves_only_ids_in_the_log():
    zoe = people.add_person("Zoë Secret", "customer", notes="allergique")
    entries.log_entry(kind="complaint", title="Pain brûlé", person=zoe)
    erase_person(zoe)
    columns = {c.name for c in db.get_columns("change_log")}
    assert columns == {"id", "kind", "item_id", "op", "at"}
    rows = ChangeLog.select().tuples()
    text = json.dumps([[str(v) for v in row] for row in rows])
    assert "Zoë" not in text and "Secret" not in text and "brûlé" not in text
    assert ("person", zoe.id, "delete") in logged_since(0)


CHANGER = textwrap.dedent(
    """
    import sys, time
    from cxjournal.services import people, settings
    from cxjournal.store.connection import open_journal
    open_journal(sys.argv[1])
    person = people.add_person("Zoë", "customer")
    time.sleep(0.3)
    settings.set_setting("paper_size", "Letter")
    people.add_department("Atelier")
    print(person.id)
    """
)


def test_watch_prints_the_changes_another_process_commits(journal):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    watch = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "cxjournal",
            "--db",
            str(journal),
            "watch",
            "--json",
            "--timeout",
            "5",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    time.sleep(2)  # the watcher has started: it prints what is committed from now on
    done = subprocess.run(
        [sys.executable, "-c", CHANGER, str(journal)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    person_id = int(done.stdout.split()[-1])
    out, err = watch.communicate(timeout=30)
    assert watch.returncode == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert [(x["kind"], x["op"]) for x in lines] == [
        ("person", "insert"),
        ("setting", "insert"),
        ("department", "insert"),
    ]
    assert lines[0]["id"] == person_id
    assert all(set(x) == {"kind", "id", "op", "at"} for x in lines)
    assert err == ""


@pytest.mark.file_only
def test_an_upgraded_journal_logs_its_changes_from_then_on(tmp_path):
    old = tmp_path / "old.db"
    shutil.copy(ROOT / "tests" / "fixtures" / "journal-v1.db", old)
    close_journal()
    open_journal(old)
    assert migrations.stored_version() == migrations.SCHEMA_VERSION == 8
    assert changelog.latest_id() == 0 or logged_since(0)  # the upgrade may log its own repairs
    start = changelog.latest_id()
    zoe = people.add_person("Zoë", "customer")
    assert logged_since(start) == [("person", zoe.id, "insert")]


def test_a_change_by_another_process_shows_on_the_journal_page_without_a_click(qtbot, journal):
    from cxjournal.ui.shell.journal_watch import JournalWatch

    zoe = people.add_person("Zoë", "customer")
    _window, page = open_page(qtbot, "journal")
    watch = JournalWatch(_window)
    rows = page.model.rowCount()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "cxjournal",
            "log",
            "--person",
            "Zoë",
            "--kind",
            "praise",
            "--title",
            "Merci beaucoup",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    qtbot.waitUntil(lambda: page.model.rowCount() == rows + 1, timeout=5000)
    watch.stop()
    assert zoe.id
