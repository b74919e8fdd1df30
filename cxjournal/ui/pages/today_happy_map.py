"""Today's map of when customers are least happy: the customers' Happy Index by weekday and hour
over the last eight weeks (read with the rest of Today by ``today.today_view``), the Insights
page's map; a cell with fewer than 3 ratings stays blank."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cxjournal.formatting import weekday_abbrev
from cxjournal.services.happy_index import MAP_MIN_RATINGS, HappyFigures
from cxjournal.ui.widgets.folding import Fold
from cxjournal.ui.widgets.heat_map import HeatMap


class TodayHappyMap(QWidget):
    """A title, the map and what a blank cell means; ``show_map(map, lang)`` draws what Today read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("When customers are least happy, last 8 weeks"))
        self.map = HeatMap()
        self.map.setObjectName("todayHappyMap")
        self.map.setMinimumHeight(150)
        note = QLabel(
            self.tr("Blank: fewer than {least} ratings at that hour.").format(least=MAP_MIN_RATINGS)
        )
        body = QWidget()
        inside = QVBoxLayout(body)
        inside.setContentsMargins(0, 0, 0, 0)
        inside.addWidget(self.map)
        inside.addWidget(note)
        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(body)
        # folds like Today's lists, and starts folded on a short screen: the lists need the room
        self.fold = Fold(self, bar, body, "today-happy-map", keep=self.title,
                         folded_on_short_screen=True)  # fmt: skip

    def show_map(self, found: dict[tuple[int, int], HappyFigures], lang: str) -> None:
        cells = {cell: (figures.index, figures.count) for cell, figures in found.items()}
        weekdays = [weekday_abbrev(weekday, lang) for weekday in range(7)]
        self.map.set_cells(cells, weekdays, MAP_MIN_RATINGS, lang)
        self.setVisible(bool(cells))
