"""A response corrected or deleted (issue 23), through the services and the CLI, on the journal
under test (file or server): the entry's first-response time, its status, the statistics, the
search index, the change log and the conflict check follow."""

from __future__ import annotations

from datetime import datetime

import pytest

from cxjournal.cli import main
from cxjournal.errors import EditConflict, NotFoundError, ValidationError
from cxjournal.services import entries, history, responses, stats
from cxjournal.services.entry_query import search_entries
from cxjournal.store.connection import open_journal
from cxjournal.store.models import ChangeLog, Entry, Response
from tests.builders import a_customer, an_entry


@pytest.fixture
def cli(capsys, journal):
    def run(*args):
        code = main(list(args))
        out, err = capsys.readouterr()
        open_journal(journal)  # the command closed it; the test reads what it left
        return code, out, err

    return run


@pytest.fixture
def answered(fake_clock):
    """A complaint at 9:00 answered at 10:00 and again at 15:00."""
    entry = an_entry(a_customer(), title="Four en panne", occurred_at="2026-11-10 09:00")
    first = entries.respond(entry.id, "Rappel du technicien", at="2026-11-10 10:00")
    second = entries.respond(entry.id, "Pièce commandée", at="2026-11-10 15:00")
    return entry.id, first.id, second.id


def _entry(entry_id: int) -> Entry:
    return Entry.get_by_id(entry_id)


def test_moving_the_first_response_later_moves_the_first_response_time(answered):
    entry_id, first, _ = answered
    responses.edit_response(first, at="2026-11-10 18:00")
    assert _entry(entry_id).first_response_at == datetime(2026, 11, 10, 15, 0)
    assert stats.month_summary(2026, 11).customer.median_first_response_hours == 6.0


def test_deleting_the_first_response_makes_the_next_one_first(answered):
    entry_id, first, _ = answered
    gone = responses.delete_response(first)
    assert gone.text == "Rappel du technicien" and gone.entry_id == entry_id
    assert Response.get_or_none(Response.id == first) is None
    assert _entry(entry_id).first_response_at == datetime(2026, 11, 10, 15, 0)
    assert stats.month_summary(2026, 11).customer.median_first_response_hours == 6.0


def test_deleting_the_only_response_leaves_the_entry_open_and_unanswered(fake_clock):
    entry = an_entry(a_customer(), occurred_at="2026-11-10 09:00")
    answer = entries.respond(entry.id, "On s'en occupe", at="2026-11-10 10:00")
    assert _entry(entry.id).status == "in-progress"
    gone = responses.delete_response(answer.id)
    assert _entry(entry.id).first_response_at is None
    assert _entry(entry.id).status == "open"
    assert stats.month_summary(2026, 11).customer.median_first_response_hours is None
    back = responses.restore_response(gone)  # the window's undo
    assert back.at == datetime(2026, 11, 10, 10, 0) and back.text == "On s'en occupe"
    assert _entry(entry.id).first_response_at == datetime(2026, 11, 10, 10, 0)
    assert _entry(entry.id).status == "in-progress"


def test_a_resolved_entry_keeps_its_resolution_as_first_response(fake_clock):
    entry = an_entry(a_customer(), occurred_at="2026-11-10 09:00")
    answer = entries.respond(entry.id, "Vu", at="2026-11-10 10:00")
    entries.resolve_entry(entry.id, "Remplacé", at="2026-11-10 12:00")
    responses.delete_response(answer.id)
    assert _entry(entry.id).first_response_at == datetime(2026, 11, 10, 12, 0)
    assert _entry(entry.id).status == "resolved"


def test_editing_the_text_reindexes_the_entry(answered):
    entry_id, first, _ = answered
    assert [e.id for e in search_entries("technicien")] == [entry_id]
    responses.edit_response(first, text="Rappel du boulanger")
    assert search_entries("technicien") == []
    assert [e.id for e in search_entries("boulanger")] == [entry_id]
    responses.delete_response(first)
    assert search_entries("boulanger") == []


