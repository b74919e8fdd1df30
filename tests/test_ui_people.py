"""The Customers and Staff pages: list and search, add with validation, person view and timeline,
archive, trash with Undo, departments."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from cxjournal.services import entries, followups, people, promises
from cxjournal.store.models import Department, Person
from cxjournal.ui.shell.main_window import MainWindow
from tests.helpers import show_active


@pytest.fixture
def window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    return window


@pytest.fixture
def say_yes(monkeypatch):
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


def names(page):
    return [p.name for p in page.model.rows()]


def test_add_customer_shows_the_error_next_to_the_name_then_saves(window, qtbot):
    page = window.show_page("customers")
    page.add_button.click()
    dialog = page.dialog
    assert "organisation" in dialog.errors and "department" not in dialog.errors
    dialog.email.setText("lea@example.fr")
    dialog.save()
    assert dialog.errors["name"].text() == "Name cannot be empty."
    assert not dialog.errors["name"].isHidden() and dialog.errors["email"].isHidden()
    assert Person.select().count() == 0 and dialog.isVisible()
    dialog.name.setText("Léa Martin")
    dialog.phone.setText("pas de numéro")
    dialog.save()
    assert dialog.errors["name"].isHidden() and not dialog.errors["phone"].isHidden()
    dialog.phone.setText("06 12 34 56 78")
    dialog.organisation.setText("Café du Port")
    dialog.save()
    assert not dialog.isVisible()
    lea = Person.get(Person.name == "Léa Martin")
    assert (lea.side, lea.organisation, lea.email) == ("customer", "Café du Port", "lea@example.fr")
    assert page.selected_person().id == lea.id
    assert page.person_view.name.text() == "Léa Martin"
    assert "Café du Port" in page.person_view.subtitle.text()


def test_search_filters_as_you_type_ignoring_accents(window, qtbot):
    for name, organisation in (
        ("Amélie Poulain", "Café des 2 Moulins"),
        ("Zoé", ""),
        ("Élodie", ""),
        ("Bruno", ""),
    ):
        people.add_person(name, "customer", organisation=organisation)
    people.add_person("Amandine", "staff")
    page = window.show_page("customers")
    assert names(page) == ["Amélie Poulain", "Bruno", "Élodie", "Zoé"]  # É with the E's
    assert page.person_view.name.text() == "Amélie Poulain"  # the first is on show
    qtbot.keyClicks(page.search, "cafe")
    qtbot.waitUntil(lambda: names(page) == ["Amélie Poulain"], timeout=2000)
    page.apply_search_now("zoe")
    assert names(page) == ["Zoé"]
    page.apply_search_now("am")
    assert names(page) == ["Amélie Poulain"]  # the staff member is on the other page


def test_person_view_timeline_is_newest_first_and_actions_add_to_it(window, qtbot, fake_clock):
    lea = people.add_person("Léa", "customer", phone="06 12 34 56 78", notes="Allergique")
    old = entries.log_entry(kind="question", title="Horaires", person=lea, occurred_at="2026-10-01")
    promises.make_promise(person=lea, what="Gâteau", due="2026-11-20", made_at="2026-11-02 10:00")
    new = entries.log_entry(kind="complaint", title="Pain rassis", person=lea, satisfaction=2)
    page = window.show_page("customers")
    page.focus_item("person", lea.id)
    view = page.person_view
    assert view.contact.text() == "06 12 34 56 78" and view.notes.text() == "Allergique"
    rows = view.model.rows()
    assert [(r.kind, r.title) for r in rows] == [
        ("entry", "Pain rassis"),
        ("promise", "Gâteau"),
        ("entry", "Horaires"),
    ]
    assert view.model.data(view.model.index(0, 3)) == "Open, satisfaction 2/5"
    assert view.model.data(view.model.index(1, 3)) == "Due 20 Nov 2026"
    view.buttons["followup"].click()
    dialog = page.dialog
    dialog.what.setText("Rappeler pour le geste commercial")
    dialog.save()
    assert followups.list_followups(person=lea)[0].title == "Rappeler pour le geste commercial"
    assert view.model.row_at(0).kind == "followup"  # tomorrow 09:00 is the newest
    view.buttons["promise"].click()
    page.dialog.save()
    assert "cannot be empty" in page.dialog.error.text()
    assert view.model.total == 4
    view.table.selectRow(2)
    view._open_selected()
    assert window.current_page_key() == "promises"
    window.show_page("customers")
    view.table.selectRow(3)
    view._open_selected()
    assert window.current_page_key() == "journal"
    assert {old.id, new.id} == {r.item_id for r in rows if r.kind == "entry"}


def test_focus_item_finds_archived_people_and_the_right_page(window, qtbot):
    gone = people.add_person("Ancien client", "customer")
    people.archive_person(gone)
    sam = people.add_person("Sam", "staff")
    page = window.show_page("customers")
    page.apply_search_now("bruno")
    page.focus_item("person", gone.id)
    assert page.show_archived.isChecked() and page.selected_person().id == gone.id
    assert page.archive_button.text() == "Un&archive"
    page.focus_item("person", sam.id)
    assert window.current_page_key() == "staff"
    assert window.pages["staff"].selected_person().id == sam.id


def test_archive_trash_and_undo(window, qtbot, say_yes):
    lea = people.add_person("Léa", "customer")
    people.add_person("Marc", "customer")
    page = window.show_page("customers")
    show_active(qtbot, window)
    page.focus_item("person", lea.id)
    page.archive_button.click()
    assert Person.get_by_id(lea.id).archived
    assert names(page) == ["Marc"]
    page.show_archived.setChecked(True)
    page.focus_item("person", lea.id)
    page.archive_button.click()
    assert not Person.get_by_id(lea.id).archived

    page.focus_item("person", lea.id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert say_yes and "Léa" in say_yes[0]
    assert Person.get_by_id(lea.id).deleted_at is not None
    assert names(page) == ["Marc"] and not page.undo_button.isHidden()
    assert page.person_view.name.text() == "Marc"  # the next person is on show
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert Person.get_by_id(lea.id).deleted_at is None
    assert names(page) == ["Léa", "Marc"] and page.selected_person().id == lea.id
    assert page.undo_button.isHidden()


def test_trash_asks_first(window, qtbot, monkeypatch):
    lea = people.add_person("Léa", "customer")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page = window.show_page("customers")
    page.focus_item("person", lea.id)
    page.trash_button.click()
    assert Person.get_by_id(lea.id).deleted_at is None and page.undo_button.isHidden()


def test_departments_add_rename_and_cadence(window, qtbot):
    page = window.show_page("staff")
    page.departments_button.click()
    dialog = page.dialog
    dialog.name.setText("Cuisine")
    dialog.cadence.setCurrentIndex(dialog.cadence.findData("weekly"))
    dialog.add_button.click()
    kitchen = Department.get(Department.name == "Cuisine")
    assert kitchen.checkin_cadence == "weekly"
    dialog.name.setText("Salle")
    dialog.add_button.click()
    dialog.name.setText("cuisine")
    dialog.add_button.click()
    assert "already exists" in dialog.error.text()
    dialog.table.select_where(lambda d: d.name == "Cuisine")
    assert dialog.name.text() == "Cuisine"
    dialog.name.setText("Cuisine centrale")
    dialog.cadence.setCurrentIndex(dialog.cadence.findData("monthly"))
    dialog.save_button.click()
    kitchen = Department.get_by_id(kitchen.id)
    assert (kitchen.name, kitchen.checkin_cadence) == ("Cuisine centrale", "monthly")
    assert [d.name for d in dialog.model.rows()] == ["Cuisine centrale", "Salle"]
    dialog.name.setText("Salle")
    dialog.save_button.click()
    assert "already exists" in dialog.error.text()

    sam = people.add_person("Sam", "staff", department=kitchen)
    gone = people.add_person("Ancien", "staff", department=kitchen)
    people.trash_person(gone)
    dialog.refresh()
    assert dialog.model.data(dialog.model.index(0, 2)) == "1"  # the trashed one does not count
    page.focus_item("person", sam.id)
    assert "Cuisine centrale" in page.person_view.subtitle.text()
    page.edit_button.click()
    assert page.dialog.department.currentText() == "Cuisine centrale"


def test_timeline_model_fetches_a_batch_at_a_time(qtbot, monkeypatch):
    from cxjournal.ui.models.table_model import Column
    from cxjournal.ui.widgets.person_view import TimelineModel

    lea = people.add_person("Léa", "customer")
    for day in range(1, 8):
        entries.log_entry(
            kind="question", title=f"Q{day}", person=lea, occurred_at=f"2026-10-{day:02d}"
        )
    monkeypatch.setattr(TimelineModel, "BATCH", 3)
    model = TimelineModel([Column("What", lambda i: i.title)])
    model.show_person(lea.id)
    assert (model.rowCount(), model.total) == (3, 7) and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert [r.title for r in model.rows()] == [f"Q{d}" for d in range(7, 0, -1)]
    assert not model.canFetchMore()
    model.show_person(None)
    assert model.rowCount() == 0 and not model.canFetchMore()


def test_new_entry_asks_for_quick_capture_and_print_opens_the_history_report(
    window, qtbot, monkeypatch
):
    lea = people.add_person("Léa", "customer")
    entries.log_entry(kind="praise", title="Merci", person=lea)
    page = window.show_page("customers")
    page.focus_item("person", lea.id)
    asked = []
    monkeypatch.setattr(
        "cxjournal.ui.dialogs.quick_capture.open_quick_capture",
        lambda parent, person_id=None: asked.append(person_id),
    )
    page.person_view.buttons["entry"].click()
    assert asked == [lea.id]  # the capture dialog opens about Léa
    page.person_view.buttons["print"].click()
    assert window.current_page_key() == "reports"
    reports = window.pages["reports"]
    assert reports.kind.currentData() == "person" and reports.person.text() == f"#{lea.id}"
    qtbot.waitUntil(lambda: reports.save_button.isEnabled(), timeout=20000)


def test_adding_someone_with_a_name_already_in_the_journal_says_so(window, qtbot, monkeypatch):
    first = people.add_person("Marie Martin", "customer")
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    page = window.show_page("customers")
    page.add_button.click()
    page.dialog.name.setText("Marie  MARTIN")
    page.dialog.save()
    assert not page.dialog.isVisible()
    assert len(said) == 1 and f"#{first.id}" in said[0]
    assert Person.select().where(Person.name.contains("Martin")).count() == 2
    page.add_button.click()
    page.dialog.name.setText("Marius Martin")
    page.dialog.save()
    assert len(said) == 1  # no namesake: nothing to say


def test_quick_capture_of_a_new_namesake_says_so_in_the_status_bar(window, qtbot, monkeypatch):
    from cxjournal.services.capture import Captured
    from cxjournal.ui.dialogs import quick_capture

    first = people.add_person("Marie Martin", "customer")
    other = people.add_person("Marie Martin", "customer")
    entry = entries.log_entry(kind="praise", title="Merci", person=other)
    made = Captured(entry=entry, person=other, new_person=True, promise=None, followup=None)
    monkeypatch.setattr(quick_capture, "open_quick_capture", lambda parent, person_id: made)
    window.quick_capture_for(None)
    message = window.statusBar().currentMessage()
    assert "Saved: Merci" in message and f"#{first.id}" in message


def test_person_view_summary_at_the_top(window, qtbot, fake_clock):
    lea = people.add_person("Léa", "customer")
    sam = people.add_person("Sam", "customer")
    entries.log_entry(
        kind="complaint", title="Pain", person=lea, satisfaction=2, occurred_at="2026-11-10 09:00"
    )
    entries.log_entry(
        kind="praise", title="Merci", person=lea, satisfaction=5, occurred_at="2026-11-12 09:00"
    )
    promises.make_promise(person=lea, what="Gâteau", due="2026-11-20")
    page = window.show_page("customers")
    page.focus_item("person", lea.id)
    assert page.person_view.summary.text() == (
        "Last contact 12 Nov 2026 · 1 open promise · average satisfaction 3.5 / 5 · 1 open problem"
    )
    page.focus_item("person", sam.id)
    assert page.person_view.summary.text() == "No contact yet · 0 open promises · 0 open problems"
