"""Issue 23: a department deleted in the window as with ``cxjournal department delete``: with
nobody in it after a question; with staff only once the department they join is chosen (Cancel
changes nothing); Ctrl+Z brings it back with its staff, Ctrl+Shift+Z deletes it again."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox

from cxjournal.services import people
from cxjournal.store.models import Department, Person
from tests.helpers import open_page


def _dialog(qtbot):
    window, page = open_page(qtbot, "staff")
    page.open_departments()
    return window, page.dialog


def _department_of(*staff) -> list[str | None]:
    found = []
    for someone in staff:
        row = Person.get_by_id(someone.id)
        found.append(row.department.name if row.department_id else None)
    return found


def test_staff_move_to_the_chosen_department_and_ctrl_z_brings_them_back(qtbot, monkeypatch):
    kitchen = people.add_department("Cuisine", "monthly")
    people.add_department("Salle")
    ana = people.add_person("Ana", "staff", department=kitchen)
    bob = people.add_person("Bob", "staff", department=kitchen)
    window, dialog = _dialog(qtbot)
    asked = []

    def choose(parent, title, label, items, *args):
        asked.append((label, items))
        return "Salle", True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    dialog.table.select_where(lambda d: d.name == "Cuisine")
    dialog.delete_button.click()
    assert asked == [
        ("2 staff members belong to “Cuisine”. Which department do they join?", ["Salle"])
    ]
    assert [d.name for d in people.list_departments()] == ["Salle"]
    assert _department_of(ana, bob) == ["Salle", "Salle"]
    assert window.undo_action.text() == "Undo deletion of “Cuisine”"
    window.undo_action.trigger()
    assert [d.name for d in people.list_departments()] == ["Cuisine", "Salle"]
    assert _department_of(ana, bob) == ["Cuisine", "Cuisine"]
    assert Department.get(Department.name == "Cuisine").checkin_cadence == "monthly"
    window.redo_action.trigger()
    assert [d.name for d in people.list_departments()] == ["Salle"]
    assert _department_of(ana, bob) == ["Salle", "Salle"]


def test_cancel_changes_nothing_and_an_empty_one_is_deleted_after_a_question(qtbot, monkeypatch):
    kitchen = people.add_department("Cuisine")
    people.add_department("Réserve")
    ana = people.add_person("Ana", "staff", department=kitchen)
    window, dialog = _dialog(qtbot)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a: ("", False))
    dialog.table.select_where(lambda d: d.name == "Cuisine")
    dialog.delete_button.click()
    assert [d.name for d in people.list_departments()] == ["Cuisine", "Réserve"]
    assert _department_of(ana) == ["Cuisine"] and not window.undo_action.isEnabled()
    questions = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: questions.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    dialog.table.select_where(lambda d: d.name == "Réserve")
    dialog.delete_button.click()
    assert questions == ["Delete the department “Réserve”?"]
    assert [d.name for d in people.list_departments()] == ["Cuisine"]
    window.undo_action.trigger()
    assert [d.name for d in people.list_departments()] == ["Cuisine", "Réserve"]


def test_the_only_department_with_staff_asks_for_another_first(qtbot):
    kitchen = people.add_department("Cuisine")
    people.add_person("Ana", "staff", department=kitchen)
    _window, dialog = _dialog(qtbot)
    dialog.table.select_where(lambda d: d.name == "Cuisine")
    dialog.delete_button.click()
    assert "add the department they join first" in dialog.error.text()
    assert [d.name for d in people.list_departments()] == ["Cuisine"]
