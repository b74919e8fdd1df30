"""The "Assigned to" choice of the follow-up and promise dialogs: nobody, or an account of the
shared journal that the signed-in account may assign to (``services.assignment``). A journal file
has one user: the dialogs show no such row there."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from cxjournal.services import assignment


class AssigneeField(QComboBox):
    """Nobody, or one of the accounts offered; an assignee already there stays shown even when
    this account could not choose it (a counter looking at a colleague's follow-up)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Assigned to"))
        self.addItem(self.tr("Nobody in particular"), None)
        for name in assignment.assignable_accounts():
            self.addItem(name, name)

    def set_assignee(self, name: str | None) -> None:
        index = self.findData(name)
        if index < 0:
            self.addItem(name, name)
            index = self.count() - 1
        self.setCurrentIndex(index)

    def assignee(self) -> str | None:
        return self.currentData()


def add_assignee_row(form: QFormLayout, parent: QWidget) -> AssigneeField | None:
    """The "Assigned to" row on a shared journal; None (no row) on a journal file."""
    if not assignment.assignment_offered():
        return None
    field = AssigneeField(parent)
    form.addRow(QCoreApplication.translate("AssigneeField", "&Assigned to"), field)
    return field


def assignee_headers() -> list[str]:
    """The "Assigned to" column of the Follow-ups and Promises pages, on a shared journal only."""
    if not assignment.assignment_offered():
        return []
    return [QCoreApplication.translate("AssigneeField", "Assigned to")]


def assignee_cells(name: str | None) -> list[str]:
    """That column's cell for a row assigned to ``name`` (blank: nobody)."""
    return [name or ""] if assignment.assignment_offered() else []
