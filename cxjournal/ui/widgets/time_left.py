"""Today's "Answer in time" list: each open complaint and concern with the time left on its
response target, in opening hours (services.targets); marked once 80 % of it is used, red when
late; double-click opens the entry."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cxjournal import vocabulary as v
from cxjournal.services.targets import TimeLeft
from cxjournal.ui.models.table_model import Column, RowsModel
from cxjournal.ui.widgets.palette import error_colour
from cxjournal.ui.widgets.row_table import RowTable

NEARLY_USED = "#b26a00"  # amber, readable on light and dark palettes (about 4.5:1 on white)


class TimeLeftSection(QWidget):
    def __init__(self, open_entry: Callable[[int], None], parent=None) -> None:
        super().__init__(parent)
        self.open_entry = open_entry
        self.model = RowsModel(
            [
                Column(self.tr("Time left"), self._left, self._sort_key, foreground=self._colour),
                Column(self.tr("Who"), lambda i: i.person),
                Column(self.tr("Side"), lambda i: v.label(i.side)),
                Column(self.tr("What"), lambda i: i.title),
            ],
            self,
        )
        self.table = RowTable(self.model, self.tr("Time left to answer"))
        self.table.doubleClicked.connect(self._open)
        self.title = QLabel()
        bar = self.bar = QHBoxLayout()  # Today puts its fold arrow first
        bar.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def _left(self, item: TimeLeft) -> str:
        text = item.text
        if item.target.paused:
            return self.tr("{text} (paused: waiting)").format(text=text)
        if item.target.nearly_used and not item.target.missed:
            return "⚠ " + text  # marked, not only coloured: the mark survives a printout
        return text

    @staticmethod
    def _sort_key(item: TimeLeft) -> tuple:
        return (item.target.paused, item.target.left)

    @staticmethod
    def _colour(item: TimeLeft):
        if item.target.paused:
            return None
        if item.target.missed:
            return error_colour()
        return QColor(NEARLY_USED) if item.target.nearly_used else None

    def show_found(self, found: list[TimeLeft]) -> None:
        """Show ``found`` (``targets.time_left_on_problems``'s list); hidden when it is empty."""
        self.model.set_rows(found)
        self.table.fit_columns(self.model.columnCount() - 1)
        late = sum(item.target.missed and not item.target.paused for item in found)
        self.title.setText(
            self.tr("<b>Answer in time</b> (opening hours): %n late", "", late)
            if late
            else self.tr("<b>Answer in time</b> (opening hours): none late")
        )
        self.setVisible(bool(found))

    def _open(self, *args) -> None:
        item = self.table.selected_row()
        if item is not None:
            self.open_entry(item.entry_id)
