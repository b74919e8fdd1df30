"""File ▸ Open a shared journal…: where the journal server is (computer, port, database,
account), whether the connection is encrypted (in plain words; required unless the server is
this computer), the password and "Remember on this computer". Connect tries the server off the
GUI thread and says plainly what went wrong without closing; once it works the window switches
to that journal, and its address — never the password — is kept as the journal to open next time.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cxjournal.credentials import account_name, remember_password
from cxjournal.errors import CannotRememberError, CXJournalError, SignInNeededError
from cxjournal.store.location import ServerAddress
from cxjournal.ui.dialogs.sign_in import record_failures, remember_box, wrong_password
from cxjournal.ui.widgets.dialog_buttons import save_cancel_buttons
from cxjournal.ui.widgets.error_label import ErrorLabel
from cxjournal.ui.widgets.worker import run_waiting

LAST_JOURNAL_KEY = "journal/last"  # QSettings: the shared journal to open at the next start
DEFAULT_PORT = 5432
LOCAL_NAMES = ("localhost", "127.0.0.1", "::1")


def _check(address: ServerAddress, password: str | None) -> None:
    from cxjournal.store.server_login import check_server_journal  # loads the driver

    check_server_journal(address, password)


class SharedJournalDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address: ServerAddress | None = None
        self.password_used: str | None = None
        self.wrong_tries = 0
        self.setWindowTitle(self.tr("Open a shared journal"))
        intro = QLabel(
            self.tr(
                "A journal kept on a PostgreSQL server, shared by the shop's computers. Ask "
                "whoever set up the server for these details."
            )
        )
        intro.setWordWrap(True)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. backoffice.local or 192.168.1.20"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit()
        self.database.setPlaceholderText(self.tr("e.g. journal"))
        self.account = QLineEdit(account_name(ServerAddress("journal")))
        self.tls = QComboBox()
        self.tls.addItem(self.tr("Encrypted (required)"), "require")
        self.tls.addItem(self.tr("Encrypted, and the server's certificate checked"), "verify-full")
        self.tls.addItem(self.tr("Not encrypted: only for a server on this computer"), "prefer")
        self._tls_chosen = False
        self.tls.activated.connect(lambda _index: setattr(self, "_tls_chosen", True))
        self.host.textChanged.connect(self._suggest_tls)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("leave empty to use PGPASSWORD or ~/.pgpass"))
        self.remember = remember_box(self)
        form = QFormLayout()
        form.addRow(self.tr("&Computer:"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&Account:"), self.account)
        form.addRow(self.tr("&Connection:"), self.tls)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.remember)
        if not self.remember.isEnabled():
            why = QLabel(self.remember.toolTip())
            why.setWordWrap(True)
            why.setEnabled(False)
            form.addRow("", why)
        self.error = ErrorLabel()
        buttons = save_cancel_buttons(self, save=QDialogButtonBox.StandardButton.Ok)
        self.connect_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(self.tr("Connect"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def _suggest_tls(self, host: str) -> None:
        """Encryption required unless the server is this computer (until the person chooses)."""
        if not self._tls_chosen:
            local = host.strip().lower() in LOCAL_NAMES
            self.tls.setCurrentIndex(self.tls.findData("prefer" if local else "require"))

    def _say(self, text: str) -> None:
        self.error.say(text)

    def typed_address(self) -> ServerAddress | None:
        """The address typed, or None after saying what is missing."""
        host = self.host.text().strip()
        database = self.database.text().strip()
        account = self.account.text().strip()
        if not host:
            self._say(self.tr("Type the name or address of the computer that holds the journal."))
            return None
        if not database:
            self._say(self.tr("Type the name of the journal's database."))
            return None
        if not account:
            self._say(self.tr("Type the account to sign in with."))
            return None
        return ServerAddress(
            dbname=database,
            host=host,
            port=self.port.value(),
            user=account,
            sslmode=self.tls.currentData(),
        )

    def accept(self) -> None:
        if not self.connect_button.isEnabled():  # Enter during the pause after wrong passwords
            return
        address = self.typed_address()
        if address is None:
            return
        password = self.password.text() or None
        try:
            run_waiting(_check, address, password)
        except SignInNeededError as exc:
            if exc.wrong_password or password:  # counted and recorded as in the sign-in dialog
                self.wrong_tries += 1
                self.password.selectAll()
                self._say(wrong_password(self, address, self.wrong_tries, self.connect_button))
            else:
                self._say(
                    self.tr("The server asks for the password of {account}.").format(
                        account=address.user
                    )
                )
            return
        except CXJournalError as exc:
            self._say(str(exc))
            return
        if password is not None and self.remember.isChecked():
            try:
                remember_password(address, password)
            except CannotRememberError as exc:
                self._say(str(exc))
                return
        self.address, self.password_used = address, password
        super().accept()


def switch_to(address: ServerAddress, password: str | None, window=None) -> None:
    """Make ``address`` the open journal (the one open now is closed) and the one opened next
    time; the pages are told that everything changed. ``window``'s guard and watch follow it."""
    from cxjournal.store.connection import close_journal, current_location, open_journal
    from cxjournal.store.server import session_password
    from cxjournal.ui.shell.bus import announce
    from cxjournal.ui.shell.journal_switch import claim_guard, settle_guard, watch_again

    guard = claim_guard(window, address)  # open in another window: said, and nothing changes
    before, before_password = current_location(), session_password()
    close_journal()
    try:
        run_waiting(lambda: open_journal(address, password=password))
    except CXJournalError:
        settle_guard(window, guard, switched=False)
        if before is not None:  # back to the journal that was open: the window never has none
            run_waiting(lambda: open_journal(before, password=before_password))
        raise
    settle_guard(window, guard, switched=True)
    record_failures(address)  # wrong passwords typed here before, now that one worked
    QSettings().setValue(LAST_JOURNAL_KEY, str(address))
    if window is not None:
        watch_again(window)
    announce()


def open_shared_journal(parent: QWidget | None = None) -> ServerAddress | None:
    """Ask where the shared journal is and switch to it; the address opened, or None."""
    dialog = SharedJournalDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.address is None:
        return None
    top = parent.window() if parent is not None else None
    switch_to(dialog.address, dialog.password_used, top)
    return dialog.address
