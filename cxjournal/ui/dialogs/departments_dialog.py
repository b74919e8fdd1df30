"""The Departments dialog of the Staff page: add a department, rename it, set its check-in cadence,
delete it (its staff moved to another first; Ctrl+Z brings it back with them).
Saving waits for the journal off the GUI thread; what was typed stays when it cannot save, and a
rename made elsewhere meanwhile opens the conflict dialog."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxjournal import vocabulary as v
from cxjournal.changes import Kind
from cxjournal.errors import CXJournalError
from cxjournal.i18n import tr
from cxjournal.services import department_removal, people
from cxjournal.ui.dialogs.conflict_dialog import edited, save_edit
from cxjournal.ui.models.table_model import Column, RowsModel
from cxjournal.ui.shell.bus import announce
from cxjournal.ui.shell.edit_history import EditHistory
from cxjournal.ui.widgets.combo import fill_codes
from cxjournal.ui.widgets.department_step import DepartmentDeletion
from cxjournal.ui.widgets.dialog_buttons import close_buttons
from cxjournal.ui.widgets.feedback import confirm, write_waiting
from cxjournal.ui.widgets.palette import ERROR_STYLE
from cxjournal.ui.widgets.row_table import RowTable

if TYPE_CHECKING:
    from cxjournal.store.models import Department


class DepartmentsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, history: EditHistory | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Departments"))
        self.history = history if history is not None else EditHistory(self)
        self.staff_counts: dict[int, int] = {}  # counted once per refresh, not once per cell
        self.model = RowsModel(
            [
                Column(tr("Department"), lambda d: d.name),
                Column(self.tr("Check-ins"), lambda d: v.label(d.checkin_cadence)),
                Column(self.tr("Staff"), lambda d: self.staff_counts.get(d.id, 0)),
            ],
            self,
        )
        self.table = RowTable(self.model, self.tr("Departments"))
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Department name"))
        self.cadence = QComboBox()
        self.cadence.setAccessibleName(self.tr("Check-in cadence"))
        fill_codes(self.cadence, v.CADENCES)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.add_button = QPushButton(self.tr("&Add as new"))
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Check-ins"), self.cadence)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        close = close_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Choose a department to rename it or change its check-ins."))
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(480, 420)
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        departments = people.list_departments(with_counts=True)
        self.staff_counts = {d.id: d.staff_count for d in departments}
        self.model.set_rows(departments)
        self.table.fit_columns(0)
        if select_id is not None:
            self.table.select_where(lambda d: d.id == select_id)
        self._selected()

    def selected(self) -> Department | None:
        return self.table.selected_row()

    def _selected(self, *args) -> None:
        department = self.selected()
        self.save_button.setEnabled(department is not None)
        self.delete_button.setEnabled(department is not None)
        if department is not None:
            self.name.setText(department.name)
            self.cadence.setCurrentIndex(self.cadence.findData(department.checkin_cadence))

    def add(self) -> None:
        self._run(
            partial(
                write_waiting, people.add_department, self.name.text(), self.cadence.currentData()
            )
        )

    def save(self) -> None:
        """Save what was changed from the department as listed (the base): a rename made
        elsewhere meanwhile opens the conflict dialog instead of being overwritten."""
        department = self.selected()
        if department is None:
            return
        loaded = {"name": department.name, "cadence": department.checkin_cadence}
        typed = {"name": self.name.text(), "cadence": self.cadence.currentData()}
        changes, base = edited(loaded, typed)
        if changes:
            self._run(
                partial(
                    save_edit,
                    self,
                    people.edit_department,
                    department.id,
                    changes,
                    base,
                    lambda _fields: self.refresh(department.id),
                    kind=Kind.DEPARTMENT,
                )
            )

    def delete(self) -> None:
        """Delete the chosen department: with nobody in it after a question; with staff, once
        the department they join is chosen. Ctrl+Z in the window brings it back, with them."""
        department = self.selected()
        if department is None:
            return
        move_to = self._where_staff_go(department)
        if move_to is None:
            return
        try:
            removed = write_waiting(
                department_removal.remove_department, department.id, move_to=move_to or None
            )
        except CXJournalError as exc:  # staff added meanwhile, the journal busy
            self.error.setText(str(exc))
            self.error.show()
            return
        self.history.record(DepartmentDeletion(removed))
        announce(Kind.DEPARTMENT, Kind.PERSON)
        self.refresh()

    def _where_staff_go(self, department: Department) -> str | None:
        """The department the staff join ("" when there are none), or None: not deleted."""
        staff = self.staff_counts.get(department.id, 0)
        if not staff:
            question = self.tr("Delete the department “{name}”?").format(name=department.name)
            return "" if confirm(self, self.tr("Delete department"), question) else None
        others = [d.name for d in self.model.rows() if d.id != department.id]
        if not others:
            self.error.setText(
                self.tr(
                    "%n staff member(s) belong to “{name}”: add the department they join first.",
                    "",
                    staff,
                ).format(name=department.name)
            )
            self.error.show()
            return None
        label = self.tr(
            "%n staff member(s) belong to “{name}”. Which department do they join?", "", staff
        )
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Delete department"), label.format(name=department.name), others, 0, False
        )
        return chosen if ok and chosen else None

    def _run(self, action) -> None:
        """``action``: a service call with the fields' values already read (it runs elsewhere);
        None from it: nothing saved (someone else's version shown, or back to editing)."""
        self.error.hide()
        try:
            department = action()
        except CXJournalError as exc:  # e.g. a name in use, or the journal still busy
            self.error.setText(str(exc))
            self.error.show()
            return
        if department is not None:
            announce(Kind.DEPARTMENT, Kind.PERSON)
            self.refresh(department.id)
