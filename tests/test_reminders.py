"""Reminders: what is due when, automatic reminders and their settings, check-ins, announcing once."""

from datetime import datetime, timedelta

import pytest

from cxjournal.errors import ValidationError
from cxjournal.services import entries, followups, people, promises, settings
from cxjournal.services import reminders as rm
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.models import FollowUp

H = timedelta(hours=1)


@pytest.fixture
def amelie():
    return people.add_person("Amélie Château", "customer")


@pytest.fixture
def karim():
    kitchen = people.add_department("Cuisine", "none")
    return people.add_person("Karim", "staff", department=kitchen)


def keys(now=None, **kw):
    return [r.key for r in rm.due_reminders(now, **kw)]


def test_followup_is_due_at_its_time_and_snooze_moves_it(fake_clock, amelie):
    item = followups.add_followup(title="Rappeler", due_at="2026-11-16 11:00", person=amelie)
    assert keys() == []
    fake_clock.set(datetime(2026, 11, 16, 11, 0))
    [due] = rm.due_reminders()
    assert due.key == f"followup:{item.id}:2026-11-16T11:00"
    assert (due.kind, due.title, due.person, due.target) == (
        "followup",
        "Rappeler",
        "Amélie Château",
        ("followup", item.id),
    )
    followups.snooze_followup(item, "hour")
    assert keys() == []
    assert keys(fake_clock.now() + 59 * timedelta(minutes=1)) == []
    assert keys(fake_clock.now() + H) == [f"followup:{item.id}:2026-11-16T12:00"]
    followups.complete_followup(item)
    assert keys(fake_clock.now() + H) == []


def test_each_occurrence_of_a_series_has_its_own_key(fake_clock):
    item = followups.add_followup(title="Hebdo", due_at="2026-11-16 08:00", rrule="FREQ=WEEKLY")
    first = keys()
    nxt = followups.complete_followup(item)
    assert keys(datetime(2026, 11, 23, 8, 0)) == [f"followup:{nxt.id}:2026-11-23T08:00"]
    assert first != keys(datetime(2026, 11, 23, 8, 0))
    assert followups.series_id(nxt) == followups.series_id(item) == item.id


def test_complaint_reminder_after_48_hours_not_before(fake_clock, amelie):
    complaint = entries.log_entry(kind="complaint", title="Pain brûlé", person=amelie)
    entries.log_entry(kind="praise", title="Merci", person=amelie)
    fake_clock.advance(timedelta(hours=47, minutes=59))
    assert keys() == []
    fake_clock.advance(timedelta(minutes=1))
    [due] = rm.due_reminders()
    assert (due.key, due.kind, due.target) == (
        f"complaint:{complaint.id}",
        "complaint",
        ("entry", complaint.id),
    )
    assert due.due_at == datetime(2026, 11, 18, 9, 0) and "48 hours" in due.note
    entries.respond(complaint, "Désolé, un pain offert")
    assert keys() == []


def test_reminder_delays_come_from_settings_and_zero_turns_them_off(fake_clock, amelie, karim):
    entries.log_entry(kind="complaint", title="Froid", person=amelie)
    concern = entries.log_entry(kind="concern", title="Four cassé", person=karim)
    fake_clock.advance(timedelta(hours=24))
    assert keys() == [f"concern:{concern.id}"]
    settings.set_setting("concern_reminder_hours", 0)
    assert keys() == []
    settings.set_setting("complaint_reminder_hours", 2)
    assert [r.kind for r in rm.due_reminders()] == ["complaint"]


def test_resolved_or_trashed_entries_raise_nothing(fake_clock, karim):
    one = entries.log_entry(kind="concern", title="Vestiaire", person=karim)
    two = entries.log_entry(kind="concern", title="Planning", person=karim)
    entries.resolve_entry(one, "Réparé")
    entries.trash_entry(two)
    assert keys(fake_clock.now() + timedelta(days=5)) == []


def test_promise_coming_due_then_overdue(fake_clock, amelie):
    p = promises.make_promise(person=amelie, what="Croissants offerts", due="2026-11-20")
    assert keys(datetime(2026, 11, 19, 8, 59)) == []
    [coming] = rm.due_reminders(datetime(2026, 11, 19, 9, 0))
    assert coming.key == f"promise-due:{p.id}:2026-11-20" and coming.kind == "promise-due"
    assert coming.title == "Croissants offerts" and coming.target == ("promise", p.id)
    assert keys(datetime(2026, 11, 20, 23, 0)) == [coming.key]
    [late] = rm.due_reminders(datetime(2026, 11, 21, 9, 0))
    assert late.key == f"promise-overdue:{p.id}:2026-11-20" and late.kind == "promise-overdue"
    # A new date is a new occurrence: it will be announced again.
    promises.renegotiate_promise(p, "2026-11-25")
    assert keys(datetime(2026, 11, 24, 9, 0)) == [f"promise-due:{p.id}:2026-11-25"]
    settings.set_setting("overdue_promise_reminder", False)
    assert keys(datetime(2026, 11, 27, 9, 0)) == []
    settings.set_setting("promise_reminder_days", 3)
    assert keys(datetime(2026, 11, 22, 9, 0)) == [f"promise-due:{p.id}:2026-11-25"]
    promises.keep_promise(p)
    assert keys(datetime(2026, 11, 24, 9, 0)) == []


