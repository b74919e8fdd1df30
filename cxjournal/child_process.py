"""Running a long, CPU-bound core job (a report, the daily copy of a server journal) in a child
process, so that the window's thread never waits for Python's interpreter lock while it runs. The
child opens the same journal: a file (SQLite's WAL lets it read while the app writes) or a server,
given by its address, which never holds a password (the child finds it where the window's process
did: PGPASSWORD in the environment it inherits, or ~/.pgpass); the result comes back when it is
done. A server journal's copy runs here because ``copy-to`` binds the models to the copy while it
writes: in the window's own process that would pull the journal from under its pages."""

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
    os.environ.update(lang_env)
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
    future = _pool_for_jobs().submit(_build_report, str(db_path), request, str(out_path), env)
    return future.result()


def _daily_server_backup(address: str, data_folder: str, today) -> str | None:
    from cxjournal.store.backup import daily_server_backup
    from cxjournal.store.connection import close_journal, open_journal

    open_journal(address)
    try:
        made = daily_server_backup(Path(data_folder), today)
    finally:
        close_journal()
    return str(made) if made else None


def daily_server_backup_in_child(address, data_folder: str | Path, today) -> str | None:
    """Today's automatic copy of the server journal at ``address`` (its ``str()``, no password)
    into ``data_folder``, in a child process; the new copy's path, or None if today's existed."""
    future = _pool_for_jobs().submit(_daily_server_backup, str(address), str(data_folder), today)
    return future.result()


def shut_down() -> None:
    global _pool
    if _pool is not None:
        _pool.shutdown(cancel_futures=True)
        _pool = None
