"""The Journal page: the lazily read table, search as you type, filters, the detail pane (edit,
respond, resolve, reopen) and delete with undo — driven through the real widgets."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from cxjournal.services import entries, people
from cxjournal.store.models import Entry, Response
from cxjournal.ui.dialogs.resolve_dialog import ResolveDialog
from cxjournal.ui.models import journal_model
from cxjournal.ui.models.journal_model import JournalModel
from tests.helpers import open_page

START = datetime(2026, 1, 1, 9, 0)


@pytest.fixture
def shop(fake_clock):
    amelie = people.add_person("Amélie Château", "customer")
    bruno = people.add_person("Bruno Lefèvre", "staff")
    burnt = entries.log_entry(
        kind="complaint",
        title="Pain brûlé",
        person=amelie,
        occurred_at="2026-11-10 08:00",
        tags="pain",
    )
    oven = entries.log_entry(
        kind="concern", title="Four en panne", person=bruno, occurred_at="2026-11-12 07:30"
    )
    thanks = entries.log_entry(
        kind="praise",
        title="Merci pour l'accueil",
        person=amelie,
        occurred_at="2026-10-02 10:00",
        satisfaction=5,
    )
    return amelie, bruno, burnt, oven, thanks


def titles(page) -> list[str]:
    model = page.model
    return [model.index(row, 4).data() for row in range(model.rowCount())]


def test_the_model_reads_blocks_on_demand_and_sorts_in_the_database(qtbot, monkeypatch):
    monkeypatch.setattr(journal_model, "BLOCK", 10)
    for n in range(35):
        entries.log_entry(
            kind="question",
            title=f"Question {n:02d}",
            side="customer",
            occurred_at=START + timedelta(hours=n),
        )
    model = JournalModel()
    model.set_filter(model.filter)
    assert model.rowCount() == 35
    assert model._blocks == {}  # nothing read until a row is asked for
    assert model.index(32, 4).data() == "Question 02"  # newest first, from the fourth block
    assert list(model._blocks) == [3]
    model.sort(4, Qt.SortOrder.AscendingOrder)
    assert model.index(0, 4).data() == "Question 00"
    assert model.index(34, 4).data() == "Question 34"
    assert model.index(0, 2).data() == "Anonymous"


def test_search_filters_as_you_type(qtbot, shop):
    _, page = open_page(qtbot, "journal")
    assert page.model.rowCount() == 3
    qtbot.keyClicks(page.search, "brule")  # accents and case ignored
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert titles(page) == ["Pain brûlé"]
    assert page.detail.title.text() == "Pain brûlé"  # the first row is shown beside
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)


def test_filters_by_side_kind_status_person_tag_and_dates(qtbot, shop):
    _, page = open_page(qtbot, "journal")
    page.side.setCurrentIndex(page.side.findData("staff"))
    assert titles(page) == ["Four en panne"]
    assert page.kind.findData("complaint") == -1  # only staff kinds are offered
    page.clear_filters()
    page.status.setCurrentIndex(page.status.findData("active"))
    assert sorted(titles(page)) == ["Four en panne", "Merci pour l'accueil", "Pain brûlé"]
    page.clear_filters()
    page.tag.setCurrentIndex(page.tag.findData("pain"))
    assert titles(page) == ["Pain brûlé"]
    page.clear_filters()
    page.person.setText("Amélie Château")
    page.apply_filters()
    assert titles(page) == ["Pain brûlé", "Merci pour l'accueil"]
    page.clear_filters()
    page.date_from.set_value(datetime(2026, 11, 1).date())
    assert titles(page) == ["Four en panne", "Pain brûlé"]
    page.date_to.set_value(datetime(2026, 11, 11).date())
    assert titles(page) == ["Pain brûlé"]
    assert page.count.text() == "1 entry"


def test_edit_respond_resolve_and_reopen_in_the_detail_pane(qtbot, shop, monkeypatch):
    _, _, burnt, _, _ = shop
    _, page = open_page(qtbot, "journal")
    page.focus_entry(burnt.id)
    detail = page.detail
    detail.title.setText("Pain trop cuit")
    detail.satisfaction.setCurrentIndex(detail.satisfaction.findData(2))
    detail.save_button.click()
    saved = Entry.get_by_id(burnt.id)
    assert (saved.title, saved.satisfaction) == ("Pain trop cuit", 2)
    assert "Pain trop cuit" in titles(page)

    detail.response.setPlainText("Baguette offerte")
    detail.respond_button.click()
    assert [r.text for r in Response.select()] == ["Baguette offerte"]
    assert "Baguette offerte" in detail.history.text()

    def type_and_resolve(dialog):
        dialog.text.setPlainText("Remboursé")
        dialog.resolve_button.click()
        return dialog.result()

    monkeypatch.setattr(ResolveDialog, "exec", type_and_resolve)
    detail.resolve_button.click()
    saved = Entry.get_by_id(burnt.id)
    assert (saved.status, saved.resolution) == ("resolved", "Remboursé")
    assert not detail.resolve_button.isEnabled() and detail.reopen_button.isEnabled()
    detail.reopen_button.click()
    assert Entry.get_by_id(burnt.id).status in ("open", "in-progress")


def test_an_empty_title_is_refused_and_nothing_changes(qtbot, shop, monkeypatch):
    _, _, burnt, _, _ = shop
    shown = []
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    _, page = open_page(qtbot, "journal")
    page.focus_entry(burnt.id)
    page.detail.title.setText("   ")
    page.detail.save_button.click()
    assert shown and "Title" in shown[0]
    assert Entry.get_by_id(burnt.id).title == "Pain brûlé"


def test_delete_key_moves_to_trash_and_ctrl_z_brings_it_back(qtbot, shop):
    _, _, burnt, _, _ = shop
    _, page = open_page(qtbot, "journal")
    page.focus_entry(burnt.id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert Entry.get_by_id(burnt.id).deleted_at is not None
    assert "Pain brûlé" not in titles(page)
    assert "trash" in page.undo_bar.message.text()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert Entry.get_by_id(burnt.id).deleted_at is None
    assert "Pain brûlé" in titles(page)
    assert page.detail.entry_id == burnt.id


def test_focus_item_clears_filters_that_hide_the_entry(qtbot, shop):
    _, _, _, oven, _ = shop
    _, page = open_page(qtbot, "journal")
    page.side.setCurrentIndex(page.side.findData("customer"))
    page.focus_item("entry", oven.id)
    assert page.side.currentData() is None
    assert page.detail.title.text() == "Four en panne"
    assert page.model.entry_id(page.table.currentIndex().row()) == oven.id