def test_horizon_looks_ahead(fake_clock, amelie):
    followups.add_followup(title="Plus tard", due_at="2026-11-20 10:00")
    promises.make_promise(person=amelie, what="Gâteau", due="2026-11-30")
    assert keys() == []
    assert [r.kind for r in rm.due_reminders(horizon=timedelta(days=7))] == ["followup"]
    assert [r.kind for r in rm.due_reminders(horizon=timedelta(days=14))] == [
        "followup",
        "promise-due",
    ]


def test_confidential_items_get_a_generic_title_unless_the_owner_allows(fake_clock, karim):
    secret = entries.log_entry(
        kind="concern", title="Santé de Karim", person=karim, confidential=True
    )
    p = promises.make_promise(
        person=karim, what="Aménager ses horaires", due="2026-11-17", entry=secret
    )
    followups.add_followup(title="Reparler santé", due_at="2026-11-16 09:00", entry=secret)
    fake_clock.advance(timedelta(days=1))
    found = {r.kind: r for r in rm.due_reminders()}
    assert found["concern"].title == "Confidential concern"
    assert found["promise-due"].title == "Confidential promise"
    assert found["followup"].title == "Confidential follow-up"
    assert all(r.confidential and r.person == "Karim" for r in found.values())
    settings.set_setting("confidential_in_reminders", True)
    titles = {r.title for r in rm.due_reminders()}
    assert titles == {"Santé de Karim", p.what, "Reparler santé"}


def test_announced_once_even_across_restarts(fake_clock, amelie, journal):
    followups.add_followup(title="Rappeler", due_at="2026-11-16 08:00")
    due = rm.due_reminders()
    assert rm.unannounced(due) == due
    rm.mark_announced([r.key for r in due])
    rm.mark_announced([r.key for r in due])  # twice is harmless
    close_journal()
    open_journal(journal)
    assert rm.unannounced(rm.due_reminders()) == []
    assert rm.missed_since_last_run() == []


def test_missed_while_closed_gathers_everything_due_since(fake_clock, amelie):
    followups.add_followup(title="A", due_at="2026-11-16 10:00")
    entries.log_entry(kind="complaint", title="B", person=amelie)
    promises.make_promise(person=amelie, what="C", due="2026-11-17")
    rm.mark_announced(r.key for r in rm.due_reminders())
    # The app is closed for three days.
    fake_clock.advance(timedelta(days=3))
    missed = rm.missed_since_last_run()
    assert [r.kind for r in missed] == ["followup", "complaint", "promise-overdue"]


def test_old_announcements_are_forgotten_only_when_no_longer_due(fake_clock, amelie):
    item = followups.add_followup(title="A", due_at="2026-11-16 08:00")
    kept = followups.add_followup(title="B", due_at="2026-11-16 08:00")
    rm.mark_announced(r.key for r in rm.due_reminders())
    followups.complete_followup(item)
    assert rm.forget_old_announcements(fake_clock.now() + timedelta(days=61)) == 1
    assert rm.unannounced(rm.due_reminders()) == []
    assert kept.id


# Department check-ins ---------------------------------------------------------------------------


@pytest.fixture
def kitchen(fake_clock):
    dept = people.add_department("Cuisine Centrale", "monthly")
    return dept, people.add_person("Léa", "staff", department=dept)


def open_checkins():
    query = FollowUp.select().where(FollowUp.origin == "check-in", FollowUp.done_at.is_null())
    return list(query.where(FollowUp.deleted_at.is_null()))


def test_a_department_with_staff_and_a_cadence_gets_one_repeating_checkin(fake_clock, kitchen):
    kitchen, lea = kitchen
    [made] = open_checkins()
    assert (made.department_id, made.origin, made.due_at, made.rrule) == (
        kitchen.id,
        "check-in",
        datetime(2026, 12, 16, 9, 0),
        "FREQ=MONTHLY",
    )
    assert "Cuisine Centrale" in made.title
    entries.log_entry(kind="check-in", title="Point mensuel", person=lea)  # at the creation
    assert [f.id for f in open_checkins()] == [made.id]
    fake_clock.set(datetime(2026, 12, 16, 8, 59))
    assert keys() == []
    fake_clock.set(datetime(2026, 12, 16, 9, 0))
    [due] = rm.due_reminders()
    assert due.kind == "check-in" and due.person == "Cuisine Centrale"
    fake_clock.advance(timedelta(days=3))
    assert [f.id for f in open_checkins()] == [made.id]
    # Logging the check-in completes that occurrence; the next one comes a month after the first.
    entries.log_entry(kind="check-in", title="Point", person=lea)
    [upcoming] = open_checkins()
    assert FollowUp.get_by_id(made.id).done_at == datetime(2026, 12, 19, 9, 0)
    assert upcoming.due_at == datetime(2027, 1, 16, 9, 0)


