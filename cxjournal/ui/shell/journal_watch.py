"""Changes committed elsewhere (the command line, another program, another computer) reach the
window: new rows of the change log become ``ChangeNotice``s passed to the bus's ``publish``, so
pages refresh only what changed. On a file a timer looks every 200 ms (``PRAGMA data_version``
first, the log only when it moved); on a server the listening connection's socket wakes a
``QSocketNotifier``, and a slower timer catches up.

On a server it also keeps the connection: a heartbeat (``SELECT 1`` on the listening connection,
off the GUI thread, every 15 s) notices a dead link that would never make the socket readable,
and any read or write that finds the server gone reports it on the bus. Then ``connection_lost``
is emitted (the window shows its banner), and reconnection is tried off the GUI thread after 1, 2,
4... up to 30 s; once the server answers again the notifier follows the new socket, the log is read
above the last id seen (nothing missed), every page is refreshed and ``connection_restored`` is
emitted."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from cxjournal.changes import ChangeNotice, Kind, Origin
from cxjournal.errors import ConnectionLostError
from cxjournal.store import changelog
from cxjournal.store.changelog import Change, ChangeWatcher
from cxjournal.ui.shell.bus import bus, publish
from cxjournal.ui.widgets.worker import start_job

FILE_POLL_MS = 200
SERVER_SAFETY_MS = 5000
HEARTBEAT_MS = 15_000
RETRY_AFTER_MS = (1000, 2000, 4000, 8000, 15_000, 30_000)  # then every 30 s
# a response or an attached file is part of its entry (the log names the response or the file);
# a pulse answer is a rating, and so is a suggestion dropped in the box (no entry yet: its
# filing, a day later, is logged as entries)
_KINDS = {
    "response": Kind.ENTRY,
    "attachment": Kind.ENTRY,
    "pulse": Kind.RATING,
    "suggestion": Kind.RATING,
}


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
    """Publishes the changes committed elsewhere to the open journal, from its creation on, and
    keeps a server journal's connection (see the module docstring)."""

    connection_lost = Signal()
    connection_restored = Signal()

    def __init__(self, parent: QObject | None = None, *, listen: bool = True) -> None:
        super().__init__(parent)
        changelog.remember_own_changes(True)  # this window's own commits: refreshed once, by it
        # ``listen=False``: on a server the listening connection waits for ``start_listening()``
        # (the window calls it after its first paint; the log's position is taken now).
        self.watcher = ChangeWatcher(listen=listen)
        self.origin = Origin.OTHER_COMPUTER if self.watcher.remote else Origin.OTHER_PROCESS
        self.lost = False
        self._stopped = False  # stop(): work still under way (the first listen) ends quietly
        self.attempts = 0  # reconnections tried since the connection was lost
        self._trying = False
        self._beating = False
        self._starting = self.watcher.remote and not listen  # until the first LISTEN is made
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.notifier: QSocketNotifier | None = None
        self.retry_timer = QTimer(self, singleShot=True)
        self.retry_timer.timeout.connect(self.retry_now)
        self.heartbeat_timer = QTimer(self, interval=HEARTBEAT_MS)
        self.heartbeat_timer.timeout.connect(self._beat)
        self._follow_socket()
        self.timer.start(SERVER_SAFETY_MS if self.watcher.remote else FILE_POLL_MS)
        if self.watcher.remote:
            self.heartbeat_timer.start()
            bus().connection_lost.connect(self.connection_was_lost)

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

    def start_listening(self) -> None:
        """Open the listening connection off the GUI thread (a server journal's window calls it
        after its first paint: a second SCRAM sign-in the first screen does not need), then read
        what was logged since this watch was made."""
        if not self._starting:
            return
        watcher = self.watcher
        start_job(
            lambda _progress: watcher.start_listening(),
            on_done=self._listening,
            on_failed=lambda _exc: self._listening(False),
        )

    def _listening(self, listening: bool) -> None:
        self._starting = False
        if self._stopped:  # the listening connection came after the window let this watch go
            self.watcher.close()
            return
        if listening:
            self.check()
        else:
            self.connection_was_lost()  # the banner, and the usual retries

    def check(self) -> None:
        if self.lost or self._beating or self._starting or self._stopped:
            # Lost: the reconnection reads the log once back. Beating: a dead link could hold the
            # listening connection for up to tcp_user_timeout; the heartbeat's end checks again.
            return
        if self.watcher.remote and not self.watcher.is_listening():
            self.connection_was_lost()
            return
        try:
            changes = self.watcher.poll()
        except ConnectionLostError:
            self.connection_was_lost()
            return
        if self.watcher.remote and not self.watcher.is_listening():
            self.connection_was_lost()  # the socket woke for its end: catch up once back
            return
        self._follow_socket()
        if changes:
            publish(notice_for(changes, self.origin))

    # -- a server's connection ------------------------------------------------------------------
    def _beat(self) -> None:
        if self.lost or self._trying or self._beating or self._starting:
            return
        self._beating = True  # meanwhile the GUI thread leaves the listening connection alone
        watcher = self.watcher
        start_job(
            lambda _progress: watcher.heartbeat(),
            on_done=self._beaten,
            on_failed=lambda _exc: self._beaten(False),
        )

    def _beaten(self, alive: bool) -> None:
        self._beating = False
        if not alive:
            self.connection_was_lost()
        else:
            self.check()  # what the socket said while the heartbeat held the connection

    def connection_was_lost(self) -> None:
        """The server went away: say so once and start reconnecting (a server journal only)."""
        if self.lost or not self.watcher.remote:
            return
        self.lost = True
        self.attempts = 0
        self.watcher.close()
        self._follow_socket()  # no socket: the notifier goes
        self.connection_lost.emit()
        self.retry_timer.start(RETRY_AFTER_MS[0])

    def retry_now(self) -> None:
        """Try to reconnect now, off the GUI thread (Retry now, or the backoff timer)."""
        if not self.lost or self._trying:
            return
        self.retry_timer.stop()
        self._trying = True
        self.attempts += 1
        watcher = self.watcher

        def reconnect(_progress) -> bool:
            from cxjournal.store.connection import ping_journal

            return watcher.listen_again() and ping_journal()

        start_job(reconnect, on_done=self._tried, on_failed=lambda _exc: self._tried(False))

    def _tried(self, connected: bool) -> None:
        self._trying = False
        if not self.lost:
            return
        if connected:
            try:
                self._restored()
                return
            except ConnectionLostError:
                self.watcher.close()  # lost again at once: keep trying
        delay = RETRY_AFTER_MS[min(self.attempts, len(RETRY_AFTER_MS) - 1)]
        self.retry_timer.start(delay)

    def _restored(self) -> None:
        from cxjournal.store.connection import ping_journal

        ping_journal()  # this thread's connection too (the server ended it): made again now
        changes = self.watcher.poll()  # above the last id seen: nothing missed meanwhile
        self.lost = False
        self._follow_socket()
        if changes:
            publish(notice_for(changes, self.origin))
        publish(ChangeNotice.everything(self.origin))  # reads that failed meanwhile: all again
        self.connection_restored.emit()

    def stop(self) -> None:
        self._stopped = True
        self.timer.stop()
        self.retry_timer.stop()
        self.heartbeat_timer.stop()
        if self.notifier is not None:
            self.notifier.setEnabled(False)
        self.watcher.close()
        changelog.remember_own_changes(False)
