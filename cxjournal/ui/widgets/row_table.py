"""A read-only, row-selecting table view over a ``RowsModel``, as the Today and people pages use it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from cxjournal.ui.models.table_model import RowsModel

SIZE_FROM_ROWS = 25  # columns are sized to their first rows, not to every row of a long list


class RowTable(QTableView):
    def __init__(self, model: RowsModel, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(accessible_name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setHighlightSections(False)

    def fit_columns(self, stretch: int, widest_chars: int | None = None) -> None:
        """Columns as wide as their title and the text of their first rows, except ``stretch``,
        which takes the room left; with ``widest_chars`` no other column is wider than that many
        characters (longer texts end in "…"), so a narrow table keeps room for ``stretch``. The text
        is measured here with the font's metrics: asking every cell for its size hint goes through
        the model once per role of each cell, which was a good part of a cold start."""
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        model = self.model()
        metrics = self.fontMetrics()
        margins = metrics.averageCharWidth() + 2  # what a cell draws around its text, and the grid
        for column in range(model.columnCount()):
            if column == stretch:
                continue
            texts = model.texts(column, SIZE_FROM_ROWS)
            widest = max(map(metrics.horizontalAdvance, texts), default=0)
            width = max(widest + margins, header.sectionSizeHint(column))
            if widest_chars is not None:
                width = min(width, widest_chars * metrics.averageCharWidth() + margins)
            header.resizeSection(column, width)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def selected_row(self) -> Any:
        rows = self.selectionModel().selectedRows()
        return self.model().row_at(rows[0].row()) if rows else None

    def selected_index(self) -> int:
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_index(self, row: int) -> None:
        count = self.model().rowCount()
        if count:
            self.selectRow(max(0, min(row, count - 1)))

    def select_where(self, test) -> bool:
        """Select the first row for which ``test(row)`` is true; False when there is none."""
        for index, row in enumerate(self.model().rows()):
            if test(row):
                self.selectRow(index)
                self.scrollTo(self.model().index(index, 0))
                return True
        return False
