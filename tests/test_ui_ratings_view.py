"""The Journal's Ratings view (issue 19): the kiosk's ratings newest first with their when, score,
side, reason, text and kiosk, read in blocks; filtered by period (fake clock) and score; and
"Make an entry…" opening quick capture prefilled with the rating's words, its satisfaction and the
in-person channel, linked to nobody."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from cxjournal.services import ratings
from cxjournal.services.rating_list import RatingFilter, count_ratings, rating_rows
from cxjournal.store.models import Entry
from cxjournal.ui.dialogs.quick_capture import QuickCaptureDialog
from cxjournal.ui.models import ratings_model
from cxjournal.ui.models.ratings_model import Col, RatingsModel
from cxjournal.ui.widgets.ratings_view import RatingsView, prefill_for
from tests.helpers import START, open_page


@pytest.fixture
def three(fake_clock):
    ratings.record_rating(4, at="2026-10-02 11:00", kiosk="Comptoir", now=START)
    ratings.record_rating(
        1,
        reason="Attente",
        text="Vingt minutes pour un pain.\nJe ne reviendrai pas.",
        at="2026-11-16 08:30",
        kiosk="Comptoir",
        now=START,
    )
    ratings.record_rating(2, reason="Prix", at="2026-11-10 17:45", now=START)


def shown(model) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_rows_newest_first_with_every_column(qtbot, three):
    model = RatingsModel()
    model.set_filter(RatingFilter())
    assert shown(model) == [
        [
            "16 Nov 2026, 08:30",
            "1 — Very unhappy",
            "Customer",
            "Attente",
            "Vingt minutes pour un pain. Je ne reviendrai pas.",
            "Comptoir",
        ],
        ["10 Nov 2026, 17:45", "2 — Unhappy", "Customer", "Prix", "", ""],
        ["2 Oct 2026, 11:00", "4 — Very happy", "Customer", "", "", "Comptoir"],
    ]
    tooltip = model.index(0, Col.TEXT).data(ratings_model.Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Vingt minutes pour un pain.\nJe ne reviendrai pas."


def test_blocks_are_read_as_the_view_needs_them(fake_clock, monkeypatch):
    for minute in range(25):
        ratings.record_rating(3, at=f"2026-11-15 10:{minute:02d}", now=START)
    monkeypatch.setattr(ratings_model, "BLOCK", 10)
    model = RatingsModel()
    model.set_filter(RatingFilter())
    assert model.rowCount() == 25
    assert model._blocks == {}  # nothing read before a row is asked for
    assert model.index(21, Col.WHEN).data() == "15 Nov 2026, 10:03"
    assert list(model._blocks) == [2]
    assert rating_rows(limit=2, offset=0)[0].at == datetime(2026, 11, 15, 10, 24)


def test_filtered_by_period_and_score(qtbot, three):
    view = RatingsView()
    qtbot.addWidget(view)
    view.refresh()
    assert view.count.text() == "3 ratings"
    view.period.setCurrentIndex(view.period.findData("month"))
    assert [row[0] for row in shown(view.model)] == ["16 Nov 2026, 08:30", "10 Nov 2026, 17:45"]
    view.period.setCurrentIndex(view.period.findData("today"))
    assert view.count.text() == "1 rating"
    view.period.setCurrentIndex(view.period.findData("all"))
    view.score.setCurrentIndex(view.score.findText("Happy (3 or 4)"))
    assert [row[1] for row in shown(view.model)] == ["4 — Very happy"]
    view.score.setCurrentIndex(view.score.findText("2 — Unhappy"))
    assert [row[3] for row in shown(view.model)] == ["Prix"]
    assert count_ratings(RatingFilter(scores=(1, 2))) == 2


def test_the_journal_page_has_a_ratings_view(qtbot, three):
    _window, page = open_page(qtbot, "journal")
    assert [page.views.tabText(i) for i in range(page.views.count())] == ["&Entries", "R&atings"]
    page.views.setCurrentWidget(page.ratings)
    assert page.ratings.model.rowCount() == 3


def test_the_prefill_carries_the_words_and_the_satisfaction_and_no_person(three):
    first, second, third = rating_rows(limit=3)
    fill = prefill_for(first)
    assert fill.title == "Vingt minutes pour un pain. Je ne reviendrai pas."
    assert fill.details == "Attente\nVingt minutes pour un pain.\nJe ne reviendrai pas."
    assert (fill.kind, fill.satisfaction, fill.channel) == ("complaint", 1, "in-person")
    assert prefill_for(second).title == "Prix"
    assert (prefill_for(third).kind, prefill_for(third).satisfaction) == ("praise", 5)


def test_make_an_entry_opens_quick_capture_prefilled_and_saves_an_anonymous_entry(qtbot, three):
    view = RatingsView()
    qtbot.addWidget(view)
    view.refresh()
    seen = {}

    def fill_in_and_save() -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QuickCaptureDialog) and w.isVisible()
        )
        seen["fields"] = (
            dialog.who.text(),
            dialog.title.text(),
            dialog.satisfaction.currentData(),
            dialog.channel.currentData(),
            dialog.kind.currentData(),
        )
        dialog.save()

    QTimer.singleShot(0, fill_in_and_save)
    view.make_entry_button.click()
    assert seen["fields"] == (
        "",
        "Vingt minutes pour un pain. Je ne reviendrai pas.",
        1,
        "in-person",
        "complaint",
    )
    entry = Entry.get()
    assert (entry.person_id, entry.side, entry.satisfaction, entry.channel) == (
        None,
        "customer",
        1,
        "in-person",
    )
    assert entry.details == "Attente\nVingt minutes pour un pain.\nJe ne reviendrai pas."


def test_a_new_rating_keeps_the_one_looked_at_selected(qtbot, three):
    view = RatingsView()
    qtbot.addWidget(view)
    view.refresh()
    view.table.selectRow(2)
    ratings.record_rating(3, at="2026-11-16 08:59", now=START)
    view.refresh()
    assert view.count.text() == "4 ratings"
    assert view.selected().at == datetime(2026, 10, 2, 11, 0)
