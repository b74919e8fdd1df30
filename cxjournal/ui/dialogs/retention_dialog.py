"""The monthly retention review: who is past the period the journal keeps people (name, side, the
day their period counts from), and for each chosen one the owner's decision — erase them for good
(after a confirmation; the same erasure as ``cxjournal erase person``) or keep them until a later
day or for a reason, which the journal remembers. Nothing is deleted without that confirmation."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxjournal import clock
from cxjournal import vocabulary as v
from cxjournal.catalog import resolve_language
from cxjournal.changes import Kind
from cxjournal.errors import CXJournalError
from cxjournal.formatting import format_short_date
from cxjournal.services import retention
from cxjournal.services.retention import Due
from cxjournal.services.settings import get_setting
from cxjournal.ui.models.table_model import Column, RowsModel
from cxjournal.ui.shell.bus import announce
from cxjournal.ui.widgets.date_field import TypedDateField
from cxjournal.ui.widgets.feedback import confirm, write_waiting
from cxjournal.ui.widgets.palette import ERROR_STYLE
from cxjournal.ui.widgets.row_table import RowTable

ERASED = (Kind.PERSON, Kind.ENTRY, Kind.PROMISE, Kind.FOLLOWUP, Kind.TAG)


class KeepDialog(QDialog):
    """Keep the chosen people: until a day, or for a reason (one of the two)."""

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keep past the period"))
        self.setMinimumWidth(460)
        self.until = TypedDateField()
        self.until.setAccessibleName(self.tr("Keep until"))
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setAccessibleName(self.tr("Reason to keep them"))
        self.reason.setPlaceholderText(self.tr("e.g. warranty until 2027, dispute in progress"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(", ".join(names)))
        until_row = QHBoxLayout()
        until_row.addWidget(self.until, 1)
        until_row.addWidget(self.until.shown)
        until_label = QLabel(self.tr("Keep &until"))
        until_label.setBuddy(self.until)  # a row holding a layout gets no buddy by itself
        form.addRow(until_label, until_row)
        form.addRow(self.tr("or for this &reason"), self.reason)
        form.addRow(self.error)
        form.addRow(buttons)

    def check(self) -> None:
        if self.until.problem():
            self.error.setText(self.until.problem())
            return
        if self.until.day() is None and not self.reason.text().strip():
            self.error.setText(self.tr("Give a day to keep them until, or the reason."))
            return
        self.accept()


class RetentionDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Due for deletion"))
        self.setMinimumSize(560, 360)
        self.lang = resolve_language(get_setting("language"))
        self.model = RowsModel(
            [
                Column(self.tr("Name"), lambda d: d.name),
                Column(self.tr("Side"), lambda d: v.label(d.side)),
                Column(
                    self.tr("Last own contact"),
                    lambda d: format_short_date(d.counted_from.date(), self.lang),
                    sort_key=lambda d: d.counted_from,
                ),
            ],
            self,
        )
        self.table = RowTable(self.model, self.tr("People due for deletion"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.erase_button = QPushButton(self.tr("&Erase…"))
        self.erase_button.clicked.connect(self.erase_selected)
        self.keep_button = QPushButton(self.tr("&Keep…"))
        self.keep_button.clicked.connect(self.keep_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bar = QHBoxLayout()
        bar.addWidget(self.erase_button)
        bar.addWidget(self.keep_button)
        bar.addStretch(1)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.reload()

    def reload(self) -> None:
        due = retention.due_for_deletion(clock.now())
        self.model.set_rows(due)
        self.table.fit_columns(0)
        self.summary.setText(
            self.tr(
                "%n person(s) past your retention rules. Choose people, then erase them for good "
                "or keep them. Nothing is deleted until you confirm.",
                "",
                len(due),
            )
        )
        self.erase_button.setEnabled(bool(due))
        self.keep_button.setEnabled(bool(due))

    def chosen(self) -> list[Due]:
        rows = self.table.selectionModel().selectedRows()
        return [self.model.row_at(index.row()) for index in rows]

    def erase_selected(self, *, confirmed: bool = False) -> int:
        """Erase the chosen people after the owner says yes; returns how many went."""
        chosen = self.chosen()
        if not chosen:
            return 0
        question = self.tr(
            "Erase %n person(s) and everything recorded about them, for good? "
            "This cannot be undone.",
            "",
            len(chosen),
        )
        if not (confirmed or confirm(self, self.tr("Erase for good?"), question)):
            return 0
        ids = [d.person_id for d in chosen]
        count = self._write(retention.erase_due, clock.now(), ids)
        if count is False:
            return 0  # the reason stays shown
        announce(*ERASED, initiator=self)
        self.reload()
        return count

    def keep_selected(self, *, until=None, reason: str | None = None) -> bool:
        """Keep the chosen people (asked in a small dialog unless given)."""
        chosen = self.chosen()
        if not chosen:
            return False
        if until is None and reason is None:
            dialog = KeepDialog([d.name for d in chosen], self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            until, reason = dialog.until.day(), dialog.reason.text()
        now = clock.now()
        for due in chosen:
            kept = self._write(
                retention.keep_person, due.person_id, now, until=until, reason=reason or ""
            )
            if kept is False:
                return False  # the reason stays shown; nobody after this one was kept
            announce(Kind.PERSON, initiator=self)
        self.reload()
        return True

    def _write(self, fn, *args, **kwargs):
        try:
            return write_waiting(fn, *args, **kwargs)
        except CXJournalError as exc:
            self.summary.setText(str(exc))
            return False
