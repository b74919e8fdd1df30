"""The idle lock: after N minutes with no key pressed nor mouse moved in the app (Settings ▸ Lock
this computer after…, kept by this computer), every window of the app is covered and a lock screen
asks for the signed-in account's password, or offers Switch user….

Nothing is closed: a quick capture being typed stays open, with its text, under its cover, and is
there again once unlocked; if another account signs in instead, it is set aside for the person
who typed it (``capture_keeper``). The password is checked on a connection of its own to the
server (the journal's own connection is not touched); wrong ones count towards the same growing
pause as the sign-in dialog and are recorded the same way. A journal file has no password to ask: its lock
only hides the journal from someone passing by (the computer account's own lock protects it).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxjournal.errors import CXJournalError, SignInNeededError
from cxjournal.ui.widgets.palette import ERROR_STYLE

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class Cover(QFrame):
    """An opaque sheet over one window while locked: nothing under it can be read or clicked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lock-cover")
        self.setAutoFillBackground(True)
        self.setStyleSheet("QFrame#lock-cover { background: palette(window); }")
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(watched.rect())
        return False


class LockScreen(QDialog):
    """The password of the account signed in, Unlock, or Switch user… (a shared journal)."""

    def __init__(self, lock: IdleLock, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Dialog | Qt.WindowType.CustomizeWindowHint)
        self._lock = lock
        self.wrong_tries = 0
        self.setWindowTitle(self.tr("CX Journal is locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        address = lock.address()
        title = QLabel(self.tr("CX Journal is locked"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        if address is not None:
            said = self.tr(
                "Locked after a while without use. Type the password of {account} to go on, or "
                "switch to another account."
            ).format(account=address.user)
        else:
            said = self.tr("Locked after a while without use, so that nobody passing by reads it.")
        intro = QLabel(said)
        intro.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setVisible(address is not None)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.unlock_button = QPushButton(
            self.tr("&Unlock") if address is not None else self.tr("&Show the journal")
        )
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.switch_button = QPushButton(self.tr("S&witch user…"))
        self.switch_button.setVisible(address is not None)
        self.switch_button.clicked.connect(lock.switch_user)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)  # a wrapped label needs its width known to get its height
        self.resize(520, self.heightForWidth(520) if self.hasHeightForWidth() else 200)

    def reject(self) -> None:
        """Esc does not unlock."""

    def closeEvent(self, event) -> None:
        """The window's close button does not unlock; quitting the app (which shows nothing)
        still closes it, or the lock would keep the app from quitting."""
        if event.spontaneous():
            event.ignore()
        else:
            event.accept()

    def try_unlock(self) -> None:
        from cxjournal import clock, sign_in_failures
        from cxjournal.ui.widgets.worker import run_waiting

        address = self._lock.address()
        if address is None:
            self._lock.unlock()
            return
        if not self.unlock_button.isEnabled():
            return
        try:
            run_waiting(self._lock.check, address, self.password.text())
        except SignInNeededError:
            self.wrong_tries += 1
            self.password.clear()
            sign_in_failures.note_failure(address, address.user, clock.now())
            self._say(self.tr("Wrong password. Try again."))
            seconds = sign_in_failures.limit_pause(self.wrong_tries)
            if seconds:
                self._pause(seconds)
            return
        except CXJournalError as exc:
            self._say(str(exc))
            return
        from cxjournal.ui.dialogs.sign_in import record_failures

        record_failures(address)
        self._lock.unlock()

    def _pause(self, seconds: int) -> None:
        from cxjournal.ui.dialogs import sign_in

        self.unlock_button.setEnabled(False)
        self._say(
            self.tr("Wrong password, %n times. Wait before trying again.", None, self.wrong_tries)
        )
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: self.unlock_button.setEnabled(True))
        timer.start(seconds * sign_in.MS_PER_SECOND)

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class IdleLock(QObject):
    """Watches the app's input and locks ``window`` after ``minutes`` without any (0: never)."""

    def __init__(self, window, minutes: int, ms_per_minute: int = 60_000) -> None:
        super().__init__(window)
        self.window = window
        self.covers: list[Cover] = []
        self.screen: LockScreen | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self._ms_per_minute = ms_per_minute
        self.set_minutes(minutes)
        QApplication.instance().installEventFilter(self)
        from cxjournal.ui.shell.bus import bus

        bus().changed.connect(self._settings_changed)

    def _settings_changed(self, notice) -> None:
        """Settings saved (this computer's lock may have changed), or another journal opened."""
        from cxjournal.changes import Kind
        from cxjournal.ui.shell.session import shared_address
        from cxjournal.ui.shell.this_computer import idle_lock_minutes

        if Kind.SETTING in notice.kinds:
            self.set_minutes(idle_lock_minutes(shared_address() is not None))

    def set_minutes(self, minutes: int) -> None:
        self.minutes = max(0, int(minutes))
        if self.minutes and not self.locked:
            self.timer.start(self.minutes * self._ms_per_minute)
        else:
            self.timer.stop()

    @property
    def locked(self) -> bool:
        return self.screen is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self.minutes and not self.locked:
            self.timer.start()  # again from zero: the time counts from the last input
        return False

    def address(self):
        from cxjournal.ui.shell.session import shared_address

        return shared_address()

    def check(self, address, password: str) -> None:
        from cxjournal.ui.shell.session import _check

        _check(address, password)

    def lock(self) -> None:
        """Cover every window of the app and show the lock screen over them."""
        if self.locked:
            return
        self.timer.stop()
        for top in QApplication.topLevelWidgets():
            if top.isVisible() and not isinstance(top, LockScreen):
                self.covers.append(Cover(top))
        self.screen = LockScreen(self, self.window)
        self.screen.show()
        self.screen.raise_()
        self.screen.activateWindow()
        self.screen.password.setFocus()

    def unlock(self) -> None:
        for cover in self.covers:
            cover.hide()  # at once; deleted when the event loop comes back
            cover.deleteLater()
        self.covers = []
        if self.screen is not None:
            self.screen.hide()
            self.screen.deleteLater()
        self.screen = None
        self.set_minutes(self.minutes)

    def switch_user(self) -> None:
        """Another account signs in from the lock screen; cancelled, the lock stays."""
        from cxjournal.ui.shell.session import switch_user

        if self.screen is not None:
            self.screen.hide()
        if switch_user(self.window):
            self.unlock()
        elif self.screen is not None:
            self.screen.show()


def install_idle_lock(window) -> IdleLock:
    """The window's idle lock, with this computer's choice for the open journal."""
    from cxjournal.ui.shell.session import shared_address
    from cxjournal.ui.shell.this_computer import idle_lock_minutes

    lock = IdleLock(window, idle_lock_minutes(shared_address() is not None))
    window.idle_lock = lock
    return lock
