"""After a complaint is resolved: "ask how it went" planned on resolve (and not when declined),
the answer recorded on the entry (its history, the JSON export, ``copy-to`` on both engines), the
CLI, and the recovery rate per month with its counts."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from cxjournal.cli import main
from cxjournal.io import json_export
from cxjournal.services import aftercare, entries, history, settings
from cxjournal.store import copying
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.models import Entry, FollowUp
from tests import server_db
from tests.builders import a_customer, a_staff_member, an_entry
from tests.helpers import version_before


@pytest.fixture
def cli(journal, capsys):
    """The command line run in this process; the journal is open again afterwards."""

    def run(*args: str) -> tuple[int, str, str]:
        close_journal()
        code = main([*args])
        open_journal(journal)
        out, err = capsys.readouterr()
        return code, out, err

    return run


def asks(entry) -> list[FollowUp]:
    return list(
        FollowUp.select().where(FollowUp.entry == entry.id, FollowUp.origin == aftercare.ASK_ORIGIN)
    )


def a_complaint(**fields):
    return an_entry(a_customer("Amélie"), kind="complaint", title="Pain brûlé", **fields)


def test_resolving_a_complaint_plans_ask_how_it_went_after_seven_days(fake_clock):
    complaint = a_complaint()
    entries.resolve_entry(complaint, "Baguette offerte")
    (ask,) = asks(complaint)
    assert ask.due_at.date() == datetime(2026, 11, 23).date()  # the fake clock's day + 7
    assert ask.person_id == complaint.person_id and ask.done_at is None
    assert "Pain brûlé" in ask.title
    assert aftercare.ask_due_on(complaint) == ask.due_at.date()


def test_not_planned_when_unchecked_off_or_not_a_complaint(fake_clock, cli):
    declined = a_complaint()
    entries.resolve_entry(declined, ask_after_days=0)
    assert asks(declined) == []
    by_cli = a_complaint()
    assert cli("entry", "resolve", str(by_cli.id), "--ask-after", "off")[0] == 0
    assert asks(by_cli) == []
    concern = an_entry(a_staff_member(), kind="concern")
    entries.resolve_entry(concern)
    assert asks(concern) == []
    closed = a_complaint()
    entries.resolve_entry(closed, without_action=True)
    assert asks(closed) == []
    settings.set_setting("ask_after_days", 0)
    by_setting = a_complaint()
    entries.resolve_entry(by_setting)
    assert asks(by_setting) == []


def test_cli_asks_after_the_days_given_and_refuses_nonsense(fake_clock, cli):
    complaint = a_complaint()
    assert cli("entry", "resolve", str(complaint.id), "--ask-after", "3d")[0] == 0
    assert asks(complaint)[0].due_at.date() == datetime(2026, 11, 19).date()
    other = a_complaint()
    code, _, err = cli("entry", "resolve", str(other.id), "--ask-after", "soon")
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "soon" in err
    assert Entry.get_by_id(other.id).status == "open" and asks(other) == []  # nothing changed


def test_the_answer_is_recorded_and_the_follow_up_done(fake_clock, cli):
    complaint = a_complaint()
    entries.resolve_entry(complaint)
    fake_clock.advance(timedelta(days=7))
    code, out, _ = cli("entry", "after", str(complaint.id), "4")
    assert code == 0 and "4/5" in out
    assert Entry.get_by_id(complaint.id).satisfaction_after == 4
    (ask,) = asks(complaint)
    assert ask.done_at is not None
    changed = [line for line in history.entry_history(complaint) if line.field]
    assert ("satisfaction_after", None, 4) in [(c.field, c.old, c.new) for c in changed]


def test_the_answer_is_refused_on_an_open_entry_or_out_of_range(fake_clock, cli):
    complaint = a_complaint()
    assert cli("entry", "after", str(complaint.id), "4")[0] == 2
    entries.resolve_entry(complaint)
    for score in ("6", "bof"):
        code, _, err = cli("entry", "after", str(complaint.id), score)
        assert code == 2 and len(err.strip().splitlines()) == 1
    assert Entry.get_by_id(complaint.id).satisfaction_after is None
    assert asks(complaint)[0].done_at is None


def resolved(on: str, after: int | None, *, kind: str = "complaint") -> Entry:
    entry = an_entry(
        a_customer(), kind=kind, occurred_at=f"{on} 08:00", title=f"{kind} {on} {after}"
    )
    entries.resolve_entry(entry, at=f"{on} 09:00", ask_after_days=0)
    if after is not None:
        aftercare.record_satisfaction_after(entry, after)
    return entry


def test_recovery_rate_per_month_with_counts_and_empty_months_skipped(fake_clock):
    for score in (5, 4, 4, 2):
        resolved("2026-09-10", score)
    resolved("2026-09-11", None)  # resolved, not answered: counted as resolved only
    resolved("2026-11-02", 3)
    resolved("2026-11-03", 5, kind="suggestion")  # not a complaint
    an_entry(a_customer(), kind="complaint")  # still open
    figures = aftercare.recovery_by_month((2026, 11), 12)
    assert [f.to_dict() for f in figures] == [
        {"month": "2026-09", "resolved": 5, "answered": 4, "satisfied": 3, "rate": 0.75},
        {"month": "2026-11", "resolved": 1, "answered": 1, "satisfied": 0, "rate": 0.0},
    ]  # October had none: skipped, not 0 %


def test_satisfaction_after_round_trips_through_the_json_export(tmp_path, fake_clock):
    complaint = a_complaint()
    entries.resolve_entry(complaint)
    aftercare.record_satisfaction_after(complaint, 5)
    out = json_export.export_json(tmp_path / "export.json")
    close_journal()
    open_journal(tmp_path / "fresh.db")
    json_export.import_json(out)
    assert Entry.get_by_id(complaint.id).satisfaction_after == 5


def journal_with_an_answer(path) -> int:
    close_journal()
    open_journal(path)
    complaint = a_complaint()
    entries.resolve_entry(complaint)
    aftercare.record_satisfaction_after(complaint, 2)
    close_journal()
    return complaint.id


def after_at(location, entry_id: int) -> int | None:
    open_journal(location)
    try:
        return Entry.get_by_id(entry_id).satisfaction_after
    finally:
        close_journal()


def test_satisfaction_after_survives_copy_to_a_file(tmp_path):
    source, target = tmp_path / "shop.db", tmp_path / "copy.db"
    entry_id = journal_with_an_answer(source)
    assert main(["--db", str(source), "copy-to", str(target)]) == 0
    assert after_at(target, entry_id) == 2
    assert "satisfaction_after" in [f.column_name for f in copying._columns(Entry)]


@pytest.fixture
def empty_server_database(worker_id):
    server = server_db.test_server()
    if server is None:
        pytest.skip("needs CXJOURNAL_TEST_DATABASE (a PostgreSQL server)")
    address = server_db.create_database(server, f"{worker_id}_after")
    yield address
    close_journal()
    server_db.drop_database(server, address.dbname)


@pytest.mark.server_only
def test_satisfaction_after_survives_copy_to_a_server_and_back(tmp_path, empty_server_database):
    source, back = tmp_path / "shop.db", tmp_path / "back.db"
    entry_id = journal_with_an_answer(source)
    assert main(["--db", str(source), "copy-to", str(empty_server_database)]) == 0
    assert after_at(empty_server_database, entry_id) == 2
    assert main(["--db", str(empty_server_database), "copy-to", str(back)]) == 0
    assert after_at(back, entry_id) == 2


@pytest.mark.file_only
def test_the_upgrade_adds_the_column_empty_and_its_history(journal, fake_clock):
    from cxjournal.store import migrations
    from cxjournal.store.models import SchemaVersion, db

    complaint = a_complaint()
    entries.resolve_entry(complaint)
    db.execute_sql('DROP TRIGGER "change_log_entry_update"')  # the version 13 one lacked it
    db.execute_sql('ALTER TABLE "entry" DROP COLUMN "satisfaction_after"')
    SchemaVersion.update(version=version_before("satisfaction_after")).execute()
    close_journal()
    open_journal(journal)
    assert migrations.stored_version() == migrations.SCHEMA_VERSION
    assert Entry.get_by_id(complaint.id).satisfaction_after is None
    aftercare.record_satisfaction_after(complaint, 5)
    changed = [(c.field, c.new) for c in history.entry_history(complaint) if c.field]
    assert ("satisfaction_after", 5) in changed