def test_an_edit_and_a_delete_are_in_the_change_log(answered):
    _, first, second = answered
    responses.edit_response(first, text="Rappel du boulanger")
    responses.delete_response(second)
    ops = {
        (c.item_id, c.op)
        for c in ChangeLog.select().where(ChangeLog.kind == "response", ChangeLog.op != "insert")
    }
    assert ops == {(first, "update"), (second, "delete")}


def test_someone_elses_correction_meanwhile_is_a_conflict(answered):
    _, first, _ = answered
    responses.edit_response(first, text="Corrigé ailleurs")  # another computer
    with pytest.raises(EditConflict):
        responses.edit_response(
            first, base={"text": "Rappel du technicien"}, text="Rappel du technicien demain"
        )
    assert Response.get_by_id(first).text == "Corrigé ailleurs"


def test_bad_input_changes_nothing(answered):
    _, first, _ = answered
    with pytest.raises(ValidationError):
        responses.edit_response(first, at="2026-11-09 08:00")  # before the entry
    with pytest.raises(ValidationError):
        responses.edit_response(first, text="   ")
    with pytest.raises(NotFoundError):
        responses.delete_response(987654)
    assert Response.get_by_id(first).text == "Rappel du technicien"


def test_an_e_mailed_reply_keeps_its_message_id_when_corrected_and_undone(fake_clock):
    entry = an_entry(a_customer(), occurred_at="2026-11-10 09:00")
    reply = entries.respond(entry.id, "Bonjour", at="2026-11-10 10:00", message_id="<r1@shop>")
    responses.edit_response(reply.id, text="Bonjour Madame")
    assert Response.get_by_id(reply.id).message_id == "<r1@shop>"
    back = responses.restore_response(responses.delete_response(reply.id))
    assert back.message_id == "<r1@shop>"


def test_the_cli_edits_and_deletes_a_response(cli, answered):
    entry_id, first, second = answered
    code, out, err = cli("entry", "show", str(entry_id))
    assert code == 0 and f"#{first}" in out and f"#{second}" in out
    code, out, err = cli(
        "response", "edit", str(first), "--text", "Rappelé", "--at", "2026-11-10 11:00"
    )
    assert code == 0, err
    assert Response.get_by_id(first).text == "Rappelé"
    assert _entry(entry_id).first_response_at == datetime(2026, 11, 10, 11, 0)
    code, out, err = cli("response", "delete", str(second))
    assert code == 0, err
    assert Response.select().where(Response.entry == entry_id).count() == 1


def test_the_cli_refuses_bad_input_with_exit_2_and_a_conflict_with_75(cli, answered):
    _, first, _ = answered
    for args in (
        ("response", "edit", str(first)),
        ("response", "edit", str(first), "--at", "hier soir?"),
        ("response", "edit", "999999", "--text", "x"),
        ("response", "delete", "999999"),
    ):
        code, _, err = cli(*args)
        assert code == 2 and err.count("\n") == 1 and "Traceback" not in err, args
    responses.edit_response(first, text="Corrigé ailleurs")
    code, _, err = cli(
        "response", "edit", str(first), "--text", "Mien", "--expect", "text=Rappel du technicien"
    )
    assert code == 75 and err.count("\n") == 1
    assert Response.get_by_id(first).text == "Corrigé ailleurs"


def test_a_corrected_answer_is_in_the_entrys_history(answered):
    entry_id, first, _ = answered
    responses.edit_response(first, text="Rappel du boulanger")
    changed = [
        (line.kind, line.item_id, line.field, line.old, line.new)
        for line in history.entry_history(entry_id)
        if line.kind == "response" and line.field
    ]
    assert changed == [("response", first, "text", "Rappel du technicien", "Rappel du boulanger")]


def test_a_deletion_from_what_was_read_refuses_an_answer_corrected_meanwhile(answered):
    _, first, _ = answered
    responses.edit_response(first, text="Corrigé ailleurs")  # another computer
    with pytest.raises(EditConflict):  # the window's redo of a deletion passes what it read
        responses.delete_response(first, base={"text": "Rappel du technicien"})
    assert Response.get_by_id(first).text == "Corrigé ailleurs"
