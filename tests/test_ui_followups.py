"""The Follow-ups page: done (a repeating one shows its next time), snooze, new, edit, trash and undo."""

from datetime import datetime

from PySide6.QtCore import Qt

from cxjournal.services import followups, people
from cxjournal.store.models import FollowUp
from cxjournal.ui.dialogs.followup_dialog import FollowUpDialog
from cxjournal.ui.pages import followups as page_module
from tests.conftest import open_page

OVERDUE, TODAY, UPCOMING, DONE = range(4)


def _titles(page, group):
    heading = page.tree.source.item(group, 0)
    return [
        (heading.child(r, 0).text(), heading.child(r, 2).text()) for r in range(heading.rowCount())
    ]


def test_complete_a_repeating_followup_shows_the_next_one(qtbot, fake_clock):
    start = datetime(2026, 11, 16, 10, 0)
    weekly = followups.add_followup(
        title="Point stock", due_at=start, rrule=followups.cadence_rule("weekly", start)
    )
    _window, page = open_page(qtbot, "followups")
    assert _titles(page, TODAY) == [("Point stock", "16 Nov 2026, 10:00")]
    page.focus_item("followup", weekly.id)
    qtbot.keyClick(page.tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert FollowUp.get_by_id(weekly.id).done_at == fake_clock.now()
    assert _titles(page, TODAY) == []
    assert _titles(page, UPCOMING) == [("Point stock", "23 Nov 2026, 10:00")]
    assert _titles(page, DONE) == [("Point stock", "done 16 Nov 2026, 09:00")]
    assert "Next time: 23 Nov 2026, 10:00" in page.undo_bar.message.text()
    following = page.selected()
    assert following.id != weekly.id and following.due_at == datetime(2026, 11, 23, 10, 0)
    assert page.tree.source.item(UPCOMING, 0).child(0, 3).text() == "every week"


def test_snooze_with_presets_and_a_chosen_time(qtbot, fake_clock, monkeypatch):
    item = followups.add_followup(title="Rappeler Amélie", due_at="2026-11-13 10:00")
    _window, page = open_page(qtbot, "followups")
    assert _titles(page, OVERDUE) == [("Rappeler Amélie", "13 Nov 2026, 10:00")]
    page.focus_item("followup", item.id)
    qtbot.keyClick(page.tree, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert FollowUp.get_by_id(item.id).snoozed_until == datetime(2026, 11, 17, 9, 0)
    assert _titles(page, UPCOMING) == [("Rappeler Amélie", "17 Nov 2026, 09:00 (snoozed)")]
    monkeypatch.setattr(page_module, "ask_datetime", lambda *a: datetime(2026, 11, 16, 15, 30))
    page.snooze_menu.actions()[-1].trigger()  # "Until…"
    assert _titles(page, TODAY) == [("Rappeler Amélie", "16 Nov 2026, 15:30 (snoozed)")]
    assert "Snoozed until 16 Nov 2026, 15:30" in page.undo_bar.message.text()


def test_create_a_followup_with_the_dialog(qtbot, fake_clock):
    people.add_person("Karim", "staff")
    dialog = FollowUpDialog()
    qtbot.addWidget(dialog)
    assert dialog.due_at() == datetime(2026, 11, 17, 9, 0)  # tomorrow morning by default
    qtbot.keyClicks(dialog.title, "Entretien annuel")
    dialog.person.setText("Karim")
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("monthly"))
    dialog.accept()
    saved = FollowUp.get_by_id(dialog.saved.id)
    assert (saved.title, saved.person.name, saved.rrule) == (
        "Entretien annuel",
        "Karim",
        "FREQ=MONTHLY",
    )
    edit = FollowUpDialog(item=saved)
    qtbot.addWidget(edit)
    assert edit.repeat.currentData() == "monthly"
    assert not edit.person.isEnabled()
    edit.repeat.setCurrentIndex(edit.repeat.findData("none"))
    edit.accept()
    assert FollowUp.get_by_id(saved.id).rrule is None


def test_new_followup_from_the_page_is_selected_then_trash_and_undo(qtbot, fake_clock, monkeypatch):
    _window, page = open_page(qtbot, "followups")

    def fill_and_save(dialog):
        dialog.title.setText("Commander farine")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(page_module.FollowUpDialog, "exec", fill_and_save)
    page.tree.setFocus()  # shortcuts work once the owner is in the page
    qtbot.keyClick(
        page.tree,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert _titles(page, UPCOMING) == [("Commander farine", "17 Nov 2026, 09:00")]
    item_id = page.tree.selected_id()
    monkeypatch.setattr("cxjournal.ui.widgets.grouped_page.confirm", lambda *a: True)
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert _titles(page, UPCOMING) == []
    assert FollowUp.get_by_id(item_id).deleted_at is not None
    qtbot.mouseClick(page.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert _titles(page, UPCOMING) == [("Commander farine", "17 Nov 2026, 09:00")]
    assert page.tree.selected_id() == item_id


def test_first_item_is_current_so_the_keyboard_can_act(qtbot, fake_clock):
    item = followups.add_followup(title="Rappeler", due_at="2026-11-16 11:00")
    _window, page = open_page(qtbot, "followups")
    assert page.selected().id == item.id
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert FollowUp.get_by_id(item.id).done_at is not None
    assert page.undo_bar.message.text() == "Done: Rappeler"


def test_about_says_department_anonymous_or_a_dash(qtbot, fake_clock):
    from cxjournal.services import entries

    walk_in = entries.log_entry(kind="complaint", title="Pain rassis", side="customer")
    kitchen = people.add_department("Cuisine")
    followups.add_followup(title="Point équipe", due_at="2026-11-20 09:00", department=kitchen)
    followups.add_followup(title="Rappeler", due_at="2026-11-20 10:00", entry=walk_in)
    followups.add_followup(title="Inventaire", due_at="2026-11-20 11:00")
    _window, page = open_page(qtbot, "followups")
    heading = page.tree.source.item(UPCOMING, 0)
    about = [heading.child(r, 1).text() for r in range(heading.rowCount())]
    assert about == ["Cuisine", "Anonymous", "—"]
