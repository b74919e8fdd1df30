"""Departments: renaming and changing the check-in cadence through the people service."""

import pytest

from cxjournal.errors import ValidationError
from cxjournal.services import people


def test_rename_and_set_cadence():
    kitchen = people.add_department("Cuisine")
    people.add_department("Salle", "weekly")
    people.edit_department(kitchen, name="  Cuisine   centrale ", cadence="quarterly")
    assert [(d.name, d.checkin_cadence) for d in people.list_departments()] == [
        ("Cuisine centrale", "quarterly"),
        ("Salle", "weekly"),
    ]
    people.edit_department(kitchen, name="CUISINE CENTRALE")  # its own name in other letters
    assert people.find_department("cuisine centrale").name == "CUISINE CENTRALE"


def test_rename_refuses_a_clash_an_empty_name_and_an_unknown_cadence():
    kitchen = people.add_department("Cuisine")
    people.add_department("Salle")
    with pytest.raises(ValidationError, match="already exists"):
        people.edit_department(kitchen, name="salle")
    with pytest.raises(ValidationError, match="cannot be empty"):
        people.edit_department(kitchen, name="  ")
    with pytest.raises(ValidationError, match="not a valid"):
        people.edit_department(kitchen, cadence="daily")
    assert people.find_department(kitchen.id).name == "Cuisine"


def test_departments_with_their_staff_counted_in_one_query_trash_left_out():
    kitchen = people.add_department("Cuisine")
    people.add_department("Équipe du soir")
    people.add_person("Karim Benali", "staff", department=kitchen)
    gone = people.add_person("Léa Martin", "staff", department=kitchen)
    people.trash_person(gone)
    counted = {d.name: d.staff_count for d in people.list_departments(with_counts=True)}
    assert counted == {"Cuisine": 1, "Équipe du soir": 0}
    assert [d.name for d in people.list_departments()] == ["Cuisine", "Équipe du soir"]
