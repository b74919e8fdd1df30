"""In-process GUI measurements for benchmarks/run.py, on a journal given with --db: give it a scratch
copy, since the import whose stall it measures writes to it.

Prints one JSON line: search_ms, filter_ms, person_open_ms, scroll_rss_mb, gui_stall_ms (each a
median/p95 summary where repeated). Runs offscreen; a window is shown so that painting is measured.
With --writes-only it prints gui_write_stall_ms alone: the window saving entries while another
process holds the journal's write lock for seconds. With --search-detail it measures the searches
alone and prints, per term, where each search's time goes (``SearchPhases``).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SEARCH_TERMS = ["pain", "cafe", "café", "retard", "four", "Amélie", "commande spéciale", "ecole"]


def summary(values: list[float], digits: int = 2) -> dict:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {
        "median": round(statistics.median(ordered), digits),
        "p95": round(p95, digits),
        "runs": len(ordered),
    }


def rss_mb() -> float:
    """Resident memory now (Linux /proc), else the peak from getrusage."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def settle(app) -> None:
    """Let every posted event (debounce timers, repaints) run."""
    for _ in range(3):
        app.processEvents()


def timed_paint(app, view, action) -> float:
    """Milliseconds for ``action`` plus the view repainting its visible rows."""
    started = time.perf_counter()
    action()
    view.viewport().repaint()  # synchronous paint of what is on screen
    settle(app)
    return (time.perf_counter() - started) * 1000


def measure_search(app, page, runs: int) -> dict:
    times = []
    for _ in range(runs):
        for term in SEARCH_TERMS:
            times.append(timed_paint(app, page.table, lambda t=term: page.apply_search_now(t)))
        page.apply_search_now("")
    return summary(times)


class SearchPhases(logging.Handler):
    """Where a search's time goes, measured around the Journal's own calls (nothing changed in
    the page): the matches' count (on a server with the first block's rows) and the blocks read
    as they are shown (``journal_model``'s service calls, wall time: mostly the server's), the detail pane following the selection, the
    model reset as a whole (rows and pane included), the table's repaint, and the events that
    follow (the pane's and the labels' repaint, layouts); each phase's CPU too, and the
    statements sent (peewee's log)."""

    def __init__(self, page) -> None:
        super().__init__(logging.DEBUG)
        from cxjournal.ui.models import journal_model

        self.sent = 0
        self.phases: dict[str, float] = {}
        for counting in ("count_entries", "count_and_first_page"):  # the latter: a block too
            if hasattr(journal_model, counting):  # (older code counts alone)
                setattr(
                    journal_model, counting, self._timed("count", getattr(journal_model, counting))
                )
        journal_model.page_rows = self._timed("rows", journal_model.page_rows)
        page.detail.show_entry = self._timed("pane", page.detail.show_entry)
        page.model.endResetModel = self._timed("reset", page.model.endResetModel)
        logging.getLogger("peewee").addHandler(self)
        logging.getLogger("peewee").setLevel(logging.DEBUG)

    def emit(self, record) -> None:
        self.sent += 1

    def _timed(self, name: str, call):
        def timed(*args, **kwargs):
            wall, cpu = time.perf_counter(), time.process_time()
            try:
                return call(*args, **kwargs)
            finally:
                self._add(name, wall, cpu)

        return timed

    def _add(self, name: str, wall: float, cpu: float) -> None:
        self.phases[name] = self.phases.get(name, 0) + (time.perf_counter() - wall) * 1000
        cpu_name = f"{name}_cpu"
        self.phases[cpu_name] = self.phases.get(cpu_name, 0) + (time.process_time() - cpu) * 1000

    def search(self, app, page, term: str) -> dict:
        """One search as ``measure_search`` times it, phase by phase."""
        self.phases, self.sent = {}, 0
        wall, cpu = time.perf_counter(), time.process_time()
        page.apply_search_now(term)
        paint, paint_cpu = time.perf_counter(), time.process_time()
        page.table.viewport().repaint()
        self._add("paint", paint, paint_cpu)
        after, after_cpu = time.perf_counter(), time.process_time()
        settle(app)
        self._add("after", after, after_cpu)
        self._add("total", wall, cpu)
        return {**self.phases, "statements": self.sent}


def measure_search_detail(app, page, runs: int, terms: list[str] = SEARCH_TERMS) -> dict:
    """``measure_search``'s searches (or ``terms``), each split into phases: per term, the
    median of each."""
    phases = SearchPhases(page)
    by_term: dict[str, list[dict]] = {term: [] for term in terms}
    for _ in range(runs):
        for term in terms:
            by_term[term].append(phases.search(app, page, term))
        page.apply_search_now("")
    detail = {}
    for term, runs_of_term in by_term.items():
        names = sorted({name for one in runs_of_term for name in one})
        detail[term] = {
            name: round(statistics.median(one.get(name, 0) for one in runs_of_term), 1)
            for name in names
        }
    totals = [one["total"] for runs_of_term in by_term.values() for one in runs_of_term]
    return {"search_ms": summary(totals), "search_phases_ms": detail}


