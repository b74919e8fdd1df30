"""The window's tables as a person reads them: every Journal column in sight at 1280 x 720 with long
titles cut by "…", the searched words marked, and a right-click menu on each table offering the
same actions as its buttons, with the same shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence

from cxjournal.services import entries, followups, people, promises
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


def test_the_promises_menu_offers_the_buttons_with_their_shortcuts(qtbot, fake_clock):
    who = people.add_person("Amélie", "customer")
    promises.make_promise(
        person=who, what="Devis vitrine", due="2026-11-14", made_at="2026-11-10 10:00"
    )
    soon = promises.make_promise(person=who, what="Gâteau", due="2026-11-19")
    _, page = open_page(qtbot, "promises")
    tree = page.tree
    soon_group = tree.source.item(1, 0).index()
    point = tree.visualRect(tree.source.index(0, 1, soon_group)).center()
    menu = menu_at(tree, point, page.menu_items)
    assert tree.selected_id() == soon.id
    shown = menu_texts(menu)
    assert shown["Kept"] == (True, "Ctrl+K")
    assert shown["New date…"] == (True, "Ctrl+D")
    assert shown["Reopen"][0] is False
    next(a for a in menu.actions() if a.text() == page.buttons["keep"].text()).trigger()
    assert promises.get_promise(soon.id).status == "kept"


def test_the_follow_ups_today_and_people_tables_have_menus(qtbot, fake_clock):
    who = people.add_person("Amélie", "customer")
    followups.add_followup(title="Rappeler", person=who, due_at="2026-11-16 08:00")
    window, today = open_page(qtbot, "today")
    menu = menu_at(today.due_table, row_point(today.due_table, 0), today._due_menu_items)
    shown = menu_texts(menu)
    assert shown["Done"] == (True, "Ctrl+Return")
    assert shown["Kept"][0] is False
    assert "Snooze" in shown
    page = window.show_page("followups")
    tree = page.tree
    first = tree.source.item(0, 0).index()
    menu = menu_at(tree, tree.visualRect(tree.source.index(0, 0, first)).center(), page.menu_items)
    assert menu_texts(menu)["Edit…"] == (True, "Ctrl+E")
    customers = window.show_page("customers")
    menu = menu_at(customers.table, row_point(customers.table, 0), customers._menu_items)
    assert menu_texts(menu)["Edit…"] == (True, "Ctrl+E")
