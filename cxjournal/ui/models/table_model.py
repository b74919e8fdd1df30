"""A read-only table model over a Python list of rows, described by columns (for short lists).

The Journal's 100,000-entry table has its own lazily fetching model; this one is for lists of at most a
few thousand rows (people, promises, follow-ups) that are fetched whole from a service.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QMetaObject, QModelIndex, Qt

from cxjournal.names import sort_key


class Column(NamedTuple):
    title: str
    value: Callable[[Any], Any]  # what is shown
    sort_key: Callable[[Any], Any] | None = None
    align: Qt.AlignmentFlag | None = None
    tooltip: Callable[[Any], str] | None = None
    foreground: Callable[[Any], Any] | None = None  # a QColor/QBrush or None


ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object itself
ANSWERED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        ROW_ROLE,
    }
)


class RowsModel(QAbstractTableModel):
    ROW_ROLE = ROW_ROLE

    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[Any]:
        return list(self._rows)

    def texts(self, column: int, first: int) -> list[str]:
        """What the ``first`` rows show in ``column``, as the view shows it."""
        spec = self._columns[column]
        return [_text(spec, row) for row in self._rows[:first]]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        # A view asks for many roles per cell on every paint; the ones answered here are few.
        if role not in ANSWERED_ROLES or not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(column, row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return int(column.align)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground:
            return column.foreground(row)
        if role == self.ROW_ROLE:
            return row
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        spec = self._columns[column]
        # text as the language sorts it ("Émile" with the E's), as the database orders names
        key = spec.sort_key or (lambda r: sort_key(str(spec.value(r) or "")))
        # Through the meta-object rather than ``signal.emit()``: PySide6 6.12's ``emit`` returns True
        # without a reference, and enough calls abort Python 3.11 ("bool_dealloc").
        _emit(self, "layoutAboutToBeChanged")
        self._rows.sort(
            key=lambda r: (key(r) is None, key(r)), reverse=order == Qt.SortOrder.DescendingOrder
        )
        _emit(self, "layoutChanged")


def _text(column: Column, row: Any) -> str:
    value = column.value(row)
    return "" if value is None else str(value)


def _emit(model: QAbstractTableModel, signal: str) -> None:
    QMetaObject.invokeMethod(model, signal, Qt.ConnectionType.DirectConnection)
