"""The Promises page: grouped list, keep, new date, trash and undo, new promise dialog."""

from datetime import date

from PySide6.QtCore import Qt

from cxjournal.services import people, promises
from cxjournal.store.models import Promise
from cxjournal.ui.dialogs.promise_dialog import PromiseDialog
from cxjournal.ui.pages import promises as page_module
from cxjournal.ui.widgets.grouped_tree import ID_ROLE
from tests.conftest import open_page


def _texts(page, group):
    tree = page.tree
    heading = tree.source.item(group, 0)
    return [heading.child(r, 2).text() for r in range(heading.rowCount())]


def _state(page, promise_id):
    tree = page.tree
    for g in range(tree.source.rowCount()):
        heading = tree.source.item(g, 0)
        for r in range(heading.rowCount()):
            if heading.child(r, 0).data(ID_ROLE) == promise_id:
                return heading.child(r, 4).text()
    return None


def test_keep_renegotiate_trash_and_undo(qtbot, fake_clock, monkeypatch):
    who = people.add_person("Amélie", "customer")
    late = promises.make_promise(
        person=who, what="Devis vitrine", due="2026-11-14", made_at="2026-11-10 10:00"
    )
    soon = promises.make_promise(person=who, what="Gâteau", due="2026-11-19")
    _window, page = open_page(qtbot, "promises")
    assert _texts(page, 0) == ["Devis vitrine"]
    assert _texts(page, 1) == ["Gâteau"]
    assert _state(page, late.id) == "late by 2 days"

    assert page.focus_item("promise", late.id)
    qtbot.keyClick(page.tree, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert Promise.get_by_id(late.id).status == "kept"
    assert _texts(page, 0) == []
    assert _texts(page, 3) == ["Devis vitrine"]
    assert _state(page, late.id) == "kept late (by 2 days)"

    page.focus_item("promise", soon.id)
    monkeypatch.setattr(page_module, "ask_date", lambda *a: (date(2026, 11, 30), "client away"))
    qtbot.mouseClick(page.buttons["renegotiate"], Qt.MouseButton.LeftButton)
    assert Promise.get_by_id(soon.id).due_date == date(2026, 11, 30)
    assert _texts(page, 2) == ["Gâteau"]  # later than next week now
    assert _state(page, soon.id) == "on time, due in 14 days, new date agreed"

    monkeypatch.setattr("cxjournal.ui.widgets.grouped_page.confirm", lambda *a: True)
    page.focus_item("promise", soon.id)
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert Promise.get_by_id(soon.id).deleted_at is not None
    assert _texts(page, 2) == []
    assert page.undo_bar.undo_button.isVisible()
    qtbot.keyClick(page.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert Promise.get_by_id(soon.id).deleted_at is None
    assert _texts(page, 2) == ["Gâteau"]
    assert page.tree.selected_id() == soon.id


def test_reopen_and_buttons_follow_the_selection(qtbot, fake_clock):
    who = people.add_person("Amélie", "customer")
    p = promises.make_promise(person=who, what="Pain", due="2026-11-16")
    promises.break_promise(p)
    _window, page = open_page(qtbot, "promises")
    page.focus_item("promise", p.id)
    assert _state(page, p.id) == "broken"
    assert not page.buttons["keep"].isEnabled()
    qtbot.mouseClick(page.buttons["reopen"], Qt.MouseButton.LeftButton)
    assert _state(page, p.id) == "due today"
    assert page.buttons["keep"].isEnabled()


def test_new_promise_dialog(qtbot, fake_clock):
    people.add_person("Amélie Durand", "customer", organisation="Fleurs & Co")
    dialog = PromiseDialog()
    qtbot.addWidget(dialog)
    dialog.person.setText("Amélie Durand (Fleurs & Co)")
    dialog.what.setPlainText("Rappeler pour le devis")
    dialog.accept()
    assert dialog.promise is not None
    assert dialog.promise.person.name == "Amélie Durand"
    assert dialog.promise.due_date == date(2026, 11, 23)  # a week from today by default


def test_new_promise_dialog_refuses_an_unknown_person(qtbot, fake_clock, monkeypatch):
    warnings = []
    monkeypatch.setattr(
        "cxjournal.ui.dialogs.promise_dialog.QMessageBox.warning", lambda *a: warnings.append(a[2])
    )
    dialog = PromiseDialog()
    qtbot.addWidget(dialog)
    dialog.person.setText("Personne")
    dialog.what.setPlainText("Quelque chose")
    dialog.accept()
    assert dialog.promise is None
    assert "Nobody called “Personne”" in warnings[0]


def test_trash_asks_first(qtbot, fake_clock, monkeypatch):
    who = people.add_person("Amélie", "customer")
    p = promises.make_promise(person=who, what="Pain", due="2026-11-20")
    _window, page = open_page(qtbot, "promises")
    page.focus_item("promise", p.id)
    questions = []
    monkeypatch.setattr(
        "cxjournal.ui.widgets.grouped_page.confirm", lambda *a: questions.append(a[2]) or False
    )
    qtbot.mouseClick(page.buttons["trash"], Qt.MouseButton.LeftButton)
    assert questions == ["Move “Pain” to the trash?"]
    assert Promise.get_by_id(p.id).deleted_at is None
    assert not page.undo_bar.can_undo()


def test_side_column_and_done_heading_say_what_is_hidden(qtbot, fake_clock):
    sam = people.add_person("Sam", "staff")
    amelie = people.add_person("Amélie", "customer")
    promises.make_promise(person=sam, what="Planning", due="2026-11-18")
    promises.keep_promise(promises.make_promise(person=amelie, what="Pain", due="2026-11-16"))
    old = promises.make_promise(person=amelie, what="Vieux", due="2026-09-01", made_at="2026-08-01")
    promises.break_promise(old, at="2026-09-02 10:00")
    _window, page = open_page(qtbot, "promises")
    source = page.tree.source
    assert source.horizontalHeaderItem(1).text() == "Customer or staff"
    assert source.item(1, 0).child(0, 1).text() == "Staff"
    assert source.item(3, 0).child(0, 1).text() == "Customer"
    assert source.item(1, 0).text() == "Due soon (next 7 days) (1)"
    assert source.item(3, 0).text() == "Done: the latest of 2"


def test_namesakes_are_told_apart_in_the_list_and_the_who_completer(qtbot, fake_clock):
    florist = people.add_person("Marie Martin", "customer", organisation="Fleurs & Co")
    other = people.add_person("Marie Martin", "customer", email="marie@example.fr")
    promises.make_promise(person=florist, what="Bouquet", due="2026-11-18")
    promises.make_promise(person=other, what="Devis", due="2026-11-18")
    _window, page = open_page(qtbot, "promises")
    soon = page.tree.source.item(1, 0)
    shown = {soon.child(r, 2).text(): soon.child(r, 0).text() for r in range(soon.rowCount())}
    assert shown == {
        "Bouquet": "Marie Martin (Fleurs & Co)",
        "Devis": "Marie Martin (marie@example.fr)",
    }
    dialog = PromiseDialog()
    qtbot.addWidget(dialog)
    choices = dialog.person.completer().model().stringList()
    assert sorted(choices) == ["Marie Martin (Fleurs & Co)", "Marie Martin (marie@example.fr)"]
    dialog.person.setText("Marie Martin (marie@example.fr)")
    assert dialog.person.person_id() == other.id
