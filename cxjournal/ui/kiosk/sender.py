"""Saving what the kiosk was told, off the GUI thread, without ever losing it: each rating is a
write waiting in order; one that fails (the journal busy, the server gone) stays first in line and
is tried again every few seconds, and the kiosk shows how many are waiting."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from cxjournal.ui.widgets.worker import run_waiting

RETRY_MS = 10_000


class RatingSender(QObject):
    """Writes in order; ``waiting`` (the number not saved yet) is announced whenever it changes."""

    waiting_changed = Signal(int)

    def __init__(self, parent: QObject | None = None, retry_ms: int = RETRY_MS) -> None:
        super().__init__(parent)
        self.unsent: list[Callable[[], object]] = []
        self.last_error: Exception | None = None
        self._retry = QTimer(self, singleShot=True, interval=retry_ms)
        self._retry.timeout.connect(self.flush)

    def send(self, write: Callable[[], object]) -> None:
        """``write`` (a service call with its values and time already fixed) as soon as it can."""
        self.unsent.append(write)
        self.flush()

    def flush(self) -> None:
        while self.unsent:
            try:
                run_waiting(self.unsent[0])
            except Exception as exc:  # kept and retried: a kiosk never drops a rating silently
                self.last_error = exc
                print(f"cxjournal kiosk: not saved yet, will retry: {exc}", file=sys.stderr)
                self._retry.start()
                break
            self.unsent.pop(0)
        self.waiting_changed.emit(len(self.unsent))
