"""Small dialogs the person page opens to record a promise or a follow-up for that person. Saving
waits for the journal off the GUI thread; the dialog stays open when it cannot save."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cxjournal import clock
from cxjournal.changes import Kind
from cxjournal.errors import CXJournalError
from cxjournal.services import followups, promises
from cxjournal.ui.shell.bus import announce
from cxjournal.ui.widgets.amount_field import AmountField
from cxjournal.ui.widgets.dialog_buttons import save_cancel_buttons
from cxjournal.ui.widgets.feedback import write_waiting
from cxjournal.ui.widgets.hooks import require_hooks
from cxjournal.ui.widgets.palette import ERROR_STYLE

if TYPE_CHECKING:
    from cxjournal.store.models import Person


class _PersonItemDialog(QDialog):
    """What, when, and a place for the service's message; ``record()`` reads the fields and returns
    the service call that saves them, run off the GUI thread (named so as not to hide
    ``QWidget.create``)."""

    changed: tuple[Kind, ...] = ()  # () : anything may have changed

    def __init_subclass__(cls, **kwargs) -> None:
        # A dialog without ``record`` fails when its class is defined, not when Save is pressed.
        super().__init_subclass__(**kwargs)
        require_hooks(cls, ("record",))

    def __init__(self, person: Person, title: str, when: QWidget, parent=None) -> None:
        super().__init__(parent)
        self.person = person
        self.item = None
        self.setWindowTitle(title.format(name=person.name))
        self.what = QLineEdit()
        self.what.setAccessibleName(self.tr("What"))
        self.when = when
        self.when.setAccessibleName(self.tr("When"))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        form = self.form = QFormLayout()  # a subclass may add its own rows
        form.addRow(self.tr("&What"), self.what)
        form.addRow(self.tr("&When"), self.when)
        buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())

    def save(self) -> None:
        try:
            self.item = write_waiting(self.record())
        except CXJournalError as exc:  # e.g. nothing said, or the journal still busy
            self.error.setText(str(exc))
            self.error.show()
            return
        announce(*self.changed)
        self.accept()


class PromiseDialog(_PersonItemDialog):
    changed = (Kind.PROMISE,)

    def __init__(self, person: Person, parent=None) -> None:
        due = QDateEdit()
        due.setCalendarPopup(True)
        week = clock.now().date() + timedelta(days=7)
        due.setDate(QDate(week.year, week.month, week.day))
        title = QCoreApplication.translate("PromiseDialog", "Promise to {name}")
        super().__init__(person, title, due, parent)
        self.amount = AmountField()
        self.form.addRow(self.tr("What it will &cost (optional)"), self.amount)

    def record(self):
        return partial(
            promises.make_promise,
            person=self.person,
            what=self.what.text(),
            due=self.when.date().toPython(),
            amount=self.amount.text(),
        )


class FollowUpDialog(_PersonItemDialog):
    changed = (Kind.FOLLOWUP,)

    def __init__(self, person: Person, parent=None) -> None:
        due = QDateTimeEdit()
        due.setCalendarPopup(True)
        morning = datetime.combine(clock.now().date() + timedelta(days=1), time(9, 0))
        due.setDateTime(
            QDateTime(
                QDate(morning.year, morning.month, morning.day), QTime(morning.hour, morning.minute)
            )
        )
        title = QCoreApplication.translate("FollowUpDialog", "Follow up with {name}")
        super().__init__(person, title, due, parent)

    def record(self):
        return partial(
            followups.add_followup,
            title=self.what.text(),
            due_at=self.when.dateTime().toPython(),
            person=self.person,
        )
