"""The Today data (due items, open problems, the month's pulse) and a person's timeline."""

from datetime import datetime

from cxjournal.services import entries, followups, promises, settings
from cxjournal.services.timeline import person_timeline, timeline_size
from cxjournal.services.today import due_items, open_problems, today_view
from tests.builders import a_customer, a_followup, a_promise, a_staff_member, an_entry


def test_due_items_are_overdue_first_then_today_and_skip_later_and_done(fake_clock):
    lea = a_customer("Léa Martin")
    late = a_promise(person=lea, what="Rembourser", due="2026-11-12", made_at="2026-11-10 10:00")
    today_promise = a_promise(person=lea, what="Rappeler", due="2026-11-16")
    a_promise(person=lea, what="Plus tard", due="2026-11-20")
    kept = a_promise(person=lea, what="Déjà tenu", due="2026-11-13", made_at="2026-11-10 10:00")
    promises.keep_promise(kept)
    due_later_today = a_followup(title="Appel", due_at="2026-11-16 17:00", person=lea)
    overdue_followup = a_followup(title="Devis", due_at="2026-11-14 09:00")
    snoozed = a_followup(title="Snoozé", due_at="2026-11-15 09:00")
    followups.snooze_followup(snoozed, "tomorrow")
    done = a_followup(title="Fait", due_at="2026-11-15 09:00")
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
    lea = a_customer("Léa")
    secret = an_entry(kind="complaint", title="Harcèlement", person=lea, confidential=True)
    a_promise(person=lea, what="Secret", due="2026-11-16", entry=secret)
    assert [i.title for i in due_items()] == ["Confidential promise"]
    assert [p.title for p in open_problems()] == ["Confidential complaint"]
    settings.set_setting("confidential_in_reminders", "1")
    assert [i.title for i in due_items()] == ["Secret"]
    assert [p.title for p in open_problems()] == ["Harcèlement"]


def test_open_problems_most_urgent_then_oldest(fake_clock):
    lea = a_customer("Léa")
    sam = a_staff_member("Sam")
    old = an_entry(kind="complaint", title="Ancienne", person=lea, occurred_at="2026-11-01 10:00")
    recent = an_entry(kind="complaint", title="Récente", person=lea)
    urgent = an_entry(
        kind="concern", title="Urgente", person=sam, priority=4, occurred_at="2026-11-15 10:00"
    )
    an_entry(kind="praise", title="Bravo", person=lea)
    solved = an_entry(kind="complaint", title="Réglée", person=lea)
    entries.resolve_entry(solved, resolution="Remboursé")
    gone = an_entry(kind="complaint", title="Corbeille", person=lea)
    entries.trash_entry(gone)

    problems = open_problems()
    assert [p.entry_id for p in problems] == [urgent.id, old.id, recent.id]
    assert problems[1].age_days == 15 and problems[0].side == "staff"
    view = today_view()
    assert view.problem_count == 3
    assert view.pulse.customer.entries == 4 and view.pulse.staff.entries == 1


def test_timeline_is_newest_first_across_entries_promises_and_followups(fake_clock):
    lea = a_customer("Léa")
    other = a_customer("Marc")
    first = an_entry(kind="question", title="Q1", person=lea, occurred_at="2026-11-01")
    promise = a_promise(person=lea, what="Livrer", due="2026-11-20", made_at="2026-11-05 12:00")
    second = an_entry(kind="complaint", title="Q2", person=lea, occurred_at="2026-11-10 08:00")
    about_entry = a_followup(title="Rappel", due_at="2026-11-18 10:00", entry=second)
    an_entry(kind="praise", title="Autre", person=other)

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
    lea = a_customer("Léa")
    for day in range(1, 13):
        an_entry(kind="question", title=f"E{day}", person=lea, occurred_at=f"2026-10-{day:02d}")
        if day % 3 == 0:
            a_promise(
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

    from cxjournal.services import today
    from cxjournal.store.models import Promise

    monkeypatch.setattr(today, "DUE_SHOWN", 5)
    lea = a_customer("Léa")
    for n in range(8):
        p = a_promise(person=lea, what=f"P{n}", due="2026-11-20", made_at="2026-10-01")
        Promise.update(due_date=date(2026, 11, 1) + timedelta(days=n)).where(
            Promise.id == p.id
        ).execute()
    a_followup(title="Ce matin", due_at="2026-11-16 08:00")  # due today, not late
    view = today.today_view()
    assert [i.title for i in view.due] == ["P0", "P1", "P2", "P3", "P4"]  # oldest first
    assert (view.due_count, view.due_late) == (9, 8)
