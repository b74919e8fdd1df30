"""The calendar export, parsed back with icalendar and checked field by field."""

from datetime import UTC, date, datetime, timedelta

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from cxjournal.errors import ValidationError
from cxjournal.io.ics_export import export_ics
from cxjournal.services import followups, promises
from tests.builders import a_customer, a_followup, a_promise, a_staff_member, an_entry


def read(path) -> dict[str, object]:
    calendar = Calendar.from_ical(path.read_bytes())
    assert calendar["VERSION"] == "2.0" and "CX Journal" in str(calendar["PRODID"])
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


@pytest.fixture
def shop(fake_clock):
    amelie = a_customer("Amélie Château")
    karim = a_staff_member("Karim Benali")
    weekly = a_followup(
        title="Appeler le fournisseur",
        due_at="2026-11-16 09:00",
        rrule="FREQ=WEEKLY",
        person=amelie,
        notes="Farine bio",
    )
    once = a_followup(title="Rappeler Amélie", due_at="2026-11-18 14:00")
    followups.snooze_followup(once, "2026-11-19 10:30")
    secret = an_entry(kind="concern", title="Santé de Karim", person=karim, confidential=True)
    hidden = a_followup(title="Reparler santé", due_at="2026-11-20", entry=secret)
    promise = a_promise(
        person=amelie, what="Boîte de croissants offerte", due="2026-11-28", note="Samedi"
    )
    private = a_promise(person=karim, what="Aménager ses horaires", due="2026-11-30", entry=secret)
    done = a_promise(person=amelie, what="Déjà fait", due="2026-11-20")
    promises.keep_promise(done)
    return weekly, once, hidden, promise, private


def test_events_field_by_field(tmp_path, shop, fake_clock):
    weekly, once, hidden, promise, private = shop
    out = tmp_path / "cx.ics"
    assert export_ics(out) == 5
    events = read(out)
    assert set(events) == {
        f"followup-{weekly.id}@cxjournal",
        f"followup-{once.id}@cxjournal",
        f"followup-{hidden.id}@cxjournal",
        f"promise-{promise.id}@cxjournal",
        f"promise-{private.id}@cxjournal",
    }
    ev = events[f"followup-{weekly.id}@cxjournal"]
    assert str(ev["SUMMARY"]) == "Appeler le fournisseur — Amélie Château"
    assert ev.decoded("DTSTART") == datetime(2026, 11, 16, 9, 0)  # floating local time
    assert ev.decoded("DTSTART").tzinfo is None
    assert ev["RRULE"].to_ical() == b"FREQ=WEEKLY"
    assert str(ev["DESCRIPTION"]) == "Farine bio"
    assert ev.decoded("DTSTAMP") == datetime(2026, 11, 16, 9, 0).astimezone(UTC)

    ev = events[f"followup-{once.id}@cxjournal"]
    assert ev.decoded("DTSTART") == datetime(2026, 11, 19, 10, 30)  # the snooze counts
    assert "RRULE" not in ev and ev.decoded("DURATION") == timedelta(minutes=15)

    ev = events[f"promise-{promise.id}@cxjournal"]
    assert str(ev["SUMMARY"]) == "Promise to Amélie Château: Boîte de croissants offerte"
    assert ev.decoded("DTSTART") == date(2026, 11, 28)
    assert ev.decoded("DTEND") == date(2026, 11, 29)
    assert str(ev["DESCRIPTION"]) == "Boîte de croissants offerte\n\nSamedi"


def test_confidential_text_is_left_out(tmp_path, shop):
    _, _, hidden, _, private = shop
    out = tmp_path / "cx.ics"
    export_ics(out)
    raw = out.read_text(encoding="utf-8")
    assert "santé" not in raw.lower() and "horaires" not in raw
    events = read(out)
    assert str(events[f"followup-{hidden.id}@cxjournal"]["SUMMARY"]) == (
        "Confidential follow-up — Karim Benali"
    )
    ev = events[f"promise-{private.id}@cxjournal"]
    assert str(ev["SUMMARY"]) == "Promise to Karim Benali: confidential"
    assert "DESCRIPTION" not in ev
    export_ics(out, include_confidential=True)
    assert "Aménager ses horaires" in out.read_text(encoding="utf-8")


def test_uids_stay_stable_as_a_series_moves_on(tmp_path, shop, fake_clock):
    weekly, *_ = shop
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    export_ics(first)
    nxt = followups.complete_followup(weekly)
    fake_clock.advance(timedelta(days=1))
    export_ics(second)
    before, after = read(first), read(second)
    assert set(before) == set(after)
    uid = f"followup-{weekly.id}@cxjournal"
    assert after[uid].decoded("DTSTART") == nxt.due_at == datetime(2026, 11, 23, 9, 0)
    assert int(after[uid]["SEQUENCE"]) >= int(before[uid]["SEQUENCE"])
    assert after[uid].decoded("DTSTAMP") > before[uid].decoded("DTSTAMP")


def test_a_counted_series_ends_on_the_same_day_after_completions(tmp_path, fake_clock):
    item = a_followup(title="Trois fois", due_at="2026-11-16 09:00", rrule="FREQ=DAILY;COUNT=3")
    followups.complete_followup(item)
    out = tmp_path / "c.ics"
    export_ics(out)
    [ev] = read(out).values()
    start = ev.decoded("DTSTART")
    rule = rrulestr(ev["RRULE"].to_ical().decode(), dtstart=start)
    assert list(rule) == [datetime(2026, 11, 17, 9), datetime(2026, 11, 18, 9)]


def test_month_end_series_keeps_landing_on_month_ends(tmp_path, fake_clock):
    start = datetime(2027, 1, 31, 9)
    item = a_followup(
        title="Inventaire", due_at=start, rrule=followups.cadence_rule("monthly", start)
    )
    followups.complete_followup(item)  # now at 2027-02-28
    out = tmp_path / "m.ics"
    export_ics(out)
    [ev] = read(out).values()
    rule = rrulestr(ev["RRULE"].to_ical().decode(), dtstart=ev.decoded("DTSTART"))
    assert [d.day for d in rule[:3]] == [28, 31, 30]


def test_unwritable_place_is_a_readable_error(tmp_path):
    with pytest.raises(ValidationError, match="Cannot write the calendar"):
        export_ics(tmp_path / "missing-folder" / "cx.ics")


def test_a_french_journal_gets_a_french_calendar(tmp_path, shop):
    from cxjournal.services.settings import set_setting

    _weekly, _once, hidden, promise, _private = shop
    set_setting("language", "fr")
    out = tmp_path / "cx.ics"
    export_ics(out)
    events = read(out)
    ev = events[f"promise-{promise.id}@cxjournal"]
    assert str(ev["SUMMARY"]) == "Promesse à Amélie Château\u00a0: Boîte de croissants offerte"
    assert ev["CATEGORIES"].to_ical() == b"Promesse"
    summary = str(events[f"followup-{hidden.id}@cxjournal"]["SUMMARY"])
    assert summary == "Relance confidentielle — Karim Benali"
