"""The undo step of a department's deletion (Departments dialog): Ctrl+Z makes it again and moves
back the people who left it; Ctrl+Shift+Z deletes it again, its staff going where they went."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from cxjournal.changes import Kind
from cxjournal.errors import CXJournalError
from cxjournal.services import department_removal
from cxjournal.ui.shell.bus import announce
from cxjournal.ui.shell.edit_history import DONE
from cxjournal.ui.widgets.feedback import write_waiting

translate = QCoreApplication.translate


@dataclass
class DepartmentDeletion:
    removed: department_removal.RemovedDepartment
    department_id: int | None = None  # once brought back

    def undo(self, parent: QWidget | None) -> str | None:
        try:
            again = write_waiting(department_removal.bring_back_department, self.removed)
        except CXJournalError as exc:  # its name taken meanwhile, the journal busy
            return _refused(parent, exc)
        self.department_id = again.id  # made again: another id
        announce(Kind.DEPARTMENT, Kind.PERSON)
        return DONE

    def redo(self, parent: QWidget | None) -> str | None:
        try:
            self.removed = write_waiting(
                department_removal.remove_department,
                self.department_id,
                move_to=self.removed.moved_to if self.removed.moved else None,
            )
        except CXJournalError as exc:  # someone joined it meanwhile, or it is gone
            return _refused(parent, exc)
        announce(Kind.DEPARTMENT, Kind.PERSON)
        return DONE

    def undo_text(self) -> str:
        return translate("EditHistory", "Undo deletion of “{name}”").format(name=self.removed.name)

    def redo_text(self) -> str:
        return translate("EditHistory", "Redo deletion of “{name}”").format(name=self.removed.name)


def _refused(parent: QWidget | None, exc: CXJournalError) -> None:
    QMessageBox.warning(parent, translate("EditHistory", "Cannot do that"), str(exc))
    return None
