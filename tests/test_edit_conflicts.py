"""An edit writes only the fields it changes and notices a conflicting edit made meanwhile: the
base (what the editor started from) is checked under lock, inside the edit's one transaction. Two
computers are staged with two connections (threads), as in test_collisions.py; on a server the
transactions really overlap."""

from __future__ import annotations

import threading
import time

import pytest

from cxjournal.errors import EditConflict, ValidationError
from cxjournal.services import entries, followups, people, promises
from cxjournal.store.models import Entry, db
from cxjournal.store.transactions import write_transaction
from tests.builders import a_customer, a_followup, a_promise, an_entry
from tests.test_collisions import _at_once


def test_an_edit_whose_base_still_holds_is_saved():
    entry = an_entry(side="customer", title="Four en panne")
    saved = entries.edit_entry(entry.id, title="Four réparé", base={"title": "Four en panne"})
    assert saved.title == "Four réparé"
    assert Entry.get_by_id(entry.id).title == "Four réparé"


def test_a_stale_base_is_a_conflict_carrying_both_versions_and_nothing_is_written():
    entry = an_entry(side="customer", title="Four en panne", details="")
    _at_once(lambda: entries.edit_entry(entry.id, title="Four cassé"))  # the other computer
    before = Entry.get_by_id(entry.id)
    with pytest.raises(EditConflict) as caught:
        entries.edit_entry(
            entry.id,
            title="Four réparé",
            details="Technicien passé",
            base={"title": "Four en panne", "details": ""},
        )
    (conflict,) = caught.value.conflicts
    assert (conflict.field, conflict.base, conflict.theirs, conflict.mine) == (
        "title",
        "Four en panne",
        "Four cassé",
        "Four réparé",
    )
    assert caught.value.retry
    assert "Four cassé" in str(caught.value)
    after = Entry.get_by_id(entry.id)
    assert (after.title, after.details, after.updated_at) == ("Four cassé", "", before.updated_at)


def test_their_status_change_and_my_title_edit_both_survive():
    entry = an_entry(side="customer", title="Four en panne")
    loaded = {"title": entry.title}  # this computer read the entry, then the other one acted
    _at_once(lambda: entries.resolve_entry(entry.id, "Remboursé"))
    _at_once(lambda: entries.edit_entry(entry.id, details="Vu par Sam"))
    entries.edit_entry(entry.id, title="Four réparé", base=loaded)
    row = Entry.get_by_id(entry.id)
    assert (row.title, row.status, row.resolution, row.details) == (
        "Four réparé",
        "resolved",
        "Remboursé",
        "Vu par Sam",
    )


def _held(work, hold: float = 0.6):
    """``work`` inside a transaction kept open ``hold`` seconds after it ran: another computer
    acting meanwhile meets its uncommitted change (and, on a server, its row locks)."""

    def run():
        with write_transaction():
            result = work()
            time.sleep(hold)
        return result

    return run


def _later(work, delay: float = 0.2):
    def run():
        time.sleep(delay)
        return work()

    return run


def test_a_status_change_overlapping_a_title_edit_does_not_undo_it():
    entry = an_entry(side="customer", title="Four en panne")
    _at_once(
        _held(lambda: entries.edit_entry(entry.id, title="Four réparé")),
        _later(lambda: entries.resolve_entry(entry.id, "Remboursé")),
    )
    row = Entry.get_by_id(entry.id)
    assert (row.title, row.status) == ("Four réparé", "resolved")


def test_two_overlapping_edits_of_one_field_the_second_is_told_not_lost():
    entry = an_entry(side="customer", title="Four en panne")
    outcomes: list = []

    def second():
        try:
            entries.edit_entry(entry.id, title="Four B", base={"title": "Four en panne"})
        except EditConflict as exc:
            outcomes.append(exc)

    _at_once(
        _held(
            lambda: entries.edit_entry(entry.id, title="Four A", base={"title": "Four en panne"})
        ),
        _later(second),
    )
    assert Entry.get_by_id(entry.id).title == "Four A"
    assert [c.theirs for c in outcomes[0].conflicts] == ["Four A"]


@pytest.mark.server_only
def test_on_a_server_the_second_edit_waits_for_the_first_lock_and_sees_its_value():
    entry = an_entry(side="customer", title="Four en panne")
    started = threading.Event()
    seen: list = []

    def first():
        with write_transaction():
            entries.edit_entry(entry.id, title="Four A", base={"title": "Four en panne"})
            started.set()
            time.sleep(0.8)

    def second():
        started.wait(5)
        began = time.monotonic()
        try:
            entries.edit_entry(entry.id, title="Four B", base={"title": "Four en panne"})
        except EditConflict as exc:
            seen.append((exc.conflicts[0].theirs, time.monotonic() - began))
        finally:
            db.close()

    _at_once(first, second)
    (theirs, waited) = seen[0]
    assert theirs == "Four A" and waited > 0.3  # it waited for the lock, then read the commit


def test_fields_typed_as_text_compare_with_what_is_stored():
    entry = an_entry(
        side="customer", title="Four", satisfaction=2, priority="high", tags="pain, Four"
    )
    entries.edit_entry(
        entry.id,
        title="Four 2",
        base={
            "satisfaction": "2",
            "priority": "high",
            "tags": "four,PAIN",
            "confidential": "no",
            "occurred_at": entry.occurred_at.strftime("%Y-%m-%d %H:%M"),
        },
    )
    with pytest.raises(EditConflict) as caught:
        entries.edit_entry(entry.id, title="Four 3", base={"satisfaction": "", "tags": "pain"})
    assert [c.field for c in caught.value.conflicts] == ["satisfaction", "tags"]
    with pytest.raises(ValidationError):
        entries.edit_entry(entry.id, title="Four 3", base={"occurred_at": "yesterday"})
    assert Entry.get_by_id(entry.id).title == "Four 2"


def test_promise_followup_and_person_edits_check_their_base_too():
    anne = a_customer("Anne", email="anne@example.fr")
    promise = a_promise(anne, what="Rappeler", due="2026-12-20")
    item = a_followup("Relancer")
    people.edit_person(anne.id, email="anne@boulangerie.fr")
    promises.edit_promise(promise.id, due="2026-12-25")
    followups.edit_followup(item.id, notes="déjà appelé")
    with pytest.raises(EditConflict):
        people.edit_person(anne.id, email="a@b.fr", base={"email": "anne@example.fr"})
    with pytest.raises(EditConflict):
        promises.edit_promise(promise.id, due="2026-12-30", base={"due": "2026-12-20"})
    with pytest.raises(EditConflict):
        followups.edit_followup(item.id, notes="x", base={"notes": ""})
    people.edit_person(anne.id, name="Anne M.", base={"name": "Anne"})
    promises.edit_promise(promise.id, what="Rappeler vite", base={"what": "Rappeler"})
    followups.edit_followup(item.id, title="Relancer Anne", base={"title": "Relancer"})
    assert people.get_person(anne.id).email == "anne@boulangerie.fr"
    assert str(promises.get_promise(promise.id).due_date) == "2026-12-25"
    assert followups.get_followup(item.id).notes == "déjà appelé"
