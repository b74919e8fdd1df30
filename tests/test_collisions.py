"""Two computers at once, staged on purpose with two connections (threads, each with its own
connection to the same journal): the same new tag typed on both, the same department's check-in
scheduled on both, the same reminders claimed on both. Run on a file and, with
CXJOURNAL_TEST_DATABASE, on a server, where the two transactions really overlap."""

from __future__ import annotations

import threading
from datetime import timedelta

from cxjournal.services import checkins, entries, followups, people, reminders
from cxjournal.store.models import Announcement, EntryTag, FollowUp, Tag, db
from cxjournal.store.transactions import write_transaction
from tests.helpers import START


def _at_once(*works):
    """Run each work in its own thread (its own connection), all starting at the same moment;
    their results in order, or the first error raised."""
    barrier = threading.Barrier(len(works))
    results: list = [None] * len(works)
    errors: list[BaseException] = []

    def run(i, work):
        try:
            barrier.wait(timeout=10)
            results[i] = work()
        except BaseException as exc:  # handed to the test
            errors.append(exc)
        finally:
            db.close()  # this thread's own connection

    threads = [threading.Thread(target=run, args=(i, w)) for i, w in enumerate(works)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    if errors:
        raise errors[0]
    return results


def test_the_same_new_tag_typed_on_two_computers_at_once_is_one_tag_on_both_entries():
    for round_ in range(5):
        word = f"Bread{round_}"
        a, b = _at_once(
            lambda w=word: entries.log_entry(kind="praise", title="a", side="customer", tags=w),
            lambda w=word: entries.log_entry(
                kind="praise", title="b", side="customer", tags=w.upper().replace("E", "É")
            ),
        )
        tags = list(Tag.select().where(Tag.key == entries.tag_key(word)))
        assert len(tags) == 1
        linked = {r.entry_id for r in EntryTag.select().where(EntryTag.tag == tags[0])}
        assert linked == {a.id, b.id}


def test_a_tag_made_elsewhere_after_this_computer_looked_is_used_not_duplicated(monkeypatch):
    _at_once(lambda: entries.log_entry(kind="praise", title="b", side="customer", tags="pain"))
    monkeypatch.setattr(entries, "tags_by_key", lambda: {})  # looked before the other committed
    mine = entries.log_entry(kind="praise", title="a", side="customer", tags="Pain")
    assert Tag.select().count() == 1
    assert entries.entry_tags(mine) == ["pain"]


def test_the_same_new_department_added_on_two_computers_at_once_is_made_once():
    outcomes = []

    def add(name):
        try:
            return people.add_department(name)
        except Exception as exc:
            outcomes.append(exc)
            return None

    made = _at_once(lambda: add("Café"), lambda: add("cafe"))
    assert len([m for m in made if m is not None]) == 1
    assert len(outcomes) == 1 and "already exists" in str(outcomes[0])


def _schedule(department):
    """What an action changing the department does: schedule its check-in in its transaction."""
    with write_transaction():
        return checkins.schedule_checkin(department, START)


def _department_with_staff():
    bakery = people.add_department("Bakery", "monthly", now=START - timedelta(days=60))
    people.add_person("Zoë", "staff", department=bakery.id)
    FollowUp.delete().execute()  # no check-in yet: both computers are about to make it
    return bakery


def test_two_computers_scheduling_one_check_in_at_once_leave_one():
    bakery = _department_with_staff()
    made = _at_once(
        lambda: _schedule(bakery),
        lambda: _schedule(bakery),
    )
    assert len(checkins.open_checkins(bakery)) == 1
    assert len([m for m in made if m is not None]) == 1


def test_the_check_in_made_elsewhere_meanwhile_is_used(monkeypatch):
    bakery = _department_with_staff()
    (theirs,) = _at_once(lambda: _schedule(bakery))
    real = checkins.open_checkins
    looks = iter([[]])  # this computer looked before the other one committed its check-in
    monkeypatch.setattr(checkins, "open_checkins", lambda d: next(looks, None) or real(d))
    assert _schedule(bakery) is None
    assert [f.id for f in real(bakery)] == [theirs.id]


def _due_followups(count):
    for n in range(count):
        followups.add_followup(title=f"Call back {n}", due_at=START - timedelta(hours=1 + n))


def test_two_computers_claiming_reminders_at_once_show_each_on_one_only():
    _due_followups(6)
    first, second = _at_once(
        lambda: reminders.claim_new_reminders(START), lambda: reminders.claim_new_reminders(START)
    )
    keys_a, keys_b = {r.key for r in first}, {r.key for r in second}
    assert not keys_a & keys_b
    assert len(keys_a | keys_b) == 6 == Announcement.select().count()


def test_reminders_claimed_elsewhere_after_this_computer_looked_are_not_shown(monkeypatch):
    _due_followups(3)
    stale = reminders.unannounced(reminders.due_reminders(START))
    assert len(stale) == 3
    (theirs,) = _at_once(lambda: reminders.claim_new_reminders(START))
    assert len(theirs) == 3
    monkeypatch.setattr(reminders, "unannounced", lambda found: list(stale))
    assert reminders.claim_new_reminders(START) == []