def test_a_checkin_logged_for_a_series_left_behind_restarts_it_after_the_checkin(
    fake_clock, kitchen
):
    kitchen, lea = kitchen
    people.edit_department(kitchen, cadence="weekly")
    [first] = open_checkins()
    fake_clock.advance(timedelta(days=60))
    entries.log_entry(kind="check-in", title="Point", person=lea)
    [upcoming] = open_checkins()
    assert FollowUp.get_by_id(first.id).done_at == fake_clock.now()
    assert fake_clock.now() < upcoming.due_at <= fake_clock.now() + timedelta(weeks=1)


def test_reading_what_is_due_never_completes_or_creates_a_checkin(fake_clock, kitchen):
    kitchen, lea = kitchen
    entries.log_entry(kind="check-in", title="Point", person=lea)
    before = [(f.id, f.done_at, f.due_at) for f in FollowUp.select()]
    for _ in range(100):
        fake_clock.advance(timedelta(days=1))
        rm.due_reminders()
        rm.missed_since_last_run()
    assert [(f.id, f.done_at, f.due_at) for f in FollowUp.select()] == before


def test_never_checked_in_counts_from_the_department_creation(fake_clock, kitchen):
    fake_clock.advance(timedelta(days=29))
    assert [r.kind for r in rm.due_reminders()] == []
    fake_clock.advance(timedelta(days=2))
    assert [r.kind for r in rm.due_reminders()] == ["check-in"]


def test_no_checkin_followup_without_cadence_or_without_staff(fake_clock):
    delivery = people.add_department("Livraison", "weekly")  # nobody works there yet
    quiet = people.add_department("Caisse", "none")
    people.add_person("Zoé", "staff", department=quiet)
    assert open_checkins() == []
    fake_clock.advance(timedelta(days=100))
    assert rm.due_reminders() == []
    # Someone joins: the weekly check-ins start; the cadence set to none puts them away.
    people.add_person("Yann", "staff", department=delivery)
    [made] = open_checkins()
    assert made.due_at == datetime(2026, 11, 23, 9, 0)  # a week after the department began
    people.edit_department(delivery, cadence="none")
    assert open_checkins() == []


def test_an_entry_corrected_into_a_checkin_answers_the_occurrence(fake_clock, kitchen):
    kitchen, lea = kitchen
    [made] = open_checkins()
    fake_clock.set(datetime(2026, 12, 17, 10, 0))
    talk = entries.log_entry(kind="request", title="Point du mois", person=lea)
    assert [f.id for f in open_checkins()] == [made.id]  # a request answers no check-in
    entries.edit_entry(talk, kind="check-in")
    assert FollowUp.get_by_id(made.id).done_at == talk.occurred_at
    entries.edit_entry(talk, title="Point du mois de décembre")  # still a check-in: nothing more
    [upcoming] = open_checkins()
    assert upcoming.due_at == datetime(2027, 1, 16, 9, 0)


def test_a_staff_member_back_from_archive_or_trash_restarts_an_empty_departments_checkins(
    fake_clock, kitchen
):
    kitchen, lea = kitchen
    [made] = open_checkins()
    followups.trash_followup(made)  # the owner put it away while nobody worked there
    people.archive_person(lea)
    assert open_checkins() == []
    people.archive_person(lea, False)
    assert len(open_checkins()) == 1
    followups.trash_followup(open_checkins()[0])
    people.trash_person(lea)
    people.restore_person(lea)
    assert len(open_checkins()) == 1


def test_a_trashed_checkin_comes_back_only_when_its_department_has_none_open(fake_clock, kitchen):
    kitchen, _lea = kitchen
    [first] = open_checkins()
    followups.trash_followup(first)
    people.edit_department(kitchen, cadence="weekly")  # a person's change schedules a new one
    [second] = open_checkins()
    with pytest.raises(ValidationError, match="already has an open check-in"):
        followups.restore_followup(first)
    assert [f.id for f in open_checkins()] == [second.id]
    followups.trash_followup(second)
    followups.restore_followup(first)
    assert [f.id for f in open_checkins()] == [first.id]
