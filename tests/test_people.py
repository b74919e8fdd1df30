"""People and departments: validation, archiving, trash, finding and resolving names."""

import pytest

from cxjournal.errors import NotFoundError, ValidationError
from cxjournal.services import entries, entry_query, people


def test_add_person_cleans_and_stores_details():
    p = people.add_person("  Amélie   Château ", "customer", email="Amelie@Example.fr ")
    again = people.get_person(p.id)
    assert again.name == "Amélie Château"
    assert again.side == "customer"
    assert again.email.lower() == "amelie@example.fr"


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_empty_name_is_refused(name):
    with pytest.raises(ValidationError, match="Name"):
        people.add_person(name, "customer")
    assert people.find_people() == []


def test_unknown_side_and_bad_email_are_refused():
    with pytest.raises(ValidationError, match="side"):
        people.add_person("Bob", "supplier")
    with pytest.raises(ValidationError):
        people.add_person("Bob", "customer", email="not-an-email")
    with pytest.raises(ValidationError):
        people.add_person("Bob", "customer", phone="call me")


def test_huge_name_and_control_characters_are_refused():
    with pytest.raises(ValidationError):
        people.add_person("x" * 201, "customer")
    with pytest.raises(ValidationError):
        people.add_person("Bob\x00Evil", "customer")


def test_markup_and_any_unicode_are_kept_as_typed():
    name = "<b>Zoë & 東京 Œuvre</b> 🥐"
    assert people.get_person(people.add_person(name, "customer").id).name == name


def test_department_only_for_staff_and_by_name():
    people.add_department("Fournil", "monthly")
    staff = people.add_person("Léa", "staff", department="fournil")
    assert staff.department.name == "Fournil"
    with pytest.raises(ValidationError, match="department"):
        people.add_person("Client", "customer", department="Fournil")
    with pytest.raises(NotFoundError):
        people.add_person("Léo", "staff", department="Nowhere")
    with pytest.raises(ValidationError, match="already exists"):
        people.add_department("FOURNIL")


def test_deleting_a_department_with_staff_is_refused_unless_they_move():
    dept = people.add_department("Vente")
    other = people.add_department("Fournil")
    staff = people.add_person("Léa", "staff", department=dept)
    with pytest.raises(ValidationError, match="belongs to “Vente”"):
        people.delete_department(dept)
    assert people.get_person(staff.id).department_id == dept.id
    with pytest.raises(ValidationError, match="another department"):
        people.delete_department(dept, move_to=dept.id)
    assert people.delete_department(dept, move_to="fournil") == 1
    assert people.get_person(staff.id).department_id == other.id
    assert [d.name for d in people.list_departments()] == ["Fournil"]


def test_an_empty_department_is_deleted():
    dept = people.add_department("Vente")
    assert people.delete_department(dept) == 0
    assert people.list_departments() == []


def test_archive_hides_from_lists_but_not_from_resolve():
    p = people.add_person("Benoît", "customer")
    people.archive_person(p)
    assert people.find_people() == []
    assert [x.id for x in people.find_people(include_archived=True)] == [p.id]
    assert people.resolve_person("benoit").id == p.id
    people.archive_person(p, False)
    assert [x.id for x in people.find_people()] == [p.id]


def test_trash_and_restore_person():
    p = people.add_person("Céline", "customer")
    people.trash_person(p)
    with pytest.raises(NotFoundError):
        people.get_person(p.id)
    people.restore_person(p.id)
    assert people.get_person(p.id).name == "Céline"


def test_find_people_ignores_accents_and_case():
    people.add_person("Hélène Dubois", "customer", phone="06 12 34 56 78")
    people.add_person("Jérôme", "staff")
    assert [p.name for p in people.find_people("helene")] == ["Hélène Dubois"]
    assert [p.name for p in people.find_people("JEROME", side="staff")] == ["Jérôme"]
    assert [p.name for p in people.find_people("34 56")] == ["Hélène Dubois"]


def test_resolve_person_by_id_and_ambiguous_name():
    a = people.add_person("Sam", "customer")
    people.add_person("Sam", "staff")
    assert people.resolve_person(f"#{a.id}").id == a.id
    assert people.resolve_person("sam", side="customer").id == a.id
    with pytest.raises(ValidationError, match="Several people"):
        people.resolve_person("Sam")


def test_side_cannot_change_once_entries_exist():
    p = people.add_person("Denis", "customer")
    entries.log_entry(kind="praise", title="Merci", person=p)
    with pytest.raises(ValidationError, match="side"):
        people.edit_person(p, side="staff")


def test_renaming_reindexes_their_entries_for_search():
    p = people.add_person("Denis", "customer")
    entries.log_entry(kind="praise", title="Merci", person=p)
    people.edit_person(p, name="Dominique")
    assert len(entry_query.search_entries("dominique")) == 1
    assert entry_query.search_entries("denis") == []


def test_edit_with_an_invalid_value_changes_nothing():
    p = people.add_person("Denis", "customer", email="d@example.fr")
    with pytest.raises(ValidationError):
        people.edit_person(p, name="Dan", email="broken")
    assert people.get_person(p.id).name == "Denis"


def test_namesakes_are_told_apart_by_organisation_department_or_email():
    from tests.builders import a_customer, a_staff_member

    florist = a_customer("Marie Martin", organisation="Fleurs & Co")
    mailed = a_customer("marie Martin", email="marie@example.fr")
    bare = a_customer("Marie Martin")
    baker = a_staff_member("Marie Martin", department="Fournil")
    twin = a_customer("Marie Martin", organisation="Fleurs & Co")
    alone = a_customer("Léa Petit", organisation="Garage")
    names = people.distinguishing_names([florist, mailed, bare, baker, twin, alone])
    assert names[mailed.id] == "marie Martin (marie@example.fr)"
    assert names[bare.id] == f"Marie Martin (#{bare.id})"
    assert names[baker.id] == "Marie Martin (Fournil)"
    assert names[florist.id] == f"Marie Martin (Fleurs & Co, #{florist.id})"
    assert names[twin.id] == f"Marie Martin (Fleurs & Co, #{twin.id})"
    assert names[alone.id] == "Léa Petit"  # no namesake: the name alone
    people.trash_person(bare)
    people.trash_person(mailed)
    people.trash_person(baker)
    people.trash_person(twin)
    assert people.distinguishing_names([florist]) == {florist.id: "Marie Martin"}
