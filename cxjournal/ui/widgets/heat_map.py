"""An hour-of-day × weekday map of the customers' Happy Index drawn with QPainter: red where they
are least happy, green where they are happiest; cells with too few ratings stay blank."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from cxjournal.formatting import format_number


def index_colour(index: float) -> QColor:
    """0 red, 50 amber, 100 green."""
    hue = max(0.0, min(index, 100.0)) / 100 * 120
    return QColor.fromHsvF(hue / 360, 0.55, 0.95)


class HeatMap(QWidget):
    """``cells`` maps (weekday, hour) to (index, count); ``least`` ratings make a cell shown."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.cells: dict[tuple[int, int], tuple[float | None, int]] = {}
        self.weekdays: list[str] = []
        self.least = 3
        self.lang = "en"

    def sizeHint(self) -> QSize:
        return QSize(24 * 22 + 60, 7 * 20 + 24)

    def set_cells(self, cells: dict, weekdays: list[str], least: int, lang: str) -> None:
        self.cells, self.weekdays, self.least, self.lang = cells, weekdays, least, lang
        self.update()

    def shown(self, weekday: int, hour: int) -> float | None:
        """The index a cell shows, None when it is blank (no or too few ratings)."""
        index, count = self.cells.get((weekday, hour), (None, 0))
        return index if count >= self.least else None

    def _hours(self) -> range:
        used = [hour for (_day, hour), (_i, count) in self.cells.items() if count]
        return range(min(used, default=8), max(used, default=19) + 1)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        line = painter.fontMetrics().height()
        hours = self._hours()
        left, top = 56, line + 4
        width = (self.width() - left - 4) / max(len(hours), 1)
        height = (self.height() - top - 4) / 7
        painter.setPen(self.palette().text().color())
        for column, hour in enumerate(hours):
            painter.drawText(
                QRectF(left + column * width, 0, width, line),
                Qt.AlignmentFlag.AlignCenter,
                f"{hour}",
            )
        for weekday, name in enumerate(self.weekdays):
            y = top + weekday * height
            painter.drawText(QRectF(0, y, left - 4, height), Qt.AlignmentFlag.AlignVCenter, name)
            for column, hour in enumerate(hours):
                cell = QRectF(left + column * width + 1, y + 1, width - 2, height - 2)
                index = self.shown(weekday, hour)
                if index is None:
                    painter.setPen(self.palette().mid().color())
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRect(cell)
                    continue
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(index_colour(index))
                painter.drawRect(cell)
                painter.setPen(QColor("black"))
                painter.drawText(
                    cell, Qt.AlignmentFlag.AlignCenter, format_number(index, self.lang, 0)
                )
