"""What follows a window from one journal to another (File ▸ Open a shared journal…, Sign out,
Switch user…): the one-window-per-journal guard, so that a second launch on the new journal
comes to this window and a journal open in another window is not opened twice here; and the
watch of changes made elsewhere, whose listening connection was signed in to the journal (and as
the account) before.

The new journal's guard is taken before the switch and the old one let go only once the switch
succeeded: whatever happens, this window holds the guard of the journal it shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from cxjournal.errors import CXJournalError
from cxjournal.store.location import ServerAddress
from cxjournal.ui.shell.single_instance import SingleInstance


class OpenElsewhereError(CXJournalError):
    """The journal is open in another window of CX Journal on this computer (brought forward)."""


def _bring_forward(window) -> None:
    from cxjournal.ui.shell.tray import bring_to_front

    bring_to_front(window)


def claim_guard(window, location: Path | ServerAddress) -> SingleInstance | None:
    """The guard for ``location``, claimed for ``window`` (None: the window has no guard, e.g. in
    tests, or it holds this journal's already). Raises OpenElsewhereError when another window has
    it: that window was asked to come forward."""
    old = getattr(window, "instance_guard", None)
    if old is None:
        return None
    new = SingleInstance(location, window)
    if new.key == old.key:
        return None
    if not new.claim(listen=False):
        raise OpenElsewhereError(
            QCoreApplication.translate(
                "journal_switch",
                "That journal is open in another CX Journal window on this computer: it was "
                "brought forward. This window stays on its journal.",
            )
        )
    return new


def settle_guard(window, new: SingleInstance | None, switched: bool) -> None:
    """After a switch: keep the new guard and let the old one go, or the other way round."""
    if new is None:
        return
    if not switched:
        new.release()
        return
    window.instance_guard.release()
    window.instance_guard = new
    new.wake_requested.connect(lambda: _bring_forward(window))
    new.listen()


def watch_again(window) -> None:
    """Follow the journal now open: the old watch's connection belonged to the one before."""
    old = getattr(window, "journal_watch", None)
    if old is None:
        return
    from cxjournal.ui.shell.connection_banner import watch_journal

    old.stop()
    old.deleteLater()
    banner = getattr(window, "connection_banner", None)
    if banner is not None:
        banner.hide()
        banner.deleteLater()
    window.journal_watch = watch_journal(window)