def filter_changes(page) -> list:
    """One change of each filter of the Journal page (side, kind, status, dates), made through its
    widgets as a click would; each narrows what the one before it left."""
    from cxjournal import clock
    from cxjournal import vocabulary as v

    today = clock.now().date()
    return [
        lambda: page.side.setCurrentIndex(page.side.findData(v.CUSTOMER)),
        lambda: page.kind.setCurrentIndex(page.kind.findData("complaint")),
        lambda: page.status.setCurrentIndex(page.status.findData("active")),
        lambda: page.date_from.set_value(today - timedelta(days=365)),
        lambda: page.date_to.set_value(today - timedelta(days=30)),
    ]


def measure_filters(app, page, runs: int) -> dict:
    times = []
    for _ in range(runs):
        for change in filter_changes(page):
            times.append(timed_paint(app, page.table, change))
        page.clear_filters()
    return summary(times)


def busiest_person() -> int:
    from peewee import fn

    from cxjournal.store.models import Entry

    row = (
        Entry.select(Entry.person, fn.COUNT(Entry.id).alias("n"))
        .where(Entry.person.is_null(False), Entry.deleted_at.is_null())
        .group_by(Entry.person)
        .order_by(fn.COUNT(Entry.id).desc())
        .limit(1)
        .get()
    )
    return row.person_id, row.n


def person_with_entries(count: int = 1000) -> tuple[int, int, int]:
    """The busiest person, topped up to ``count`` entries on this scratch journal (the issue times
    a person with 1,000 entries), and another person of the same side to switch from."""
    from cxjournal.services import entries
    from cxjournal.store.models import Person
    from cxjournal.store.search import reindex_entries

    person_id, have = busiest_person()
    person = Person.get_by_id(person_id)
    kind = "complaint" if person.side == "customer" else "concern"
    added = []
    from cxjournal.store.models import db

    with db.atomic():
        for n in range(max(0, count - have)):
            added.append(entries.log_entry(kind=kind, title=f"Suivi {n}", person=person_id).id)
    reindex_entries(added)
    other = (
        Person.select()
        .where(Person.side == person.side, Person.id != person_id, Person.deleted_at.is_null())
        .first()
    )
    return person_id, other.id, max(count, have)


def measure_person_open(app, window, runs: int) -> tuple[dict, int]:
    person_id, other_id, count = person_with_entries()
    page = window.show_page("customers")
    times = []
    for _ in range(runs * 3):
        page.focus_item("person", other_id)  # from someone else, as a person clicks
        settle(app)
        started = time.perf_counter()
        page.focus_item("person", person_id)
        settle(app)
        page.repaint()
        times.append((time.perf_counter() - started) * 1000)
    return summary(times), count


def measure_scroll(app, page) -> float:
    page.apply_search_now("")
    table = page.table
    bar = table.verticalScrollBar()
    step = max(1, bar.pageStep())
    for value in range(0, bar.maximum() + step, step):
        bar.setValue(value)
        table.viewport().repaint()
        app.processEvents()
    return rss_mb()


def _run_and_wait(start_job, fn, loop, failure: list) -> None:
    start_job(
        fn, on_done=lambda *_: loop.quit(), on_failed=lambda e: (failure.append(e), loop.quit())
    )
    loop.exec()


def measure_stall(app, jobs) -> dict:
    """Longest lateness of a 10 ms timer while each job runs in the background."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from cxjournal.ui.widgets.worker import start_job

    results = {}
    for name, fn in jobs:
        clock = QElapsedTimer()
        worst = [0.0]
        last = [0]
        ticker = QTimer()
        ticker.setInterval(10)

        def tick(clock=clock, worst=worst, last=last) -> None:
            now = clock.elapsed()
            worst[0] = max(worst[0], now - last[0] - 10)
            last[0] = now

        ticker.timeout.connect(tick)
        results[name] = None
        loop = QEventLoop()
        failure: list[Exception] = []
        clock.start()
        ticker.start()
        _run_and_wait(start_job, fn, loop, failure)
        ticker.stop()
        if failure:
            raise failure[0]
        results[name] = round(worst[0], 1)
    return results


def _on_server(db: str) -> bool:
    return db.startswith("postgresql://")


def background_jobs(db: str, scratch: Path) -> list:
    from cxjournal import clock
    from cxjournal.child_process import build_report_in_child
    from cxjournal.months import shift_month
    from cxjournal.reports.building import MONTHLY, ReportRequest

    today = clock.now().date()
    year, month = shift_month(today.year, today.month, -1)
    jobs = [
        (
            "report",
            lambda progress: build_report_in_child(  # as the Reports page builds it
                db, ReportRequest(MONTHLY, year=year, month=month), scratch / "stall.pdf"
            ),
        )
    ]
    if _on_server(db):  # a server journal is saved to a file by copying it
        from cxjournal.store.copying import copy_to

        jobs.append(("backup", lambda progress: copy_to(scratch / "stall-backup.db")))
    else:
        from cxjournal.store.backup import backup_to

        jobs.append(("backup", lambda progress: backup_to(scratch / "stall-backup.db")))
    try:
        from cxjournal.io.people_import import import_people

        people_csv = scratch / "people.csv"
        if people_csv.exists():
            jobs.append(("import", lambda progress: import_people(people_csv, side="customer")))
    except ImportError:
        pass
    return jobs


# Another process in the middle of a long write (an import, a demo): it holds the write lock, then
# commits. "held" says the lock is taken. On a server it holds the lock that new entries need.
SERVER_HOLDER = """
import sys, time
from cxjournal.store.location import parse_server_address
import psycopg
server = parse_server_address(sys.argv[1])
con = psycopg.connect(dbname=server.dbname, **server.connect_params())
con.execute("LOCK TABLE entry IN SHARE ROW EXCLUSIVE MODE")
print("held", flush=True)
time.sleep(float(sys.argv[2]))
con.commit()
"""
HOLDER = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
con.execute("UPDATE schema_version SET version = version")
print("held", flush=True)
time.sleep(float(sys.argv[2]))
con.execute("COMMIT")
"""


