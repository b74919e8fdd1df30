"""The demo journal: every follow-up keeps its links, the same seed and day give the same export
byte for byte, e-mail addresses are plain ASCII."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from cxjournal import clock
from cxjournal.cli import main
from cxjournal.demo import fill_demo
from cxjournal.store.connection import close_journal
from cxjournal.store.models import FollowUp, Person

from .helpers import START

DAY = date(2030, 3, 14)


def test_every_followup_keeps_its_links(fake_clock):
    fill_demo(people=40, entries=600, seed=2, lang="fr", today=DAY)
    followups = list(FollowUp.select())
    checkins = [f for f in followups if f.origin == "check-in"]
    others = [f for f in followups if f.origin != "check-in"]
    assert checkins and others
    assert all(f.department_id is not None for f in checkins)
    for followup in others:
        assert followup.person_id is not None and followup.entry_id is not None, followup.title
        assert followup.entry.person_id == followup.person_id
        if followup.promise_id is not None:
            assert followup.promise.entry_id == followup.entry_id


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_email_addresses_are_plain_ascii(fake_clock, lang):
    fill_demo(people=300, entries=0, seed=4, lang=lang, today=DAY)
    emails = [p.email for p in Person.select() if p.email]
    assert len(emails) > 150
    pattern = re.compile(r"[a-z0-9]+(\.[a-z0-9]+)*@example\.(fr|com)")
    assert [e for e in emails if not pattern.fullmatch(e)] == []


def _demo_export(tmp_path, name: str, lang: str, seed: int = 3) -> bytes:
    """A demo journal made by the command line, exported as JSON: the file's bytes without the
    line that says when the export was written, nor the times of the change log (the database's
    own clock, not the app's: by nature different on every run)."""
    db = str(tmp_path / f"{name}.db")
    out = tmp_path / f"{name}.json"
    args = ["--seed", str(seed), "--today", DAY.isoformat(), "--lang", lang]
    assert main(["--db", db, "demo", "--people", "25", "--entries", "200", *args]) == 0
    assert main(["--db", db, "export", "json", "--out", str(out)]) == 0
    close_journal()
    lines = out.read_bytes().splitlines(keepends=True)
    kept = [line for line in lines if not line.lstrip().startswith(b'"exported_at":')]
    assert len(kept) == len(lines) - 1
    log = next(n for n, line in enumerate(kept) if line.lstrip().startswith(b'"change_log":'))
    times = [n for n in range(log, len(kept)) if kept[n].lstrip().startswith(b'"at":')]
    assert times  # the log is the export's last table: every "at" after it is the log's
    return b"".join(line for n, line in enumerate(kept) if n not in set(times))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_same_seed_and_day_give_a_byte_identical_export(tmp_path, capsys, lang):
    close_journal()
    clock.use_clock(clock.FakeClock(START))
    first = _demo_export(tmp_path, "first", lang)
    # A minute later, and on another day: only --today says where the history ends.
    clock.use_clock(clock.FakeClock(START + timedelta(days=3, minutes=1)))
    again = _demo_export(tmp_path, "again", lang)
    assert again == first
    assert b'"journal_id"' in first and b'"uuid"' in first
    other_seed = _demo_export(tmp_path, "other", lang, seed=4)
    assert other_seed != first


def test_a_day_that_is_not_a_date_is_one_line_and_status_2(tmp_path, capsys):
    close_journal()
    assert main(["--db", str(tmp_path / "x.db"), "demo", "--today", "2030-13-01"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "2030-13-01" in err


def test_rows_missing_a_column_the_first_row_lacks_keep_it():
    from cxjournal.demo.context import insert_rows
    from cxjournal.store.models import Department, Person

    team = Department.create(name="Vente", created_at=START)
    at = dict(created_at=START, updated_at=START)
    insert_rows(
        Person,
        [
            dict(side="customer", name="A", **at),
            dict(side="staff", name="B", department=team.id, email="b@example.fr", **at),
        ],
    )
    b = Person.get(Person.name == "B")
    assert b.department_id == team.id and b.email == "b@example.fr"
    assert Person.get(Person.name == "A").uuid != b.uuid


def _topic_patterns(lang: str) -> dict[str, list]:
    """For each topic of ``lang``, a regular expression per kind of text, slots matching anything
    (even nothing: a masculine ending); a response may be the reply to an e-mail, a resolution
    why a suggestion was not taken up."""
    from cxjournal.demo.words import load_words

    def pattern(templates):
        parts = [re.sub(r"\\\{[^}]*\\\}", ".*", re.escape(t)) for t in templates]
        return re.compile("|".join(f"(?:{p})" for p in parts)) if parts else None

    words = load_words(lang)
    return {
        topic.id: (
            topic,
            {
                "titles": pattern(topic.titles),
                "details": pattern(topic.details),
                "responses": pattern(topic.responses + topic.email_replies),
                "resolutions": pattern(topic.resolutions + topic.declines),
                "promises": pattern(topic.promises),
            },
        )
        for topics in words.topics.values()
        for topic in topics
    }


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_varied_titles_whose_texts_belong_together(fake_clock, lang):
    from cxjournal.store.models import Entry, Promise, Response

    fill_demo(people=40, entries=600, seed=9, lang=lang, today=DAY)
    entries = list(Entry.select())
    assert len({e.title for e in entries}) >= 150
    topics = _topic_patterns(lang)
    responses = {r.entry_id: r.text for r in Response.select()}
    promised = {p.entry_id: p.what for p in Promise.select()}
    for entry in entries:
        fits = [
            topic
            for topic, p in topics.values()
            if topic.side == entry.side
            and topic.kind == entry.kind
            and p["titles"].fullmatch(entry.title)
            and p["details"].fullmatch(entry.details)
            and (not entry.resolution or p["resolutions"].fullmatch(entry.resolution))
            and (entry.id not in responses or p["responses"].fullmatch(responses[entry.id]))
            and (entry.id not in promised or p["promises"].fullmatch(promised[entry.id]))
        ]
        assert fits, (entry.kind, entry.title, entry.details, entry.resolution)
    queue = [e for e in entries if e.title.startswith(("Long queue", "Attente trop longue"))]
    assert queue and not any(
        "engineer" in e.resolution or "technicien" in e.resolution for e in queue
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_staff_promises_go_to_staff(fake_clock, lang):
    from cxjournal.store.models import Promise

    fill_demo(people=40, entries=600, seed=6, lang=lang, today=DAY)
    topics = _topic_patterns(lang)
    staff_promises = [p for t, p in topics.values() if t.side == "staff" and p["promises"]]
    promises = list(Promise.select())
    assert len(promises) > 30
    for promise in promises:
        assert promise.person_id == promise.entry.person_id
        assert promise.person.side == promise.entry.side
        is_staff_promise = any(p["promises"].fullmatch(promise.what) for p in staff_promises)
        assert is_staff_promise == (promise.person.side == "staff"), promise.what


def test_a_few_refunds_gifts_and_promised_amounts(fake_clock):
    from cxjournal.services import gestures
    from cxjournal.store.models import Entry, Promise

    fill_demo(people=40, entries=600, seed=2, lang="fr", today=DAY)
    refunds = Entry.select().where(Entry.resolution_amount.is_null(False))
    resolved = Entry.select().where(Entry.status == "resolved")
    assert 0 < refunds.count() < resolved.count() / 2  # a few, not every resolution
    assert all(e.status == "resolved" and e.resolution_amount > 0 for e in refunds)
    assert 0 < Promise.select().where(Promise.amount.is_null(False)).count()
    month = DAY.replace(day=1) - timedelta(days=1)
    assert gestures.month_gestures(month.year, month.month)  # the report has something to show
