"""Responses on a server journal (issue 18's role table, issue 23): a counter corrects or deletes
the answers on the entries it may edit (its own customer entries) and on no other, through the
app and through plain SQL, with a real counter login."""

from __future__ import annotations

import os

import pytest

from cxjournal.errors import CXJournalError
from cxjournal.services import entries, people, responses
from cxjournal.store.models import Response
from tests.test_server_roles import _back_as_admin, _connect, _count, _open_as, shop  # noqa: F401

pytestmark = pytest.mark.server_only


def test_a_counter_edits_answers_on_its_own_entries_only(shop, monkeypatch):  # noqa: F811
    address, ids, logins = shop
    admin_password = os.environ.get("PGPASSWORD")
    theirs = entries.respond(ids["customer"], "Réponse du patron").id  # made by the owner
    _open_as(address, logins["counter"], monkeypatch)
    (anna,) = people.find_people()
    mine = entries.log_entry(person=anna, kind="complaint", title="Baguette trop cuite")
    answer = entries.respond(mine.id, "Remplacée")
    responses.edit_response(answer.id, text="Remplacée par une autre")
    assert Response.get_by_id(answer.id).text == "Remplacée par une autre"
    with pytest.raises(CXJournalError):  # seen, not the counter's to change
        responses.edit_response(theirs, text="Effacé")
    with pytest.raises(CXJournalError):
        responses.delete_response(theirs)
    responses.delete_response(answer.id)
    _back_as_admin(address, monkeypatch, admin_password)
    assert Response.get_by_id(theirs).text == "Réponse du patron"
    assert Response.get_or_none(Response.id == answer.id) is None
    with _connect(address, logins["counter"]) as con:
        assert _count(con, "SELECT count(*) FROM response WHERE id = %s", (theirs,)) == 1
        assert con.execute("UPDATE response SET text = 'x' WHERE id = %s", (theirs,)).rowcount == 0
        assert con.execute("DELETE FROM response WHERE id = %s", (theirs,)).rowcount == 0
    with _connect(address, logins["manager"]) as con:
        assert con.execute("UPDATE response SET text = 'y' WHERE id = %s", (theirs,)).rowcount == 1
