"""Calling a core service from a widget: errors become a readable message, never a traceback; a
write waits for the journal off the GUI thread, and the input that arrives meanwhile is dropped."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from cxjournal.changes import Kind
from cxjournal.errors import CXJournalError
from cxjournal.ui.shell.bus import announce, report_if_lost
from cxjournal.ui.widgets.worker import run_waiting

T = TypeVar("T")
ANYTHING: tuple[Kind, ...] = ()  # no kinds named: anything may have changed

# Presses, keys and wheel turns: what could start a second action. Moves and hovering stay harmless.
_INPUT = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.Shortcut,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
    }
)


class _InputDropper(QObject):
    """Installed on the application while a write is in flight: clicks and keys go nowhere."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() in _INPUT


_dropper: _InputDropper | None = None
_writing = 0  # writes in flight; the dropper stays while any is


def write_waiting(fn: Callable[..., T], *args, **kwargs) -> T:
    """``run_waiting`` for a write the user started: the click that started it is not repeated.

    While ``run_waiting`` waits for the journal, the window system holds the user's clicks and
    keys and delivers them once the write is done, so a double-click on Done would complete two
    items. Here the input that arrives before the write is done is delivered (the queue is
    flushed) while a filter drops it; input after that is handled normally."""
    global _dropper, _writing
    app = QCoreApplication.instance()
    if app is None:
        return run_waiting(fn, *args, **kwargs)
    if _dropper is None:
        _dropper = _InputDropper()
    if _writing == 0:
        app.installEventFilter(_dropper)
    _writing += 1
    try:
        return run_waiting(fn, *args, **kwargs)
    finally:
        try:
            QCoreApplication.processEvents()  # the held input reaches the filter now
        finally:
            _writing -= 1
            if _writing == 0:
                app.removeEventFilter(_dropper)


def attempt(
    parent: QWidget | None,
    action: Callable[..., T],
    *args,
    changed: Kind | tuple[Kind, ...] | None = ANYTHING,
    initiator: object | None = None,
    **kwargs,
) -> T | None:
    """Run ``action``; on a user error show its message and return None. Announce the change
    (``changed=None``: it changed nothing); ``initiator`` refreshes itself and is not told again."""
    try:
        result = action(*args, **kwargs)
    except CXJournalError as exc:
        if report_if_lost(exc):
            return None  # the connection banner says it, once, instead of a box per action
        QMessageBox.warning(
            parent, QCoreApplication.translate("feedback", "Cannot do that"), str(exc)
        )
        return None
    if changed is not None:
        kinds = (changed,) if isinstance(changed, Kind) else changed
        announce(*kinds, initiator=initiator)
    return result


def attempt_write(
    parent: QWidget | None,
    action: Callable[..., T],
    *args,
    changed: Kind | tuple[Kind, ...] | None = ANYTHING,
    initiator: object | None = None,
    **kwargs,
) -> T | None:
    """``attempt`` for a service that writes: it runs off the GUI thread, so that waiting for the
    journal while another program saves to it never freezes the window."""
    return attempt(
        parent, write_waiting, action, *args, changed=changed, initiator=initiator, **kwargs
    )


def confirm(parent: QWidget | None, title: str, question: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
