"""The Today page: due follow-ups and promises act in place, open problems and the month's pulse."""

from PySide6.QtCore import Qt

from cxjournal.services import entries, followups, people, promises
from cxjournal.store.models import FollowUp, Promise
from cxjournal.ui.shell.main_window import MainWindow
from tests.helpers import show_active


def make_window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    return window, window.show_page("today")


def test_overdue_promise_is_kept_in_place(qtbot, fake_clock):
    lea = people.add_person("Léa Martin", "customer")
    late = promises.make_promise(
        person=lea, what="Rembourser le gâteau", due="2026-11-12", made_at="2026-11-10 10:00"
    )
    followups.add_followup(title="Rappeler le fournisseur", due_at="2026-11-16 15:00")
    window, page = make_window(qtbot)
    show_active(qtbot, window)
    assert page.due_model.rowCount() == 2
    first = page.due_model.row_at(0)
    assert (first.kind, first.item_id) == ("promise", late.id)
    index = page.due_model.index(0, 0)
    assert page.due_model.data(index) == "12 Nov 2026, 4\u00a0days late"
    assert page.due_model.data(index, Qt.ItemDataRole.ForegroundRole) is not None
    assert "1 late" in page.due_title.text()
    page.due_table.selectRow(0)
    assert page.kept_button.isEnabled() and not page.done_button.isEnabled()
    page.due_table.setFocus()
    qtbot.keyClick(page.due_table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert Promise.get_by_id(late.id).status == "kept"
    assert [r.title for r in page.due_model.rows()] == ["Rappeler le fournisseur"]
    assert page.due_table.selected_row().kind == "followup"  # the next row is ready to act on
    qtbot.keyClick(page.due_table, Qt.Key.Key_Return)
    assert window.current_page_key() == "followups"


def test_snooze_and_done_a_followup_from_today(qtbot, fake_clock):
    first = followups.add_followup(title="Devis", due_at="2026-11-15 09:00")
    second = followups.add_followup(title="Appeler Sam", due_at="2026-11-16 11:00")
    _window, page = make_window(qtbot)
    page.due_table.selectRow(0)
    assert page.snooze_button.isEnabled() and not page.kept_button.isEnabled()
    page.snooze_selected("tomorrow")
    assert FollowUp.get_by_id(first.id).snoozed_until.isoformat() == "2026-11-17T09:00:00"
    assert [r.item_id for r in page.due_model.rows()] == [second.id]
    page.due_table.selectRow(0)
    page.done_button.click()
    assert FollowUp.get_by_id(second.id).done_at is not None
    assert page.due_model.rowCount() == 0
    assert "nothing" in page.due_title.text()


def test_problems_and_pulse(qtbot, fake_clock):
    lea = people.add_person("Léa", "customer")
    sam = people.add_person("Sam", "staff")
    entries.log_entry(kind="complaint", title="Pain brûlé", person=lea, satisfaction=2)
    entries.log_entry(kind="praise", title="Merci", person=lea, satisfaction=5)
    concern = entries.log_entry(kind="concern", title="Planning", person=sam, priority="urgent")
    window, page = make_window(qtbot)
    assert [p.title for p in page.problem_model.rows()] == ["Planning", "Pain brûlé"]
    assert page.pulse_values["entries"][0].text() == "2"
    assert page.pulse_values["entries"][1].text() == "1"
    assert page.pulse_values["satisfaction"][0].text() == "3.5 / 5"
    assert page.pulse_values["satisfaction"][1].text() == "—"
    assert "November 2026" in page.pulse_box.title()
    assert page.heading.text() == "Monday 16 November"
    page.problem_table.selectRow(0)
    page.open_problem()
    assert window.current_page_key() == "journal"
    assert page.problem_model.row_at(0).entry_id == concern.id


def test_who_shows_anonymous_and_a_dash_never_a_blank(qtbot, fake_clock):
    entries.log_entry(kind="complaint", title="Pain rassis", side="customer")
    followups.add_followup(title="Inventaire", due_at="2026-11-16 11:00")
    _window, page = make_window(qtbot)
    assert page.problem_model.data(page.problem_model.index(0, 3)) == "Anonymous"
    assert page.due_model.data(page.due_model.index(0, 2)) == "—"
