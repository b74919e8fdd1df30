"""The Journal's Ratings view: the counter kiosk's ratings (when, score, side, reason, text, which
kiosk), newest first, filtered by period and score; "Make an entry…" turns a rating whose text
deserves an answer into a journal entry through quick capture, prefilled with its text, its
satisfaction and the in-person channel, linked to nobody (a rating names no one)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxjournal import clock
from cxjournal.services.rating_list import SATISFACTION_FOR_SCORE, RatingFilter, RatingRow
from cxjournal.ui.dialogs.quick_capture import Prefill, open_quick_capture
from cxjournal.ui.models.ratings_model import BLOCK, Col, RatingsModel, score_text

TITLE_CHARS = 80
ALL, TODAY, WEEK, MONTH, DAYS30, YEAR = "all", "today", "week", "month", "30", "year"


def period_limits(period: str, today: date) -> tuple[date | None, date | None]:
    """The first and last day of a period of the filter (None: no limit)."""
    starts = {
        TODAY: today,
        WEEK: today - timedelta(days=6),
        MONTH: today.replace(day=1),
        DAYS30: today - timedelta(days=29),
        YEAR: today - timedelta(days=364),
    }
    return (starts.get(period), None)


def prefill_for(rating: RatingRow) -> Prefill:
    """A customer entry made of a rating: its words, its satisfaction, met in person."""
    words = " ".join(rating.text.split()) or rating.reason
    title = words if len(words) <= TITLE_CHARS else words[: TITLE_CHARS - 1] + "…"
    details = "\n".join(part for part in (rating.reason, rating.text) if part)
    return Prefill(
        title=title,
        details=details,
        kind="complaint" if rating.score <= 2 else "praise",
        satisfaction=SATISFACTION_FOR_SCORE[rating.score],
        channel="in-person",
    )


class RatingsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        for code, text in (
            (ALL, self.tr("Any time")),
            (TODAY, self.tr("Today")),
            (WEEK, self.tr("Last 7 days")),
            (MONTH, self.tr("This month")),
            (DAYS30, self.tr("Last 30 days")),
            (YEAR, self.tr("Last 12 months")),
        ):
            self.period.addItem(text, code)
        self.score = QComboBox()
        self.score.setAccessibleName(self.tr("Score"))
        self.score.addItem(self.tr("Any score"), ())
        self.score.addItem(self.tr("Unhappy (1 or 2)"), (1, 2))
        self.score.addItem(self.tr("Happy (3 or 4)"), (3, 4))
        for score in (1, 2, 3, 4):
            self.score.addItem(score_text(score), (score,))
        self.count = QLabel()
        self.make_entry_button = QPushButton(self.tr("&Make an entry…"))
        self.make_entry_button.setToolTip(
            self.tr("Record this rating's words as a journal entry, to answer it")
        )
        self.make_entry_button.clicked.connect(self.make_entry)
        self.model = RatingsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Ratings"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Col.TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.make_entry)
        bar = QHBoxLayout()
        bar.addWidget(self.period)
        bar.addWidget(self.score)
        bar.addStretch(1)
        bar.addWidget(self.count)
        bar.addWidget(self.make_entry_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.period.currentIndexChanged.connect(self.refresh)
        self.score.currentIndexChanged.connect(self.refresh)

    def current_filter(self) -> RatingFilter:
        since, until = period_limits(self.period.currentData(), clock.now().date())
        return RatingFilter(since=since, until=until, scores=tuple(self.score.currentData()))

    def refresh(self) -> None:
        """Read again, keeping the rating looked at and the scroll position (a kiosk may add
        ratings at any time)."""
        chosen = self.selected()
        scrolled = self.table.verticalScrollBar().value()
        self.model.set_filter(self.current_filter())
        count = self.model.rowCount()
        self.count.setText(self.tr("%n rating(s)", "", count))
        rows = range(min(count, 2 * BLOCK))  # looked for where it can be without reading on
        found = [r for r in rows if chosen and self.model.rating(r).id == chosen.id]
        if found or count:
            self.table.selectRow(found[0] if found else 0)
        self.table.verticalScrollBar().setValue(scrolled if found else 0)
        self.make_entry_button.setEnabled(count > 0)

    def selected(self) -> RatingRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rating(rows[0].row()) if rows else None

    def make_entry(self, *_args) -> None:
        rating = self.selected()
        if rating is not None:
            open_quick_capture(self, prefill=prefill_for(rating))
