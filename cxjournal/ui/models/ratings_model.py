"""The Ratings view's table model: the counter's ratings a filter selects, newest first, read a
block at a time when the view first paints a row (a busy shop records hundreds a day), a bounded
number of blocks kept, like the entries table."""

from __future__ import annotations

from collections import OrderedDict
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from cxjournal import vocabulary as v
from cxjournal.catalog import resolve_language
from cxjournal.formatting import format_datetime
from cxjournal.services.rating_list import RatingFilter, RatingRow, count_ratings, rating_rows
from cxjournal.services.settings import get_setting

BLOCK = 100
KEEP_BLOCKS = 20
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the RatingRow itself


class Col(IntEnum):
    WHEN = 0
    SCORE = 1
    SIDE = 2
    REASON = 3
    TEXT = 4
    KIOSK = 5


def score_text(score: int) -> str:
    words = {
        1: QCoreApplication.translate("RatingsModel", "Very unhappy"),
        2: QCoreApplication.translate("RatingsModel", "Unhappy"),
        3: QCoreApplication.translate("RatingsModel", "Happy"),
        4: QCoreApplication.translate("RatingsModel", "Very happy"),
    }
    return f"{score} — {words.get(score, '')}"


def column_titles() -> list[str]:
    titles = {
        Col.WHEN: QCoreApplication.translate("RatingsModel", "When"),
        Col.SCORE: QCoreApplication.translate("RatingsModel", "Score"),
        Col.SIDE: QCoreApplication.translate("RatingsModel", "Side"),
        Col.REASON: QCoreApplication.translate("RatingsModel", "Reason"),
        Col.TEXT: QCoreApplication.translate("RatingsModel", "Text"),
        Col.KIOSK: QCoreApplication.translate("RatingsModel", "Kiosk"),
    }
    return [titles[column] for column in Col]


class RatingsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._filter = RatingFilter()
        self._count = 0
        self._blocks: OrderedDict[int, list[RatingRow]] = OrderedDict()
        self._titles = column_titles()
        self._lang = "en"

    @property
    def filter(self) -> RatingFilter:
        return self._filter

    def set_filter(self, flt: RatingFilter) -> None:
        count = count_ratings(flt)
        self.beginResetModel()
        self._filter = flt
        self._count = count
        self._blocks.clear()
        self._lang = resolve_language(get_setting("language"))
        self.endResetModel()

    def reload(self) -> None:
        self.set_filter(self._filter)

    def rating(self, row: int) -> RatingRow | None:
        if not 0 <= row < self._count:
            return None
        block = row // BLOCK
        rows = self._blocks.get(block)
        if rows is None:
            rows = rating_rows(self._filter, limit=BLOCK, offset=block * BLOCK)
            self._blocks[block] = rows
            while len(self._blocks) > KEEP_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block)
        offset = row % BLOCK
        return rows[offset] if offset < len(rows) else None

    def _text(self, rating: RatingRow, column: int) -> str:
        if column == Col.WHEN:
            return format_datetime(rating.at, self._lang)
        if column == Col.SCORE:
            return score_text(rating.score)
        if column == Col.SIDE:
            return v.label(rating.side)
        if column == Col.TEXT:
            return " ".join(rating.text.split())  # one line in the table, whole in the tooltip
        return {Col.REASON: rating.reason, Col.KIOSK: rating.kiosk}[Col(column)]

    # QAbstractTableModel ---------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        rating = self.rating(index.row())
        if rating is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(rating, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == Col.TEXT:
            return rating.text or None
        if role == ROW_ROLE:
            return rating
        return None
