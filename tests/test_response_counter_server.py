"""A counter answering an entry someone else recorded, on a server (issue 18's role table, issue
23): the entry's first-response time and status follow the answer, as they do for the entry's
author, though the policies let a counter edit only its own entries."""

from __future__ import annotations

import os

import pytest

from cxjournal import vocabulary as v
from cxjournal.services import entries, history, people, responses
from cxjournal.store.models import Entry
from tests.test_server_roles import _back_as_admin, _connect, _count, _open_as, shop  # noqa: F401

pytestmark = pytest.mark.server_only


def test_a_counters_answer_marks_someone_elses_entry_answered(shop, monkeypatch):  # noqa: F811
    address, ids, logins = shop
    admin_password = os.environ.get("PGPASSWORD")
    entry_id = ids["customer"]  # recorded by the owner
    _open_as(address, logins["counter"], monkeypatch)
    answer = entries.respond(entry_id, "Nous vous rappelons demain")
    _back_as_admin(address, monkeypatch, admin_password)
    entry = Entry.get_by_id(entry_id)
    assert entry.status == v.IN_PROGRESS
    assert entry.first_response_at == answer.at


def test_a_counter_still_cannot_change_that_entry_itself(shop, monkeypatch):  # noqa: F811
    address, ids, logins = shop
    with _connect(address, logins["counter"]) as con:
        changed = con.execute(
            "UPDATE entry SET status = 'resolved', title = 'x' WHERE id = %s", (ids["customer"],)
        ).rowcount
    assert changed == 0
    assert Entry.get_by_id(ids["customer"]).title == "Pain rassis"


def test_a_counter_sees_the_history_of_an_answer_deleted_on_its_own_entry(shop, monkeypatch):  # noqa: F811
    address, ids, logins = shop
    admin_password = os.environ.get("PGPASSWORD")
    hidden = entries.respond(ids["confidential"], "Rendez-vous chez le notaire").id
    responses.delete_response(hidden)  # by the owner, on an entry a counter never sees
    _open_as(address, logins["counter"], monkeypatch)
    (anna,) = people.find_people()
    mine = entries.log_entry(person=anna, kind="complaint", title="Tarte trop sucrée")
    answer = entries.respond(mine.id, "Nous la refaisons")
    responses.edit_response(answer.id, text="Nous la refaisons demain")
    responses.delete_response(answer.id)
    lines = [
        line.what
        for line in history.entry_history(mine.id)
        if line.kind == "response" and line.item_id == answer.id
    ]
    _back_as_admin(address, monkeypatch, admin_password)
    assert lines == [history.CREATED, history.CHANGED, history.DELETED]
    with _connect(address, logins["counter"]) as con:
        sql = "SELECT count(*) FROM change_log WHERE kind = 'response' AND item_id = %s"
        assert _count(con, sql, (answer.id,)) == 3
        assert _count(con, sql, (hidden,)) == 0  # the confidential entry's answer stays unseen
