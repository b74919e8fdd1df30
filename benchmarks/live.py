"""Several writers and live refresh, on either engine (``run.py`` groups ``writers_concurrent``
and ``refresh``); give it a scratch journal, since both write to it.

    python benchmarks/live.py --db JOURNAL concurrent [--processes 3] [--writes 200]
    python benchmarks/live.py --db JOURNAL refresh [--runs 30]

``concurrent``: N processes start at the same moment and each records W entries, one transaction
each, through the services as the window and the CLI do. Prints ``concurrent_writes``: failures
(a write that raised), lost (a write that said it succeeded but is not in the journal afterwards)
and writes per second over the whole run.

``refresh``: a window shows the Journal page while another process records an entry every
~300 ms; for each, the time from that process's commit until the window has repainted a table
holding the new entry. Prints ``refresh_ms`` (median/p95). Both processes are on this computer,
so their clocks agree.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent

# One writer: waits for "go" on stdin, then records its entries; prints its failures as JSON.
WRITER = """
import json, sys
from cxjournal.store.connection import open_journal
from cxjournal.services import entries
open_journal(sys.argv[1])
tag, writes = sys.argv[2], int(sys.argv[3])
print("ready", flush=True)
sys.stdin.readline()
failures = []
for i in range(writes):
    try:
        entries.log_entry(kind="praise", side="customer", title=f"{tag} {i}")
    except Exception as exc:  # counted and reported: this is what the benchmark measures
        failures.append(f"{type(exc).__name__}: {exc}"[:200])
print(json.dumps({"failures": failures}), flush=True)
"""

# The other computer: records one entry per line read, printing its id and the commit time.
RECORDER = """
import sys, time
from cxjournal.store.connection import open_journal
from cxjournal.services import entries
open_journal(sys.argv[1])
print("ready", flush=True)
for line in sys.stdin:
    entry = entries.log_entry(kind="praise", side="customer", title=line.strip())
    print(entry.id, time.time(), flush=True)
"""


def summary(values: list[float]) -> dict:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {
        "median": round(statistics.median(ordered), 1),
        "p95": round(p95, 1),
        "runs": len(ordered),
    }


def _count_titled(db: str, prefix: str) -> int:
    from cxjournal.store.connection import close_journal, open_journal
    from cxjournal.store.models import Entry

    open_journal(db)
    try:
        return Entry.select().where(Entry.title.startswith(prefix)).count()
    finally:
        close_journal()


def concurrent(db: str, processes: int, writes: int) -> dict:
    run_tag = f"bench-{os.getpid()}-{int(time.time())}"
    children = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, db, f"{run_tag}-{n}", str(writes)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for n in range(processes)
    ]
    for child in children:
        if child.stdout.readline().strip() != "ready":
            raise RuntimeError("a writer did not start")
    started = time.perf_counter()
    for child in children:
        child.stdin.write("go\n")
        child.stdin.flush()
    failures: list[str] = []
    for child in children:
        out, _ = child.communicate(timeout=600)
        failures += json.loads(out.strip().splitlines()[-1])["failures"]
    elapsed = time.perf_counter() - started
    found = _count_titled(db, run_tag)
    expected = processes * writes
    return {
        "concurrent_writes": {
            "failures": len(failures),
            "lost": expected - len(failures) - found,
            "writes": found,
            "writes_per_s": round(found / elapsed, 1),
            "processes": processes,
            "first_failures": failures[:3],
        }
    }


def refresh(db: str, runs: int) -> dict:
    from PySide6.QtWidgets import QApplication

    from cxjournal.store.connection import close_journal, open_journal
    from cxjournal.ui.shell.journal_watch import JournalWatch
    from cxjournal.ui.shell.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    open_journal(db)
    window = MainWindow()
    window.resize(1280, 720)
    window.show()
    window.journal_watch = JournalWatch(window)  # as the app does (cxjournal/ui/shell/app.py)
    page = window.show_page("journal")
    for _ in range(5):
        app.processEvents()
    recorder = subprocess.Popen(
        [sys.executable, "-c", RECORDER, db],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    if recorder.stdout.readline().strip() != "ready":
        raise RuntimeError("the recording process did not start")
    times, missed = [], 0
    try:
        for n in range(runs):
            _settle_for(app, 0.3)  # people do not type a new entry every millisecond
            recorder.stdin.write(f"refresh probe {n}\n")
            recorder.stdin.flush()
            entry_id, committed = recorder.stdout.readline().split()
            shown = _wait_until_shown(app, page, int(entry_id), deadline=time.time() + 10)
            if shown is None:
                missed += 1
            else:
                times.append((shown - float(committed)) * 1000)
    finally:
        recorder.stdin.close()
        recorder.wait(timeout=30)
        window.journal_watch.stop()
        window.close()
        close_journal()
    return {"refresh_ms": summary(times) if times else None, "refresh_missed": missed}


def _settle_for(app, seconds: float) -> None:
    end = time.time() + seconds
    while time.time() < end:
        app.processEvents()
        time.sleep(0.002)


def _wait_until_shown(app, page, entry_id: int, deadline: float) -> float | None:
    """When the Journal table, repainted, first holds ``entry_id`` in its top rows."""
    while time.time() < deadline:
        app.processEvents()
        model = page.model
        if any(model.entry_id(row) == entry_id for row in range(min(3, model.rowCount()))):
            page.table.viewport().repaint()
            return time.time()
        time.sleep(0.001)
    return None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    sub = parser.add_subparsers(dest="what", required=True)
    con = sub.add_parser("concurrent")
    con.add_argument("--processes", type=int, default=3)
    con.add_argument("--writes", type=int, default=200)
    ref = sub.add_parser("refresh")
    ref.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    if args.what == "concurrent":
        result = concurrent(args.db, args.processes, args.writes)
    else:
        result = refresh(args.db, args.runs)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
