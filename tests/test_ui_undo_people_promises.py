"""Issue 23: Ctrl+Z for the edits the other undo tests leave out: a person's details, and a
promise's person and amount changed in its dialog (the promise's text and person are editable
since issue 23); each undone and redone through the window's stack."""

from __future__ import annotations

from cxjournal.services import people, promises
from cxjournal.store.models import Person, Promise
from cxjournal.ui.dialogs.person_dialog import PersonDialog
from cxjournal.ui.dialogs.promise_dialog import PromiseDialog
from tests.builders import a_customer, a_promise
from tests.helpers import open_page


def test_a_person_edit_is_undone_and_redone(qtbot):
    lea = a_customer("Léa Martin", phone="06 12 34 56 78")
    window, _page = open_page(qtbot, "customers")
    dialog = PersonDialog("customer", people.get_person(lea.id), window)
    qtbot.addWidget(dialog)
    dialog.name.setText("Léa Dupont")
    dialog.phone.setText("+33 6 98 76 54 32")
    dialog.save()
    assert (Person.get_by_id(lea.id).name, Person.get_by_id(lea.id).phone_e164) == (
        "Léa Dupont",
        "+33698765432",
    )
    assert window.undo_action.text() == "Undo edit of 2 fields"
    window.undo_action.trigger()
    stored = Person.get_by_id(lea.id)
    assert (stored.name, stored.phone, stored.phone_e164) == (
        "Léa Martin",
        "06 12 34 56 78",
        "+33612345678",
    )
    window.redo_action.trigger()
    assert Person.get_by_id(lea.id).name == "Léa Dupont"


def test_a_promise_s_person_and_amount_changes_are_undone_together(qtbot, fake_clock):
    lea, zoe = a_customer("Léa"), a_customer("Zoé")
    promise = a_promise(lea, what="Tarte offerte", amount="8,90")
    window, _page = open_page(qtbot, "promises")
    dialog = PromiseDialog(window, promise=promises.get_promise(promise.id))
    qtbot.addWidget(dialog)
    dialog.person.set_person(people.get_person(zoe.id))
    dialog.amount.setText("12,50")
    dialog.accept()
    assert (Promise.get_by_id(promise.id).person_id, Promise.get_by_id(promise.id).amount) == (
        zoe.id,
        1250,
    )
    window.undo_action.trigger()
    assert (Promise.get_by_id(promise.id).person_id, Promise.get_by_id(promise.id).amount) == (
        lea.id,
        890,
    )
    window.redo_action.trigger()
    assert Promise.get_by_id(promise.id).person_id == zoe.id
