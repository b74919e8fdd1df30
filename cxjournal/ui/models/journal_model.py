"""The Journal's table model: all entries a filter selects (100,000 and more), fetched in blocks.

It never holds the whole list. The row count comes from one COUNT (the full-text index answers a
search); a row's block of entries is read when the view first paints it (``page_rows``, one
statement: its subquery walks the index, the rows come with their person) and kept, a bounded
number of blocks at a time; a row's display texts (its date formatted, its codes named) are
written when it is first shown, not for its whole block. Sorting is done by the database.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import datetime
from enum import IntEnum
from typing import NamedTuple

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from cxjournal import vocabulary as v
from cxjournal.catalog import resolve_language
from cxjournal.formatting import format_datetime
from cxjournal.services.entry_query import (
    EntryFilter,
    count_and_first_page,
    count_cap,
    count_entries,
    page_rows,
)
from cxjournal.services.settings import get_setting

BLOCK = 100  # rows read at once (a screen shows about 30)
KEEP_BLOCKS = 20  # blocks kept in memory (about 2,000 rows)


class Col(IntEnum):
    """The table's columns, in the order shown."""

    WHEN = 0
    SIDE = 1
    PERSON = 2
    KIND = 3
    TITLE = 4
    STATUS = 5
    PRIORITY = 6
    SATISFACTION = 7


COLUMNS = len(Col)
_TITLE = int(Col.TITLE)

# The field the database sorts by when a column's header is clicked; a column missing here does
# not sort (a person's name is not in the entry table's index).
SORT_FIELDS = {
    Col.WHEN: "occurred_at",
    Col.SIDE: "side",
    Col.KIND: "kind",
    Col.TITLE: "title",
    Col.STATUS: "status",
    Col.PRIORITY: "priority",
    Col.SATISFACTION: "satisfaction",
}
ID_ROLE = Qt.ItemDataRole.UserRole + 1
# ``data`` runs about 1,300 times per repaint of the table (seven roles a cell, most of them not
# ours): the roles and columns it compares are plain numbers, read once, not looked up in Qt's
# enums at each call.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ID = int(ID_ROLE)


class EntryRow(NamedTuple):
    """One entry as ``page_rows`` reads it (the fields of ``entry_query.ROW_FIELDS``)."""

    id: int
    occurred_at: datetime
    side: str
    person_name: str | None
    kind: str
    title: str
    status: str
    priority: int
    satisfaction: int | None
    confidential: bool


class ShownRow(NamedTuple):
    """One entry as the table shows it: a text per column (indexed by ``Col``) and its style."""

    entry_id: int
    texts: tuple[str, ...]
    is_open: bool  # an open entry's title is bold


