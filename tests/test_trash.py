"""The trash: listing, putting back, deleting for good (a person with their history), emptying."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

import pytest

from cxjournal.errors import NotFoundError, ValidationError
from cxjournal.services import entries, followups, people, promises, trash
from cxjournal.services.entry_query import EntryFilter, count_entries
from cxjournal.store.models import Entry, FollowUp, Person, Promise, Response


@pytest.fixture
def shop(fake_clock):
    amelie = people.add_person("Amélie Château", "customer")
    bruno = people.add_person("Bruno Lefèvre", "staff")
    burnt = entries.log_entry(kind="complaint", title="Pain brûlé", person=amelie)
    entries.respond(burnt, "Désolé, nous vous offrons une baguette")
    oven = entries.log_entry(kind="concern", title="Four en panne", person=bruno)
    promise = promises.make_promise(person=amelie, what="Boîte de croissants", due="2026-11-20")
    call = followups.add_followup(title="Rappeler Amélie", due_at="2026-11-18", person=amelie)
    return SimpleNamespace(
        amelie=amelie, bruno=bruno, burnt=burnt, oven=oven, promise=promise, call=call
    )


def test_the_trash_lists_what_was_deleted_newest_first(shop, fake_clock):
    entries.trash_entry(shop.oven)
    fake_clock.advance(timedelta(minutes=5))
    people.trash_person(shop.amelie)
    items = trash.list_trash()
    assert [(i.kind, i.label) for i in items] == [
        ("person", "Amélie Château"),
        ("entry", "Four en panne"),
    ]
    assert items[0].goes_with == 3  # her complaint, promise and follow-up go with her for good


def test_restore_puts_an_item_back(shop):
    entries.trash_entry(shop.oven)
    assert count_entries(EntryFilter(text="four")) == 0
    trash.restore("entry", shop.oven.id)
    assert trash.list_trash() == []
    assert count_entries(EntryFilter(text="four")) == 1


def test_deleting_a_person_for_good_takes_their_history_and_search_text(shop):
    people.trash_person(shop.amelie)
    trash.delete_forever("person", shop.amelie.id)
    assert Person.get_or_none(Person.id == shop.amelie.id) is None
    for model, item in ((Entry, shop.burnt), (Promise, shop.promise), (FollowUp, shop.call)):
        assert model.get_or_none(model.id == item.id) is None
    assert Response.select().count() == 0
    assert count_entries(EntryFilter(text="brûlé")) == 0
    assert Entry.get_by_id(shop.oven.id).title == "Four en panne"  # others untouched


def test_only_items_in_the_trash_can_be_deleted_for_good(shop):
    with pytest.raises(ValidationError, match="not in the trash"):
        trash.delete_forever("entry", shop.burnt.id)
    with pytest.raises(NotFoundError):
        trash.delete_forever("entry", 9999)
    with pytest.raises(ValidationError, match="Unknown kind"):
        trash.delete_forever("invoice", 1)
    assert Entry.get_by_id(shop.burnt.id).deleted_at is None


def test_emptying_the_trash(shop):
    entries.trash_entry(shop.burnt)  # also hers: goes with her without being counted twice
    people.trash_person(shop.amelie)
    followups.trash_followup(shop.call)
    entries.trash_entry(shop.oven)
    assert trash.empty_trash() == 2  # Amélie (with her history) and the shop.oven concern
    assert trash.list_trash() == []
    assert [p.name for p in Person.select()] == ["Bruno Lefèvre"]
    assert Entry.select().count() == 0
