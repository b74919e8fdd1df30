"""A tree of items under group headings ("Overdue (2)", "Today", ...) over a QStandardItemModel,
keeping the selection by item id across reloads; used by the Promises and Follow-ups pages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from cxjournal.ui.widgets.palette import error_brush

ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class Row:
    item_id: int
    cells: Sequence[str]
    tooltip: str = ""
    late: bool = False  # shown in red
    dimmed: bool = False


class GroupedTree(QTreeView):
    """Headings are not selectable; each row carries its item id in ``ID_ROLE``."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = QStandardItemModel(0, len(headers), self)
        self.source.setHorizontalHeaderLabels(list(headers))
        self.setModel(self.source)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.header().setStretchLastSection(True)

    def set_groups(self, groups: Sequence[tuple[str, Sequence[Row]]]) -> None:
        """Replace the content: (heading with its count, rows) for each group, as
        ``agenda.group_heading`` says it; the selected item (by id) stays selected if still there."""
        keep = self.selected_id()
        scrolled = self.verticalScrollBar().value()
        self.source.removeRows(0, self.source.rowCount())
        bold = QFont(self.font())
        bold.setBold(True)
        for title, rows in groups:
            heading = QStandardItem(title)
            heading.setFont(bold)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            filler = [QStandardItem() for _ in range(self.source.columnCount() - 1)]
            for cell in filler:
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for row in rows:
                heading.appendRow(self._row_items(row))
            self.source.appendRow([heading, *filler])
            self.setFirstColumnSpanned(self.source.rowCount() - 1, QModelIndex(), True)
        self.expandAll()
        if keep is None or not self.select_id(keep):
            self._select_first()
        self.verticalScrollBar().setValue(scrolled)  # a refresh does not move the list

    def _select_first(self) -> None:
        """Keep a current row so the keyboard actions have something to act on."""
        for g in range(self.source.rowCount()):
            heading = self.source.item(g, 0)
            if heading.rowCount():
                self.select_id(heading.child(0, 0).data(ID_ROLE))
                return

    def _row_items(self, row: Row) -> list[QStandardItem]:
        items = []
        for text in row.cells:
            item = QStandardItem(text)
            item.setData(row.item_id, ID_ROLE)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if row.tooltip:
                item.setToolTip(row.tooltip)
            if row.late:
                item.setForeground(error_brush())
            elif row.dimmed:
                item.setForeground(self.palette().placeholderText())
            items.append(item)
        return items

    def ids_in_group(self, position: int) -> list[int]:
        heading = self.source.item(position, 0)
        return [heading.child(r, 0).data(ID_ROLE) for r in range(heading.rowCount())]

    def selected_id(self) -> int | None:
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        return rows[0].data(ID_ROLE) if rows else None

    def select_id(self, item_id: int) -> bool:
        for g in range(self.source.rowCount()):
            heading = self.source.item(g, 0)
            for r in range(heading.rowCount()):
                child = heading.child(r, 0)
                if child.data(ID_ROLE) == item_id:
                    index = child.index()
                    self.setCurrentIndex(index)
                    self.selectionModel().select(
                        index,
                        self.selectionModel().SelectionFlag.ClearAndSelect
                        | self.selectionModel().SelectionFlag.Rows,
                    )
                    self.scrollTo(index)
                    return True
        return False
