"""The window's one door for change notices: every change, from this window or elsewhere, arrives
here as a typed ``ChangeNotice`` (see cxjournal.changes), and each page refreshes only for the kinds
of record it shows."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from cxjournal.changes import ChangeNotice, Kind, Origin


@dataclass(frozen=True)
class EditMade:
    """An edit this window saved, for its undo stack: ``action(item_id, base=..., **values)`` is
    the service that made it; ``old`` and ``new`` the values of the fields it changed."""

    action: Callable
    item_id: int
    old: dict
    new: dict
    kind: Kind


class DataBus(QObject):
    changed = Signal(object)  # a ChangeNotice
    connection_lost = (
        Signal()
    )  # a read or write found the journal's server gone (see journal_watch)
    edited = Signal(object)  # an EditMade, for the window's undo stack


_bus: DataBus | None = None


def bus() -> DataBus:
    global _bus
    if _bus is None:
        _bus = DataBus()
    return _bus


def announce(
    *kinds: Kind,
    ids: Iterable[tuple[Kind, int]] = (),
    initiator: object | None = None,
    origin: Origin = Origin.THIS_WINDOW,
) -> ChangeNotice:
    """Tell every page that ``kinds`` changed (no kinds: anything may have); returns the notice."""
    if kinds:
        notice = ChangeNotice.of(*kinds, ids=ids, origin=origin, initiator=initiator)
    else:
        notice = ChangeNotice.everything(origin, initiator)
    _deliver(notice)
    return notice


def publish(notice: ChangeNotice) -> None:
    """Pass on a notice made elsewhere (another process or computer)."""
    _deliver(notice)


def _deliver(notice: ChangeNotice) -> None:
    if Kind.SETTING in notice.kinds:  # before any page reads them again
        from cxjournal.services.settings import forget_cached_settings

        forget_cached_settings()
    bus().changed.emit(notice)


def report_if_lost(error: BaseException) -> bool:
    """Tell the window that the journal's server went away, when ``error`` says so: it shows one
    banner and reconnects by itself (no message box per failed action). True when it did."""
    from cxjournal.errors import ConnectionLostError

    if isinstance(error, ConnectionLostError):
        bus().connection_lost.emit()
        return True
    return False


def remember_edit(action: Callable, item_id: int, old: dict, new: dict, kind: Kind) -> None:
    """Tell the window's undo stack about an edit just saved (nothing listens on its own)."""
    if new:
        bus().edited.emit(EditMade(action, item_id, dict(old), dict(new), kind))
