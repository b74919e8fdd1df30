"""The follow-up dialog: title, about whom (a person or a department), when, and how often it repeats.
Editing keeps the person or department and changes the title, time and repeat: only what was
changed is saved, and a field someone else changed meanwhile opens the conflict dialog. Saving
waits for the journal off the GUI thread; the dialog stays open when it cannot save."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from cxjournal import clock
from cxjournal.changes import Kind
from cxjournal.errors import CXJournalError
from cxjournal.i18n import tr
from cxjournal.services import followups
from cxjournal.services.people import list_departments
from cxjournal.ui.dialogs.conflict_dialog import edited, save_edit
from cxjournal.ui.shell.bus import announce
from cxjournal.ui.widgets.assignee_field import add_assignee_row
from cxjournal.ui.widgets.combo import select_code
from cxjournal.ui.widgets.dialog_buttons import save_cancel_buttons
from cxjournal.ui.widgets.feedback import write_waiting
from cxjournal.ui.widgets.person_field import PersonField

if TYPE_CHECKING:
    from cxjournal.store.models import FollowUp

KEEP_RULE = "keep"  # editing a follow-up whose rule is none of the usual cadences


class FollowUpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, item: FollowUp | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.saved: FollowUp | None = None
        self.setWindowTitle(self.tr("Edit follow-up") if item else self.tr("New follow-up"))
        form = QFormLayout(self)
        self.title = QLineEdit(item.title if item else "")
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("Call back about the quote"))
        form.addRow(self.tr("&Title"), self.title)
        self.person = PersonField(self)
        self.person.setAccessibleName(self.tr("Person"))
        self.person.setPlaceholderText(self.tr("Nobody in particular"))
        form.addRow(self.tr("&Person"), self.person)
        self.department = QComboBox()
        self.department.setAccessibleName(self.tr("Department"))
        self.department.addItem(self.tr("None"), None)
        for dept in list_departments():
            self.department.addItem(dept.name, dept.id)
        form.addRow(self.tr("Or d&epartment"), self.department)
        when = item.due_at if item else self._tomorrow_morning()
        self.due = QDateTimeEdit()
        self._show_due(when)
        self.due.setCalendarPopup(True)
        self.due.setAccessibleName(tr("Due"))
        form.addRow(self.tr("&Due"), self.due)
        self.repeat = QComboBox()
        self.repeat.setAccessibleName(self.tr("Repeat"))
        for code, text in (
            ("none", self.tr("Does not repeat")),
            ("weekly", self.tr("Every week")),
            ("fortnightly", self.tr("Every two weeks")),
            ("monthly", self.tr("Every month")),
            ("quarterly", self.tr("Every three months")),
        ):
            self.repeat.addItem(text, code)
        form.addRow(self.tr("&Repeat"), self.repeat)
        self.assignee = add_assignee_row(form, self)  # a shared journal only
        self._loaded: dict = {}  # the values as read from the journal: the base of an edit
        if item is not None:
            self._show_existing(item)
            self._loaded = self.values()
        buttons = save_cancel_buttons(self)
        form.addRow(buttons)
        self.resize(460, self.sizeHint().height())

    @staticmethod
    def _tomorrow_morning() -> datetime:
        return datetime.combine(clock.now().date() + timedelta(days=1), followups.MORNING)

    def _show_existing(self, item: FollowUp) -> None:
        self._show_due(item.due_at)
        self.person.set_person(item.person)
        self.person.setEnabled(False)
        select_code(self.department, item.department_id)
        self.department.setEnabled(False)
        self._show_rule(item)
        if self.assignee is not None:
            self.assignee.set_assignee(item.assigned_to)

    def _show_due(self, when: datetime) -> None:
        self.due.setDateTime(
            QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))
        )

    def _show_rule(self, item: FollowUp) -> None:
        kept = self.repeat.findData(KEEP_RULE)
        if kept >= 0:
            self.repeat.removeItem(kept)
        self.repeat.setCurrentIndex(self.repeat.findData("none"))
        if item.rrule:
            start = item.series_start or item.due_at
            code = next(
                (
                    c
                    for c in ("weekly", "fortnightly", "monthly", "quarterly")
                    if followups.cadence_rule(c, start) == item.rrule
                ),
                None,
            )
            if code is None:
                self.repeat.addItem(self.tr("As it is ({rule})").format(rule=item.rrule), KEEP_RULE)
                code = KEEP_RULE
            self.repeat.setCurrentIndex(self.repeat.findData(code))

    def due_at(self) -> datetime:
        return self.due.dateTime().toPython().replace(second=0, microsecond=0, tzinfo=None)

    def rule(self) -> str | None:
        code = self.repeat.currentData()
        if code == KEEP_RULE:
            return self.item.rrule
        return followups.cadence_rule(code, self.due_at())

    def values(self) -> dict:
        """The editable fields as the dialog holds them now."""
        shown = {"title": self.title.text(), "due_at": self.due_at(), "rrule": self.rule()}
        if self.assignee is not None:
            shown["assigned_to"] = self.assignee.assignee()
        return shown

    def _reload(self, fields: tuple[str, ...]) -> None:
        """Take the stored value of ``fields`` (someone else changed them); other typing stays."""
        self.item = followups.get_followup(self.item.id)
        if "title" in fields:
            self.title.setText(self.item.title)
        if "due_at" in fields:
            self._show_due(self.item.due_at)
        if "rrule" in fields:
            self._show_rule(self.item)
        if "assigned_to" in fields and self.assignee is not None:
            self.assignee.set_assignee(self.item.assigned_to)
        shown = self.values()
        self._loaded.update({k: shown[k] for k in fields if k in shown})

    def _save_edit(self) -> FollowUp | None:
        changes, base = edited(self._loaded, self.values())
        if not changes:
            return self.item
        return save_edit(
            self,
            followups.edit_followup,
            self.item.id,
            changes,
            base,
            self._reload,
            kind=Kind.FOLLOWUP,
        )

    def accept(self) -> None:
        try:
            if self.item is None:
                self.saved = write_waiting(
                    followups.add_followup,
                    title=self.title.text(),
                    due_at=self.due_at(),
                    rrule=self.rule(),
                    person=self.person.person_id(),
                    department=self.department.currentData(),
                    assigned_to=self.assignee.assignee() if self.assignee else None,
                )
            else:
                self.saved = self._save_edit()
                if self.saved is None:  # someone else's version reloaded, or back to editing
                    return
        except CXJournalError as exc:
            QMessageBox.warning(self, self.tr("Cannot save the follow-up"), str(exc))
            return
        announce(Kind.FOLLOWUP)
        super().accept()
