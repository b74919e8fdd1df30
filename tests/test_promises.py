"""Promise rules: due dates, settling once, renegotiation keeping the first date, derived lateness."""

from datetime import date, timedelta

import pytest

from cxjournal.errors import ValidationError
from cxjournal.services import entries, people, promises


@pytest.fixture
def amelie():
    return people.add_person("Amélie", "customer")


def test_due_date_before_made_date_is_refused(amelie, fake_clock):
    with pytest.raises(ValidationError, match="before the day the promise was made"):
        promises.make_promise(person=amelie, what="Croissants", due="2026-11-15")
    with pytest.raises(ValidationError, match="not a valid date"):
        promises.make_promise(person=amelie, what="Croissants", due="2026-13-01")
    with pytest.raises(ValidationError):
        promises.make_promise(person=amelie, what="   ", due="2026-11-20")


def test_states_over_time(amelie, fake_clock):
    p = promises.make_promise(person=amelie, what="Croissants", due="2026-11-18")
    assert promises.promise_state(p).code == "open"
    fake_clock.set(fake_clock.now() + timedelta(days=2))
    assert promises.promise_state(p).code == "due-today"
    fake_clock.set(fake_clock.now() + timedelta(days=3))
    state = promises.promise_state(p)
    assert (state.code, state.days_late) == ("overdue", 3)
    assert [x.id for x in promises.list_promises(status="overdue")] == [p.id]
    kept = promises.keep_promise(p)
    state = promises.promise_state(kept)
    assert (state.code, state.days_late, state.kept_as_first_promised) == ("kept-late", 3, False)


def test_renegotiation_keeps_the_original_date(amelie, fake_clock):
    p = promises.make_promise(person=amelie, what="Réparer", due="2026-11-18")
    p = promises.renegotiate_promise(p, "2026-11-25")
    assert (p.due_date, p.original_due_date) == (date(2026, 11, 25), date(2026, 11, 18))
    fake_clock.set(fake_clock.now() + timedelta(days=7))
    p = promises.keep_promise(p)
    state = promises.promise_state(p)
    assert state.code == "kept-on-time" and state.renegotiated and not state.kept_as_first_promised
    with pytest.raises(ValidationError, match="Only an open promise"):
        promises.renegotiate_promise(p, "2026-12-01")


def test_settle_only_once_and_reopen(amelie):
    p = promises.make_promise(person=amelie, what="Rappeler", due="2026-12-01")
    promises.break_promise(p, note="Fournisseur en rupture")
    with pytest.raises(ValidationError, match="already"):
        promises.keep_promise(p)
    p = promises.reopen_promise(p)
    assert p.status == "open" and p.fulfilled_at is None
    promises.cancel_promise(p)
    assert promises.get_promise(p.id).status == "cancelled"


def test_promise_linked_to_someone_elses_entry_is_refused(amelie):
    other = people.add_person("Bob", "customer")
    e = entries.log_entry(kind="request", title="Facture", person=other)
    with pytest.raises(ValidationError, match="someone else"):
        promises.make_promise(person=amelie, what="x", due="2030-01-01", entry=e)


def test_list_filters_and_confidential(amelie):
    e = entries.log_entry(kind="complaint", title="secret", person=amelie, confidential=True)
    p1 = promises.make_promise(person=amelie, what="a", due="2030-01-02", entry=e)
    p2 = promises.make_promise(person=amelie, what="b", due="2030-01-01")
    assert [p.id for p in promises.list_promises()] == [p2.id, p1.id]
    assert [p.id for p in promises.list_promises(include_confidential=False)] == [p2.id]
    promises.keep_promise(p2)
    assert [p.id for p in promises.list_promises(status="active")] == [p1.id]
    promises.trash_promise(p1)
    assert promises.list_promises(status="active") == []
