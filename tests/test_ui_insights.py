"""The Insights page: computed off the GUI thread behind a busy bar, every value with its count,
"no clear link" said plainly on noise, a planted link in the service's words, and the hour ×
weekday map of the Happy Index with cells of fewer than 3 ratings left blank."""

import random
import threading
from datetime import datetime

from PySide6.QtWidgets import QApplication

from cxjournal.services import happy_index, insights, ratings
from cxjournal.ui.pages import insights as page_module
from tests.helpers import open_page
from tests.test_insights import _planted, _shop


def _computed(qtbot, page):
    qtbot.waitUntil(lambda: page.computed is not None and not page.busy.isVisible(), timeout=20000)
    return page.computed


def test_the_page_computes_off_the_gui_thread_and_shows_counts(qtbot, fake_clock, monkeypatch):
    _shop(*_planted(random.Random(5)))
    threads = []
    real = page_module.compute

    def watched(span, today):
        threads.append(threading.current_thread())
        return real(span, today)

    monkeypatch.setattr(page_module, "compute", watched)
    _window, page = open_page(qtbot, "insights")
    assert page.busy.isVisible()  # the busy bar shows while the worker runs
    computed = _computed(qtbot, page)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert QApplication.instance().thread() is page.thread()
    assert computed.result.months[-1] == "2026-10"  # the month under way is left out
    assert page.table.rowCount() == 24
    names = list(insights.INTERNAL) + list(insights.EXTERNAL)
    response = names.index("staff_first_response_hours")
    assert page.table.item(0, response).text().endswith("(3)")
    empty = names.index("customer_happy_index")
    assert page.table.item(0, empty).text() == "— (0)"  # no ratings: no value, its count beside
    text = page.links_label.toPlainText()
    assert text.startswith("Clear link: Months with faster first answers to staff")
    assert insights.no_link_message() not in text
    assert "not a cause" in text


def test_noise_shows_no_clear_link_plainly(qtbot, fake_clock):
    rng = random.Random(3)
    _shop([rng.uniform(1, 48) for _ in range(24)], [rng.uniform(1, 5) for _ in range(24)])
    _window, page = open_page(qtbot, "insights")
    computed = _computed(qtbot, page)
    assert not [x for x in computed.result.links if x.evidence == insights.CLEAR]
    assert page.links_label.toPlainText().startswith(insights.no_link_message())


def test_twelve_months_can_be_chosen(qtbot, fake_clock):
    _window, page = open_page(qtbot, "insights")
    _computed(qtbot, page)
    page.computed = None
    page.span_choice.setCurrentIndex(page.span_choice.findData(12))
    assert len(_computed(qtbot, page).result.months) == 12
    assert page.table.rowCount() == 12


def test_the_heat_map_leaves_cells_of_fewer_than_three_ratings_blank(qtbot, fake_clock):
    monday_noon = datetime(2026, 10, 5, 12, 10)  # in the last full month
    for score in (1, 1, 2):
        ratings.record_rating(score, at=monday_noon)
    for score in (4, 4):  # two ratings: an anecdote
        ratings.record_rating(score, at=datetime(2026, 10, 6, 15, 30))
    cells = happy_index.hour_weekday_map(
        datetime(2026, 10, 1).date(), datetime(2026, 10, 31).date()
    )
    assert cells[(0, 12)].count == 3 and cells[(1, 15)].count == 2
    _window, page = open_page(qtbot, "insights")
    _computed(qtbot, page)
    assert page.heat_map.shown(0, 12) == happy_index.happy_index({1: 2, 2: 1})
    assert page.heat_map.shown(1, 15) is None
    assert page.heat_map.shown(3, 9) is None
    assert page.heat_map.grab().width() > 0  # paints without error


def test_demo_data_is_said_plainly(qtbot, fake_clock):
    from cxjournal.services import settings
    from cxjournal.services.demo_mark import DEMO_SETTING

    _window, page = open_page(qtbot, "insights")
    _computed(qtbot, page)
    assert not page.demo_note.isVisible()  # a shop's own journal: no such words
    settings.set_setting(DEMO_SETTING, True)
    page.refresh()
    _computed(qtbot, page)
    assert page.demo_note.isVisible()
    assert page.demo_note.text().startswith("Demo data:")
