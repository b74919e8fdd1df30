"""The window's tables as a person reads them: every Journal column in sight at 1280 x 720 with long
titles cut by "…", the searched words marked, and a right-click menu on each table offering the
same actions as its buttons, with the same shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence

from cxjournal.services import entries, people
from cxjournal.store.models import Entry
from cxjournal.ui.models.journal_model import Col
from cxjournal.ui.widgets.context_menu import menu_at
from tests.helpers import open_page

LONG = (
    "Livraison en retard mercredi matin, la commande de croissants était incomplète " * 2
).strip()


def menu_texts(menu) -> dict[str, tuple[bool, str]]:
    """Each action's words (no mnemonic) -> (enabled, shortcut as shown)."""
    return {
        action.text().replace("&", ""): (
            action.isEnabled(),
            action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
        )
        for action in menu.actions()
        if not action.isSeparator()
    }


def row_point(view, row: int, column: int = 0, parent=None) -> QPoint:
    index = view.model().index(row, column) if parent is None else parent.child(row, column)
    return view.visualRect(index).center()


def test_every_journal_column_fits_at_1280_by_720_and_long_titles_are_elided(qtbot, fake_clock):
    amelie = people.add_person("Amélie Château", "customer")
    entries.log_entry(kind="complaint", title=LONG, person=amelie, occurred_at="2026-11-10 08:00")
    window, page = open_page(qtbot, "journal")
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.width() == 1280)
    table = page.table
    qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible(), timeout=1000)
    viewport = table.viewport().width()
    assert [c for c in Col if table.isColumnHidden(c)] == [Col.SIDE, Col.SATISFACTION]
    assert table.columnWidth(Col.TITLE) >= 150
    for column in Col:
        right = table.columnViewportPosition(column) + table.columnWidth(column)
        assert right <= viewport, column.name
    title = page.model.index(0, Col.TITLE)
    assert table.columnWidth(Col.TITLE) < table.fontMetrics().horizontalAdvance(LONG)
    assert table.textElideMode() == Qt.TextElideMode.ElideRight
    assert title.data(Qt.ItemDataRole.ToolTipRole) == LONG
    assert page.model.index(0, Col.WHEN).data() == "10 Nov 2026, 08:00"
    side = next(a for a in page.column_menu().actions() if a.text() == "Side")
    side.trigger()  # the header's right-click menu shows a hidden column again
    assert not table.isColumnHidden(Col.SIDE)


def test_the_searched_words_are_marked_in_titles_and_names_accents_ignored(qtbot, fake_clock):
    amelie = people.add_person("Amélie Château", "customer")
    entries.log_entry(kind="complaint", title="Pain brûlé ce matin", person=amelie)
    _, page = open_page(qtbot, "journal")
    page.apply_search_now("brule chateau")
    assert page.model.rowCount() == 1
    title = page.model.index(0, Col.TITLE)
    person = page.model.index(0, Col.PERSON)
    assert page.table.itemDelegateForColumn(Col.TITLE) is page.highlight
    assert [title.data()[a:b] for a, b in page.highlight.spans(title)] == ["brûlé"]
    assert [person.data()[a:b] for a, b in page.highlight.spans(person)] == ["Château"]
    page.table.viewport().grab()  # painting the marks goes through the delegate without error
    page.apply_search_now("")
    assert page.highlight.spans(title) == []


def test_the_journal_menu_acts_on_the_row_clicked(qtbot, fake_clock):
    amelie = people.add_person("Amélie Château", "customer")
    first = entries.log_entry(kind="complaint", title="Pain brûlé", person=amelie)
    entries.log_entry(kind="praise", title="Merci", person=amelie, occurred_at="2026-11-01 09:00")
    _, page = open_page(qtbot, "journal")
    assert page.current_id() == first.id  # the newest, selected first
    menu = menu_at(page.table, row_point(page.table, 1), page._menu_items)
    assert page.current_id() != first.id  # the right-clicked row is the one acted on
    shown = menu_texts(menu)
    assert shown["New entry"][1] == QKeySequence(QKeySequence.StandardKey.New).toString(
        QKeySequence.SequenceFormat.NativeText
    )
    assert shown["Move to trash"] == (
        True,
        QKeySequence(QKeySequence.StandardKey.Delete).toString(
            QKeySequence.SequenceFormat.NativeText
        ),
    )
    chosen = page.current_id()
    trash = next(a for a in menu.actions() if a.text().replace("&", "") == "Move to trash")
    trash.trigger()
    assert Entry.get_by_id(chosen).deleted_at is not None
