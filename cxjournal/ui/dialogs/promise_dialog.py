"""The New promise dialog: to whom (completed from the people in the journal), what, and by when.
Saving waits for the journal off the GUI thread; the dialog stays open when it cannot save."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from cxjournal import clock
from cxjournal.changes import Kind
from cxjournal.errors import CXJournalError
from cxjournal.services.promises import make_promise
from cxjournal.ui.shell.bus import announce
from cxjournal.ui.widgets.dialog_buttons import save_cancel_buttons
from cxjournal.ui.widgets.feedback import write_waiting
from cxjournal.ui.widgets.person_field import PersonField

if TYPE_CHECKING:
    from cxjournal.store.models import Person, Promise


class PromiseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, person: Person | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New promise"))
        self.promise: Promise | None = None
        form = QFormLayout(self)
        self.person = PersonField(self)
        self.person.setAccessibleName(self.tr("Promised to"))
        self.person.setPlaceholderText(self.tr("Start typing a name"))
        self.person.set_person(person)
        form.addRow(self.tr("Promised &to"), self.person)
        self.what = QPlainTextEdit()
        self.what.setTabChangesFocus(True)
        self.what.setAccessibleName(self.tr("What was promised"))
        self.what.setFixedHeight(80)
        form.addRow(self.tr("&What"), self.what)
        due = clock.now().date() + timedelta(days=7)
        self.due = QDateEdit(QDate(due.year, due.month, due.day))
        self.due.setCalendarPopup(True)
        self.due.setAccessibleName(self.tr("Due date"))
        form.addRow(self.tr("&Due"), self.due)
        buttons = save_cancel_buttons(self)
        form.addRow(buttons)
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        try:
            person = self.person.person_id()
            if person is None:
                raise CXJournalError(self.tr("Say to whom the promise was made."))
            self.promise = write_waiting(
                make_promise,
                person=person,
                what=self.what.toPlainText(),
                due=self.due.date().toPython(),
            )
        except CXJournalError as exc:
            QMessageBox.warning(self, self.tr("Cannot save the promise"), str(exc))
            return
        announce(Kind.PROMISE)
        super().accept()
