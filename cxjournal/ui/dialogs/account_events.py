"""Settings ▸ Accounts ▸ Account events…: what ``cxjournal account events`` lists (accounts added,
roles changed, accounts removed, failed sign-ins; latest first, kept a year) for an owner, and
Forget a removed account…, the window's ``cxjournal account forget``: it names what will go (the
events about the login, its name where it recorded others'), asks, and refuses while the login is
still an account. Everything goes through ``services.accounts``; the server refuses anyone but an
owner, and a journal file has no accounts (the service says so)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxjournal.catalog import resolve_language
from cxjournal.errors import CXJournalError
from cxjournal.formatting import format_datetime
from cxjournal.services import accounts
from cxjournal.services.settings import get_setting
from cxjournal.ui.models.table_model import Column, RowsModel
from cxjournal.ui.widgets.error_label import ErrorLabel
from cxjournal.ui.widgets.feedback import confirm, write_waiting
from cxjournal.ui.widgets.row_table import RowTable


class AccountEventsDialog(QDialog):
    """The account events and forgetting a former account (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Account events"))
        self.setMinimumSize(680, 380)
        lang = resolve_language(get_setting("language"))  # one date style, as every table
        self.model = RowsModel(
            [
                Column(self.tr("When"), lambda e: format_datetime(e.at, lang)),
                Column(self.tr("Account"), lambda e: e.account),
                Column(self.tr("What"), self._what),
                Column(self.tr("Recorded by"), lambda e: e.by or self.tr("a forgotten account")),
            ],
            self,
        )
        self.table = RowTable(self.model, self.tr("Account events"))
        self.note = QLabel(
            self.tr(
                "Accounts added, roles changed, accounts removed and wrong passwords, kept a "
                "year. Once someone has left, you may forget their account: choose one of its "
                "events, then Forget a removed account…"
            )
        )
        self.note.setWordWrap(True)
        self.error = ErrorLabel()
        self.forget_button = QPushButton(self.tr("&Forget a removed account…"))
        self.forget_button.clicked.connect(self.forget_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bar = QHBoxLayout()
        bar.addWidget(self.forget_button)
        bar.addStretch(1)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(bar)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.reload()

    def _what(self, event: accounts.AccountEvent) -> str:
        if event.kind == "sign_in_failed":
            return self.tr("%n wrong password(s) on {computer}", "", event.tries or 1).format(
                computer=event.computer or "?"
            )
        role = {
            "owner": self.tr("owner"),
            "manager": self.tr("manager"),
            "counter": self.tr("counter"),
            "kiosk": self.tr("kiosk"),
        }.get(event.role or "", event.role or "")
        return {
            "added": self.tr("added — {role}").format(role=role),
            "role": self.tr("role changed — {role}").format(role=role),
            "removed": self.tr("removed"),
        }.get(event.kind, event.kind)

    def reload(self) -> None:
        """Read the events again (after a forget); a refusal is said in the dialog."""
        try:
            found = accounts.account_events_list()
        except CXJournalError as exc:
            found = []
            self.error.say(str(exc))
        self.model.set_rows(found)
        self.table.fit_columns(2)
        self._selected()

    def selected(self) -> accounts.AccountEvent | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, login: str) -> None:
        for row, event in enumerate(self.model.rows()):
            if event.account == login:
                self.table.selectRow(row)
                return

    def _selected(self, *_args) -> None:
        self.forget_button.setEnabled(self.selected() is not None)

    def forget_selected(self) -> int | None:
        """Forget the login of the chosen event once the owner says yes; how many events
        changed (None: refused, or the owner said no)."""
        event = self.selected()
        if event is None:
            return None
        login = event.account
        self.error.clear()
        try:
            still = login in {a.name for a in accounts.list_accounts()}
        except CXJournalError as exc:
            self.error.say(str(exc))
            return None
        if still:
            self.error.say(
                self.tr(
                    "“{name}” is still an account: remove it first (Settings ▸ Accounts), then "
                    "forget it."
                ).format(name=login)
            )
            return None
        events = self.model.rows()
        about = sum(1 for e in events if e.account == login)
        recorded = sum(1 for e in events if e.by == login and e.account != login)
        question = "\n\n".join(
            (
                self.tr("Forget the former account “{name}”?").format(name=login),
                self.tr("%n account event(s) about it will be deleted.", "", about),
                self.tr(
                    "Its name will be blanked in %n event(s) it recorded about other accounts; "
                    "those events stay.",
                    "",
                    recorded,
                ),
                self.tr("This cannot be undone. The journal's entries are not touched."),
            )
        )
        if not confirm(self, self.tr("Forget a removed account"), question):
            return None
        try:
            changed = write_waiting(accounts.forget_login, login)
        except CXJournalError as exc:
            self.error.say(str(exc))
            return None
        self.reload()
        self.error.say("")
        self.note.setText(
            self.tr("“{name}” forgotten: %n account event(s) changed.", "", changed).format(
                name=login
            )
        )
        return changed
