"""Grouping promises and follow-ups for their pages, and promise states in words."""

from datetime import date, datetime, timedelta

from cxjournal.services import agenda, followups, people, promises


def _keys(groups):
    return {g.key: [item.id for item in g.items] for g in groups}


def test_promises_grouped_by_due_date_and_recent_done(fake_clock):
    who = people.add_person("Amélie", "customer")
    make = promises.make_promise
    today = fake_clock.now().date()  # Monday 16 November 2026
    late = make(person=who, what="Devis", due=today, made_at="2026-11-01 10:00")
    promises.renegotiate_promise(late, "2026-11-10")  # due before today: overdue
    due_today = make(person=who, what="Rappeler", due=today)
    in_week = make(person=who, what="Gâteau", due=today + timedelta(days=7))
    later = make(person=who, what="Vitrine", due=today + timedelta(days=8))
    kept = make(person=who, what="Pain", due=today)
    promises.keep_promise(kept)
    old = make(person=who, what="Vieux", due="2026-09-01", made_at="2026-08-01 10:00")
    promises.break_promise(old, at="2026-09-02 10:00")  # settled long ago: not shown
    groups = agenda.group_promises()
    assert [g.key for g in groups] == ["overdue", "soon", "later", "done"]
    assert _keys(groups) == {
        "overdue": [late.id],
        "soon": [due_today.id, in_week.id],
        "later": [later.id],
        "done": [kept.id],
    }


def test_promise_words(fake_clock):
    who = people.add_person("Amélie", "customer")
    today = fake_clock.now().date()
    p = promises.make_promise(person=who, what="Devis", due=today + timedelta(days=3))
    assert agenda.promise_words(p) == "on time, due in 3 days"
    assert agenda.promise_words(p, today + timedelta(days=2)) == "on time, due tomorrow"
    assert agenda.promise_words(p, today + timedelta(days=3)) == "due today"
    assert agenda.promise_words(p, today + timedelta(days=4)) == "late by 1 day"
    p = promises.renegotiate_promise(p, today + timedelta(days=5))
    assert agenda.promise_words(p, today + timedelta(days=9)) == "late by 4 days, new date agreed"
    fake_clock.set(datetime(2026, 11, 23, 12, 0))
    p = promises.keep_promise(p)
    assert agenda.promise_words(p) == "kept late (by 2 days), new date agreed"
    q = promises.make_promise(person=who, what="Pain", due=date(2026, 11, 24))
    q = promises.keep_promise(q)
    assert agenda.promise_words(q) == "kept on time"


def test_followups_grouped_by_day_snooze_counted(fake_clock):
    add = followups.add_followup
    overdue = add(title="Rappeler", due_at="2026-11-13 10:00")
    snoozed = add(title="Relancer", due_at="2026-11-12 10:00")
    followups.snooze_followup(snoozed, "2026-11-18 09:00")
    today_late = add(title="Commande", due_at="2026-11-16 08:00")
    today = add(title="Livraison", due_at="2026-11-16 17:00")
    upcoming = add(title="Inventaire", due_at="2026-11-20 09:00")
    done = add(title="Facture", due_at="2026-11-16 10:00")
    followups.complete_followup(done)
    assert _keys(agenda.group_followups()) == {
        "overdue": [overdue.id],
        "today": [today_late.id, today.id],
        "upcoming": [snoozed.id, upcoming.id],
        "done": [done.id],
    }
    fake_clock.set(datetime(2026, 12, 31, 9, 0))
    assert _keys(agenda.group_followups())["done"] == []  # done long ago


def test_repeat_words():
    add = followups.add_followup
    start = datetime(2026, 1, 31, 9, 0)
    assert agenda.repeat_words(add(title="Once", due_at=start)) == ""
    monthly = add(title="Stock", due_at=start, rrule=followups.cadence_rule("monthly", start))
    assert agenda.repeat_words(monthly) == "every month"
    assert agenda.repeat_words(followups.complete_followup(monthly)) == "every month"
    custom = add(title="Réunion", due_at=start, rrule="FREQ=MONTHLY;BYDAY=1MO")
    assert agenda.repeat_words(custom) == "repeats"


def test_done_heading_says_only_the_latest_are_listed(fake_clock):
    who = people.add_person("Amélie", "customer")
    today = fake_clock.now().date()
    recent = []
    for day in (3, 1, 2):  # kept out of order: listed latest first
        p = promises.make_promise(person=who, what=f"Pain {day}", due=today, made_at="2026-11-01")
        recent.append(promises.keep_promise(p, at=datetime(2026, 11, 16 - day, 9, 0)))
    for n in range(4):
        p = promises.make_promise(person=who, what="Vieux", due="2026-09-01", made_at="2026-08-01")
        promises.break_promise(p, at=f"2026-09-0{n + 2} 10:00")
    done = agenda.group_promises()[-1]
    assert [p.what for p in done.items] == ["Pain 1", "Pain 2", "Pain 3"]
    assert agenda.group_heading(done) == "Done: the 3 latest of 7"
    done.items = done.items[:1]
    assert agenda.group_heading(done) == "Done: the latest of 7"
    done.items = []
    assert agenda.group_heading(done) == "Done: none in the last 30 days, 7 earlier"
    overdue = agenda.group_promises()[0]
    assert agenda.group_heading(overdue) == "Overdue (0)"


def test_done_heading_plain_when_all_are_listed(fake_clock):
    who = people.add_person("Amélie", "customer")
    promises.keep_promise(promises.make_promise(person=who, what="Pain", due="2026-11-16"))
    done = agenda.group_promises()[-1]
    assert agenda.group_heading(done) == "Done (kept, broken, cancelled) (1)"
    followup = followups.add_followup(title="Rappeler", due_at="2026-09-01 10:00")
    followups.complete_followup(followup, at="2026-09-01 11:00")
    groups = agenda.group_followups()
    assert agenda.group_heading(groups[-1]) == "Done: none in the last 30 days, 1 earlier"
