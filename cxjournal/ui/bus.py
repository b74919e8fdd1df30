"""One signal the whole window listens to: "the journal changed", so every page can refresh itself."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataBus(QObject):
    # what changed: "person", "entry", "promise", "followup", "settings", or "all"
    changed = Signal(str)


_bus: DataBus | None = None


def bus() -> DataBus:
    global _bus
    if _bus is None:
        _bus = DataBus()
    return _bus


def announce(what: str = "all") -> None:
    bus().changed.emit(what)
