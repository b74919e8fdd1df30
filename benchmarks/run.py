"""CX Journal's performance benchmark: builds (or reuses) a ten-year journal and prints the figures.

    python benchmarks/run.py [--out results.json] [--runs 5] [--data benchmarks/out]
    python benchmarks/run.py --db postgresql://user@host/dbname …   (the same on a server)

The journal is made by ``cxjournal demo`` (2,000 people, 100,000 entries over ten years). Each figure is
the median and p95 over repeated runs, printed as one JSON object; the budgets of issue 7 are checked
and shown beside them, but nothing here fails a test run: this is a measuring tool, not a unit test.
With ``--db postgresql://…`` the same journals are copied onto that server (``copy-to``, into
databases made beside the one named: see benchmarks/server_db.py) and measured there; the budgets
are the same except start-up (2.5 times a bare window instead of 2).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

import server_db

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent

BUDGETS = {
    "start_ratio": 2.0,
    "search_ms": 50,
    "filter_ms": 100,
    "person_open_ms": 100,
    "rss_ratio": 4.0,
    "report_s": 3,
    "import_s": 3,
    "import_entries_s": 3,
    "backup_s": 2,
    "insights_ms": 1000,
    "gui_stall_ms": 100,
    "gui_write_stall_ms": 100,
    # A commit by one process until another window has repainted it (both engines).
    "refresh_ms": 1000,
}


SERVER_BUDGETS = {"start_ratio": 2.5}


def summary(values: list[float], digits: int = 3) -> dict:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {
        "median": round(statistics.median(ordered), digits),
        "p95": round(p95, digits),
        "runs": len(ordered),
    }


def python_env() -> dict:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: modules load from their bytecode
    # The app's own settings and data folder (window size, logs) are the benchmark's, not the
    # user's: runs are alike, and the user's are left alone.
    env["XDG_CONFIG_HOME"] = str(HERE / "out" / "home" / "config")
    env["XDG_DATA_HOME"] = str(HERE / "out" / "home" / "data")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def run_cli(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "cxjournal", *args],
        capture_output=True,
        text=True,
        env=python_env(),
        check=True,
    )
    return done.stdout


def ensure_journal(path: Path, *, people: int, entries: int, months: int) -> Path:
    if not path.exists():
        print(
            f"building {path.name}: {people} people, {entries} entries, {months} months…",
            file=sys.stderr,
        )
        run_cli(
            "--db",
            str(path),
            "demo",
            "--people",
            str(people),
            "--entries",
            str(entries),
            "--months",
            str(months),
            "--seed",
            "7",
            "--lang",
            "fr",
        )
    return path


class Journals:
    """Where the measured journals live: files under ``--data``, or, with ``--db``, databases on
    that server filled from the same files (``copy-to``)."""

    def __init__(self, data: Path, server: str | None) -> None:
        self.data, self.server = data, server
        self._scratch: dict[str, str] = {}

    def _on_server(self, source: Path, suffix: str, *, reuse: bool) -> str:
        target = server_db.sibling(self.server, suffix)
        if reuse and server_db.entry_count(target) == _file_entries(source):
            return target
        target = server_db.fresh(self.server, suffix)
        print(f"copying {source.name} onto the server ({suffix})…", file=sys.stderr)
        run_cli("--db", str(source), "copy-to", target)
        return target

    def big(self) -> str:
        path = ensure_journal(self.data / "bench-100k.db", people=2000, entries=100_000, months=120)
        return self._on_server(path, "bench", reuse=True) if self.server else str(path)

    def month(self) -> str:
        path = ensure_journal(self.data / "bench-month.db", people=400, entries=6500, months=2)
        return self._on_server(path, "month", reuse=True) if self.server else str(path)

    def scratch(self, name: str) -> str:
        """A copy of the big journal that measurements may write to (made once per run)."""
        if name not in self._scratch:
            self._scratch[name] = self._copy_of_big(name)
        return self._scratch[name]

    def _copy_of_big(self, name: str) -> str:
        big = self.data / "bench-100k.db"
        if self.server:
            self.big()
            return self._on_server(big, name, reuse=False)
        scratch = self.data / f"{name}.db"
        copy_journal(big, scratch)
        return str(scratch)

    def empty(self, name: str) -> str:
        """A place for a new journal (made by the first command that opens it)."""
        if self.server:
            return server_db.fresh(self.server, name)
        target = self.data / f"{name}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        return str(target)

    def fullest_month(self, journal: str) -> tuple[str, int]:
        return server_db.fullest_month(journal) if self.server else fullest_month(Path(journal))


def _file_entries(path: Path) -> int:
    import sqlite3

    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return con.execute("SELECT count(*) FROM entry").fetchone()[0]
    finally:
        con.close()


def time_to_first_paint(command: list[str], env: dict) -> tuple[float, float]:
    """Seconds from launch to the first paint, and the CPU seconds the process used until then
    ("first-paint <time> cpu <seconds>")."""
    env = dict(env, CXJOURNAL_EXIT_AFTER_PAINT="1")
    started = time.time()
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    for line in done.stdout.splitlines():
        if line.startswith("first-paint "):
            fields = line.split()
            return float(fields[1]) - started, float(fields[3])
    raise RuntimeError(f"no first paint from {command}: {done.stdout}\n{done.stderr}")


def measure_start(journal: str, runs: int) -> dict:
    env = python_env()
    # An installed app runs from compiled bytecode (pip and PyInstaller compile it); so does this.
    import compileall

    compileall.compile_dir(ROOT / "cxjournal", quiet=1)
    app = [sys.executable, "-m", "cxjournal", "--db", str(journal)]
    bare = [sys.executable, str(HERE / "bare_qt.py")]
    time_to_first_paint(app, env)  # one warm-up each, so the file cache is the same for both
    time_to_first_paint(bare, env)
    app_runs, bare_runs = [], []
    for _ in range(runs):
        app_runs.append(time_to_first_paint(app, env))
        bare_runs.append(time_to_first_paint(bare, env))
    start, bare_start = summary([w for w, _ in app_runs]), summary([w for w, _ in bare_runs])
    # The CPU each used until its first paint: steadier than wall times when the machine is busy
    # (shown beside them; the budget is on the wall times).
    cpu, bare_cpu = summary([c for _, c in app_runs]), summary([c for _, c in bare_runs])
    return {
        "start_s": start,
        "bare_qt_start_s": bare_start,
        "start_ratio": round(start["median"] / bare_start["median"], 2),
        "start_cpu_s": cpu,
        "bare_qt_start_cpu_s": bare_cpu,
        "start_cpu_ratio": round(cpu["median"] / bare_cpu["median"], 2),
    }


def probe(*args: str) -> dict:
    """Run the in-process GUI probe (benchmarks/gui_probe.py) and read its JSON."""
    done = subprocess.run(
        [sys.executable, str(HERE / "gui_probe.py"), *args],
        capture_output=True,
        text=True,
        env=python_env(),
        timeout=1800,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-3000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def bare_rss() -> float:
    done = subprocess.run(
        [sys.executable, str(HERE / "bare_qt.py"), "--rss"],
        capture_output=True,
        text=True,
        env=python_env(),
        check=True,
    )
    return float(done.stdout.split()[-1])


def copy_journal(source: Path, target: Path) -> None:
    """A consistent copy (SQLite's backup API: a plain file copy could miss the WAL)."""
    import sqlite3

    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def fullest_month(journal: Path) -> tuple[str, int]:
    import sqlite3

    con = sqlite3.connect(f"{journal.resolve().as_uri()}?mode=ro", uri=True)
    try:
        month, count = con.execute(
            "SELECT substr(occurred_at, 1, 7) AS m, count(*) FROM entry WHERE deleted_at IS NULL "
            "GROUP BY m ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
    finally:
        con.close()
    return month, count


def measure_report(journals: Journals, runs: int, out_dir: Path) -> dict:
    journal = journals.month()
    month, count = journals.fullest_month(journal)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run_cli("--db", journal, "report", "monthly", "--month", month, "--out",
                str(out_dir / "monthly.pdf"))  # fmt: skip
        times.append(time.perf_counter() - started)
    return {"report_s": summary(times), "report_month": month, "report_month_entries": count}


def measure_insights(journal: str, runs: int) -> dict:
    """``cxjournal insights`` over 24 months, as an owner runs it: the whole command, start included."""
    run_cli("--db", str(journal), "insights", "--months", "24", "--json")  # warm the file cache
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run_cli("--db", str(journal), "insights", "--months", "24", "--json")
        times.append((time.perf_counter() - started) * 1000)
    return {"insights_ms": summary(times, digits=0)}


def write_people_csv(path: Path, count: int) -> None:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "side", "organisation", "email", "phone"])
        for i in range(count):
            writer.writerow(
                [
                    f"Client {i} Élodie-Zoë",
                    "customer",
                    "Café des Sports" if i % 9 == 0 else "",
                    f"client{i}@example.fr",
                    f"06 {i // 10000:02d} {i % 10000:04d} 00",
                ]
            )


