"""The promise dialog: to whom (completed from the people in the journal), what, and by when; new,
or editing one (only what was changed is saved, and a field someone else changed meanwhile opens
the conflict dialog). Saving waits for the journal off the GUI thread; the dialog stays open when
it cannot save."""

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
from cxjournal.services.promises import edit_promise, get_promise, make_promise
from cxjournal.ui.dialogs.conflict_dialog import edited, save_edit
from cxjournal.ui.shell.bus import announce
from cxjournal.ui.widgets.amount_field import AmountField
from cxjournal.ui.widgets.assignee_field import add_assignee_row
from cxjournal.ui.widgets.dialog_buttons import save_cancel_buttons
from cxjournal.ui.widgets.feedback import write_waiting
from cxjournal.ui.widgets.person_field import PersonField

if TYPE_CHECKING:
    from cxjournal.store.models import Person, Promise


class PromiseDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        person: Person | None = None,
        promise: Promise | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit promise") if promise else self.tr("New promise"))
        self.promise: Promise | None = None
        self.editing = promise
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
        self.assignee = add_assignee_row(form, self)  # a shared journal only
        self.amount = AmountField()
        form.addRow(self.tr("What it will &cost (optional)"), self.amount)
        buttons = save_cancel_buttons(self)
        form.addRow(buttons)
        self._loaded: dict = {}  # the values as read from the journal: the base of an edit
        if promise is not None:
            self._fill(promise, ("person", "what", "due", "amount", "assigned_to"))
            self._loaded = self.values()
        self.resize(460, self.sizeHint().height())

    def _fill(self, promise: Promise, fields) -> None:
        if "person" in fields:
            self.person.set_person(promise.person)
        if "what" in fields:
            self.what.setPlainText(promise.what)
        if "due" in fields:
            due = promise.due_date
            self.due.setDate(QDate(due.year, due.month, due.day))
        if "assigned_to" in fields and self.assignee is not None:
            self.assignee.set_assignee(promise.assigned_to)
        if "amount" in fields:
            self.amount.set_minor(promise.amount)

    def values(self) -> dict:
        """The fields as the dialog holds them now (the person as an id)."""
        person = self.person.person_id()
        if person is None:
            raise CXJournalError(self.tr("Say to whom the promise was made."))
        shown = {
            "person": person,
            "what": self.what.toPlainText(),
            "due": self.due.date().toPython(),
            "amount": self.amount.minor() or "",  # whole minor units; "": none
        }
        if self.assignee is not None:
            shown["assigned_to"] = self.assignee.assignee()
        return shown

    def _reload(self, fields: tuple[str, ...]) -> None:
        """Take the stored value of ``fields`` (someone else changed them); other typing stays."""
        self._fill(get_promise(self.editing.id), fields)
        shown = self.values()
        self._loaded.update({k: shown[k] for k in fields if k in shown})

    def _save(self) -> Promise | None:
        values = self.values()
        if self.editing is None:
            return write_waiting(make_promise, **values)
        changes, base = edited(self._loaded, values)
        if not changes:
            return self.editing
        return save_edit(
            self, edit_promise, self.editing.id, changes, base, self._reload, kind=Kind.PROMISE
        )

    def accept(self) -> None:
        try:
            self.promise = self._save()
            if self.promise is None:  # someone else's version reloaded, or back to editing
                return
        except CXJournalError as exc:
            QMessageBox.warning(self, self.tr("Cannot save the promise"), str(exc))
            return
        announce(Kind.PROMISE)
        super().accept()
