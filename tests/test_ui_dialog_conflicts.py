"""The dialogs that edit a follow-up, a promise, a person and a department save only what was
changed, from the values they loaded (the base): a field someone else changed meanwhile opens the
conflict dialog, and either reloads theirs (other typing kept) or keeps mine knowingly."""

from __future__ import annotations

from datetime import date

import pytest

from cxjournal.errors import EditConflict
from cxjournal.services import followups, people, promises
from cxjournal.ui.dialogs.departments_dialog import DepartmentsDialog
from cxjournal.ui.dialogs.followup_dialog import FollowUpDialog
from cxjournal.ui.dialogs.person_dialog import PersonDialog
from cxjournal.ui.dialogs.promise_dialog import PromiseDialog
from tests.builders import a_customer, a_followup, a_promise
from tests.test_collisions import _at_once
from tests.test_ui_undo import answer_conflict


def _followup_dialog(qtbot, item_id: int) -> FollowUpDialog:
    dialog = FollowUpDialog(item=followups.get_followup(item_id))
    qtbot.addWidget(dialog)
    return dialog


def test_followup_dialog_use_theirs_reloads_the_title_and_keeps_the_new_time(qtbot, fake_clock):
    item = a_followup("Rappeler", due_at="2026-11-16 10:00")
    dialog = _followup_dialog(qtbot, item.id)
    dialog.title.setText("Rappeler Mme Roux")
    dialog.due.setDateTime(dialog.due.dateTime().addSecs(3600))
    _at_once(lambda: followups.edit_followup(item.id, title="Appeler le livreur"))
    seen: list = []
    answer_conflict("theirs_button", seen)
    dialog.accept()
    assert seen == [{"title-theirs": "Appeler le livreur", "title-mine": "Rappeler Mme Roux"}]
    assert dialog.title.text() == "Appeler le livreur"
    assert dialog.due_at().hour == 11  # typed, not lost
    stored = followups.get_followup(item.id)
    assert (stored.title, stored.due_at.hour) == ("Appeler le livreur", 10)
    dialog.accept()  # saved now from what it shows: the new time only
    assert followups.get_followup(item.id).due_at.hour == 11


def test_followup_dialog_keep_mine_and_their_other_change_survives(qtbot, fake_clock):
    item = a_followup("Rappeler")
    dialog = _followup_dialog(qtbot, item.id)
    dialog.title.setText("Rappeler Mme Roux")
    _at_once(lambda: followups.edit_followup(item.id, title="Appeler", notes="Après 14 h"))
    seen: list = []
    answer_conflict("mine_button", seen)
    dialog.accept()
    assert seen == [{"title-theirs": "Appeler", "title-mine": "Rappeler Mme Roux"}]
    stored = followups.get_followup(item.id)
    assert (stored.title, stored.notes) == ("Rappeler Mme Roux", "Après 14 h")


def _promise_dialog(qtbot, promise_id: int) -> PromiseDialog:
    dialog = PromiseDialog(promise=promises.get_promise(promise_id))
    qtbot.addWidget(dialog)
    return dialog


def test_promise_dialog_use_theirs_reloads_what_and_keeps_the_new_date(qtbot, fake_clock):
    promise = a_promise(what="Gâteau", due="2026-11-20")
    dialog = _promise_dialog(qtbot, promise.id)
    assert dialog.windowTitle() == "Edit promise"
    dialog.what.setPlainText("Gâteau au chocolat")
    dialog.due.setDate(dialog.due.date().addDays(2))
    _at_once(lambda: promises.edit_promise(promise.id, what="Tarte"))
    seen: list = []
    answer_conflict("theirs_button", seen)
    dialog.accept()
    assert seen == [{"what-theirs": "Tarte", "what-mine": "Gâteau au chocolat"}]
    assert dialog.what.toPlainText() == "Tarte"
    assert promises.get_promise(promise.id).due_date == date(2026, 11, 20)
    dialog.accept()
    stored = promises.get_promise(promise.id)
    assert (stored.what, stored.due_date) == ("Tarte", date(2026, 11, 22))