def time_import(what: str, source: Path, runs: int, journals: Journals) -> list[float]:
    """Seconds of ``cxjournal import WHAT SOURCE``, whole command, into a fresh journal each run."""
    times = []
    for run in range(runs):
        target = journals.empty(f"import-{what}-{run}".replace("-", "_"))
        run_cli("--db", target, "department", "list")  # create the empty journal first
        started = time.perf_counter()
        run_cli("--db", target, "import", what, str(source))
        times.append(time.perf_counter() - started)
    return times


def measure_import(runs: int, journals: Journals) -> dict:
    source = journals.data / "people-10000.csv"
    write_people_csv(source, 10_000)
    times = time_import("people", source, runs, journals)  # customers: the default side
    return {"import_s": summary(times), "import_rows": 10_000}


def write_history_csv(path: Path, count: int) -> None:
    """A year of a shop's history as French Excel saves it: semicolons, Windows-1252, French
    headers and words, 500 customers named again and again, a third answered and resolved."""
    kinds = ("Réclamation", "Compliment", "Suggestion", "Question", "Demande")
    with open(path, "w", newline="", encoding="cp1252") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(
            ["Date", "Client", "Type", "Objet", "Détails", "Note", "Étiquettes", "Statut",
             "Réponse", "Date de réponse", "Résolution", "Date de résolution"]
        )  # fmt: skip
        for i in range(count):
            day, hour = 1 + i % 28, 8 + i % 10
            when = f"{day:02d}/{1 + i % 12:02d}/2025 {hour:02d}:{i % 60:02d}"
            answered = i % 3 == 0
            later = f"{day:02d}/{1 + i % 12:02d}/2025 {hour + 1:02d}:{i % 60:02d}"
            writer.writerow(
                [when, f"Client {i % 500} Élodie", kinds[i % 5], f"Visite n° {i}",
                 "Le café était froid, « encore »", 1 + i % 5, "café, accueil",
                 "Résolu" if answered else "", "Rappelée" if answered else "",
                 later if answered else "", "Café offert" if answered else "",
                 later if answered else ""]
            )  # fmt: skip


