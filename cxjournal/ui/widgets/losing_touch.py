"""Today's "Losing touch" list: people past their keep-in-touch cadence and regular customers gone
quiet (services.keep_in_touch); double-click opens the person."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cxjournal import vocabulary as v
from cxjournal.formatting import format_short_date
from cxjournal.services import keep_in_touch
from cxjournal.services.keep_in_touch import LosingTouch
from cxjournal.ui.models.table_model import Column, RowsModel
from cxjournal.ui.widgets.row_table import RowTable


class LosingTouchSection(QWidget):
    def __init__(self, open_person: Callable[[str, int], None], parent=None) -> None:
        super().__init__(parent)
        self.lang = "en"
        self.open_person = open_person
        self.model = RowsModel(
            [
                Column(self.tr("Who"), lambda i: i.name),
                Column(self.tr("Side"), lambda i: v.label(i.side)),
                Column(self.tr("Last contact"), self._last, sort_key=lambda i: i.last_contact),
                Column(self.tr("Why"), self._why),
            ],
            self,
        )
        self.table = RowTable(self.model, self.tr("Losing touch"))
        self.table.doubleClicked.connect(self._open)
        self.title = QLabel()
        bar = self.bar = QHBoxLayout()  # Today puts its fold arrow first
        bar.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def _last(self, item: LosingTouch) -> str:
        if item.last_contact is None:
            return self.tr("never")
        return format_short_date(item.last_contact.date(), self.lang)

    def _why(self, item: LosingTouch) -> str:
        if item.reason == keep_in_touch.CADENCE:
            days = item.cadence_days or 0
            return self.tr("keep in touch every %n day(s)", "", days)
        return self.tr("regular customer, no contact for 45 days")

    def show_found(self, found: list[LosingTouch], lang: str) -> None:
        """Show ``found`` (``keep_in_touch.losing_touch``'s list); hidden when it is empty."""
        self.lang = lang
        self.model.set_rows(found)
        self.table.fit_columns(self.model.columnCount() - 1)
        self.title.setText(
            self.tr(
                "<b>Losing touch</b>: %n person(s) past the time to get in touch", "", len(found)
            )
        )
        self.setVisible(bool(found))

    def _open(self, *args) -> None:
        item = self.table.selected_row()
        if item is not None:
            self.open_person("customers" if item.side == v.CUSTOMER else "staff", item.person_id)
