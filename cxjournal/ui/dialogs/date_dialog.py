"""Small dialogs that ask for one date (a promise's new due date) or a date and time (snooze until)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from cxjournal.ui.widgets.dialog_buttons import save_cancel_buttons


class DateDialog(QDialog):
    """Ask for a date (or a date and time with ``with_time``), optionally with a note."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        label: str,
        initial: date | datetime,
        *,
        with_time: bool = False,
        with_note: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        if with_time:
            self.editor = QDateTimeEdit(
                QDateTime(
                    QDate(initial.year, initial.month, initial.day),
                    QTime(initial.hour, initial.minute),
                )
            )
        else:
            self.editor = QDateEdit(QDate(initial.year, initial.month, initial.day))
        self.editor.setCalendarPopup(True)
        self.editor.setAccessibleName(label)
        form.addRow(label, self.editor)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        if with_note:
            form.addRow(self.tr("Note (optional)"), self.note)
        else:
            self.note.hide()
        buttons = save_cancel_buttons(self, save=QDialogButtonBox.StandardButton.Ok)
        form.addRow(buttons)

    def value(self) -> date | datetime:
        if isinstance(self.editor, QDateEdit):
            return self.editor.date().toPython()
        return self.editor.dateTime().toPython().replace(second=0, microsecond=0, tzinfo=None)


def ask_date(
    parent: QWidget | None, title: str, label: str, initial: date
) -> tuple[date, str] | None:
    """A date and an optional note, or None if the owner cancelled."""
    dialog = DateDialog(parent, title, label, initial, with_note=True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.value(), dialog.note.text()


def ask_datetime(parent: QWidget | None, title: str, label: str, initial: datetime):
    """A date and time, or None if the owner cancelled."""
    dialog = DateDialog(parent, title, label, initial, with_time=True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.value()
