"""``cxjournal due`` and ``cxjournal export ics`` from the command line, with a fixed clock."""

import json
from datetime import timedelta

import pytest
from icalendar import Calendar

from cxjournal.cli import main
from cxjournal.store.connection import close_journal


@pytest.fixture
def run(tmp_path, capsys, fake_clock):
    close_journal()
    db = str(tmp_path / "shop.db")

    def call(*args):
        code = main(["--db", db, *args])
        out, err = capsys.readouterr()
        return code, out, err

    call("person", "add", "Amélie", "--side", "customer")
    call("log", "--person", "Amélie", "--kind", "complaint", "--title", "Pain brûlé")
    call("promise", "add", "--person", "Amélie", "--what", "Croissants", "--due", "2026-11-20")
    call("followup", "add", "Rappeler", "--due", "2026-11-16 08:00", "--person", "Amélie")
    call("followup", "add", "Plus tard", "--due", "2026-11-25 10:00")
    return call


def test_due_lists_what_is_due_today_then_looks_ahead(run, fake_clock):
    code, out, _ = run("due")
    assert code == 0
    assert out.splitlines() == [
        "2026-11-16 08:00\tnow\tfollowup\tRappeler — Amélie\tFollow-up due 16 Nov 2026, 08:00"
    ]
    code, out, _ = run("due", "--days", "4", "--json")
    found = json.loads(out)
    assert code == 0
    assert [(r["kind"], r["overdue"]) for r in found] == [
        ("followup", True),
        ("complaint", False),
        ("promise-due", False),
    ]
    assert found[1]["due_at"] == "2026-11-18 09:00:00"
    assert found[2]["open"] == {"kind": "promise", "id": 1}
    fake_clock.advance(timedelta(days=5))
    _, out, _ = run("due", "--json")
    assert {r["kind"] for r in json.loads(out)} == {"followup", "complaint", "promise-overdue"}


@pytest.mark.parametrize("days", ["-1", "many"])
def test_bad_days_is_a_one_line_error(run, days):
    code, _, err = run("due", "--days", days)
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_export_ics(run, tmp_path):
    out = tmp_path / "journal.ics"
    code, text, _ = run("export", "ics", "--out", str(out))
    assert code == 0 and "3 events" in text
    calendar = Calendar.from_ical(out.read_bytes())
    assert sorted(str(e["UID"]) for e in calendar.walk("VEVENT")) == [
        "followup-1@cxjournal",
        "followup-2@cxjournal",
        "promise-1@cxjournal",
    ]
    code, _, err = run("export", "ics", "--out", str(tmp_path / "nope" / "x.ics"))
    assert code == 2 and "Cannot write" in err
    code, _, err = run("export")
    assert code == 2 and "required" in err
