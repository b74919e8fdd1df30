"""Choices that belong to one computer rather than to the journal (kept in Qt's settings on this
computer, keyed by the journal): whether this computer makes the daily copy of a server journal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from cxjournal.store.location import ServerAddress
from cxjournal.ui.shell.single_instance import instance_key

SERVER_BACKUP_KEY = "server_backup/{key}"


def server_backup_wanted(location: Path | ServerAddress) -> bool:
    """Whether this computer makes the daily copy of the server journal at ``location`` (off by
    default: one or two computers of the shop are enough, and a copy holds every customer)."""
    return QSettings().value(SERVER_BACKUP_KEY.format(key=instance_key(location)), False, bool)


def set_server_backup_wanted(location: Path | ServerAddress, wanted: bool) -> None:
    QSettings().setValue(SERVER_BACKUP_KEY.format(key=instance_key(location)), bool(wanted))
