"""The Today data (due items, open problems, the month's pulse) and a person's timeline."""

from datetime import datetime

from cxjournal.services import entries, followups, people, promises, settings
from cxjournal.services.timeline import person_timeline, timeline_size
from cxjournal.services.today import due_items, problems_open_now, today_view


def test_due_items_are_overdue_first_then_today_and_skip_later_and_done(fake_clock):
    lea = people.add_person("Léa Martin", "customer")
    late = promises.make_promise(
        person=lea, what="Rembourser", due="2026-11-12", made_at="2026-11-10 10:00"
    )
    today_promise = promises.make_promise(person=lea, what="Rappeler", due="2026-11-16")
    promises.make_promise(person=lea, what="Plus tard", due="2026-11-20")
    kept = promises.make_promise(
        person=lea, what="Déjà tenu", due="2026-11-13", made_at="2026-11-10 10:00"
    )
    promises.keep_promise(kept)
    due_later_today = followups.add_followup(title="Appel", due_at="2026-11-16 17:00", person=lea)
    overdue_followup = followups.add_followup(title="Devis", due_at="2026-11-14 09:00")
    snoozed = followups.add_followup(title="Snoozé", due_at="2026-11-15 09:00")
    followups.snooze_followup(snoozed, "tomorrow")
    done = followups.add_followup(title="Fait", due_at="2026-11-15 09:00")
    followups.complete_followup(done)

    items = due_items()
    assert [(i.kind, i.item_id) for i in items] == [
        ("promise", late.id),
        ("followup", overdue_followup.id),
        ("promise", today_promise.id),
        ("followup", due_later_today.id),
    ]
    assert items[0].overdue and items[0].days_late == 4 and items[0].person == "Léa Martin"
    assert items[1].overdue and items[1].days_late == 2
    assert not items[2].overdue and not items[3].overdue


def test_confidential_titles_are_hidden_unless_the_owner_asks(fake_clock):
    lea = people.add_person("Léa", "customer")
    secret = entries.log_entry(kind="complaint", title="Harcèlement", person=lea, confidential=True)
    promises.make_promise(person=lea, what="Secret", due="2026-11-16", entry=secret)
    assert [i.title for i in due_items()] == ["Confidential promise"]
    assert [p.title for p in problems_open_now()] == ["Confidential complaint"]
    settings.set_setting("confidential_in_reminders", "1")
    assert [i.title for i in due_items()] == ["Secret"]
    assert [p.title for p in problems_open_now()] == ["Harcèlement"]


def test_open_problems_most_urgent_then_oldest(fake_clock):
    lea = people.add_person("Léa", "customer")
    sam = people.add_person("Sam", "staff")
    old = entries.log_entry(
        kind="complaint", title="Ancienne", person=lea, occurred_at="2026-11-01 10:00"
    )
    recent = entries.log_entry(kind="complaint", title="Récente", person=lea)
    urgent = entries.log_entry(
        kind="concern", title="Urgente", person=sam, priority=4, occurred_at="2026-11-15 10:00"
    )
    entries.log_entry(kind="praise", title="Bravo", person=lea)
    solved = entries.log_entry(kind="complaint", title="Réglée", person=lea)
    entries.resolve_entry(solved, resolution="Remboursé")
    gone = entries.log_entry(kind="complaint", title="Corbeille", person=lea)
    entries.trash_entry(gone)

    problems = problems_open_now()
    assert [p.entry_id for p in problems] == [urgent.id, old.id, recent.id]
    assert problems[1].age_days == 15 and problems[0].side == "staff"
    view = today_view()
    assert view.problem_count == 3
    assert view.pulse.customer.entries == 4 and view.pulse.staff.entries == 1


def test_timeline_is_newest_first_across_entries_promises_and_followups(fake_clock):
    lea = people.add_person("Léa", "customer")
    other = people.add_person("Marc", "customer")
    first = entries.log_entry(kind="question", title="Q1", person=lea, occurred_at="2026-11-01")
    promise = promises.make_promise(
        person=lea, what="Livrer", due="2026-11-20", made_at="2026-11-05 12:00"
    )
    second = entries.log_entry(
        kind="complaint", title="Q2", person=lea, occurred_at="2026-11-10 08:00"
    )
    about_entry = followups.add_followup(title="Rappel", due_at="2026-11-18 10:00", entry=second)
    entries.log_entry(kind="praise", title="Autre", person=other)

    items = person_timeline(lea)
    assert [(i.kind, i.item_id) for i in items] == [
        ("followup", about_entry.id),
        ("entry", second.id),
        ("promise", promise.id),
        ("entry", first.id),
    ]
    assert items[2].status == "open" and items[2].due.isoformat() == "2026-11-20"
    assert timeline_size(lea) == 4
    assert [i.item_id for i in person_timeline(lea, limit=2, offset=1)] == [second.id, promise.id]


