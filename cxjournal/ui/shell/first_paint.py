"""The main window's first paint: work that the first screen does not need (answering a second
launch, reminders, the daily backup) starts after it, and the benchmark and the build smoke test time
a cold start by quitting right after it (``CXJOURNAL_EXIT_AFTER_PAINT=1 cxjournal``)."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "CXJOURNAL_EXIT_AFTER_PAINT"


class _FirstPaint(QObject):
    """Runs its callbacks once, after the watched widget's first paint has finished."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._callbacks: list[Callable[[], None]] = []
        self._seen = False
        widget.installEventFilter(self)

    def add(self, callback: Callable[[], None]) -> None:
        if self._seen and not self._callbacks:
            QTimer.singleShot(0, callback)  # painted already
        else:
            self._callbacks.append(callback)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._run)  # once this paint has reached the screen
        return False

    def _run(self) -> None:
        for callback in self._callbacks:
            callback()
        self._callbacks.clear()


def after_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once ``window`` has been painted for the first time."""
    # The watcher is the window's child object: found again by type, no attribute set on the window.
    watcher = window.findChild(_FirstPaint)
    if watcher is None:
        watcher = _FirstPaint(window)
    watcher.add(callback)


def timing_start() -> bool:
    """True when this run only measures the start (no welcome step, no reminders)."""
    return bool(os.environ.get(ENV))


def exit_after_first_paint_if_asked(window: QWidget) -> None:
    if not os.environ.get(ENV):
        return

    def report() -> None:
        # the time, then the CPU this process used until now (user and system)
        print(f"first-paint {time.time():.6f} cpu {time.process_time():.4f}", flush=True)
        QApplication.quit()

    after_first_paint(window, report)
    # A window that never paints (no screen at all) must not hang the caller.
    QTimer.singleShot(60_000, lambda: sys.exit(3))
