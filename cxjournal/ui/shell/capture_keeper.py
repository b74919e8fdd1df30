"""Quick captures left open when the account changes (Switch user from the lock screen, Sign out).

What someone typed belongs to them: saved after another account has signed in, it would be
recorded as made by that account, and the capture's completer was filled with the people the
previous account may see (a counter must not be offered staff). So when the account changes, every
open quick capture is closed without saving, and what it held is kept in this window's memory —
never on disk: it may be a staff concern — for the account that typed it; when that account signs
in again in this window, the capture opens again as it was left. Quitting the app loses it, as
closing the capture would have asked about.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow

_TEXTS = ("who", "title", "tags", "promised", "promise_due", "follow_up_on")
_CHOICES = ("side", "kind", "satisfaction", "channel")


@dataclass(frozen=True)
class KeptCapture:
    """What an open quick capture held, and the account that typed it."""

    account: str
    texts: dict[str, str]
    details: str
    choices: dict[str, object]  # the codes chosen (side, kind, satisfaction, channel)


def _open_captures() -> list:
    from cxjournal.ui.dialogs.quick_capture import QuickCaptureDialog

    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QuickCaptureDialog) and w.isVisible()
    ]


def set_aside_captures(window: QMainWindow, account: str) -> int:
    """Close every open quick capture without saving; what those with something typed held is
    kept for ``account``. How many were kept."""
    kept = getattr(window, "kept_captures", [])
    count = 0
    for dialog in _open_captures():
        if dialog.has_input():
            texts = {name: getattr(dialog, name).text() for name in _TEXTS}
            choices = {name: getattr(dialog, name).currentData() for name in _CHOICES}
            kept.append(KeptCapture(account, texts, dialog.details.toPlainText(), choices))
            count += 1
        dialog.done(QDialog.DialogCode.Rejected)  # not reject(): nobody is there to be asked
    window.kept_captures = kept
    return count


def give_back_captures(window: QMainWindow, account: str) -> None:
    """Open again, once the event loop is back, the captures kept for ``account``."""
    kept = getattr(window, "kept_captures", [])
    mine = [k for k in kept if k.account == account]
    window.kept_captures = [k for k in kept if k.account != account]
    for capture in mine:
        QTimer.singleShot(0, window, lambda capture=capture: _reopen(window, capture))


def _reopen(window: QMainWindow, capture: KeptCapture) -> None:
    from cxjournal.changes import Kind
    from cxjournal.ui.dialogs.quick_capture import QuickCaptureDialog
    from cxjournal.ui.shell.bus import announce
    from cxjournal.ui.widgets.combo import select_code

    dialog = QuickCaptureDialog(window)
    # the side first: it decides the kinds offered; who next: a known person fixes the side
    for name in _CHOICES:
        if name == "kind":
            dialog.who.setText(capture.texts["who"])
        if capture.choices[name] is not None:
            select_code(getattr(dialog, name), capture.choices[name])
    for name, text in capture.texts.items():
        getattr(dialog, name).setText(text)
    dialog.details.setPlainText(capture.details)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(_result: int) -> None:
        if dialog.saved is not None:
            announce(Kind.ENTRY, Kind.PERSON, Kind.PROMISE, Kind.FOLLOWUP, Kind.TAG)

    dialog.finished.connect(finished)
    dialog.open()  # window-modal, without a loop of its own inside the sign-in's
