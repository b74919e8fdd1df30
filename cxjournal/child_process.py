"""Running a long, CPU-bound core job (a report, the daily copy of a server journal) in a child
process, so that the window's thread never waits for Python's interpreter lock while it runs. The
child opens the same journal: a file (SQLite's WAL lets it read while the app writes) or a server;
the result comes back when it is done. A server journal's copy runs here because ``copy-to`` binds
the models to the copy while it writes: in the window's own process that would pull the journal
from under its pages.

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


def _take_env(env: dict) -> None:
    for name, value in env.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


def _job_env(db_path: str | Path, names: tuple[str, ...] = ()) -> dict:
    """What the child needs from this process's environment, and a server journal's password."""
    env = {k: v for k, v in os.environ.items() if k in names}
    if str(db_path).startswith("postgresql://"):
        from cxjournal.store.server import session_password

        # Always said, so that a pool process kept from an earlier journal holds no stale one.
        env["PGPASSWORD"] = session_password() or os.environ.get("PGPASSWORD")
    return env


def _build_report(db_path: str, request, out_path: str, lang_env: dict) -> int:
    _take_env(lang_env)
    from cxjournal.reports.building import build_report
    from cxjournal.store.connection import close_journal, open_journal

    open_journal(db_path)
    try:
        return build_report(request, out_path)
    finally:
        close_journal()


def build_report_in_child(db_path: str | Path, request, out_path: str | Path) -> int:
    """``build_report`` in a child process; returns the number of pages (errors are re-raised)."""
    env = _job_env(db_path, ("LANG", "LC_ALL", "LC_MESSAGES"))
    future = _pool_for_jobs().submit(_build_report, str(db_path), request, str(out_path), env)
    return future.result()


def _daily_server_backup(address: str, data_folder: str, today, env: dict) -> str | None:
    _take_env(env)
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
    env = _job_env(str(address))
    future = _pool_for_jobs().submit(
        _daily_server_backup, str(address), str(data_folder), today, env
    )
    return future.result()


def shut_down() -> None:
    global _pool
    if _pool is not None:
        _pool.shutdown(cancel_futures=True)
        _pool = None
