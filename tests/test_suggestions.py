"""The staff's anonymous suggestion box: a suggestion keeps its day and its text only, its arrival
is logged with no id and nobody, and it is filed into the journal as a staff idea with no person
and no account once its day is over, in an order that is not the order of writing; the command
line, the reminder check, the JSON export and ``copy-to`` on both engines."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from cxjournal.cli import main
from cxjournal.errors import ValidationError
from cxjournal.io import json_export
from cxjournal.services import entry_query, reminders, suggestions
from cxjournal.store import changelog, copying
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.models import ChangeLog, Entry, Suggestion

NOW = datetime(2026, 3, 20, 15, 30)
NEXT_DAY = NOW + timedelta(days=1)


def test_a_suggestion_keeps_its_day_and_text_and_the_log_only_that_one_arrived():
    start = changelog.latest_id()
    assert suggestions.suggest("Une machine à café\npour la salle de pause", now=NOW) is None
    (row,) = Suggestion.select()
    assert sorted(Suggestion._meta.fields) == ["day", "id", "text"]
    assert (row.day, row.text) == (NOW.date(), "Une machine à café\npour la salle de pause")
    assert Entry.select().count() == 0  # not in the journal before its day is over
    logged = list(ChangeLog.select().where(ChangeLog.id > start))
    assert [(r.kind, r.item_id, r.op, r.who) for r in logged] == [
        ("suggestion", None, "insert", None)
    ]
    with pytest.raises(ValidationError):
        suggestions.suggest("   ", now=NOW)


def test_a_past_day_is_filed_as_staff_ideas_with_no_person_account_or_time_of_day():
    suggestions.suggest("Un micro-ondes", now=NOW)
    suggestions.suggest("Plus de pauses le samedi", now=NEXT_DAY)  # today's: waits
    assert suggestions.file_waiting(NOW) == 0  # its own day is not over
    assert suggestions.file_waiting(NEXT_DAY) == 1
    (idea,) = Entry.select()
    assert (idea.side, idea.kind, idea.person_id, idea.made_by) == ("staff", "idea", None, None)
    assert idea.occurred_at == idea.created_at == idea.updated_at == datetime(2026, 3, 20)
    assert (idea.title, idea.details) == ("Un micro-ondes", "Un micro-ondes")
    assert [s.text for s in Suggestion.select()] == ["Plus de pauses le samedi"]
    assert [e.id for e in entry_query.search_entries("micro")] == [idea.id]


def test_filed_ideas_do_not_keep_the_order_they_were_written_in():
    written = [f"Idée {n:02d}" for n in range(20)]
    for text in written:
        suggestions.suggest(text, now=NOW)
    assert suggestions.file_waiting(NEXT_DAY) == 20
    by_id = [e.title for e in Entry.select().order_by(Entry.id)]
    assert sorted(by_id) == written and by_id != written  # 1 chance in 20! of a false failure


def test_the_reminder_check_files_the_box():
    suggestions.suggest("Un vestiaire qui ferme", now=NOW)
    reminders.claim_new_reminders(NEXT_DAY)
    assert [e.title for e in Entry.select()] == ["Un vestiaire qui ferme"]
    assert Suggestion.select().count() == 0


def test_a_long_suggestion_gets_a_short_title_and_keeps_its_words():
    text = "mot " * 60
    suggestions.suggest(text, now=NOW)
    suggestions.file_waiting(NEXT_DAY)
    (idea,) = Entry.select()
    assert len(idea.title) == suggestions.TITLE_LEN and idea.title.endswith("…")
    assert idea.details == text.strip()


def _run(journal, *argv: str) -> int:
    code = main(["--db", str(journal), *argv])
    open_journal(journal)
    return code


@pytest.mark.file_only
def test_the_command_line_drops_a_suggestion_refuses_an_empty_one_and_files_the_box(
    journal, fake_clock, capsys
):
    fake_clock.set(NOW)
    close_journal()
    assert _run(journal, "suggest", "Des chaises plus hautes") == 0
    assert [s.text for s in Suggestion.select()] == ["Des chaises plus hautes"]
    close_journal()
    assert _run(journal, "suggest", "  ") == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert Suggestion.select().count() == 1
    fake_clock.set(NEXT_DAY)
    close_journal()
    assert _run(journal, "suggest", "--file-waiting") == 0
    assert "1 suggestion filed" in capsys.readouterr().out
    assert [e.title for e in Entry.select()] == ["Des chaises plus hautes"]


def _rows() -> list:
    return sorted(Suggestion.select().tuples())


@pytest.mark.file_only
def test_waiting_suggestions_round_trip_through_the_json_export(tmp_path):
    suggestions.suggest("Zoë <b>&", now=NOW)
    before = _rows()
    out = json_export.export_json(tmp_path / "export.json")
    close_journal()
    open_journal(tmp_path / "fresh.db")
    json_export.import_json(out)
    assert _rows() == before and len(before) == 1


def test_waiting_suggestions_come_along_in_copy_to(tmp_path):
    suggestions.suggest("Un frigo pour le personnel", now=NOW)
    before = _rows()
    source = copying.current_location()
    report = copying.copy_to(tmp_path / "copy.db")
    assert report.tables["suggestion"].rows == 1
    close_journal()
    open_journal(tmp_path / "copy.db")
    assert _rows() == before
    close_journal()
    open_journal(source)
