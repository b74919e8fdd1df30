"""The demo's shop keeps a shop's calendar (open Monday to Saturday in its opening hours, never on
its closed days, busiest on Saturdays and in December, quiet in the summer holidays), its people
are told apart by name (the one namesake it means by the organisation), its check-ins are held
with the person's own department, and satisfaction moves with what happened."""

from __future__ import annotations

from collections import Counter
from datetime import date, time
from statistics import mean

import pytest

from cxjournal.demo import fill_demo
from cxjournal.demo.calendar import OPENING
from cxjournal.services import settings
from cxjournal.store.models import Entry, Person

DAY = date(2030, 3, 14)


def _per_open_day(entries: list[Entry], wanted) -> float:
    days = {e.occurred_at.date() for e in entries if wanted(e.occurred_at.date())}
    return sum(1 for e in entries if wanted(e.occurred_at.date())) / max(len(days), 1)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_shops_weeks_and_seasons(fake_clock, lang):
    fill_demo(people=60, entries=3000, seed=5, lang=lang, today=DAY)
    entries = list(Entry.select())
    assert settings.get_setting("opening_hours") == settings._clean("opening_hours", OPENING)
    assert not [e for e in entries if e.occurred_at.weekday() == 6]  # closed on Sundays
    closed = {(1, 1), (5, 1), (12, 25)}
    assert not [e for e in entries if (e.occurred_at.month, e.occurred_at.day) in closed]
    assert all(time(7) <= e.occurred_at.time() < time(19) for e in entries)
    weekdays = Counter(e.occurred_at.weekday() for e in entries)
    assert weekdays.most_common(1)[0][0] == 5  # Saturday
    december = _per_open_day(entries, lambda d: d.month == 12 and d.day < 25)
    summer = _per_open_day(entries, lambda d: d.month == 8)
    usual = _per_open_day(entries, lambda d: d.month in (3, 4, 5, 6, 10, 11))
    assert december > usual * 1.3 and summer < usual * 0.75, (december, usual, summer)


def test_the_owner_keeps_her_own_opening_hours(fake_clock):
    settings.set_setting("opening_hours", "tue-sat 08:00-18:00")
    fill_demo(people=10, entries=20, seed=3, lang="fr", today=DAY)
    assert settings.get_setting("opening_hours") == "tue-sat 08:00-18:00"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_namesakes_only_where_the_demo_means_them(fake_clock, lang):
    fill_demo(people=300, entries=0, seed=4, lang=lang, today=DAY)
    people = list(Person.select())
    by_name: dict[str, list[Person]] = {}
    for person in people:
        by_name.setdefault(person.name, []).append(person)
    shared = [group for group in by_name.values() if len(group) > 1]
    assert len(shared) == 1 and len(shared[0]) == 2
    one, other = shared[0]
    assert (one.organisation, one.department_id) != (other.organisation, other.department_id)
    surnames = Counter(p.name.rsplit(" ", 1)[1] for p in people)
    assert sum(1 for n in surnames.values() if n > 1) >= 5  # families and common names


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_checkins_are_held_with_the_persons_own_department(fake_clock, lang):
    fill_demo(people=40, entries=1500, seed=7, lang=lang, today=DAY)
    checkins = list(Entry.select().where(Entry.kind == "check-in"))
    teams = {p.department.name for p in Person.select().where(Person.department.is_null(False))}
    naming = [e for e in checkins if any(t in e.title or t in e.details for t in teams)]
    assert naming and all(e.person.department_id is not None for e in checkins)
    for entry in naming:
        named = {t for t in teams if t in entry.title or t in entry.details}
        assert named == {entry.person.department.name}, (entry.title, entry.details)


def test_satisfaction_moves_with_what_happened(fake_clock):
    fill_demo(people=80, entries=4000, seed=5, lang="fr", today=DAY)
    rated = list(Entry.select().where(Entry.satisfaction_after.is_null(False)))
    quick = [e.satisfaction_after for e in rated if (e.resolved_at - e.occurred_at).days < 1]
    slow = [e.satisfaction_after for e in rated if (e.resolved_at - e.occurred_at).days >= 4]
    assert len(quick) > 20 and len(slow) > 20
    assert mean(quick) > mean(slow) + 0.5, (mean(quick), mean(slow))
    scores = {
        kind: mean(
            e.satisfaction
            for e in Entry.select().where(Entry.kind == kind, Entry.side == "customer")
            if e.satisfaction
        )
        for kind in ("complaint", "praise")
    }
    assert scores["complaint"] < 2.5 < 4 < scores["praise"]
