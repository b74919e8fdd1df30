"""Quitting right after the first paint of a window: how the benchmark and the build smoke test time
a cold start (``CXJOURNAL_EXIT_AFTER_PAINT=1 cxjournal``)."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "CXJOURNAL_EXIT_AFTER_PAINT"


class _FirstPaint(QObject):
    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and not getattr(self, "_seen", False):
            self._seen = True
            # After this paint has finished, report and leave.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"first-paint {time.time():.6f}", flush=True)
        QApplication.quit()


def timing_start() -> bool:
    """True when this run only measures the start (no welcome step, no reminders)."""
    return bool(os.environ.get(ENV))


def exit_after_first_paint_if_asked(window: QWidget) -> None:
    if not os.environ.get(ENV):
        return
    watcher = _FirstPaint(window)
    window.installEventFilter(watcher)
    # A window that never paints (no screen at all) must not hang the caller.
    QTimer.singleShot(60_000, lambda: sys.exit(3))