def measure_write_stall(app, db: str, hold_s: float = 2.0) -> dict:
    """Longest lateness of a 10 ms timer while the window saves entries one after another and
    another process holds the write lock for ``hold_s``: the way the window writes
    (``run_waiting``), and for comparison a plain call on the GUI thread."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    from cxjournal.services.entries import log_entry
    from cxjournal.ui.widgets.worker import run_waiting

    results = {}
    for name, call in (("off_thread", run_waiting), ("on_gui_thread", lambda fn, **kw: fn(**kw))):
        holder = subprocess.Popen(
            [sys.executable, "-c", SERVER_HOLDER if _on_server(db) else HOLDER, db, str(hold_s)],
            stdout=subprocess.PIPE,
            text=True,
        )
        if holder.stdout.readline().strip() != "held":
            raise RuntimeError("the lock holder did not start")
        clock = QElapsedTimer()
        worst, last = [0.0], [0]

        def tick(clock=clock, worst=worst, last=last) -> None:
            now = clock.elapsed()
            worst[0] = max(worst[0], now - last[0] - 10)
            last[0] = now

        ticker = QTimer(interval=10)
        ticker.timeout.connect(tick)
        clock.start()
        ticker.start()
        saved, deadline = 0, time.monotonic() + hold_s + 0.5
        while time.monotonic() < deadline:  # the owner keeps saving what customers say
            call(log_entry, kind="praise", side="customer", title=f"stall {name} {saved}")
            saved += 1
            app.processEvents()
        tick()
        ticker.stop()
        holder.wait(timeout=30)
        results[name] = {"max_lateness_ms": round(worst[0], 1), "writes": saved}
    return results


def _write_results(writes: dict) -> dict:
    return {
        "gui_write_stall_ms": writes["off_thread"]["max_lateness_ms"],
        "gui_write_stall_detail": writes,
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True, help="a journal file or a postgresql:// address")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--people-csv", type=Path, help="a CSV for the import stall test")
    parser.add_argument("--writes-only", action="store_true", help="only gui_write_stall_ms")
    parser.add_argument(
        "--search-detail", action="store_true", help="only the searches, per term and phase"
    )
    parser.add_argument("--terms", nargs="+", default=SEARCH_TERMS, help="with --search-detail")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from cxjournal.services.settings import keep_settings_cached
    from cxjournal.store.connection import close_journal, open_journal
    from cxjournal.ui.shell.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        if args.people_csv:
            shutil.copy(args.people_csv, scratch / "people.csv")
        open_journal(args.db)
        keep_settings_cached(True)  # as the app's window does (ui/shell/app.py)
        window = MainWindow()
        window.resize(1280, 720)
        window.show()
        settle(app)
        if args.writes_only:
            writes = measure_write_stall(app, args.db)
            print(json.dumps(_write_results(writes)))
            window.close()
            close_journal()
            return 0
        journal = window.show_page("journal")
        settle(app)
        if args.search_detail:
            detail = measure_search_detail(app, journal, args.runs, args.terms)
            print(json.dumps(detail, ensure_ascii=False))
            window.close()
            close_journal()
            return 0
        results: dict = {}
        results["search_ms"] = measure_search(app, journal, args.runs)
        results["filter_ms"] = measure_filters(app, journal, args.runs)
        person, count = measure_person_open(app, window, args.runs)
        results["person_open_ms"] = person
        results["person_open_entries"] = count
        window.show_page("journal")
        results["scroll_rss_mb"] = round(measure_scroll(app, journal), 1)
        stalls = measure_stall(app, background_jobs(args.db, scratch))
        results["gui_stall_ms"] = max(stalls.values())
        results["gui_stall_by_job_ms"] = stalls
        results.update(_write_results(measure_write_stall(app, args.db)))
        window.close()
        close_journal()
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
