"""The Qt runtime the app is built on: guards against known-bad PySide6 releases."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    plain = Signal()
    valued = Signal(int)


def test_emitting_signals_does_not_leak_references_to_true():
    # PySide6 6.12.0 lost a reference to True on every emit(); after a few thousand emits Python
    # aborted with "bool_dealloc". A long day in the app emits far more than that.
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(500):
        emitter.plain.emit()
        emitter.valued.emit(1)
    # 1,000 emits: the bad release loses 1,000 references; a few may come and go meanwhile.
    assert abs(sys.getrefcount(True) - before) < 10
