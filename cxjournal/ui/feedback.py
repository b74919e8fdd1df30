"""Calling a core service from a widget: errors become a readable message, never a traceback."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from cxjournal.changes import Kind
from cxjournal.errors import CXJournalError
from cxjournal.ui.bus import announce
from cxjournal.ui.worker import run_waiting

T = TypeVar("T")
ANYTHING: tuple[Kind, ...] = ()  # no kinds named: anything may have changed


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
        parent, run_waiting, action, *args, changed=changed, initiator=initiator, **kwargs
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