def measure_import_entries(runs: int, journals: Journals) -> dict:
    source = journals.data / "history-10000.csv"
    write_history_csv(source, 10_000)
    times = time_import("entries", source, runs, journals)
    return {"import_entries_s": summary(times), "import_entries_rows": 10_000}


def measure_backup(journal: str, runs: int, out_dir: Path, *, server: bool) -> dict:
    """``cxjournal backup`` of a file; a server journal is saved to a file with ``copy-to``."""
    times = []
    for run in range(runs):
        target = out_dir / f"backup-{run}.db"
        target.unlink(missing_ok=True)
        command = ("copy-to", str(target)) if server else ("backup", "--out", str(target))
        started = time.perf_counter()
        run_cli("--db", journal, *command)
        times.append(time.perf_counter() - started)
    size = server_db.size_mb(journal) if server else round(Path(journal).stat().st_size / 2**20, 1)
    return {"backup_s": summary(times), "journal_mb": size}


def measure_live(journal: str, what: list[str]) -> dict:
    """benchmarks/live.py (several writers, live refresh) on a scratch journal."""
    done = subprocess.run(
        [sys.executable, str(HERE / "live.py"), "--db", journal, *what],
        capture_output=True, text=True, env=python_env(), timeout=1800,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-3000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def machine() -> dict:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next(
                line.split(":", 1)[1].strip() for line in info if line.startswith("model name")
            )
    except (OSError, StopIteration):
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "system": platform.platform(),
        "qt_platform": python_env()["QT_QPA_PLATFORM"],
    }


