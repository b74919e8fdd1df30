"""Several writers on one journal at once: processes through the command line and through services,
threads in one process, and a write lock held by another program for longer than the wait."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from cxjournal.cli import main
from cxjournal.errors import BusyError
from cxjournal.services import entries, people
from cxjournal.store import connection
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.models import Entry

pytestmark = pytest.mark.file_only  # about the journal file itself (SQLite)

ROOT = Path(__file__).resolve().parent.parent
WRITERS, WRITES = 3, 100

# Each child waits for the "go" file so that all of them write at the same moment; the first read
# (the person) before the first write is what made a DEFERRED transaction fail at once.
CHILD = textwrap.dedent(
    """
    import os, sys, time
    db, go, mode, tag, count = sys.argv[1:6]
    while not os.path.exists(go):
        time.sleep(0.005)
    failures = 0
    if mode == "cli":
        from cxjournal.cli import main
        for n in range(int(count)):
            code = main(["--db", db, "log", "--person", "Amélie Château", "--kind", "complaint",
                         "--title", f"{tag} {n}"])
            failures += code != 0
    else:
        from cxjournal.services import entries, people
        from cxjournal.store.connection import open_journal
        open_journal(db)
        amelie = people.find_people("Amélie Château")[0]
        for n in range(int(count)):
            try:
                entries.log_entry(kind="complaint", title=f"{tag} {n}", person=amelie.id)
            except Exception as exc:
                failures += 1
                print(type(exc).__name__, exc, file=sys.stderr)
    print(failures)
    """
)


def _run_writers(db: Path, tmp_path: Path, mode: str) -> list[subprocess.CompletedProcess]:
    go = tmp_path / f"go-{mode}"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, str(db), str(go), mode, f"{mode}{i}", str(WRITES)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for i in range(WRITERS)
    ]
    time.sleep(1.0)  # let every child import before they start together
    go.touch()
    results = []
    for child in children:
        out, err = child.communicate(timeout=240)
        results.append(subprocess.CompletedProcess(child.args, child.returncode, out, err))
    return results


@pytest.mark.parametrize("mode", ["cli", "services"])
def test_three_processes_writing_at_once_lose_nothing(journal, tmp_path, mode):
    people.add_person("Amélie Château", "customer")
    close_journal()
    results = _run_writers(journal, tmp_path, mode)
    for result in results:
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr and "locked" not in result.stderr, result.stderr
        assert result.stdout.split()[-1] == "0", result.stderr  # no write failed
    open_journal(journal)
    titles = {e.title for e in Entry.select(Entry.title)}
    expected = {f"{mode}{i} {n}" for i in range(WRITERS) for n in range(WRITES)}
    assert titles == expected  # every write landed, once


def test_threads_of_one_process_writing_at_once_lose_nothing(journal):
    amelie = people.add_person("Amélie Château", "customer")
    failures: list[BaseException] = []
    start = threading.Barrier(WRITERS)

    def write(tag: int) -> None:
        from cxjournal.store.models import db

        start.wait()
        try:
            for n in range(WRITES):
                try:
                    entries.log_entry(kind="complaint", title=f"t{tag} {n}", person=amelie.id)
                except Exception as exc:
                    failures.append(exc)
        finally:
            db.close()  # this thread's own connection

    threads = [threading.Thread(target=write, args=(i,)) for i in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert failures == []
    assert Entry.select().count() == WRITERS * WRITES


def _hold_write_lock(path: Path) -> sqlite3.Connection:
    """Another program in the middle of a long write: it holds the write lock until closed."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE schema_version SET version = version")
    return other


def test_a_write_that_cannot_get_the_lock_says_busy_and_changes_nothing(tmp_path, monkeypatch):
    close_journal()
    monkeypatch.setitem(connection.PRAGMAS, "busy_timeout", 200)
    path = tmp_path / "held.db"
    open_journal(path)
    other = _hold_write_lock(path)
    try:
        started = time.perf_counter()
        with pytest.raises(BusyError) as raised:
            people.add_person("Zoé", "customer")
        waited = time.perf_counter() - started
    finally:
        other.close()
    assert 0.15 < waited < 2  # it waited for the lock, then gave up
    assert "busy" in str(raised.value) and "try again" in str(raised.value).lower()
    assert people.find_people() == []
    people.add_person("Zoé", "customer")  # once the lock is free, the same write works
    assert [p.name for p in people.find_people()] == ["Zoé"]


def test_cli_exits_75_with_one_line_while_another_program_holds_the_lock(journal, tmp_path):
    close_journal()
    other = _hold_write_lock(journal)
    try:
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "cxjournal", "--db", str(journal), "person", "add", "Zoé"],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            timeout=60,
        )
        waited = time.perf_counter() - started
    finally:
        other.close()
    assert done.returncode == 75, done.stderr
    assert waited > 4.5  # the whole busy timeout, not an instant failure
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "busy" in lines[0] and "Traceback" not in done.stderr
    open_journal(journal)
    assert people.find_people() == []


def test_cli_maps_busy_to_75_in_process(journal, capsys, monkeypatch):
    close_journal()
    monkeypatch.setitem(connection.PRAGMAS, "busy_timeout", 100)
    other = _hold_write_lock(journal)
    try:
        code = main(["--db", str(journal), "person", "add", "Zoé", "--side", "customer"])
    finally:
        other.close()
    err = capsys.readouterr().err
    assert code == 75 and len(err.strip().splitlines()) == 1 and "busy" in err
