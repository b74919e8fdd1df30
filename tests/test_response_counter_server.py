"""A counter answering an entry someone else recorded, on a server (issue 18's role table, issue
23): the entry's first-response time and status follow the answer, as they do for the entry's
author, though the policies let a counter edit only its own entries."""

from __future__ import annotations

import os

import pytest

from cxjournal import vocabulary as v
from cxjournal.services import entries
from cxjournal.store.models import Entry
from tests.test_server_roles import _back_as_admin, _connect, _open_as, shop  # noqa: F401

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
