"""Follow-ups: one-off and recurring (RRULE), month ends, leap years, DST, snoozing."""

from datetime import datetime

import pytest

from cxjournal.errors import ValidationError
from cxjournal.services import followups as fu


def chain(item, n):
    """Complete ``item`` n times and return the due times of the series."""
    dues = [item.due_at]
    for _ in range(n):
        item = fu.complete_followup(item)
        dues.append(item.due_at)
    return dues


def test_one_off_is_done_without_successor(fake_clock):
    item = fu.add_followup(title="Rappeler Amélie", due_at="2026-11-17 10:00")
    assert fu.complete_followup(item) is None
    assert fu.list_followups() == []
    assert [f.id for f in fu.list_followups(state="done")] == [item.id]
    with pytest.raises(ValidationError, match="already done"):
        fu.complete_followup(item)


def test_monthly_on_the_31st_lands_on_month_ends_without_drifting():
    item = fu.add_followup(
        title="Inventaire",
        due_at="2027-01-31 09:00",
        rrule=fu.cadence_rule("monthly", datetime(2027, 1, 31, 9)),
    )
    dues = chain(item, 4)
    assert [d.date().isoformat() for d in dues] == [
        "2027-01-31",
        "2027-02-28",
        "2027-03-31",
        "2027-04-30",
        "2027-05-31",
    ]


def test_leap_year_february():
    item = fu.add_followup(
        title="Bilan",
        due_at="2028-01-30 09:00",
        rrule=fu.cadence_rule("monthly", datetime(2028, 1, 30, 9)),
    )
    assert [d.day for d in chain(item, 2)] == [30, 29, 30]


def test_first_monday_of_each_month_rrule():
    item = fu.add_followup(
        title="Point équipe", due_at="2026-11-02 09:00", rrule="RRULE:FREQ=MONTHLY;BYDAY=1MO"
    )
    assert [d.date().isoformat() for d in chain(item, 3)] == [
        "2026-11-02",
        "2026-12-07",
        "2027-01-04",
        "2027-02-01",
    ]


def test_wall_clock_time_kept_across_dst_change():
    # Europe/Paris leaves summer time on 2026-10-25: a weekly 9:00 stays 9:00.
    item = fu.add_followup(title="Hebdo", due_at="2026-10-19 09:00", rrule="FREQ=WEEKLY")
    assert [d.hour for d in chain(item, 2)] == [9, 9, 9]


def test_series_with_a_count_ends():
    item = fu.add_followup(
        title="Trois fois", due_at="2026-11-20 09:00", rrule="FREQ=DAILY;COUNT=2"
    )
    nxt = fu.complete_followup(item)
    assert nxt is not None and fu.complete_followup(nxt) is None


@pytest.mark.parametrize(
    "rule",
    ["FREQ=SOMETIMES", "hello", "FREQ=DAILY;BYHOUR=99", "DTSTART:20260101\nRRULE:FREQ=DAILY"],
)
def test_bad_rules_are_refused(rule):
    with pytest.raises(ValidationError):
        fu.add_followup(title="x", due_at="2026-11-20 09:00", rrule=rule)
    assert fu.list_followups(state="all") == []


def test_snooze_presets_and_listing(fake_clock):
    item = fu.add_followup(title="Four", due_at="2026-11-16 08:00")
    assert [f.id for f in fu.list_followups(due_before=fake_clock.now())] == [item.id]
    fu.snooze_followup(item, "tomorrow")
    assert fu.get_followup(item.id).snoozed_until == datetime(2026, 11, 17, 9, 0)
    assert fu.list_followups(due_before=fake_clock.now()) == []
    fu.snooze_followup(item, "next-week")
    assert fu.get_followup(item.id).snoozed_until == datetime(2026, 11, 23, 9, 0)
    with pytest.raises(ValidationError, match="future"):
        fu.snooze_followup(item, "2026-11-01 09:00")


def test_trash_and_restore(fake_clock):
    item = fu.add_followup(title="x", due_at="2026-11-20")
    assert item.due_at == datetime(2026, 11, 20, 9, 0)  # a date alone means the morning
    fu.trash_followup(item)
    assert fu.list_followups(state="all") == []
    fu.restore_followup(item.id)
    assert len(fu.list_followups()) == 1


