"""Response targets in opening hours: pausing while an entry waits, the time left shown on Today,
the misses listed by ``entry list --overdue-target`` (on both engines), the settings checked."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from cxjournal import vocabulary as v
from cxjournal.cli import main
from cxjournal.errors import ValidationError
from cxjournal.services import entries, settings, targets, waiting
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.models import Entry
from tests.builders import a_customer, a_staff_member, an_entry
from tests.helpers import START  # Monday 2026-11-16 09:00; the shop opens Mon-Sat 09:00-19:00

HOUR = 3600


def _running(entry_id: int, now: datetime) -> targets.TargetClock:
    found = targets.running_clock(Entry.get_by_id(entry_id), now)
    assert found is not None
    return found


def test_the_clock_stops_while_the_entry_waits_and_runs_again_after(fake_clock):
    complaint = an_entry(a_customer("Léa"), occurred_at=START)
    assert _running(complaint.id, START + timedelta(hours=6)).used == 6 * HOUR
    waiting.wait_on(complaint, "le fournisseur", now=START + timedelta(hours=2))
    row = Entry.get_by_id(complaint.id)
    assert (row.status, row.waiting_on) == (v.WAITING, "le fournisseur")
    tuesday_11 = START + timedelta(days=1, hours=2)
    assert _running(complaint.id, tuesday_11).used == 2 * HOUR  # paused since Monday 11:00
    assert _running(complaint.id, tuesday_11).paused
    waiting.resume(complaint, now=tuesday_11)
    row = Entry.get_by_id(complaint.id)
    assert (row.status, row.waiting_on) == (v.OPEN, "")
    assert _running(complaint.id, tuesday_11 + timedelta(hours=2)).used == 4 * HOUR
    # A second wait, still going: both are left out.
    waiting.wait_on(complaint, "la cliente", now=tuesday_11 + timedelta(hours=3))
    assert _running(complaint.id, tuesday_11 + timedelta(hours=6)).used == 5 * HOUR
    assert len(waiting.waits(Entry.get_by_id(complaint.id))) == 2


def test_an_answered_entry_waits_and_resumes_in_progress_and_resolving_ends_the_wait(fake_clock):
    complaint = an_entry(a_customer("Léa"), occurred_at=START)
    fake_clock.set(START + timedelta(hours=5))
    entries.respond(complaint, "Nous regardons", at=START + timedelta(hours=1))
    waiting.wait_on(complaint, "the customer", now=START + timedelta(hours=2))
    waiting.resume(complaint, now=START + timedelta(hours=3))
    assert Entry.get_by_id(complaint.id).status == v.IN_PROGRESS
    waiting.wait_on(complaint, "the customer", now=START + timedelta(hours=4))
    entries.resolve_entry(complaint, "Remboursé", at=START + timedelta(hours=5))
    row = Entry.get_by_id(complaint.id)
    assert row.waiting_on == "" and all(end for _, end in waiting.waits(row))
    clocks = targets.entry_clocks(row, START + timedelta(days=30))
    assert [(c.stage, c.used, c.done) for c in clocks] == [
        ("response", HOUR, True),
        ("resolution", 3 * HOUR, True),
    ]


def test_waiting_is_refused_without_whom_and_on_a_closed_entry(fake_clock):
    complaint = an_entry(a_customer("Léa"), occurred_at=START)
    with pytest.raises(ValidationError):
        waiting.wait_on(complaint, "  ")
    with pytest.raises(ValidationError):
        waiting.resume(complaint)
    entries.resolve_entry(complaint, "ok")
    with pytest.raises(ValidationError):
        waiting.wait_on(complaint, "le fournisseur")


def test_today_shows_the_time_left_and_marks_what_is_nearly_used(fake_clock):
    late = an_entry(a_customer("Léa"), occurred_at=START, title="Pain brûlé")
    fake_clock.set(START + timedelta(days=1, hours=5))  # Tuesday 14:00: 15 of 16 h used
    fresh = an_entry(a_staff_member("Sam"), kind="concern", title="Planning")
    fake_clock.advance(timedelta(hours=2))  # Tuesday 16:00: 17 h used, the concern 2 h of 8
    shown = targets.time_left_on_problems()
    assert [item.entry_id for item in shown] == [late.id, fresh.id]
    assert shown[0].target.missed and shown[0].text == "to answer: late by 1 h"
    assert not shown[1].target.nearly_used and shown[1].text == "to answer: 6 h left"
    fake_clock.advance(timedelta(hours=18, minutes=30))  # Wednesday 10:30: 6.5 h of 8 used
    concern = next(item for item in targets.time_left_on_problems() if item.entry_id == fresh.id)
    assert concern.target.nearly_used and concern.text == "to answer: 2 h left"


def test_time_left_follows_the_opening_hours_set(fake_clock):
    an_entry(a_customer("Léa"), occurred_at=START)
    fake_clock.set(START + timedelta(hours=12))  # Monday 21:00, after closing
    assert targets.time_left_on_problems()[0].target.used == 10 * HOUR
    settings.set_setting("opening_hours", "lun-ven 9h-12h 14h-19h")
    assert settings.get_setting("opening_hours") == "mon-fri 09:00-12:00 14:00-19:00"
    assert targets.time_left_on_problems()[0].target.used == 8 * HOUR
    settings.set_setting("closed_days", "2026-11-16")
    assert targets.time_left_on_problems()[0].target.used == 0
    settings.set_setting(f"target_{v.CUSTOMER}_complaint_response", "0")
    assert targets.time_left_on_problems()[0].target.stage == "resolution"


@pytest.mark.parametrize(
    ("key", "value"), [("opening_hours", "lundi toute la journée"), ("closed_days", "noël")]
)
def test_hours_that_cannot_be_read_are_refused_and_change_nothing(fake_clock, key, value):
    before = settings.get_setting(key)
    with pytest.raises(ValidationError):
        settings.set_setting(key, value)
    assert settings.get_setting(key) == before


def _cli(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_entry_list_overdue_target_lists_the_misses(journal, fake_clock, capsys):
    lea = a_customer("Léa")
    late = an_entry(lea, occurred_at=START, title="Pain brûlé")
    answered_late = an_entry(lea, occurred_at=START, title="Croissant")
    in_time = an_entry(lea, occurred_at=START, title="Baguette")
    fake_clock.set(START + timedelta(hours=1))
    entries.respond(in_time, "Désolés", at=START + timedelta(hours=1))
    fake_clock.set(START + timedelta(days=2))  # Wednesday 09:00: 20 opening hours
    entries.respond(answered_late, "Pardon", at=START + timedelta(days=2))
    fake_clock.set(START + timedelta(days=2, hours=1))
    close_journal()
    code, out, err = _cli(capsys, "entry", "list", "--overdue-target", "--json")
    assert code == 0, err
    found = {item["id"]: item["missed_targets"] for item in json.loads(out)}
    assert set(found) == {late.id, answered_late.id}
    assert [t["target"] for t in found[late.id]] == ["response"]
    assert found[answered_late.id][0] == {
        "target": "response",
        "target_hours": 16,
        "used_hours": 20,
        "done": True,
    }
    code, out, _ = _cli(capsys, "entry", "list", "--overdue-target")
    assert code == 0 and "late by 5 h" in out and "Baguette" not in out
    open_journal(journal)
    assert Entry.get_by_id(late.id).status == v.OPEN  # reading never writes


def test_entry_wait_and_resume_on_the_command_line(journal, fake_clock, capsys):
    complaint = an_entry(a_customer("Léa"), occurred_at=START)
    close_journal()
    code, out, _ = _cli(capsys, "entry", "wait", str(complaint.id), "--on", "le fournisseur")
    assert code == 0 and "le fournisseur" in out
    code, _, err = _cli(capsys, "entry", "wait", str(complaint.id), "--on", " ")
    assert code == 2 and len(err.strip().splitlines()) == 1
    code, out, _ = _cli(capsys, "entry", "list", "--status", "waiting")
    assert code == 0 and f"#{complaint.id}" in out
    code, out, _ = _cli(capsys, "entry", "show", str(complaint.id), "--json")
    assert json.loads(out)["waiting_on"] == "le fournisseur"
    code, _, _ = _cli(capsys, "entry", "resume", str(complaint.id))
    assert code == 0
    code, _, err = _cli(capsys, "entry", "resume", str(complaint.id))
    assert code == 2 and "Traceback" not in err
    open_journal(journal)
    assert Entry.get_by_id(complaint.id).status == v.OPEN


def test_the_monthly_report_shows_the_share_within_target_per_side(fake_clock, tmp_path):
    from cxjournal.reports.monthly import build_monthly_report
    from tests.report_pdf import flat

    lea, sam = a_customer("Léa"), a_staff_member("Sam")
    quick = an_entry(lea, occurred_at=START, title="Vite")
    slow = an_entry(lea, occurred_at=START, title="Lent")
    an_entry(lea, occurred_at=START, title="Jamais")  # never answered: late
    fake_clock.set(START + timedelta(days=3, hours=1))  # Thursday 10:00: 31 opening hours
    an_entry(sam, kind="concern", occurred_at=START + timedelta(days=3))  # still within its time
    entries.respond(quick, "Oui", at=START + timedelta(hours=2))
    entries.respond(slow, "Pardon", at=START + timedelta(days=2, hours=1))  # 21 h: late
    entries.resolve_entry(quick, "Remboursé", at=START + timedelta(hours=3))
    shares = targets.month_within_target(list(Entry.select()))
    assert (shares[v.CUSTOMER].answered, shares[v.CUSTOMER].answered_of) == (1, 3)
    assert (shares[v.CUSTOMER].resolved, shares[v.CUSTOMER].resolved_of) == (1, 1)
    assert shares[v.STAFF].answered_of == 0  # still within its 8 h: left out
    out = tmp_path / "month.pdf"
    build_monthly_report(out, 2026, 11)
    text = flat(out)
    assert "Answered in time" in text and "33% (1 of 3)" in text and "100% (1 of 1)" in text


def test_a_wait_survives_the_json_export_and_import(tmp_path, fake_clock):
    from cxjournal.io import json_export
    from cxjournal.store.models import ChangeLog, Person

    complaint = an_entry(a_customer("Léa"), occurred_at=START)
    waiting.wait_on(complaint, "le fournisseur", now=START + timedelta(hours=1))
    logged = ChangeLog.select().where(ChangeLog.kind == "entry", ChangeLog.op == "update")
    assert any("waiting_on" in (row.changes or "") for row in logged)  # the history records it
    before = Entry.get_by_id(complaint.id)
    json_export.export_json(tmp_path / "out.json")
    for model in (Entry, Person):
        model.delete().execute()
    json_export.import_json(tmp_path / "out.json")
    after = Entry.get_by_id(complaint.id)
    assert (after.status, after.waiting_on, after.waits) == (
        v.WAITING,
        "le fournisseur",
        before.waits,
    )


@pytest.mark.file_only
def test_a_wait_survives_copy_to(tmp_path, fake_clock):
    source, target = tmp_path / "shop.db", tmp_path / "copy.db"
    close_journal()
    open_journal(source)
    complaint = an_entry(a_customer("Léa"), occurred_at=START)
    waiting.wait_on(complaint, "la cliente", now=START)
    close_journal()
    assert main(["--db", str(source), "copy-to", str(target)]) == 0
    open_journal(target)
    row = Entry.get_by_id(complaint.id)
    assert (row.status, row.waiting_on, len(waiting.waits(row))) == (v.WAITING, "la cliente", 1)


def test_an_imported_history_reads_en_attente_and_waiting_as_the_waiting_status(tmp_path):
    from cxjournal.io.entries_import import import_entries

    path = tmp_path / "historique.csv"
    path.write_text(
        "Date;Client;Type;Objet;Statut;Réponse;Date de réponse\n"
        "03/10/2025 09:15;Léa;Réclamation;Four en panne;En attente;Rappelée;03/10/2025 11:00\n"
        "04/10/2025 10:00;Léa;Question;Horaires;waiting;;\n",
        encoding="utf-8",
    )
    report = import_entries(path)
    assert (report.added, report.errors) == (2, [])
    assert {e.title: e.status for e in Entry.select()} == {
        "Four en panne": v.WAITING,
        "Horaires": v.WAITING,
    }
