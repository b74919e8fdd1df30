"""The Trash window (File ▸ Trash…): what was deleted, with Restore, Delete for good and Empty trash.
Deleting for good always asks first and says what goes with a person."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxjournal.catalog import resolve_language
from cxjournal.formatting import format_datetime
from cxjournal.services import trash
from cxjournal.services.settings import get_setting
from cxjournal.ui.models.table_model import Column, RowsModel
from cxjournal.ui.widgets.feedback import attempt_write, confirm


class TrashDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trash"))
        self.resize(720, 420)
        lang = resolve_language(get_setting("language"))
        kinds = {
            trash.PERSON: self.tr("Person"),
            trash.ENTRY: self.tr("Entry"),
            trash.PROMISE: self.tr("Promise"),
            trash.FOLLOWUP: self.tr("Follow-up"),
        }
        self.model = RowsModel(
            [
                Column(self.tr("What"), lambda i: kinds[i.kind]),
                Column(self.tr("Name or title"), lambda i: i.label),
                Column(
                    self.tr("Deleted"),
                    lambda i: format_datetime(i.deleted_at, lang),
                    sort_key=lambda i: i.deleted_at,
                ),
                Column(
                    self.tr("Goes with it"),
                    lambda i: (
                        self.tr("%n items of their history", "", i.goes_with) if i.goes_with else ""
                    ),
                ),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Items in the trash"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self.restore_selected)
        self.empty_label = QLabel(self.tr("The trash is empty."))
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.delete_button = QPushButton(self.tr("&Delete for good…"))
        self.empty_button = QPushButton(self.tr("&Empty trash…"))
        close = QPushButton(self.tr("Close"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.empty_button.clicked.connect(self.empty)
        close.clicked.connect(self.accept)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        buttons = QHBoxLayout()
        for button in (self.restore_button, self.delete_button, self.empty_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Deleted items stay here until you delete them for good.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(trash.list_trash())
        self.table.resizeColumnsToContents()
        has_rows = self.model.rowCount() > 0
        self.empty_label.setVisible(not has_rows)
        self.empty_button.setEnabled(has_rows)
        if has_rows:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> trash.TrashItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self, *args) -> None:
        chosen = self.selected() is not None
        self.restore_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def restore_selected(self, *args) -> None:
        item = self.selected()
        if item is not None and attempt_write(self, trash.restore, item.kind, item.id) is not None:
            self.refresh()

    def delete_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        question = self.tr("Delete “{name}” for good? This cannot be undone.").format(
            name=item.label
        )
        if item.goes_with:
            question += " " + self.tr(
                "Their %n entries, promises and follow-ups will be deleted too.",
                "",
                item.goes_with,
            )
        if confirm(self, self.tr("Delete for good"), question):
            attempt_write(self, trash.delete_forever, item.kind, item.id)
            self.refresh()

    def empty(self) -> None:
        count = self.model.rowCount()
        question = self.tr(
            "Delete the %n items in the trash for good? This cannot be undone.", "", count
        )
        if confirm(self, self.tr("Empty trash"), question):
            attempt_write(self, trash.empty_trash)
            self.refresh()


def show_trash(parent: QWidget | None) -> None:
    dialog = TrashDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.exec()