def test_monthly_on_the_29th_in_a_common_year_and_a_leap_year():
    start = datetime(2027, 1, 29, 9)
    item = fu.add_followup(title="Caisse", due_at=start, rrule=fu.cadence_rule("monthly", start))
    dues = [d.date().isoformat() for d in chain(item, 13)]
    assert dues[:3] == ["2027-01-29", "2027-02-28", "2027-03-29"]
    assert dues[13] == "2028-02-29"  # February of a leap year has its 29th


def test_nine_oclock_stays_nine_in_paris_when_summer_time_starts():
    # Europe/Paris moves to summer time on 2027-03-28: the wall clock says 9:00 both sides,
    # so the instant moves from 08:00 UTC to 07:00 UTC.
    from zoneinfo import ZoneInfo

    paris, utc = ZoneInfo("Europe/Paris"), ZoneInfo("UTC")
    item = fu.add_followup(title="Hebdo", due_at="2027-03-22 09:00", rrule="FREQ=WEEKLY")
    dues = chain(item, 2)
    assert [d.strftime("%d %H:%M") for d in dues] == ["22 09:00", "29 09:00", "05 09:00"]
    assert [d.replace(tzinfo=paris).astimezone(utc).hour for d in dues] == [8, 7, 7]


def test_snooze_to_a_chosen_time_and_editing_the_date_clears_it(fake_clock):
    item = fu.add_followup(title="Devis", due_at="2026-11-16 08:00")
    fu.snooze_followup(item, "2026-11-18 14:30")
    assert fu.effective_due(fu.get_followup(item.id)) == datetime(2026, 11, 18, 14, 30)
    fu.edit_followup(item.id, due_at="2026-11-20 10:00")
    assert fu.get_followup(item.id).snoozed_until is None


def test_every_occurrence_of_a_series_shares_the_series_id():
    item = fu.add_followup(title="Hebdo", due_at="2026-11-16 09:00", rrule="FREQ=WEEKLY")
    second = fu.complete_followup(item)
    third = fu.complete_followup(second)
    assert {fu.series_id(x) for x in (item, second, third)} == {item.id}
    one_off = fu.add_followup(title="Once", due_at="2026-11-16 09:00")
    assert fu.series_id(one_off) == one_off.id


def test_listing_reads_whom_follow_ups_are_about_in_a_few_queries_not_a_few_per_row(journal):
    from cxjournal.services import entries, people, promises
    from cxjournal.store.models import FollowUp

    lea = people.add_person("Léa", "customer")
    sam = people.add_person("Sam", "staff")
    bakery = people.add_department("Fournil", "monthly")
    complaint = entries.log_entry(kind="complaint", title="Pain brûlé", person=lea)
    concern = entries.log_entry(kind="concern", title="Four en panne", person=sam)
    promise = promises.make_promise(
        person=sam, what="Nouveau four", due="2026-12-01", entry=concern
    )
    for day in ("2026-11-17", "2026-11-18"):  # twice as many rows: no more queries
        fu.add_followup(title="Direct", due_at=f"{day} 10:00", person=sam)
        fu.add_followup(title="Via the complaint", due_at=f"{day} 11:00", entry=complaint)
        fu.add_followup(title="Via the promise", due_at=f"{day} 12:00", promise=promise)
        fu.add_followup(title="Check-in", due_at=f"{day} 13:00", department=bakery)
        fu.add_followup(title="About nobody", due_at=f"{day} 14:00")

    database = FollowUp._meta.database.obj
    run = database.execute_sql
    queries = []
    database.execute_sql = lambda sql, *args, **kwargs: (
        queries.append(sql) or run(sql, *args, **kwargs)
    )
    try:
        listed = fu.list_followups()
        about = [
            (
                item.title,
                getattr(fu.followup_person(item), "name", None),
                item.department.name if item.department_id else None,
                item.promise.entry.title if item.promise_id else None,
            )
            for item in listed
        ]
    finally:
        database.execute_sql = run
    assert about == 2 * [
        ("Direct", "Sam", None, None),
        ("Via the complaint", "Léa", None, None),
        ("Via the promise", "Sam", None, "Four en panne"),
        ("Check-in", None, "Fournil", None),
        ("About nobody", None, None, None),
    ]
    # the follow-ups; their entries, promises, the promises' entries, people, departments
    assert len(queries) == 6
