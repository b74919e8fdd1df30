"""The Journal's table model: all entries a filter selects (100,000 and more), fetched in blocks.

It never holds the whole list. The row count comes from one COUNT (the full-text index answers a
search); a row's block of entries is read when the view first paints it (``page_ids`` walks the
index, ``entries_by_ids`` reads them with their person) and its display texts are kept, a bounded
number of blocks at a time. Sorting is done by the database, not here.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont

from cxjournal import vocabulary as v
from cxjournal.catalog import resolve_language
from cxjournal.formatting import format_day_time
from cxjournal.services.entry_query import EntryFilter, count_entries, entry_rows, page_ids
from cxjournal.services.settings import get_setting

BLOCK = 100  # rows read at once (a screen shows about 30)
KEEP_BLOCKS = 20  # blocks kept in memory (about 2,000 rows)

# Column key, the sort the database applies (None: not sortable).
COLUMNS = (
    ("when", "occurred_at"),
    ("side", "side"),
    ("person", None),
    ("kind", "kind"),
    ("title", "title"),
    ("status", "status"),
    ("priority", "priority"),
    ("satisfaction", "satisfaction"),
)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def column_titles() -> list[str]:
    translate = QCoreApplication.translate
    return [
        translate("JournalModel", "When"),
        translate("JournalModel", "Side"),
        translate("JournalModel", "Person"),
        translate("JournalModel", "Kind"),
        translate("JournalModel", "Title"),
        translate("JournalModel", "Status"),
        translate("JournalModel", "Priority"),
        translate("JournalModel", "Satisfaction"),
    ]


class JournalModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._filter = EntryFilter()
        self._count = 0
        self._blocks: OrderedDict[int, list[tuple]] = OrderedDict()
        self._titles = column_titles()
        self._lang = "en"
        self._anonymous = QCoreApplication.translate("JournalModel", "Anonymous")
        self._bold = QFont()
        self._bold.setBold(True)

    # what is shown -------------------------------------------------------------------------

    @property
    def filter(self) -> EntryFilter:
        return self._filter

    def set_filter(self, flt: EntryFilter) -> None:
        """Show the entries ``flt`` selects (raises ValidationError for an impossible filter)."""
        count = count_entries(flt)
        self.beginResetModel()
        self._filter = flt
        self._count = count
        self._blocks.clear()
        self._lang = resolve_language(get_setting("language"))
        self.endResetModel()

    def reload(self) -> None:
        """Read again after a change, keeping the filter and order."""
        self.set_filter(self._filter)

    def entry_id(self, row: int) -> int | None:
        values = self._row(row)
        return values[0] if values else None

    def row_of(self, entry_id: int, *, search_blocks: int = 1) -> int | None:
        """The row showing ``entry_id``: looked for in the rows already read and in the first
        ``search_blocks`` blocks (reading further would cost more than it helps)."""
        for block in range(min(search_blocks, self._count // BLOCK + 1)):
            self._block(block)
        for block, rows in self._blocks.items():
            for offset, values in enumerate(rows):
                if values[0] == entry_id:
                    return block * BLOCK + offset
        return None

    # reading blocks --------------------------------------------------------------------------

    def _block(self, block: int) -> list[tuple]:
        rows = self._blocks.get(block)
        if rows is not None:
            self._blocks.move_to_end(block)
            return rows
        ids = page_ids(self._filter, limit=BLOCK, offset=block * BLOCK)
        rows = [self._display(row) for row in entry_rows(ids)]
        self._blocks[block] = rows
        while len(self._blocks) > KEEP_BLOCKS:
            self._blocks.popitem(last=False)
        return rows

    def _row(self, row: int) -> tuple | None:
        if not 0 <= row < self._count:
            return None
        rows = self._block(row // BLOCK)
        offset = row % BLOCK
        return rows[offset] if offset < len(rows) else None

    def _display(self, row: tuple) -> tuple:
        entry_id, when, side, person, kind, title, status, priority, score, secret = row
        return (
            entry_id,
            format_day_time(when, self._lang),
            v.label(side),
            person or self._anonymous,
            v.label(kind),
            title,
            v.label(status),
            v.label(priority),
            "" if score is None else "★" * score,
            status in v.ACTIVE_ENTRY_STATUSES,
            secret,
        )

    # QAbstractTableModel ---------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            values = self._row(index.row())
            return values[index.column() + 1] if values else None
        if role == ID_ROLE:
            return self.entry_id(index.row())
        if role == Qt.ItemDataRole.FontRole and index.column() == 4:
            values = self._row(index.row())
            if values and values[9]:  # open entries stand out
                return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            values = self._row(index.row())
            return values[5] if values else None
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1]
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._filter.sort and descending == self._filter.descending:
            return
        self.set_filter(self._filter.with_(sort=key, descending=descending))
