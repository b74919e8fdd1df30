"""Change notices: typed, refreshing only the pages that show what changed, once, and keeping what
the owner is looking at (selection, scroll position) and typing through a refresh."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from cxjournal.changes import ChangeNotice, Kind, Origin
from cxjournal.services import entries, people, promises
from cxjournal.ui.shell.bus import announce, publish
from tests.conftest import open_page


def count_refreshes(monkeypatch, page) -> list[int]:
    calls: list[int] = []
    original = page.refresh

    def counted() -> None:
        calls.append(1)
        original()

    monkeypatch.setattr(page, "refresh", counted)
    return calls


def test_a_notice_is_typed_and_refuses_a_misspelt_kind():
    notice = ChangeNotice.of(Kind.ENTRY, ids=[(Kind.ENTRY, 4)], origin=Origin.OTHER_PROCESS)
    assert notice.touches({Kind.ENTRY, Kind.TAG}) and not notice.touches({Kind.PROMISE})
    assert notice.ids_of(Kind.ENTRY) == {4} and notice.ids_of(Kind.PERSON) == frozenset()
    assert ChangeNotice.everything().touches({Kind.TAG})
    with pytest.raises(ValueError):
        ChangeNotice.of("entries")  # the free strings of old disagreed with each other


def test_only_a_page_that_shows_the_kind_refreshes(qtbot, monkeypatch):
    _window, page = open_page(qtbot, "promises")
    calls = count_refreshes(monkeypatch, page)
    announce(Kind.TAG)  # promises show no tags
    assert calls == []
    publish(ChangeNotice.of(Kind.PROMISE, origin=Origin.OTHER_PROCESS))
    assert calls == [1]
    announce()  # anything may have changed
    assert calls == [1, 1]


def test_the_page_that_made_a_change_is_refreshed_once(qtbot, monkeypatch, fake_clock):
    person = people.add_person("Zoé Lambert", "customer")
    promise = promises.make_promise(person=person, what="Boîte offerte", due=date(2026, 11, 20))
    _window, page = open_page(qtbot, "promises")
    page.refresh()
    assert page.tree.select_id(promise.id)
    calls = count_refreshes(monkeypatch, page)
    monkeypatch.setattr("cxjournal.ui.widgets.grouped_page.confirm", lambda *a: True)
    page.trash()
    assert calls == [1]
    assert promises.list_promises() == []


def test_journal_keeps_selection_scroll_and_typing_through_a_change_from_elsewhere(
    qtbot, fake_clock
):
    amelie = people.add_person("Amélie Château", "customer")
    start = fake_clock.now() - timedelta(days=200)
    ids = [
        entries.log_entry(
            kind="complaint", title=f"Réclamation {n}", person=amelie, occurred_at=start
        ).id
        for n in range(120)
    ]
    window, page = open_page(qtbot, "journal")
    window.resize(1000, 500)
    chosen = ids[60]
    page.focus_entry(chosen)
    bar = page.table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    assert scrolled > 0
    page.detail.title.setText("Réclamation 60, revue")
    page.detail.response.setPlainText("Nous vous rappelons demain")

    other = entries.log_entry(kind="praise", title="Merci", person=amelie, occurred_at=start)
    publish(ChangeNotice.of(Kind.ENTRY, ids=[(Kind.ENTRY, other.id)], origin=Origin.OTHER_PROCESS))

    assert page.current_id() == chosen
    assert bar.value() == scrolled
    assert page.detail.title.text() == "Réclamation 60, revue"
    assert page.detail.response.toPlainText() == "Nous vous rappelons demain"
    assert page.model.rowCount() == 121  # and the new entry is there


def test_recording_a_response_clears_the_box_but_keeps_nothing_stale(qtbot, fake_clock):
    amelie = people.add_person("Amélie Château", "customer")
    entry = entries.log_entry(kind="complaint", title="Pain brûlé", person=amelie)
    _window, page = open_page(qtbot, "journal")
    page.focus_entry(entry.id)
    page.detail.response.setPlainText("Rappelée")
    page.detail.record_response()
    assert page.detail.response.toPlainText() == ""
    assert "Rappelée" in page.detail.history.text()
    page.detail.title.setText("Pain très brûlé")
    page.detail.save()
    assert entries.get_entry(entry.id).title == "Pain très brûlé"
    announce(Kind.ENTRY)
    assert page.detail.title.text() == "Pain très brûlé"
