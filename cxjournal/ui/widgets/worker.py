"""Work off the GUI thread: long jobs (reports, imports, backups) with progress and a result callback,
shown behind a progress dialog if wanted (``run_with_progress``), and short writes the window waits
for (``run_waiting``) without freezing.

The function runs in a pool thread; peewee gives that thread its own SQLite connection to the same
journal file (WAL lets it read while the window keeps working). Callbacks come back on the GUI thread.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from cxjournal.errors import CXJournalError

T = TypeVar("T")
SLOW_MS = 150  # after this long waiting for a write, the pointer shows that the app is busy


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


def start_job(fn, *, on_done=None, on_failed=None, on_progress=None, pool=None) -> Job:
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
    (pool or QThreadPool.globalInstance()).start(job)
    return job


def run_with_progress(parent: QWidget, title: str, fn, on_done) -> None:
    """Run ``fn(progress)`` in the background behind a modal progress dialog; errors are shown."""
    dialog = QProgressDialog(title, "", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setCancelButton(None)  # writes are transactional: they finish or change nothing
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    parent._data_progress = dialog  # kept alive while the job runs

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)

    def finished(result) -> None:
        dialog.reset()
        on_done(result)

    def failed(exc: Exception) -> None:
        dialog.reset()
        message = str(exc) if isinstance(exc, CXJournalError | OSError) else repr(exc)
        QMessageBox.warning(parent, title, message)

    start_job(fn, on_done=finished, on_failed=failed, on_progress=progress)


_writes: QThreadPool | None = None


def _writes_pool() -> QThreadPool:
    """The window's writes, one at a time, never queued behind a long report or import."""
    global _writes
    if _writes is None:
        _writes = QThreadPool()
        _writes.setMaxThreadCount(1)
    return _writes


def run_waiting(fn: Callable[..., T], *args, **kwargs) -> T:
    """``fn(*args, **kwargs)`` in a pool thread, returning its result (or raising its exception) here.

    A write may wait seconds for the journal's lock while another program saves. Meanwhile the window
    keeps painting and its timers run; what the user types or clicks is held until the write is done,
    so that no second action starts in the middle of the first."""
    context = contextvars.copy_context()  # the caller's language override, if any
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def finish(key: str, value: object) -> None:
        outcome[key] = value
        loop.quit()

    start_job(
        lambda _progress: context.run(fn, *args, **kwargs),
        on_done=lambda result: finish("result", result),
        on_failed=lambda exc: finish("error", exc),
        pool=_writes_pool(),
    )
    busy_cursor = QTimer(singleShot=True, interval=SLOW_MS)
    busy_cursor.timeout.connect(
        lambda: QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BusyCursor))
    )
    busy_cursor.start()
    try:
        if not outcome:
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    finally:
        if not busy_cursor.isActive():
            QGuiApplication.restoreOverrideCursor()
        busy_cursor.stop()
    if "error" in outcome:
        from cxjournal.ui.shell.bus import report_if_lost

        report_if_lost(outcome["error"])  # the caller still gets the error: it keeps its input
        raise outcome["error"]
    return outcome["result"]
