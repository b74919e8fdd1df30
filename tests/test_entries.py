"""Entries: logging rules, responses, resolving, reopening, tags and the trash."""

from datetime import datetime, timedelta

import pytest

from cxjournal.errors import NotFoundError, ValidationError
from cxjournal.services import entries, people
from cxjournal.store.models import Entry


@pytest.fixture
def amelie():
    return people.add_person("Amélie Château", "customer")


def test_log_entry_records_everything(amelie, fake_clock):
    e = entries.log_entry(
        kind="complaint",
        title="Pain brûlé",
        person=amelie,
        details="Le café était froid",
        satisfaction=2,
        tags="pain, Qualité, pain",
        channel="phone",
        priority="high",
    )
    row = entries.get_entry(e.id)
    assert (row.side, row.kind, row.channel, row.status) == (
        "customer",
        "complaint",
        "phone",
        "open",
    )
    assert row.satisfaction == 2 and row.priority == 3
    assert row.occurred_at == fake_clock.now()
    assert entries.entry_tags(row) == ["pain", "Qualité"]


@pytest.mark.parametrize("score", [0, 6, "x", 2.5])
def test_satisfaction_outside_1_to_5_is_refused(amelie, score):
    with pytest.raises(ValidationError, match="1 to 5"):
        entries.log_entry(kind="praise", title="t", person=amelie, satisfaction=score)
    assert Entry.select().count() == 0


def test_kind_must_suit_the_side(amelie):
    with pytest.raises(ValidationError, match="not a kind of customer entry"):
        entries.log_entry(kind="concern", title="t", person=amelie)
    staff = people.add_person("Léa", "staff")
    with pytest.raises(ValidationError, match="not a kind of staff entry"):
        entries.log_entry(kind="complaint", title="t", person=staff)
    assert entries.log_entry(kind="check-in", title="Point", person=staff).side == "staff"


def test_anonymous_walk_in_needs_a_side():
    with pytest.raises(ValidationError):
        entries.log_entry(kind="praise", title="Merci")
    e = entries.log_entry(kind="praise", title="Merci", side="customer")
    assert e.person is None and e.side == "customer"


def test_impossible_date_and_empty_title_are_refused(amelie):
    with pytest.raises(ValidationError, match="not a valid date"):
        entries.log_entry(kind="praise", title="t", person=amelie, occurred_at="2026-02-30 10:00")
    with pytest.raises(ValidationError, match="Title"):
        entries.log_entry(kind="praise", title="  ", person=amelie)
    with pytest.raises(ValidationError):
        entries.log_entry(kind="praise", title="t", person=amelie, details="x" * 20001)


def test_first_response_and_resolution_times(amelie, fake_clock):
    e = entries.log_entry(kind="complaint", title="Froid", person=amelie)
    fake_clock.advance(timedelta(hours=3))
    entries.respond(e, "Appelée pour s'excuser")
    fake_clock.advance(timedelta(hours=2))
    entries.respond(e, "Second appel")
    row = entries.get_entry(e.id)
    assert row.status == "in-progress"
    assert row.first_response_at == datetime(2026, 11, 16, 12, 0)
    fake_clock.advance(timedelta(days=1))
    entries.resolve_entry(e, "Remboursée")
    row = entries.get_entry(e.id)
    assert row.status == "resolved" and row.resolved_at == datetime(2026, 11, 17, 14, 0)
    assert [r.text for r in entries.responses(e)] == ["Appelée pour s'excuser", "Second appel"]


def test_response_before_the_entry_is_refused(amelie):
    e = entries.log_entry(
        kind="complaint", title="t", person=amelie, occurred_at="2026-11-10 10:00"
    )
    with pytest.raises(ValidationError, match="before"):
        entries.respond(e, "too early", at="2026-11-09 10:00")
    assert entries.get_entry(e.id).first_response_at is None


def test_resolve_reopen_and_close_without_action(amelie, fake_clock):
    e = entries.log_entry(kind="question", title="Horaires", person=amelie)
    entries.resolve_entry(e, without_action=True)
    assert entries.get_entry(e.id).status == "closed"
    with pytest.raises(ValidationError, match="already resolved or closed without action"):
        entries.resolve_entry(e)
    entries.reopen_entry(e)
    row = entries.get_entry(e.id)
    assert row.status == "in-progress" and row.resolved_at is None
    with pytest.raises(ValidationError, match="already open"):
        entries.reopen_entry(e)


def test_edit_entry_checks_like_logging(amelie):
    e = entries.log_entry(kind="complaint", title="t", person=amelie)
    with pytest.raises(ValidationError):
        entries.edit_entry(e, kind="idea")
    with pytest.raises(ValidationError, match="Unknown"):
        entries.edit_entry(e, colour="red")
    entries.edit_entry(e, title="Nouveau titre", tags=["four"])
    assert entries.get_entry(e.id).title == "Nouveau titre"
    assert entries.entry_tags(e) == ["four"]


def test_trash_and_restore_entry(amelie):
    e = entries.log_entry(kind="praise", title="Bravo", person=amelie)
    entries.trash_entry(e)
    with pytest.raises(NotFoundError):
        entries.get_entry(e.id)
    entries.restore_entry(e.id)
    assert entries.get_entry(e.id).title == "Bravo"
