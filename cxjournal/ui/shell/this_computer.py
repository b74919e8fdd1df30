"""Choices that belong to one computer of the shop, not to the journal they share: kept in this
computer's own settings (QSettings, in the user's configuration folder), never in the journal.

"Show reminders on this computer" (on unless turned off): a computer where it is off never claims a
reminder, so another computer of the shop shows it, or, when none was open, the next one to start
lists it among the reminders missed while closed."""

from __future__ import annotations

from PySide6.QtCore import QSettings

SHOW_REMINDERS = "this_computer/show_reminders"


def shows_reminders() -> bool:
    """Does this computer show (and so claim) the journal's reminders?"""
    value = QSettings().value(SHOW_REMINDERS, True)
    return value not in (False, "false", "0", 0)


def set_shows_reminders(on: bool) -> None:
    settings = QSettings()
    settings.setValue(SHOW_REMINDERS, bool(on))
    settings.sync()


IDLE_LOCK_MINUTES = "this_computer/idle_lock_minutes"
SHARED_IDLE_LOCK_MINUTES = 10  # offered on a shared journal, where staff use the computers


def idle_lock_minutes(shared: bool) -> int:
    """Minutes without input before this computer locks the window (0: never). Unless chosen,
    off for a journal file (one user, whose computer account has its own lock) and 10 minutes for
    a shared journal."""
    value = QSettings().value(IDLE_LOCK_MINUTES)
    if value is None:
        return SHARED_IDLE_LOCK_MINUTES if shared else 0
    try:
        return max(0, int(value))
    except (TypeError, ValueError):
        return SHARED_IDLE_LOCK_MINUTES if shared else 0


def set_idle_lock_minutes(minutes: int) -> None:
    settings = QSettings()
    settings.setValue(IDLE_LOCK_MINUTES, max(0, int(minutes)))
    settings.sync()
