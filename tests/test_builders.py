"""The test builders make their rows through the real services: checked, linked and indexed."""

import pytest

from cxjournal.errors import ValidationError
from cxjournal.services import people
from cxjournal.services.entry_query import search_entries
from tests.builders import a_customer, a_followup, a_promise, a_staff_member, an_entry


def test_builders_make_linked_rows_in_one_line_each(fake_clock):
    amelie = a_customer("Amélie", phone="06 12 34 56 78")
    sam = a_staff_member("Sam", department="Cuisine")
    entry = an_entry(amelie, kind="complaint", title="Pain brûlé")
    promise = a_promise(amelie, entry=entry)
    item = a_followup(person=amelie, promise=promise)
    assert (amelie.side, amelie.phone) == ("customer", "06 12 34 56 78")
    assert (sam.side, sam.department.name) == ("staff", "Cuisine")
    assert a_staff_member("Léa", department="cuisine").department_id == sam.department_id
    assert [d.name for d in people.list_departments()] == ["Cuisine"]
    assert (entry.person_id, entry.side, entry.title) == (amelie.id, "customer", "Pain brûlé")
    assert [e.id for e in search_entries("brule")] == [entry.id]  # indexed as the app does
    assert (promise.person_id, promise.entry_id) == (amelie.id, entry.id)
    assert (item.person_id, item.promise_id, item.title) == (amelie.id, promise.id, "Rappeler")
    assert an_entry(kind="request", side="staff").title == "Request"
    assert a_promise().person.side == "customer"


def test_builders_check_like_the_services():
    with pytest.raises(ValidationError):
        an_entry(a_customer(), kind="concern")  # a concern is a staff member's
