"""Quick capture in the core: a whole conversation in one transaction, or nothing."""

from __future__ import annotations

from datetime import datetime

import pytest

from cxjournal.errors import NotFoundError, ValidationError
from cxjournal.services import people
from cxjournal.services.capture import capture
from cxjournal.store.models import Entry, FollowUp, Person, Promise


def test_a_new_customer_an_entry_a_promise_and_a_follow_up_at_once(fake_clock):
    done = capture(
        new_person_name="Zoé Martin",
        side="customer",
        kind="complaint",
        title="Gâteau abîmé",
        details="Livré écrasé",
        channel="phone",
        satisfaction=2,
        tags="livraison, gâteau",
        promised="Gâteau refait gratuitement",
        promise_due="2026-11-20",
        follow_up_on="2026-11-21",
    )
    assert done.new_person and done.person.name == "Zoé Martin" and done.person.side == "customer"
    assert (done.entry.person_id, done.entry.satisfaction, done.entry.channel) == (
        done.person.id,
        2,
        "phone",
    )
    assert done.promise.entry_id == done.entry.id and str(done.promise.due_date) == "2026-11-20"
    assert done.followup.due_at == datetime(2026, 11, 21, 9, 0)
    assert done.followup.title == "Follow up: Gâteau abîmé"


def test_an_existing_person_and_an_anonymous_walk_in(fake_clock):
    bruno = people.add_person("Bruno", "staff")
    known = capture(person=bruno.id, kind="concern", title="Four en panne")
    assert known.entry.side == "staff" and not known.new_person
    walk_in = capture(side="customer", kind="praise", title="Très bon pain")
    assert walk_in.person is None and walk_in.entry.side == "customer"


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"promised": "Rappeler", "promise_due": "2026-02-30"}, "not a valid date"),
        ({"promised": "Rappeler"}, "by when"),
        ({"title": "  "}, "Title"),
        ({"follow_up_on": "demain"}, "not a valid date"),
        ({"kind": "concern"}, "not a kind"),
    ],
)
def test_any_mistake_saves_nothing_not_even_the_new_person(fake_clock, changes, message):
    fields = dict(new_person_name="Zoé", side="customer", kind="complaint", title="Retard")
    fields.update(changes)
    with pytest.raises(ValidationError, match=message):
        capture(**fields)
    assert Person.select().count() == 0
    assert Entry.select().count() == Promise.select().count() == FollowUp.select().count() == 0


def test_a_promise_needs_someone_to_promise_it_to(fake_clock):
    with pytest.raises(ValidationError, match="anonymous"):
        capture(
            side="customer",
            kind="request",
            title="Pain sans gluten",
            promised="En avoir",
            promise_due="2026-11-30",
        )
    assert Entry.select().count() == 0


def _reads(sql_run: list[str], table: str) -> int:
    return sum(1 for sql in sql_run if sql.startswith("SELECT") and f'FROM "{table}"' in sql)


def test_the_person_is_read_once_and_the_new_entry_not_again(fake_clock, monkeypatch):
    """Capture used to read the person four times (itself, the entry, the promise, the follow-up)
    and the entry it had just written twice more."""
    from cxjournal.store.models import db

    lea = people.add_person("Léa Martin", "customer")
    run: list[str] = []
    execute = db.obj.execute_sql

    def counted(sql, params=None, *args, **kwargs):
        run.append(sql)
        return execute(sql, params, *args, **kwargs)

    monkeypatch.setattr(db.obj, "execute_sql", counted)
    done = capture(
        person=lea.id,
        kind="complaint",
        title="Retard",
        promised="Rembourser",
        promise_due="2026-11-20",
        follow_up_on="2026-11-21",
    )
    monkeypatch.undo()
    assert (_reads(run, "person"), _reads(run, "entry")) == (1, 0)
    assert done.promise.person_id == done.followup.person_id == lea.id
    assert done.promise.entry_id == done.followup.entry_id == done.entry.id
    assert Promise.get_by_id(done.promise.id).entry_id == done.entry.id


def test_a_person_in_the_trash_is_refused_before_anything_is_written(fake_clock):
    lea = people.add_person("Léa Martin", "customer")
    people.trash_person(lea)
    with pytest.raises(NotFoundError):
        capture(person=lea.id, kind="complaint", title="Retard", follow_up_on="2026-11-21")
    assert Entry.select().count() == FollowUp.select().count() == 0
