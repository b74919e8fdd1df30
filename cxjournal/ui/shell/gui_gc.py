"""Python's cyclic garbage collector runs on the GUI thread only.

Left to itself the collector runs in whichever thread happens to allocate when a threshold is
crossed — often a worker saving an entry (``ui/widgets/worker.py``). Collecting there can destroy
Qt objects that belong to the GUI thread, and Qt crashes (a segmentation fault, seen in the test
suite while a settings save ran in a worker). So, as Anki does, automatic collection is switched
off and a timer on the GUI thread collects each generation when its threshold is passed."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 1000


def collect_due() -> None:
    """Collect the generations whose counts passed their thresholds, as the automatic collector
    would, on the calling thread (the GUI thread)."""
    first, second, third = gc.get_threshold()
    young, middle, old = gc.get_count()
    if old > third:
        gc.collect(2)
    elif middle > second:
        gc.collect(1)
    elif young > first:
        gc.collect(0)


class GuiThreadCollector(QObject):
    """Keeps automatic collection off and collects from a GUI-thread timer."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self.timer = QTimer(self, interval=CHECK_MS)
        self.timer.timeout.connect(collect_due)
        self.timer.start()
