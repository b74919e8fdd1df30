"""Changes committed elsewhere (the command line, another program, another computer) reach the
window: new rows of the change log become ``ChangeNotice``s passed to the bus's ``publish``, so
pages refresh only what changed. On a file a timer looks every 200 ms (``PRAGMA data_version``
first, the log only when it moved); on a server the listening connection's socket wakes a
``QSocketNotifier``, and a slower timer catches up after a reconnection."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from cxjournal.changes import ChangeNotice, Kind, Origin
from cxjournal.store.changelog import Change, ChangeWatcher
from cxjournal.ui.shell.bus import publish

FILE_POLL_MS = 200
SERVER_SAFETY_MS = 5000
# a response is part of its entry (the log names the response); a pulse answer is a rating
_KINDS = {"response": Kind.ENTRY, "pulse": Kind.RATING}


def notice_for(changes: list[Change], origin: Origin) -> ChangeNotice:
    """One notice for a batch of log rows: the kinds, and the ids of each kind when all are known."""
    kinds: dict[Kind, set[int] | None] = {}
    for change in changes:
        kind = _KINDS.get(change.kind) or Kind(change.kind)
        known = kinds.setdefault(kind, set())
        if known is None or change.item_id is None or change.kind in _KINDS:
            kinds[kind] = None  # some of that kind unknown: refresh all of it
        else:
            known.add(change.item_id)
    ids = [(kind, item) for kind, items in kinds.items() for item in items or ()]
    return ChangeNotice.of(*kinds, ids=ids, origin=origin)


class JournalWatch(QObject):
    """Publishes the changes committed elsewhere to the open journal, from its creation on."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.watcher = ChangeWatcher()
        self.origin = Origin.OTHER_COMPUTER if self.watcher.remote else Origin.OTHER_PROCESS
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.notifier: QSocketNotifier | None = None
        self._follow_socket()
        self.timer.start(SERVER_SAFETY_MS if self.watcher.remote else FILE_POLL_MS)

    def _follow_socket(self) -> None:
        """Watch the listening socket (a new one after a reconnection)."""
        socket = self.watcher.fileno()
        if self.notifier is not None and self.notifier.socket() == socket:
            return
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier.deleteLater()
            self.notifier = None
        if socket is not None:
            self.notifier = QSocketNotifier(socket, QSocketNotifier.Type.Read, self)
            self.notifier.activated.connect(self.check)

    def check(self) -> None:
        changes = self.watcher.poll()
        self._follow_socket()
        if changes:
            publish(notice_for(changes, self.origin))

    def stop(self) -> None:
        self.timer.stop()
        if self.notifier is not None:
            self.notifier.setEnabled(False)
        self.watcher.close()
