"""Long work (reports, imports, backups) off the GUI thread, with progress and a result callback.

The function runs in a pool thread; peewee gives that thread its own SQLite connection to the same
journal file (WAL lets it read while the window keeps working). Callbacks come back on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """``fn(progress)`` in the background; ``progress(done, total)`` may be called from it."""

    def __init__(self, fn: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.setAutoDelete(False)

    def run(self) -> None:
        from cxjournal.store.connection import close_thread_connection

        try:
            result = self.fn(self.signals.progress.emit)
        except Exception as exc:  # handed to the GUI thread, which shows it politely
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)
        finally:
            close_thread_connection()  # this pool thread's own connection


_running: set[Job] = set()


def start_job(fn, *, on_done=None, on_failed=None, on_progress=None) -> Job:
    job = Job(fn)
    if on_progress:
        job.signals.progress.connect(on_progress)
    if on_done:
        job.signals.done.connect(on_done)
    if on_failed:
        job.signals.failed.connect(on_failed)
    _running.add(job)
    job.signals.done.connect(lambda *_: _running.discard(job))
    job.signals.failed.connect(lambda *_: _running.discard(job))
    QThreadPool.globalInstance().start(job)
    return job