def column_titles() -> list[str]:
    """The header of each column, in ``Col`` order."""
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
    counted = Signal()  # the rows were counted further (``fetchMore``): the count label follows

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._filter = EntryFilter()
        self._count = 0
        self._more = False  # more rows than ``_count`` (a server counts up to ``count_cap``)
        self._blocks: OrderedDict[int, list[ShownRow | tuple]] = OrderedDict()
        self._last: tuple[int, ShownRow] | None = None  # the row a repaint asks about, 40 times
        self._titles = column_titles()
        self._lang = "en"
        self._bold = QFont()
        self._bold.setBold(True)

    # what is shown -------------------------------------------------------------------------

    @property
    def filter(self) -> EntryFilter:
        return self._filter

    def set_filter(self, flt: EntryFilter) -> None:
        """Show the entries ``flt`` selects (raises ValidationError for an impossible filter)."""
        cap = count_cap()
        limit = None if cap is None else cap + 1
        # a search on a server reads its first block with the count: one round trip for both
        count, first = count_and_first_page(flt, count_limit=limit, page=BLOCK)
        self.beginResetModel()
        self._filter = flt
        self._more = cap is not None and count > cap
        self._count = cap if self._more else count
        self._blocks.clear()
        self._last = None
        if first is not None:
            self._blocks[0] = list(first)
        self._lang = resolve_language(get_setting("language"))
        self.endResetModel()

    def reload(self) -> None:
        """Read again after a change, keeping the filter and order."""
        self.set_filter(self._filter)

    @property
    def more_than_counted(self) -> bool:
        """The row count is a lower bound: more rows come as the table is scrolled to its end."""
        return self._more

    @property
    def language(self) -> str:
        """The language the dates are written in (read from the settings at each reset)."""
        return self._lang

    def entry_id(self, row: int) -> int | None:
        found = self._read(row)  # as read or as shown: the id first
        return found[0][found[1]][0] if found else None

    def row_of(self, entry_id: int, *, search_blocks: int = 1) -> int | None:
        """The row showing ``entry_id``: looked for in the rows already read and in the first
        ``search_blocks`` blocks (reading further would cost more than it helps)."""
        for block in range(min(search_blocks, self._count // BLOCK + 1)):
            self._block(block)
        for block, rows in self._blocks.items():
            for offset, shown in enumerate(rows):
                if shown[0] == entry_id:  # a row as read or as shown: the id first
                    return block * BLOCK + offset
        return None

    # reading blocks --------------------------------------------------------------------------

    def _block(self, block: int) -> list[ShownRow | tuple]:
        """The rows of ``block``: as read, each replaced by its ``ShownRow`` once shown (about
        30 of a block's 100 are on screen after a search: 70 dates less to format)."""
        rows = self._blocks.get(block)
        if rows is not None:
            self._blocks.move_to_end(block)
            return rows
        rows = list(page_rows(self._filter, limit=BLOCK, offset=block * BLOCK, counted=self._count))
        self._blocks[block] = rows
        while len(self._blocks) > KEEP_BLOCKS:
            self._blocks.popitem(last=False)
        return rows

    def _read(self, row: int) -> tuple[list[ShownRow | tuple], int] | None:
        """The block holding ``row`` and the row's place in it (None past the rows read)."""
        if not 0 <= row < self._count:
            return None
        rows = self._block(row // BLOCK)
        offset = row % BLOCK
        return (rows, offset) if offset < len(rows) else None

    def _row(self, row: int) -> ShownRow | None:
        last = self._last
        if last is not None and last[0] == row:
            return last[1]
        found = self._read(row)
        if found is None:
            return None
        rows, offset = found
        shown = rows[offset]
        if type(shown) is not ShownRow:  # read, not shown yet: its texts are written once, now
            shown = rows[offset] = self._display(EntryRow._make(shown))
        self._last = (row, shown)
        return shown

    def _display(self, entry: EntryRow) -> ShownRow:
        texts = {
            Col.WHEN: format_datetime(entry.occurred_at, self._lang),
            Col.SIDE: v.label(entry.side),
            Col.PERSON: v.who(entry.person_name),
            Col.KIND: v.label(entry.kind),
            Col.TITLE: entry.title,
            Col.STATUS: v.label(entry.status),
            Col.PRIORITY: v.label(entry.priority),
            Col.SATISFACTION: "" if entry.satisfaction is None else "★" * entry.satisfaction,
        }
        return ShownRow(
            entry.id,
            tuple(texts[column] for column in Col),
            entry.status in v.ACTIVE_ENTRY_STATUSES,
        )

    # QAbstractTableModel ---------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        """The view reached the last counted row: count up to ``count_cap`` more (the rows
        themselves are read in blocks when painted, as always)."""
        if parent.isValid() or not self._more:
            return
        step = count_cap() or BLOCK
        found = count_entries(self._filter, limit=self._count + step + 1)
        more = found > self._count + step
        total = self._count + step if more else found
        if total > self._count:
            self.beginInsertRows(QModelIndex(), self._count, total - 1)
            self._count, self._more = total, more
            self.endInsertRows()
        else:
            self._more = False
        self.counted.emit()

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,  # a narrow column's title is cut with "…"
        ):
            return self._titles[section]
        return None

    def data(self, index: QModelIndex, role=_DISPLAY):
        # an invalid index has row -1: no row, so None for every role
        if role == _DISPLAY:
            shown = self._row(index.row())
            return shown.texts[index.column()] if shown else None
        if role == _FONT:
            if index.column() != _TITLE:
                return None
            shown = self._row(index.row())
            return self._bold if shown and shown.is_open else None  # open entries stand out
        if role == _ID:
            return self.entry_id(index.row())
        if role == _TOOLTIP:
            shown = self._row(index.row())  # a long title or name cut short is read in full here
            return shown.texts[index.column()] or None if shown else None
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_FIELDS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._filter.sort and descending == self._filter.descending:
            return
        self.set_filter(self._filter.with_(sort=key, descending=descending))
