"""Signing in to a journal on a server: the account (filled in from the address), the password,
"Remember on this computer" (greyed out, with the reason, when this computer has no safe
keyring), and a pause that grows after a few wrong passwords (``sign_in_failures.limit_pause``).
Each wrong password is noted on this computer and written to the journal's account events at the
next successful sign-in here (the server refuses a stranger before any table is reachable). The
attempt runs off the GUI thread; the dialog stays open with a plain reason until it succeeds or
the person cancels."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cxjournal.credentials import account_name, remember_password, why_not_remembered
from cxjournal.errors import CannotRememberError, CXJournalError, SignInNeededError
from cxjournal.store.location import ServerAddress
from cxjournal.ui.widgets.palette import ERROR_STYLE
from cxjournal.ui.widgets.worker import run_waiting

MS_PER_SECOND = 1000  # what a second of the pause lasts (tests shorten it)


def record_failures(address: ServerAddress) -> None:
    """Write the wrong passwords noted on this computer for that journal, now signed in to, as
    account events (never blocks a sign-in: on failure they wait for the next one)."""
    import socket

    from cxjournal import sign_in_failures
    from cxjournal.services.accounts import record_failed_sign_ins

    found = sign_in_failures.pending(address)
    if not found:
        return
    try:
        record_failed_sign_ins(found, socket.gethostname())
    except CXJournalError:
        return
    sign_in_failures.clear(address)


def wrong_password(dialog: QDialog, address: ServerAddress, tries: int, button: QWidget) -> str:
    """The ``tries``-th wrong password in a row typed in ``dialog``: noted on this computer for
    the account events (``record_failures``), and past the limit ``button`` disabled for the pause
    (``sign_in_failures.limit_pause``). What to tell the person. The sign-in dialog and File ▸
    Open a shared journal… share it: one limit, one record, whichever way a password is tried."""
    from cxjournal import clock, sign_in_failures

    sign_in_failures.note_failure(address, address.user, clock.now())
    seconds = sign_in_failures.limit_pause(tries)
    if not seconds:
        return QCoreApplication.translate(
            "SignInDialog", "The server refused this account or password. Try again."
        )
    button.setEnabled(False)
    minutes = (seconds + 59) // 60
    wait = (
        QCoreApplication.translate("SignInDialog", "%n seconds", None, seconds)
        if seconds < 60
        else QCoreApplication.translate("SignInDialog", "%n minutes", None, minutes)
    )
    # a child timer: it dies with the dialog, never firing at a button already gone
    timer = QTimer(dialog)
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: button.setEnabled(True))
    timer.start(seconds * MS_PER_SECOND)
    return QCoreApplication.translate(
        "SignInDialog",
        "Wrong password, %n times. Wait {wait} before trying again; an owner of the "
        "journal will see these attempts.",
        None,
        tries,
    ).format(wait=wait)


def remember_box(parent: QWidget) -> QCheckBox:
    """ "Remember on this computer", disabled with the reason when no safe keyring exists."""
    box = QCheckBox(QCoreApplication.translate("sign_in", "&Remember on this computer"), parent)
    reason = why_not_remembered()
    if reason is not None:
        box.setEnabled(False)
        box.setToolTip(reason)
    return box


class SignInDialog(QDialog):
    """Asks for the password of ``address`` and calls ``attempt(address, password)`` until it
    raises nothing; ``address`` afterwards is the one that worked (the account may be changed)."""

    def __init__(
        self,
        address: ServerAddress,
        attempt: Callable[[ServerAddress, str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.address = address
        self._attempt = attempt
        self.wrong_tries = 0
        self.setWindowTitle(self.tr("Sign in"))
        intro = QLabel(
            self.tr("The journal {address} asks for a password.").format(address=address)
        )
        intro.setWordWrap(True)
        self.account = QLineEdit(account_name(address))
        self.account.setAccessibleName(self.tr("Account"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.remember = remember_box(self)
        self.why_not = QLabel(self.remember.toolTip())
        self.why_not.setWordWrap(True)
        self.why_not.setEnabled(False)
        self.why_not.setVisible(not self.remember.isEnabled())
        form = QFormLayout()
        form.addRow(self.tr("&Account:"), self.account)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.remember)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.why_not)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.password.setFocus()
        self.resize(440, self.sizeHint().height())

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _wrong(self, address: ServerAddress) -> None:
        """One more wrong password: noted for the account events; past the limit, a pause."""
        self.wrong_tries += 1
        self.password.selectAll()
        self._say(wrong_password(self, address, self.wrong_tries, self.sign_in_button))

    def accept(self) -> None:
        if not self.sign_in_button.isEnabled():
            return
        address = replace(self.address, user=self.account.text().strip())
        password = self.password.text()
        try:
            run_waiting(self._attempt, address, password)
        except SignInNeededError as exc:
            if exc.wrong_password:
                self._wrong(address)
            else:  # nothing typed: nothing to count
                self._say(str(exc))
            return
        except CXJournalError as exc:
            self._say(str(exc))
            return
        self.address = address
        record_failures(address)
        if self.remember.isChecked():
            try:
                remember_password(address, password)
            except CannotRememberError as exc:  # signed in all the same: only not remembered
                self._say(str(exc))
        super().accept()


def sign_in(
    address: ServerAddress,
    attempt: Callable[[ServerAddress, str], object],
    parent: QWidget | None = None,
) -> ServerAddress | None:
    """Run the sign-in dialog; the address signed in to, or None when cancelled."""
    dialog = SignInDialog(address, attempt, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.address
