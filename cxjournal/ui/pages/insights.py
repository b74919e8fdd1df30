"""The Insights page: the staff side beside the customer side over the last 12 or 24 months, with
the count under every value, the links found in the service's own plain words, and when customers
are least happy (hour of day × weekday). Everything is computed off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxjournal import clock, months
from cxjournal.catalog import resolve_language
from cxjournal.changes import Kind
from cxjournal.formatting import format_number, format_short_month, weekday_abbrev
from cxjournal.services import insights
from cxjournal.services.demo_mark import is_demo
from cxjournal.services.happy_index import MAP_MIN_RATINGS, hour_weekday_map
from cxjournal.services.settings import get_setting
from cxjournal.ui.shell.context import STANDALONE, AppContext
from cxjournal.ui.widgets.heat_map import HeatMap
from cxjournal.ui.widgets.month_chart import EXTERNAL_COLOUR, INTERNAL_COLOUR, MonthChart
from cxjournal.ui.widgets.worker import start_job

SPANS = (12, 24)


@dataclass
class Computed:
    """What the worker hands back: the series and links, and the map of ratings."""

    result: insights.Insights
    cells: dict[tuple[int, int], tuple[float | None, int]]


def compute(span: int, today: date) -> Computed:
    """The last ``span`` full months (the month under way is not all in yet) and their map."""
    until = months.shift_month(today.year, today.month, -1)
    result = insights.month_link(until, span, today=today)
    first_month = months.months_ending(*until, span)[0]
    first = months.month_start(*first_month).date()
    last = months.month_bounds(*until)[1].date() - timedelta(days=1)
    cells = {
        cell: (figures.index, figures.count)
        for cell, figures in hour_weekday_map(first, last).items()
    }
    return Computed(result, cells)


class Page(QWidget):
    SHOWS = frozenset({Kind.SETTING})  # computed again when shown; a rating alone does not redraw

    def __init__(self, context: AppContext = STANDALONE, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.lang = "en"
        self.job = None
        self.computed: Computed | None = None
        self.span_choice = QComboBox()
        self.span_choice.setAccessibleName(self.tr("Months shown"))
        for span in SPANS:
            self.span_choice.addItem(self.tr("Last %n month(s)", "", span), span)
        self.span_choice.setCurrentIndex(1)
        self.span_choice.currentIndexChanged.connect(self.refresh)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no known length: it only says the page is working
        self.busy.setMaximumWidth(160)
        self.busy.setVisible(False)
        self.status = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Staff and customers, month by month")), 1)
        top.addWidget(self.status)
        top.addWidget(self.busy)
        top.addWidget(self.span_choice)
        # A read-only text box: a word-wrapped label inside the page's scroll area kept the
        # height of its first line and hid the rest.
        self.links_label = QPlainTextEdit()
        self.links_label.setObjectName("insightsLinks")
        self.links_label.setReadOnly(True)
        self.links_label.setFrameShape(QFrame.Shape.NoFrame)
        # room for the usual readings (a message, a link or two, the caveat); more scrolls
        self.links_label.setFixedHeight(9 * self.links_label.fontMetrics().lineSpacing())
        links_box = QGroupBox(self.tr("What moved together"))
        QVBoxLayout(links_box).addWidget(self.links_label)
        # Said above everything else: demo figures must never be read as a shop's evidence.
        self.demo_note = QLabel(
            self.tr(
                "Demo data: these figures come from the demo journal, made up to show what the "
                "page does. They say nothing about a real shop."
            )
        )
        self.demo_note.setObjectName("insightsDemo")
        self.demo_note.setWordWrap(True)
        self.demo_note.setStyleSheet("font-weight: bold")
        self.demo_note.setVisible(False)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.demo_note)
        column.addWidget(links_box)
        column.addWidget(self._build_charts())
        column.addWidget(self._build_map())
        self.table = QTableWidget()
        self.table.setObjectName("insightsTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setMinimumHeight(260)
        column.addWidget(self.table)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.initial_focus = self.span_choice

    def _titles(self) -> dict[str, str]:
        return {
            "staff_first_response_hours": self.tr("First answer to staff (median hours)"),
            "staff_resolution_hours": self.tr("Staff concerns resolved (median hours)"),
            "staff_promises_kept_pct": self.tr("Promises to staff kept on time (%)"),
            "staff_checkins_done_pct": self.tr("Staff check-ins done (%)"),
            "staff_pulse_index": self.tr("Staff pulse (0-100)"),
            "customer_satisfaction": self.tr("Customer satisfaction (1-5)"),
            "customer_happy_index": self.tr("Customer Happy Index (0-100)"),
            "customer_complaints": self.tr("Customer complaints"),
            "customer_promises_kept_pct": self.tr("Promises to customers kept on time (%)"),
        }

    def _build_charts(self) -> QWidget:
        box = QGroupBox(self.tr("Staff (left) and customers (right)"))
        grid = QGridLayout(box)
        titles = self._titles()
        self.charts: dict[str, MonthChart] = {}
        for column, (names, colour) in enumerate(
            ((insights.INTERNAL, INTERNAL_COLOUR), (insights.EXTERNAL, EXTERNAL_COLOUR))
        ):
            for row, name in enumerate(names):
                chart = MonthChart(titles[name], colour)
                chart.setObjectName(f"chart-{name}")
                self.charts[name] = chart
                grid.addWidget(chart, row, column)
        return box

    def _build_map(self) -> QWidget:
        box = QGroupBox(self.tr("When customers are least happy (Happy Index by hour and day)"))
        layout = QVBoxLayout(box)
        self.heat_map = HeatMap()
        self.heat_map.setObjectName("happyMap")
        self.heat_map.setMinimumHeight(170)
        note = QLabel(self.tr("Blank: fewer than %n rating(s) at that hour.", "", MAP_MIN_RATINGS))
        layout.addWidget(self.heat_map)
        layout.addWidget(note)
        return box

    # computing --------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.lang = resolve_language(get_setting("language"))
        self.demo_note.setVisible(is_demo())
        span = self.span_choice.currentData()
        today = clock.now().date()
        self.busy.setVisible(True)
        self.status.setText(self.tr("Computing…"))
        self.job = start_job(
            lambda _progress: compute(span, today), on_done=self._show, on_failed=self._failed
        )

    def _failed(self, exc: Exception) -> None:
        self.busy.setVisible(False)
        self.status.setText(self.tr("Could not compute the insights: {error}").format(error=exc))

    def _show(self, computed: Computed) -> None:
        self.busy.setVisible(False)
        self.status.setText("")
        self.computed = computed
        result = computed.result
        labels = [format_short_month(*months.parse_month(m), self.lang) for m in result.months]
        for name, chart in self.charts.items():
            chart.set_series(result.series[name], result.counts[name], labels, self.lang)
        self._show_links(result)
        self._show_table(result, labels)
        weekdays = [weekday_abbrev(day, self.lang) for day in range(7)]
        self.heat_map.set_cells(computed.cells, weekdays, MAP_MIN_RATINGS, self.lang)

    def _show_links(self, result: insights.Insights) -> None:
        shown = insights.links_worth_telling(result)
        lines = [insights.reading(link, self.lang) for link in shown]
        if not any(link.evidence == insights.CLEAR for link in shown):
            lines.insert(0, insights.no_link_message())
        lines.append(self.tr("A link is not a cause: both sides may follow something else."))
        self.links_label.setPlainText("\n\n".join(lines))

    def _show_table(self, result: insights.Insights, labels: list[str]) -> None:
        titles = self._titles()
        names = list(insights.INTERNAL) + list(insights.EXTERNAL)
        self.table.setRowCount(len(labels))
        self.table.setColumnCount(len(names))
        self.table.setVerticalHeaderLabels(labels)
        self.table.setHorizontalHeaderLabels([titles[name] for name in names])
        for column, name in enumerate(names):
            for row, (value, count) in enumerate(
                zip(result.series[name], result.counts[name], strict=True)
            ):
                shown = "—" if value is None else format_number(value, self.lang, 1)
                self.table.setItem(row, column, QTableWidgetItem(f"{shown} ({count})"))
