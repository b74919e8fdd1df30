"""Today's map of when customers are least happy: the customers' Happy Index by weekday and hour
over the last eight weeks (``happy_index.hour_weekday_map``), the Insights page's map; a cell with
fewer than 3 ratings stays blank."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cxjournal.formatting import weekday_abbrev
from cxjournal.services.happy_index import MAP_MIN_RATINGS, hour_weekday_map
from cxjournal.ui.widgets.heat_map import HeatMap

WEEKS = 8


class TodayHappyMap(QWidget):
    """A title, the map and what a blank cell means; ``show_for(day)`` reads and draws."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("When customers are least happy, last 8 weeks"))
        self.map = HeatMap()
        self.map.setObjectName("todayHappyMap")
        self.map.setMinimumHeight(150)
        note = QLabel(
            self.tr("Blank: fewer than {least} ratings at that hour.").format(least=MAP_MIN_RATINGS)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.map, note):
            layout.addWidget(widget)

    def show_for(self, day: date, lang: str) -> None:
        first = day - timedelta(weeks=WEEKS) + timedelta(days=1)
        cells = {
            cell: (figures.index, figures.count)
            for cell, figures in hour_weekday_map(first, day).items()
        }
        weekdays = [weekday_abbrev(weekday, lang) for weekday in range(7)]
        self.map.set_cells(cells, weekdays, MAP_MIN_RATINGS, lang)
        self.setVisible(bool(cells))