def test_timeline_windows_join_up_to_the_whole_list(fake_clock):
    lea = people.add_person("Léa", "customer")
    for day in range(1, 13):
        entries.log_entry(
            kind="question", title=f"E{day}", person=lea, occurred_at=f"2026-10-{day:02d}"
        )
        if day % 3 == 0:
            promises.make_promise(
                person=lea, what=f"P{day}", due="2026-12-01", made_at=datetime(2026, 10, day, 12)
            )
    whole = person_timeline(lea)
    pages = [
        item for start in range(0, 20, 5) for item in person_timeline(lea, limit=5, offset=start)
    ]
    assert pages == whole and len(whole) == 16
    assert [i.at for i in whole] == sorted((i.at for i in whole), reverse=True)


def test_today_lists_the_most_urgent_and_counts_them_all(fake_clock, monkeypatch):
    from datetime import date, timedelta

    from cxjournal.services import followups, people, promises, today
    from cxjournal.store.models import Promise

    monkeypatch.setattr(today, "DUE_SHOWN", 5)
    lea = people.add_person("Léa", "customer")
    for n in range(8):
        p = promises.make_promise(person=lea, what=f"P{n}", due="2026-11-20", made_at="2026-10-01")
        Promise.update(due_date=date(2026, 11, 1) + timedelta(days=n)).where(
            Promise.id == p.id
        ).execute()
    followups.add_followup(title="Ce matin", due_at="2026-11-16 08:00")  # due today, not late
    view = today.today_view()
    assert [i.title for i in view.due] == ["P0", "P1", "P2", "P3", "P4"]  # oldest first
    assert (view.due_count, view.due_late) == (9, 8)


def test_who_is_one_word_for_nobody_and_says_what_a_followup_is_about(fake_clock):
    walk_in = entries.log_entry(kind="complaint", title="Pain rassis", side="customer")
    kitchen = people.add_department("Cuisine")
    followups.add_followup(title="Point équipe", due_at="2026-11-16 09:00", department=kitchen)
    followups.add_followup(title="Rappeler", due_at="2026-11-16 10:00", entry=walk_in)
    followups.add_followup(title="Inventaire", due_at="2026-11-16 11:00")
    [problem] = problems_open_now()
    assert problem.person == "Anonymous"
    assert [(i.title, i.person) for i in today_view().due] == [
        ("Point équipe", "Cuisine"),
        ("Rappeler", "Anonymous"),
        ("Inventaire", ""),  # nobody in particular: the page shows a dash
    ]


def test_person_summary_at_a_glance(fake_clock):
    from cxjournal.services.timeline import person_summary

    lea = people.add_person("Léa", "customer")
    assert person_summary(lea).last_contact is None
    assert person_summary(lea).average_satisfaction is None
    entries.log_entry(
        kind="complaint", title="Pain", person=lea, satisfaction=2, occurred_at="2026-11-10 09:00"
    )
    solved = entries.log_entry(
        kind="complaint", title="Tarte", person=lea, occurred_at="2026-11-12 09:00"
    )
    entries.resolve_entry(solved, resolution="Remboursée")
    entries.log_entry(
        kind="praise", title="Merci", person=lea, satisfaction=5, occurred_at="2026-11-14 18:30"
    )
    gone = entries.log_entry(kind="complaint", title="Corbeille", person=lea, satisfaction=1)
    entries.trash_entry(gone)
    promises.make_promise(person=lea, what="Gâteau", due="2026-11-20")
    promises.keep_promise(promises.make_promise(person=lea, what="Pain", due="2026-11-20"))
    summary = person_summary(lea)
    assert summary.last_contact == datetime(2026, 11, 14, 18, 30)
    assert summary.average_satisfaction == 3.5
    assert (summary.open_promises, summary.open_problems) == (1, 1)
