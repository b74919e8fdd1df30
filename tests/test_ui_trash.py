"""The Trash window: restore, delete for good after confirming, empty."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from cxjournal.services import entries, people, trash
from cxjournal.store.models import Entry, Person
from cxjournal.ui.dialogs import trash_dialog
from cxjournal.ui.shell.main_window import MainWindow


def _answer(monkeypatch, yes: bool, asked: list):
    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)


def test_restore_and_delete_for_good(qtbot, monkeypatch):
    amelie = people.add_person("Amélie Château", "customer")
    entries.log_entry(kind="complaint", title="Pain brûlé", person=amelie)
    oven = entries.log_entry(kind="idea", title="Four neuf", side="staff")
    entries.trash_entry(oven)
    people.trash_person(amelie)
    dialog = trash_dialog.TrashDialog()
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    labels = {dialog.model.row_at(r).label for r in range(2)}
    assert labels == {"Amélie Château", "Four neuf"}

    dialog.table.selectRow(next(r for r in range(2) if dialog.model.row_at(r).label == "Four neuf"))
    dialog.restore_button.click()
    assert Entry.get_by_id(oven.id).deleted_at is None
    assert dialog.model.rowCount() == 1

    asked: list[str] = []
    _answer(monkeypatch, False, asked)
    dialog.table.selectRow(0)
    dialog.delete_button.click()
    assert "Amélie Château" in asked[0] and "The one entry, promise or follow-up" in asked[0]
    assert Person.get_or_none(Person.id == amelie.id) is not None  # said no: nothing deleted

    _answer(monkeypatch, True, asked)
    dialog.delete_button.click()
    assert Person.get_or_none(Person.id == amelie.id) is None
    assert dialog.model.rowCount() == 0 and not dialog.empty_button.isEnabled()
    assert dialog.empty_label.isVisibleTo(dialog)


def test_empty_trash_asks_then_empties(qtbot, monkeypatch):
    for title in ("Un", "Deux"):
        entries.trash_entry(entries.log_entry(kind="idea", title=title, side="staff"))
    dialog = trash_dialog.TrashDialog()
    qtbot.addWidget(dialog)
    asked: list[str] = []
    _answer(monkeypatch, True, asked)
    dialog.empty_button.click()
    assert "Delete the 2 items in the trash" in asked[0]
    assert trash.list_trash() == [] and Entry.select().count() == 0


def test_trash_is_in_the_file_menu(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.trash_action in window.menus["file"].actions()
    assert window.trash_action.shortcut().toString() == "Ctrl+Shift+Del"