def test_promise_dialog_keep_mine_overwrites_knowingly(qtbot, fake_clock):
    promise = a_promise(what="Gâteau", due="2026-11-20")
    dialog = _promise_dialog(qtbot, promise.id)
    dialog.what.setPlainText("Gâteau au chocolat")
    _at_once(lambda: promises.edit_promise(promise.id, what="Tarte"))
    answer_conflict("mine_button", [])
    dialog.accept()
    assert promises.get_promise(promise.id).what == "Gâteau au chocolat"
    assert dialog.result() == PromiseDialog.DialogCode.Accepted


def _person_dialog(qtbot, person_id: int) -> PersonDialog:
    dialog = PersonDialog("customer", people.get_person(person_id))
    qtbot.addWidget(dialog)
    return dialog


def test_person_dialog_use_theirs_reloads_the_phone_and_keeps_the_typed_email(qtbot):
    lea = a_customer("Léa", phone="06 12 34 56 78")
    dialog = _person_dialog(qtbot, lea.id)
    dialog.phone.setText("06 00 00 00 00")
    dialog.email.setText("lea@example.fr")
    _at_once(lambda: people.edit_person(lea.id, phone="07 11 22 33 44"))
    seen: list = []
    answer_conflict("theirs_button", seen)
    dialog.save()
    assert seen == [{"phone-theirs": "07 11 22 33 44", "phone-mine": "06 00 00 00 00"}]
    assert dialog.phone.text() == "07 11 22 33 44"
    assert dialog.email.text() == "lea@example.fr"  # typed, not lost
    assert people.get_person(lea.id).email == ""  # nothing saved yet
    dialog.save()
    stored = people.get_person(lea.id)
    assert (stored.phone, stored.email) == ("07 11 22 33 44", "lea@example.fr")


def test_person_dialog_keep_mine_overwrites_knowingly(qtbot):
    lea = a_customer("Léa", phone="06 12 34 56 78")
    dialog = _person_dialog(qtbot, lea.id)
    dialog.phone.setText("06 00 00 00 00")
    _at_once(lambda: people.edit_person(lea.id, phone="07 11 22 33 44", role="Cliente"))
    answer_conflict("mine_button", [])
    dialog.save()
    stored = people.get_person(lea.id)
    assert (stored.phone, stored.role) == ("06 00 00 00 00", "Cliente")


def test_department_rename_with_a_base_notices_a_rename_made_meanwhile():
    kitchen = people.add_department("Cuisine")
    people.edit_department(kitchen.id, name="Fournil")
    with pytest.raises(EditConflict) as caught:
        people.edit_department(kitchen.id, name="Labo", base={"name": "Cuisine"})
    assert caught.value.theirs() == {"name": "Fournil"}
    assert people.find_department(kitchen.id).name == "Fournil"
    people.edit_department(kitchen.id, name="Labo", base={"name": "Fournil"})
    assert people.find_department(kitchen.id).name == "Labo"


def _departments(qtbot, department_id: int) -> DepartmentsDialog:
    dialog = DepartmentsDialog()
    qtbot.addWidget(dialog)
    dialog.table.select_where(lambda d: d.id == department_id)
    return dialog


def test_departments_dialog_use_theirs_and_keep_mine(qtbot):
    kitchen = people.add_department("Cuisine")
    dialog = _departments(qtbot, kitchen.id)
    dialog.name.setText("Labo")
    _at_once(lambda: people.edit_department(kitchen.id, name="Fournil"))
    seen: list = []
    answer_conflict("theirs_button", seen)
    dialog.save()
    assert seen == [{"name-theirs": "Fournil", "name-mine": "Labo"}]
    assert people.find_department(kitchen.id).name == "Fournil"
    assert dialog.name.text() == "Fournil"  # theirs shown

    dialog.name.setText("Labo")
    _at_once(lambda: people.edit_department(kitchen.id, name="Pâtisserie"))
    answer_conflict("mine_button", [])
    dialog.save()
    assert people.find_department(kitchen.id).name == "Labo"
