"""A deleted response stays in its entry's history and is reached by erasure (issue 23, the
brief's rule that every table's changes are in the history and erased with their person): its
deletion's log row names its entry, on both engines."""

from __future__ import annotations

from cxjournal.services import entries, history, privacy, responses, retention
from cxjournal.store.models import ChangeLog
from tests.builders import a_customer, an_entry

OLD_WORDING = "Remboursement refusé par Mme Lefèvre"


def _answered_then_corrected_and_deleted():
    """An entry whose answer was corrected, then deleted, and a second answer left."""
    person = a_customer("Chloé Martin")
    entry = an_entry(person, title="Gâteau brûlé", occurred_at="2026-11-10 09:00")
    answer = entries.respond(entry.id, OLD_WORDING, at="2026-11-10 10:00")
    kept = entries.respond(entry.id, "Avoir proposé", at="2026-11-10 11:00")
    responses.edit_response(answer.id, text="Remboursement accordé")
    responses.delete_response(answer.id)
    return person, entry, answer.id, kept.id


def _lines_of(entry_id: int, response_id: int) -> list:
    return [
        line
        for line in history.entry_history(entry_id)
        if line.kind == "response" and line.item_id == response_id
    ]


def _payloads() -> str:
    return " ".join(row.changes or "" for row in ChangeLog.select())


def test_the_entrys_history_keeps_an_answer_recorded_edited_and_deleted(journal, fake_clock):
    _, entry, gone, _ = _answered_then_corrected_and_deleted()
    lines = _lines_of(entry.id, gone)
    assert [(line.kind, line.what) for line in lines] == [
        ("response", history.CREATED),
        ("response", history.CHANGED),
        ("response", history.DELETED),
    ]
    assert (lines[1].old, lines[1].new) == (OLD_WORDING, "Remboursement accordé")
    assert all(line.who for line in lines)  # who and when, as for every change
    said = [history.describe(line) for line in lines]
    assert said[0] == "Response recorded" and said[2] == "Response deleted"
    assert OLD_WORDING not in said[2]  # a deletion shows no text, as other deletions


def test_an_answer_deleted_on_another_entry_stays_out_of_this_entrys_history(journal, fake_clock):
    _, _, gone, _ = _answered_then_corrected_and_deleted()
    other = an_entry(a_customer("Paul"), title="Autre", occurred_at="2026-11-10 09:00")
    assert _lines_of(other.id, gone) == []


def test_erasing_the_person_leaves_no_log_row_with_a_deleted_answers_old_wording(
    journal, fake_clock
):
    person, *_ = _answered_then_corrected_and_deleted()
    assert OLD_WORDING in _payloads()  # the edit's row held it
    privacy.erase_person(person.id)
    assert OLD_WORDING not in _payloads()
    assert "Remboursement accordé" not in _payloads()
    assert "Avoir proposé" not in _payloads()


def test_retention_leaves_no_log_row_with_a_deleted_answers_old_wording(journal, fake_clock):
    person, *_ = _answered_then_corrected_and_deleted()
    assert OLD_WORDING in _payloads()
    due = [d.person_id for d in retention.due_for_deletion(fake_clock.now().replace(year=2040))]
    assert person.id in due
    retention.erase_due(fake_clock.now().replace(year=2040), [person.id])
    assert OLD_WORDING not in _payloads()
    assert "Remboursement accordé" not in _payloads()


def test_erasing_someone_else_keeps_the_deleted_answers_history(journal, fake_clock):
    _, entry, gone, _ = _answered_then_corrected_and_deleted()
    privacy.erase_person(a_customer("Paul").id)
    assert OLD_WORDING in _payloads()
    assert [line.what for line in _lines_of(entry.id, gone)][-1] == history.DELETED
