"""The demo looks like a real shop: tags that belong to their entries, entries in opening hours on
channels that fit their side, no promise forgotten for a year, phone numbers of the demo's country."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

import pytest

from cxjournal.demo import fill_demo
from cxjournal.demo.words import load_words
from cxjournal.store.models import Entry, EntryTag, Person, Promise

from .test_demo import _topic_patterns

DAY = date(2030, 3, 14)


def _topics_of(entry: Entry, patterns: dict) -> list:
    return [
        topic
        for topic, p in patterns.values()
        if topic.side == entry.side
        and topic.kind == entry.kind
        and p["titles"].fullmatch(entry.title)
        and p["details"].fullmatch(entry.details)
    ]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_tags_belong_to_their_entries(fake_clock, lang):
    fill_demo(people=40, entries=600, seed=9, lang=lang, today=DAY)
    patterns = _topic_patterns(lang)
    tagged = list(EntryTag.select())
    assert len(tagged) > 150
    for link in tagged:
        allowed = {tag for topic in _topics_of(link.entry, patterns) for tag in topic.tags}
        assert link.tag.name in allowed, (link.entry.kind, link.entry.title, link.tag.name)
    delivery = "livraison" if lang == "fr" else "delivery"
    on_delivery = [t.entry for t in tagged if t.tag.name == delivery]
    assert on_delivery and not any(e.kind == "praise" for e in on_delivery)


def test_entries_happen_in_opening_hours_on_channels_that_fit(fake_clock):
    fill_demo(people=40, entries=800, seed=5, lang="fr", today=DAY)
    entries = list(Entry.select())
    morning = datetime.combine(DAY, time(8))
    assert all(time(7) <= e.occurred_at.time() < time(19) for e in entries)
    assert all(e.occurred_at <= morning for e in entries)
    staff_channels = {e.channel for e in entries if e.side == "staff"}
    assert staff_channels and not staff_channels & {"online-review", "survey"}
    assert {e.channel for e in entries if e.kind == "check-in"} <= {"meeting", "in-person"}


def test_no_promise_is_left_open_for_months(fake_clock):
    fill_demo(people=120, entries=4000, seed=11, lang="fr", today=DAY)  # the screenshots' size
    late = [p for p in Promise.select() if p.status == "open" and p.due_date < DAY]
    assert late  # the Today page still has something to show
    assert max((DAY - p.due_date).days for p in late) <= 30


@pytest.mark.parametrize(
    ("lang", "pattern"),
    [("fr", r"0[67]( \d\d){4}"), ("en", r"07700 900\d{3}")],  # 07700 900xxx: Ofcom's drama range
)
def test_phone_numbers_follow_the_demo_country(fake_clock, lang, pattern):
    fill_demo(people=80, entries=0, seed=4, lang=lang, today=DAY)
    phones = [p.phone for p in Person.select() if p.phone]
    assert len(phones) > 20
    assert [p for p in phones if not re.fullmatch(pattern, p)] == []
    assert len(set(phones)) == len(phones)


def test_every_tag_a_topic_names_exists(fake_clock):
    for lang in ("fr", "en"):
        words = load_words(lang)
        named = {t for topics in words.topics.values() for topic in topics for t in topic.tags}
        assert named and named <= set(words.tags)


def test_a_promise_made_today_is_not_due_before(fake_clock):
    fill_demo(people=40, entries=600, seed=3, lang="en", today=DAY)
    assert all(p.due_date >= p.made_at.date() for p in Promise.select())
    assert all(p.made_at.date() <= DAY for p in Promise.select())
    assert max(p.made_at for p in Promise.select()) >= datetime.combine(DAY, time(0)) - timedelta(
        days=10
    )


def test_a_french_demo_speaks_french_in_its_calendar_unless_a_language_was_chosen(
    fake_clock, tmp_path
):
    from cxjournal.io.ics_export import export_ics
    from cxjournal.services import settings

    fill_demo(people=20, entries=300, seed=3, lang="fr", today=DAY)
    assert settings.get_setting("language") == "fr"
    fake_clock.set(datetime.combine(DAY, time(9)))
    out = tmp_path / "demo.ics"
    export_ics(out)
    text = out.read_text("utf-8")
    assert "CATEGORIES:Relance" in text and "CATEGORIES:Follow-up" not in text


def test_a_demo_keeps_the_language_the_owner_chose(fake_clock):
    from cxjournal.services import settings

    settings.set_setting("language", "en")
    fill_demo(people=10, entries=20, seed=3, lang="fr", today=DAY)
    assert settings.get_setting("language") == "en"
