"""Running a long, CPU-bound core job (a report) in a child process, so that the window's thread
never waits for Python's interpreter lock while it runs. The child opens the same journal file
(SQLite's WAL lets it read while the app writes) or server; the result comes back when it is done.

A server journal's password never goes on the child's command line (which every user of the
computer may read): when the window was given one, it travels with the job through the pool's
pipe and becomes the child's PGPASSWORD, where libpq looks for it."""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

_pool: ProcessPoolExecutor | None = None


def _pool_for_jobs() -> ProcessPoolExecutor:
    global _pool
    if _pool is None:
        # "spawn": a fresh interpreter, never a copy of a process that runs Qt threads.
        _pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    return _pool


def _build_report(db_path: str, request, out_path: str, lang_env: dict) -> int:
    for name, value in lang_env.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    from cxjournal.reports.building import build_report
    from cxjournal.store.connection import close_journal, open_journal

    open_journal(db_path)
    try:
        return build_report(request, out_path)
    finally:
        close_journal()


def build_report_in_child(db_path: str | Path, request, out_path: str | Path) -> int:
    """``build_report`` in a child process; returns the number of pages (errors are re-raised)."""
    env = {k: v for k, v in os.environ.items() if k in ("LANG", "LC_ALL", "LC_MESSAGES")}
    if str(db_path).startswith("postgresql://"):
        from cxjournal.store.server import session_password

        # Always said, so that a pool process kept from an earlier journal holds no stale one.
        env["PGPASSWORD"] = session_password() or os.environ.get("PGPASSWORD")
    future = _pool_for_jobs().submit(_build_report, str(db_path), request, str(out_path), env)
    return future.result()


def shut_down() -> None:
    global _pool
    if _pool is not None:
        _pool.shutdown(cancel_futures=True)
        _pool = None
