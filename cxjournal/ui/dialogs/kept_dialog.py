"""Settings ▸ Privacy ▸ Show…: the people past the retention period whom the owner keeps (name,
side, the day their period ended, until when, why), and Stop keeping…, which asks first and then
ends the keep through ``retention.end_keep``: they come back on the list of who is due for
deletion (nothing is deleted here)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
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
from cxjournal.services.retention import Kept
from cxjournal.services.settings import get_setting
from cxjournal.ui.models.table_model import Column, RowsModel
from cxjournal.ui.shell.bus import announce
from cxjournal.ui.widgets.error_label import ErrorLabel
from cxjournal.ui.widgets.feedback import confirm, write_waiting
from cxjournal.ui.widgets.row_table import RowTable


class KeptDialog(QDialog):
    """Who is kept past the period, and ending a keep (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kept past the period"))
        self.setMinimumSize(620, 360)
        lang = resolve_language(get_setting("language"))

        def day(value) -> str:
            return format_short_date(value, lang) if value else ""

        self.model = RowsModel(
            [
                Column(self.tr("Name"), lambda k: k.name),
                Column(self.tr("Side"), lambda k: v.label(k.side)),
                Column(
                    self.tr("Period ended"),
                    lambda k: day(k.due_since.date()),
                    sort_key=lambda k: k.due_since,
                ),
                Column(self.tr("Kept until"), lambda k: day(k.keep_until)),
                Column(self.tr("Reason"), lambda k: k.keep_reason),
            ],
            self,
        )
        self.table = RowTable(self.model, self.tr("People kept past the period"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error = ErrorLabel()
        self.stop_button = QPushButton(self.tr("&Stop keeping…"))
        self.stop_button.clicked.connect(self.stop_keeping)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bar = QHBoxLayout()
        bar.addWidget(self.stop_button)
        bar.addStretch(1)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(bar)
        self.reload()

    def reload(self) -> None:
        kept = retention.kept_past_period(clock.now())
        self.model.set_rows(kept)
        self.table.fit_columns(0)
        self.summary.setText(
            self.tr(
                "%n person(s) past your retention periods, kept by your decision until a day or "
                "for a reason. Stop keeping someone to see them again in the list of who is due "
                "for deletion; nothing is deleted here.",
                "",
                len(kept),
            )
        )
        self.stop_button.setEnabled(bool(kept))

    def chosen(self) -> list[Kept]:
        rows = self.table.selectionModel().selectedRows()
        return [self.model.row_at(index.row()) for index in rows]

    def stop_keeping(self) -> int:
        """End the keep of the chosen people once the owner says yes; how many."""
        chosen = self.chosen()
        if not chosen:
            return 0
        names = ", ".join(k.name for k in chosen)
        question = self.tr(
            "Stop keeping %n person(s) past the period: {names}? Their day and reason to keep "
            "them are cleared, and they are listed again as due for deletion (nothing is "
            "deleted until you confirm an erasure).",
            "",
            len(chosen),
        ).format(names=names)
        if not confirm(self, self.tr("Stop keeping?"), question):
            return 0
        done = 0
        for kept in chosen:
            try:
                write_waiting(retention.end_keep, kept.person_id)
            except CXJournalError as exc:
                self.error.say(str(exc))
                break
            done += 1
        if done:
            announce(Kind.PERSON, initiator=self)
        self.reload()
        return done
