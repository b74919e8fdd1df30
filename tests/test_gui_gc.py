"""The garbage collector runs on the GUI thread only, from a timer (ui/shell/gui_gc.py)."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject

from cxjournal.ui.shell.gui_gc import GuiThreadCollector, collect_due


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_automatic_collection_is_off_and_the_timer_collects(qtbot):
    parent = QObject()
    was = gc.isenabled()
    try:
        collector = GuiThreadCollector(parent)
        assert not gc.isenabled() and collector.timer.isActive()
        gc.collect()
        before = gc.get_count()[0]
        for _ in range(gc.get_threshold()[0] + 10):
            _Cycle()
        assert gc.get_count()[0] > before  # nothing collected them on the way
        collect_due()
        assert gc.get_count()[0] < gc.get_threshold()[0]
    finally:
        if was:
            gc.enable()
