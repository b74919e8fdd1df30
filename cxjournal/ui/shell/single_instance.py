"""One window per journal per computer: the first launch holds a lock and listens on a local socket;
a second launch on the same journal asks the first to come forward and then leaves. A file is known
by its resolved path; a journal on a server by its address without password or TLS mode (host,
port, database, login, with libpq's defaults filled in), so that two spellings of one server
journal are one journal, and two logins on it (two accounts) are two."""

from __future__ import annotations

import getpass
import hashlib
import os
import time
from pathlib import Path

from PySide6.QtCore import QDir, QLockFile, QObject, Signal

from cxjournal.store.location import ServerAddress

WAKE = b"raise\n"
CONNECT_MS = 500
WAKE_TRIES_S = 5  # how long a second launch keeps knocking while the first one starts


_THIS_COMPUTER = ("", "localhost", "127.0.0.1", "::1")


def _server_identity(address: ServerAddress) -> str:
    """host:port/dbname as user, as libpq would fill them in (PGHOST, PGPORT, PGUSER, the login)."""
    host = (address.host or os.environ.get("PGHOST", "")).lower()
    if host in _THIS_COMPUTER or host.startswith("/"):
        host = "this computer"  # the local socket and the loopback reach the same server
    port = address.port or os.environ.get("PGPORT") or 5432
    user = address.user or os.environ.get("PGUSER") or getpass.getuser()
    return f"postgresql {user}@{host}:{port}/{address.dbname}"


def instance_key(location: Path | ServerAddress) -> str:
    """A name for the lock and the socket, the same for every spelling of the same journal."""
    if isinstance(location, ServerAddress):
        identity = _server_identity(location)
    else:
        identity = str(Path(location).resolve())
    digest = hashlib.sha1(identity.encode("utf-8")).hexdigest()[:16]
    return f"cxjournal-{digest}"


class SingleInstance(QObject):
    """Call :meth:`claim` at start: True means this process owns the journal; False means another
    window on the same file was asked to come forward and this process should quit."""

    wake_requested = Signal()

    def __init__(self, location: Path | ServerAddress, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = instance_key(location)
        self._lock = QLockFile(QDir.temp().filePath(self.key + ".lock"))
        self._lock.setStaleLockTime(0)  # a lock left by a crashed process is detected by its PID
        self._server = None  # a QLocalServer once listening

    def claim(self, *, listen: bool = True) -> bool:
        """Own the journal (True), or wake the window that does (False). With ``listen=False``
        the caller starts listening later (``listen()``), e.g. once its window is on screen."""
        if not self._lock.tryLock(100):
            self._wake_other()
            return False
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Answer later launches on the same journal (they ask this window to come forward)."""
        if self._server is not None or not self._lock.isLocked():
            return
        from PySide6.QtNetwork import QLocalServer  # loaded only by the instance that runs

        QLocalServer.removeServer(self.key)  # a socket file left by a crash
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(self.key)

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def _wake_other(self) -> bool:
        """Ask the window holding the lock to come forward. It starts answering once its first
        screen is painted, so a launch in that moment keeps trying for a few seconds."""
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + WAKE_TRIES_S
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.key)
            if socket.waitForConnected(CONNECT_MS):
                socket.write(WAKE)
                socket.waitForBytesWritten(CONNECT_MS)
                socket.disconnectFromServer()
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.1)

    def _on_connection(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            # The message is one short line: read it now rather than juggling socket lifetimes.
            if socket.bytesAvailable() or socket.waitForReadyRead(CONNECT_MS):
                if bytes(socket.readAll().data()).startswith(WAKE.strip()):
                    self.wake_requested.emit()
            socket.abort()
