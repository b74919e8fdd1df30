"""The Journal's count on a server stops at ``count_cap`` rows and says "1 000+": the table still
reaches every row, counting further each time it is scrolled to its end, and the label says the
exact number once the last rows are counted. The cap is made small here so that a few entries
show it; on a server it is ``search.SERVER_COUNT_CAP`` (a file counts every row, as before)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from cxjournal.services import entries
from cxjournal.services.entry_query import EntryFilter, count_entries
from cxjournal.store import search
from cxjournal.store.models import on_server
from tests.helpers import open_page

START = datetime(2026, 1, 1, 9, 0)


@pytest.fixture
def ovens(fake_clock):
    for n in range(45):
        entries.log_entry(
            kind="concern",
            title=f"Four {n:02d}",
            side="staff",
            occurred_at=START + timedelta(hours=n),
        )
    entries.log_entry(kind="praise", title="Merci", side="customer", occurred_at=START)


def _scrolled_to_the_end(page, rows: int) -> bool:
    """Scroll to the table's end, as the owner does until the scroll bar has grown (Qt sizes it
    after the new rows are laid out): True once the model holds ``rows`` rows."""
    bar = page.table.verticalScrollBar()
    bar.setValue(bar.maximum())
    return page.model.rowCount() == rows


def test_a_capped_count_says_plus_and_scrolling_reaches_every_row(qtbot, ovens, monkeypatch):
    monkeypatch.setattr(search, "count_cap", lambda: 20)
    _, page = open_page(qtbot, "journal")
    page.table.setFixedHeight(150)  # fewer rows than the cap fit: the view asks for no more
    qtbot.keyClicks(page.search, "four")
    qtbot.waitUntil(lambda: page.model.filter.text == "four")
    assert page.model.rowCount() == 20
    assert page.count.text() == "20+ entries"
    qtbot.waitUntil(lambda: _scrolled_to_the_end(page, 40))
    assert page.count.text() == "40+ entries"
    qtbot.waitUntil(lambda: _scrolled_to_the_end(page, 45))
    assert page.count.text() == "45 entries"  # every row counted: the exact number again
    assert not page.model.canFetchMore(page.model.index(-1, -1))
    last = page.model.index(44, 4).data()
    assert last == "Four 00"  # newest first: the oldest oven is the last row, and it is read


def test_a_count_under_the_cap_is_exact(qtbot, ovens, monkeypatch):
    monkeypatch.setattr(search, "count_cap", lambda: 100)
    _, page = open_page(qtbot, "journal")
    assert page.count.text() == "46 entries"
    assert not page.model.more_than_counted


def test_a_limited_count_stops_at_its_limit_with_and_without_other_filters(ovens):
    assert count_entries(EntryFilter(text="four")) == 45
    assert count_entries(EntryFilter(text="four"), limit=10) == (10 if on_server() else 45)
    assert count_entries(EntryFilter(side="staff"), limit=10) == 10
    assert count_entries(EntryFilter(side="staff"), limit=100) == 45


def test_the_server_counts_a_search_up_to_its_cap_and_a_file_counts_it_whole(ovens):
    assert search.count_cap() == (search.SERVER_COUNT_CAP if on_server() else None)
