"""The demo's entries end as such entries end in a shop (praise thanked and passed on, suggestions
and ideas answered then kept or declined with why, check-ins written up at the meeting), a few came
by e-mail as ``import email`` would have logged them, and its titles stay varied whatever the seed,
day or language."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from cxjournal.demo import fill_demo
from cxjournal.demo.words import load_words
from cxjournal.io.email_import import import_emails
from cxjournal.services import settings
from cxjournal.store.models import Entry, Response

DAY = date(2030, 3, 14)


def _texts(lang: str, kind: str, key: str) -> set[str]:
    """Every text of ``key`` the topics of ``kind`` hold, with their slots as patterns."""
    words = load_words(lang)
    templates = [t for topics in words.topics.values() for topic in topics if topic.kind == kind
                 for t in getattr(topic, key)]  # fmt: skip
    return {re.sub(r"\\\{[^}]*\\\}", ".*", re.escape(t)) for t in templates}


def _matches(text: str, patterns: set[str]) -> bool:
    return any(re.fullmatch(p, text, re.DOTALL) for p in patterns)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_kind_ends_as_it_does_in_a_shop(fake_clock, lang):
    fill_demo(people=40, entries=600, seed=9, lang=lang, today=DAY)
    responses = {r.entry_id: r for r in Response.select()}
    entries = list(Entry.select())
    for kind in ("praise", "suggestion", "idea", "check-in"):
        ended = [e for e in entries if e.kind == kind and e.status in ("resolved", "closed")]
        assert len(ended) > 5, kind
        for entry in ended:
            # as resolving or closing in the app does: the end answers the entry too
            assert entry.first_response_at is not None and entry.resolved_at >= entry.occurred_at
            assert entry.resolution, (kind, entry.title)
    praise = [e for e in entries if e.kind == "praise"]
    assert {e.side for e in praise} == {"customer", "staff"}
    assert not [e for e in praise if e.status == "closed"]  # a thank-you is never "without action"
    assert all(e.id in responses for e in praise if e.status == "resolved")
    for kind in ("suggestion", "idea"):
        weighed = [e for e in entries if e.kind == kind]
        declined = [e for e in weighed if e.status == "closed"]
        kept = [e for e in weighed if e.status == "resolved"]
        assert declined and kept, kind
        assert all(_matches(e.resolution, _texts(lang, kind, "declines")) for e in declined)
        assert all(_matches(e.resolution, _texts(lang, kind, "resolutions")) for e in kept)
    checkins = [e for e in entries if e.kind == "check-in"]
    assert checkins and all(e.status == "resolved" for e in checkins)
    assert all(e.resolved_at - e.occurred_at <= timedelta(hours=2) for e in checkins)
    assert not [e for e in checkins if e.id in responses]  # written up, not answered


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_few_entries_came_by_email_with_their_message_ids(fake_clock, lang):
    fill_demo(people=40, entries=600, seed=9, lang=lang, today=DAY)
    shop = load_words(lang).shop_address
    assert settings.shop_addresses() == {shop}
    mailed = list(Entry.select().where(Entry.channel == "email"))
    assert 5 <= len(mailed) <= 120
    assert Entry.select().where(Entry.channel != "email", Entry.message_id != "").count() == 0
    ids = [e.message_id for e in mailed]
    assert len(set(ids)) == len(ids)
    replies = 0
    for entry in mailed:
        address = entry.person.email
        assert address and re.fullmatch(r"[\x21-\x7e]+", address)
        assert re.fullmatch(r"<\d{14}\.[0-9a-f]{12}@[a-z0-9.-]+>", entry.message_id)
        assert entry.message_id.endswith("@" + address.split("@")[1] + ">")
        for response in Response.select().where(Response.entry == entry):
            replies += 1
            assert response.message_id.endswith("@" + shop.split("@")[1] + ">")
            assert response.message_id not in ids
            assert _matches(response.text, _texts(lang, entry.kind, "email_replies"))
    assert replies >= 3
    others = (
        Response.select().join(Entry).where(Entry.channel != "email", Response.message_id != "")
    )
    assert others.count() == 0


def test_the_shops_next_reply_lands_on_the_demo_entry_it_answers(fake_clock, tmp_path):
    """Coherent with the e-mail import: another reply of the shop to a demo e-mail (In-Reply-To
    its Message-ID) is recorded as a response on that entry, not as a new entry."""
    fill_demo(people=40, entries=600, seed=9, lang="fr", today=DAY)
    entry = Entry.select().where(Entry.channel == "email").order_by(Entry.id.desc()).first()
    message = EmailMessage()
    message["From"] = load_words("fr").shop_address
    message["To"] = entry.person.email
    message["Subject"] = "Re: " + entry.title
    fake_clock.set(datetime.combine(DAY, time(10)))
    message["Date"] = format_datetime(datetime.combine(DAY, time(9)).astimezone())
    message["Message-ID"] = "<suite.1@boulangerie-chateau.example.fr>"
    message["In-Reply-To"] = entry.message_id
    message.set_content("Bonjour,\n\nUn dernier mot pour vous remercier.\n")
    path = tmp_path / "reponse.eml"
    path.write_bytes(bytes(message))
    before = Entry.select().count()
    import_emails([path])
    assert Entry.select().count() == before
    last = Response.select().where(Response.entry == entry).order_by(Response.at.desc()).first()
    assert last.message_id == "<suite.1@boulangerie-chateau.example.fr>"


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(("seed", "day"), [(1, date(2026, 12, 20)), (42, date(2027, 7, 1))])
def test_at_least_150_distinct_titles_in_600_entries(fake_clock, lang, seed, day):
    fill_demo(people=40, entries=600, seed=seed, lang=lang, today=day)
    assert Entry.select().count() == 600
    assert len({e.title for e in Entry.select(Entry.title)}) >= 150