def check_budgets(results: dict, *, server: bool) -> dict:
    verdict = {}
    budgets = BUDGETS | SERVER_BUDGETS if server else BUDGETS
    for name, budget in budgets.items():
        value = results.get(name)
        if value is None:
            continue
        figure = value["p95"] if isinstance(value, dict) else value
        verdict[name] = {"value": figure, "budget": budget, "ok": figure <= budget}
    writes = results.get("concurrent_writes")
    if writes:
        lost = writes["failures"] + writes["lost"]
        verdict["concurrent_writes"] = {"value": lost, "budget": 0, "ok": lost == 0}
    return verdict


GROUPS = ("start", "gui", "report", "import", "import_entries", "backup", "insights",
          "concurrent", "refresh")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="also write the JSON here")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--start-runs",
        type=int,
        default=41,
        help="start pairs (app, bare window): cheap and the noisiest figure, so more of them",
    )
    parser.add_argument(
        "--data",
        type=Path,
        default=HERE / "out",
        help="folder for the journals the benchmark builds and reuses",
    )
    parser.add_argument(
        "--db",
        help="a postgresql:// address: measure on that server (the login needs CREATEDB)",
    )
    parser.add_argument(
        "--only", nargs="*", help=f"measure only these groups: {' '.join(GROUPS)} (and writers)"
    )
    args = parser.parse_args()
    args.data.mkdir(parents=True, exist_ok=True)
    groups = set(args.only or GROUPS)
    server = bool(args.db)
    journals = Journals(args.data, args.db)
    big = journals.big()
    results: dict = {"machine": machine(), "engine": "postgresql" if server else "sqlite"}
    if "start" in groups:
        results.update(measure_start(big, args.start_runs))
    if "gui" in groups:
        scratch = journals.scratch("probe")  # the probe's import writes: keep the big one clean
        people_csv = args.data / "people-10000.csv"
        write_people_csv(people_csv, 10_000)
        gui = probe("--db", scratch, "--runs", str(args.runs), "--people-csv", str(people_csv))
        results.update(gui)
        results["bare_qt_rss_mb"] = round(bare_rss(), 1)
        results["rss_ratio"] = round(results["scroll_rss_mb"] / results["bare_qt_rss_mb"], 2)
    if "writers" in groups and "gui" not in groups:  # "gui" measures it too
        results.update(probe("--db", journals.scratch("probe"), "--writes-only"))
    measures = (
        ("report", lambda: measure_report(journals, args.runs, args.data)),
        ("import", lambda: measure_import(args.runs, journals)),
        ("import_entries", lambda: measure_import_entries(args.runs, journals)),
        ("backup", lambda: measure_backup(big, args.runs, args.data, server=server)),
        ("insights", lambda: measure_insights(big, args.runs)),
        ("concurrent", lambda: measure_live(journals.scratch("live"), ["concurrent"])),
        ("refresh", lambda: measure_live(journals.scratch("live"), ["refresh"])),
    )
    for group, measure in measures:
        if group in groups:
            try:
                results.update(measure())
            except (subprocess.CalledProcessError, RuntimeError) as exc:  # reported, not hidden
                text = getattr(exc, "stderr", None) or str(exc)
                results[f"{group}_error"] = text.strip()[-300:]
    results["budgets"] = check_budgets(results, server=server)
    text = json.dumps(results, indent=2, ensure_ascii=False)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
