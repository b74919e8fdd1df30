"""The Staff page: staff members, the selected one's page, and the departments with their check-ins."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from cxjournal import vocabulary as v
from cxjournal.ui.dialogs.departments_dialog import DepartmentsDialog
from cxjournal.ui.pages.people_page import PeoplePage


class Page(PeoplePage):
    side = v.STAFF

    def extra_buttons(self) -> list[QPushButton]:
        self.departments_button = QPushButton(self.tr("&Departments…"))
        self.departments_button.setToolTip(self.tr("Add and rename departments, set check-ins"))
        self.departments_button.clicked.connect(self.open_departments)
        return [self.departments_button]

    def open_departments(self) -> None:
        self.dialog = DepartmentsDialog(self, self.history)
        self.dialog.finished.connect(self.refresh)
        self.dialog.open()
