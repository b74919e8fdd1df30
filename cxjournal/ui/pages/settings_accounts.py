"""Settings ▸ Accounts: for an owner of a shared journal, the accounts and their roles, with Add…,
Change role and Remove… (its open sessions end), and Account events… (``dialogs.account_events``:
the recorded events, and forgetting a removed account), all through ``services.accounts``. On a
journal file it says in plain words that a file has one user, who can read it, and that accounts
exist only on a shared journal; other accounts of a shared journal do not see it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cxjournal.errors import CXJournalError
from cxjournal.services import accounts
from cxjournal.ui.models.table_model import Column, RowsModel
from cxjournal.ui.widgets.dialog_buttons import save_cancel_buttons
from cxjournal.ui.widgets.error_label import ErrorLabel
from cxjournal.ui.widgets.feedback import attempt, attempt_write, confirm, write_waiting
from cxjournal.ui.widgets.row_table import RowTable


def role_title(role: str) -> str:
    """A role in the owner's words."""
    translate = QCoreApplication.translate
    return {
        "owner": translate("accounts", "Owner: everything, accounts and settings"),
        "manager": translate("accounts", "Manager: every entry, staff included; reports"),
        "counter": translate("accounts", "Counter: customers only"),
        "kiosk": translate("accounts", "Kiosk: ratings and pulse answers, reads nothing"),
    }[role]


def _role_box() -> QComboBox:
    box = QComboBox()
    for role in accounts.GROUPS:
        box.addItem(role_title(role), role)
    return box


class AddAccountDialog(QDialog):
    """Name, role and the password twice; the password leaves as a SCRAM hash (the service)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an account"))
        self.name = QLineEdit()
        self.role = _role_box()
        self.role.setCurrentIndex(self.role.findData("counter"))
        self.password = QLineEdit()
        self.again = QLineEdit()
        for field in (self.password, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("The same password &again:"), self.again)
        self.error = ErrorLabel()
        buttons = save_cancel_buttons(self, save=QDialogButtonBox.StandardButton.Ok)
        self.add_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("Add"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if self.password.text() != self.again.text():
            self._say(self.tr("The two passwords differ."))
            return
        try:
            write_waiting(
                accounts.add_account,
                self.name.text(),
                self.role.currentData(),
                self.password.text(),
            )
        except CXJournalError as exc:
            self._say(str(exc))
            return
        super().accept()

    def _say(self, text: str) -> None:
        self.error.say(text)


class AccountsBox(QGroupBox):
    """The Accounts section of Settings (see the module docstring)."""

    def __init__(
        self, shared: Callable[[], bool], owner: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._shared = shared  # whether the open journal is on a server (the page knows)
        self.owner = owner
        self.setTitle(self.tr("Accounts"))
        layout = QVBoxLayout(self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.model = RowsModel(
            [
                Column(self.tr("Account"), lambda a: a.name),
                Column(self.tr("Role"), lambda a: role_title(a.role)),
            ],
            self,
        )
        self.table = RowTable(self.model, self.tr("Accounts"))
        self.table.setMinimumHeight(160)
        layout.addWidget(self.table)
        self.role = _role_box()
        self.role.setAccessibleName(self.tr("Role of the selected account"))
        self.add_button = QPushButton(self.tr("&Add…"))
        self.role_button = QPushButton(self.tr("Change &role"))
        self.remove_button = QPushButton(self.tr("Re&move…"))
        self.add_button.clicked.connect(self.add)
        self.role_button.clicked.connect(self.change_role)
        self.remove_button.clicked.connect(self.remove)
        self.events_button = QPushButton(self.tr("Account &events…"))
        self.events_button.clicked.connect(self.show_events)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.events_button)
        row.addStretch(1)
        row.addWidget(self.role)
        row.addWidget(self.role_button)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.managed = [self.table, self.role, self.add_button, self.role_button]
        self.managed += [self.remove_button, self.events_button]
        self.load()

    def load(self) -> None:
        """A journal file: the note only. A server: the accounts (the box is hidden by the page
        for anyone but an owner)."""
        if not self.owner:  # hidden: another account would only be refused
            self.setVisible(False)
            return
        shared = self._shared()
        for widget in self.managed:
            widget.setVisible(shared)
        if not shared:
            self.note.setText(
                self.tr(
                    "A journal file has one user: you, its owner. Anyone who can use the "
                    "computer account that holds the file can read the whole journal. If staff "
                    "use this computer, give each of them a separate account on the computer, "
                    "or keep the journal on a server (File ▸ Open a shared journal…), where "
                    "each person signs in with an account whose role limits what it sees. "
                    "Accounts, their events and forgetting a former account exist only on a "
                    "shared journal."
                )
            )
            return
        self.note.setText(
            self.tr(
                "Each person signs in with their own account; the server decides what each "
                "role may see and change."
            )
        )
        found = attempt(self, accounts.list_accounts, changed=None)
        self.model.set_rows(found or [])
        self.table.fit_columns(1)
        self._selected()

    def selected(self) -> accounts.Account | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, name: str) -> None:
        for row, account in enumerate(self.model.rows()):
            if account.name == name:
                self.table.selectRow(row)

    def _selected(self, *_args) -> None:
        account = self.selected()
        for widget in (self.role, self.role_button, self.remove_button):
            widget.setEnabled(account is not None)
        if account is not None:
            self.role.setCurrentIndex(self.role.findData(account.role))

    def add(self) -> None:
        dialog = AddAccountDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            name = dialog.name.text().strip()
            self.load()
            self.select(name)

    def change_role(self) -> None:
        account = self.selected()
        if account is None:
            return
        attempt_write(
            self, accounts.change_role, account.name, self.role.currentData(), changed=None
        )
        self.load()
        self.select(account.name)

    def show_events(self) -> None:
        """The account events, and forgetting a removed account (``dialogs.account_events``)."""
        from cxjournal.ui.dialogs.account_events import AccountEventsDialog

        AccountEventsDialog(self).exec()

    def remove(self) -> None:
        account = self.selected()
        if account is None or not confirm(
            self,
            self.tr("Remove an account"),
            self.tr(
                "Remove the account “{name}”? It can no longer sign in, and its open sessions "
                "on every computer end now. What it recorded stays in the journal."
            ).format(name=account.name),
        ):
            return
        attempt_write(self, accounts.remove_account, account.name, changed=None)
        self.load()


def accounts_box(context, owner: bool) -> AccountsBox:
    """The section for the Settings page: shown to an owner (a journal file's user is one)."""

    def shared() -> bool:
        return context.journal_path() is None and context.journal_location() is not None

    box = AccountsBox(shared, owner)
    box.setObjectName("accounts-box")
    return box


def idle_lock_spin(form, changed: Callable[..., None]) -> QSpinBox:
    """ "Lock this computer after … without use" (kept by this computer), for the Settings form
    beside "Show reminders on this computer"; 0 is Off."""
    translate = QCoreApplication.translate
    spin = QSpinBox()
    spin.setRange(0, 240)
    spin.setSpecialValueText(translate("accounts", "Off"))

    def suffix(n: int) -> None:
        spin.setSuffix(translate("accounts", " minutes without use", None, n))

    spin.valueChanged.connect(suffix)
    suffix(spin.value())
    label = translate("accounts", "Lock this computer after")
    spin.setAccessibleName(label)
    spin.setToolTip(
        translate(
            "accounts",
            "The window covers the journal and asks for the password of the account signed in "
            "(on a journal file, it only hides it). What is being typed is kept.",
        )
    )
    spin.valueChanged.connect(changed)
    form.addRow(label, spin)
    return spin
