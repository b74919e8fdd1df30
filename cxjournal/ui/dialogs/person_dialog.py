"""The dialog to add or edit a customer or a staff member; a service's validation message is shown
under the field it is about. Saving waits for the journal off the GUI thread; when the journal stays
busy the dialog stays open with what was typed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cxjournal import vocabulary as v
from cxjournal.changes import Kind
from cxjournal.errors import CXJournalError
from cxjournal.i18n import tr as core_tr
from cxjournal.services import people
from cxjournal.ui.dialogs.conflict_dialog import edited, save_edit
from cxjournal.ui.shell.bus import announce
from cxjournal.ui.widgets.cadence_field import CadenceField
from cxjournal.ui.widgets.combo import select_code
from cxjournal.ui.widgets.dialog_buttons import save_cancel_buttons
from cxjournal.ui.widgets.feedback import write_waiting
from cxjournal.ui.widgets.palette import ERROR_STYLE

if TYPE_CHECKING:
    from cxjournal.store.models import Person


def field_of(error: CXJournalError) -> str | None:
    """Which of the dialog's fields a service error is about (services name fields by code or by
    their translated label)."""
    if not error.field:
        return None
    names = {key: key for key in people.PERSON_FIELDS}
    for key, label in (
        ("name", "Name"),
        ("organisation", "Organisation"),
        ("role", "Role"),
        ("email", "Email"),
        ("phone", "Phone"),
        ("notes", "Notes"),
        ("department", "Department"),
    ):
        names[core_tr(label)] = key
    return names.get(error.field)


class PersonDialog(QDialog):
    def __init__(self, side: str, person: Person | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.side = side
        self.person = person
        staff = side == v.STAFF
        if person is None:
            title = self.tr("New staff member") if staff else self.tr("New customer")
        else:
            title = self.tr("Edit {name}").format(name=person.name)
        self.setWindowTitle(title)
        self.name = QLineEdit()
        self.organisation = QLineEdit()
        self.department = QComboBox()
        self.role = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(90)
        self.keep_in_touch_days = CadenceField()
        self.department.addItem(self.tr("(no department)"), None)
        for department in people.list_departments():
            self.department.addItem(department.name, department.id)
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        rows = [
            ("name", self.tr("&Name"), self.name),
            ("organisation", self.tr("&Organisation"), self.organisation),
            ("department", self.tr("&Department"), self.department),
            ("role", self.tr("&Role"), self.role),
            ("email", self.tr("&Email"), self.email),
            ("phone", self.tr("&Phone"), self.phone),
            ("notes", self.tr("N&otes"), self.notes),
            ("keep_in_touch_days", self.tr("&Keep in touch"), self.keep_in_touch_days.choice),
        ]
        other_side_only = "organisation" if staff else "department"
        for key, text, widget in rows:
            if key == other_side_only:
                continue
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            error = QLabel()
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.setObjectName(f"error-{key}")
            error.hide()
            self.errors[key] = error
            holder = QVBoxLayout()
            holder.setSpacing(2)
            # the cadence's label goes to its choice; the row holds the choice and the days
            holder.addWidget(self.keep_in_touch_days if key == "keep_in_touch_days" else widget)
            holder.addWidget(error)
            form.addRow(label, holder)
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self._loaded: dict = {}  # the form as read from the journal: the base of an edit
        if person is not None:
            self._fill(person)
            self._loaded = self.values()
        self.resize(440, self.sizeHint().height())

    def _fill(self, person: Person) -> None:
        self.name.setText(person.name)
        self.organisation.setText(person.organisation)
        self.role.setText(person.role)
        self.email.setText(person.email)
        self.phone.setText(person.phone)
        self.notes.setPlainText(person.notes)
        self.keep_in_touch_days.set_days(person.keep_in_touch_days)
        select_code(self.department, person.department_id)

    def _reload(self, fields: tuple[str, ...]) -> None:
        """Take the stored value of ``fields`` (someone else changed them); other typing stays."""
        typed = self.values()
        self._fill(people.get_person(self.person.id))
        stored = self.values()
        self._fill_typed({k: val for k, val in typed.items() if k not in fields})
        self._loaded.update({k: stored[k] for k in fields if k in stored})

    def _fill_typed(self, values: dict) -> None:
        for key, value in values.items():
            widget = getattr(self, key)
            if key == "department":
                select_code(widget, value)
            elif key == "notes":
                widget.setPlainText(value)
            elif key == "keep_in_touch_days":
                widget.set_days(value)
            else:
                widget.setText(value)

    def values(self) -> dict:
        values = {
            "name": self.name.text(),
            "role": self.role.text(),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "notes": self.notes.toPlainText(),
            "keep_in_touch_days": self.keep_in_touch_days.days(),
        }
        if self.side == v.STAFF:
            values["department"] = self.department.currentData()
        else:
            values["organisation"] = self.organisation.text()
        return values

    def save(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.hide()
        values = self.values()  # read here: the write runs on another thread
        adding = self.person is None
        try:
            if adding:
                self.person = write_waiting(
                    people.add_person, values.pop("name"), self.side, **values
                )
            else:
                changes, base = edited(self._loaded, values)
                saved = save_edit(
                    self,
                    people.edit_person,
                    self.person.id,
                    changes,
                    base,
                    self._reload,
                    kind=Kind.PERSON,
                )
                if saved is None:  # someone else's version reloaded, or back to editing
                    return
                self.person = saved
        except CXJournalError as exc:  # e.g. an empty name, or the journal still busy
            self.show_error(exc)
            return
        notice = people.namesake_notice(self.person) if adding else None
        if notice:  # not an error, but a duplicate by mistake should be seen at once
            QMessageBox.information(self, self.tr("Same name"), notice)
        announce(Kind.PERSON)
        self.accept()

    def show_error(self, error: CXJournalError) -> None:
        label = self.errors.get(field_of(error) or "", self.general_error)
        label.setText(str(error))
        label.show()
        widget = {
            "name": self.name,
            "organisation": self.organisation,
            "department": self.department,
            "role": self.role,
            "email": self.email,
            "phone": self.phone,
            "notes": self.notes,
        }.get(field_of(error) or "")
        if widget is not None:
            widget.setFocus()
