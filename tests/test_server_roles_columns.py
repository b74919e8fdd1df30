"""The columns added after the roles (issue 18 against issues 20-23): ``person.phone_e164``,
``entry.satisfaction_after``, ``entry.resolution_amount``, ``promise.amount``,
``entry.message_id`` and ``response.message_id``, and an entry's waits (``waiting_on``,
``waits``). Real logins of each role, plain SQL and the app's services, asserted as row counts:
a counter reads none of them on the rows hidden from it (staff, confidential), a kiosk reads
nothing, and a counter changes them only where the table of roles lets it (its own customer
entries; customer promises it may keep; customers)."""

from __future__ import annotations

import os
import uuid

import pytest

from cxjournal.services import accounts, entries, people, promises
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.models import Entry, Person, Promise, db
from tests.test_server_roles import PASSWORD, _back_as_admin, _connect, _count, _open_as

pytestmark = pytest.mark.server_only

_ENTRY_VALUES = (
    "UPDATE entry SET satisfaction_after = 4, resolution_amount = 1500, waiting_on = 'Moulin', "
    "waits = '[[\"2026-01-05T10:00:00\", null]]', message_id = %s WHERE id = %s"
)


@pytest.fixture
def shop(journal):
    """A customer, a staff member, each with a phone; an entry of each kind (customer, its
    confidential one, staff) carrying every new column, a response with a Message-ID and a
    promise with an amount on each; and a login of each role."""
    anna = people.add_person("Anna Dupont", "customer", phone="06 12 34 56 78")
    marc = people.add_person("Marc Petit", "staff", phone="06 98 76 54 32")
    ids = {
        "customer": entries.log_entry(person=anna, kind="complaint", title="Pain rassis").id,
        "confidential": entries.log_entry(
            person=anna, kind="complaint", title="Divorce difficile", confidential=True
        ).id,
        "staff": entries.log_entry(person=marc, kind="concern", title="Migraine").id,
    }
    for key, entry_id in list(ids.items()):
        db.execute_sql(_ENTRY_VALUES, (f"<{key}@boulangerie.fr>", entry_id))
        entries.respond(entry_id, f"Réponse {key}")
        db.execute_sql(
            "UPDATE response SET message_id = %s WHERE entry_id = %s",
            (f"<re-{key}@boulangerie.fr>", entry_id),
        )
        person = marc if key == "staff" else anna
        promise = promises.make_promise(
            person=person, what=f"Geste {key}", due="2099-12-01", entry=entry_id, amount=990
        )
        ids[f"promise_{key}"] = promise.id
    logins = {}
    suffix = uuid.uuid4().hex[:6]
    for group in accounts.GROUPS:
        logins[group] = f"c_{group}_{suffix}"
        accounts.add_account(logins[group], group, PASSWORD)
    yield journal, ids, logins
    close_journal()
    open_journal(journal)
    for login in logins.values():
        accounts.remove_account(login)


_NEW_COLUMNS = {
    "person": "phone_e164 <> ''",
    "entry": "satisfaction_after IS NOT NULL",
    "entry ": "resolution_amount IS NOT NULL",  # (a space: one key per column)
    "entry  ": "waiting_on <> '' AND waits <> ''",
    "entry   ": "message_id <> ''",
    "response": "message_id <> ''",
    "promise": "amount IS NOT NULL",
}


def _counts(con) -> dict[str, int]:
    return {
        f"{table.strip()}: {where}": _count(con, f"SELECT count(*) FROM {table} WHERE {where}")
        for table, where in _NEW_COLUMNS.items()
    }


def test_a_counter_reads_the_new_columns_of_customer_rows_only(shop):
    address, _ids, logins = shop
    with _connect(address, logins["counter"]) as con:
        assert set(_counts(con).values()) == {1}  # one of each: the customer's, never the others
        assert [r[0] for r in con.execute("SELECT phone_e164 FROM person")] == ["+33612345678"]
        hidden = ["<confidential@boulangerie.fr>", "<staff@boulangerie.fr>"]
        assert _count(con, "SELECT count(*) FROM entry WHERE message_id = ANY(%s)", (hidden,)) == 0
        assert (
            _count(
                con,
                "SELECT count(*) FROM response WHERE message_id LIKE '<re-%%' "
                "AND message_id <> '<re-customer@boulangerie.fr>'",
            )
            == 0
        )
        assert _count(con, "SELECT count(*) FROM person WHERE phone_e164 = '+33698765432'") == 0
        assert _count(con, "SELECT coalesce(sum(amount), 0) FROM promise") == 990
        assert _count(con, "SELECT coalesce(sum(resolution_amount), 0) FROM entry") == 1500
    with _connect(address, logins["manager"]) as con:
        counts = _counts(con)
        assert counts.pop("person: phone_e164 <> ''") == 2
        assert set(counts.values()) == {3}


def test_a_kiosk_reads_none_of_them(shop):
    import psycopg

    address, _ids, logins = shop
    for table, where in _NEW_COLUMNS.items():
        with _connect(address, logins["kiosk"]) as con:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                con.execute(f"SELECT count(*) FROM {table} WHERE {where}")


def test_a_counter_changes_them_only_where_its_role_may(shop):
    address, ids, logins = shop
    others = [ids["customer"], ids["confidential"], ids["staff"]]
    with _connect(address, logins["counter"]) as con:
        # not on entries it did not make, nor on hidden ones
        for column, value in (
            ("satisfaction_after", "1"),
            ("resolution_amount", "1"),
            ("waiting_on", "'x'"),
            ("waits", "''"),
            ("message_id", "'<x>'"),
        ):
            changed = con.execute(
                f"UPDATE entry SET {column} = {value} WHERE id = ANY(%s)", (others,)
            ).rowcount
            assert (column, changed) == (column, 0)
        # on one it made itself, yes
        own = con.execute(
            "INSERT INTO entry (person_id, side, kind, channel, occurred_at, title, details, "
            "priority, status, resolution, confidential, created_at, updated_at) SELECT id, "
            "'customer', 'complaint', 'in-person', now(), 'Baguette', '', 2, 'open', '', false, "
            "now(), now() FROM person RETURNING id"
        ).fetchone()[0]
        assert con.execute(_ENTRY_VALUES.replace("%s", "'<own>'", 1), (own,)).rowcount == 1
        # a response's Message-ID: only on the answers to the entries it may edit (its own);
        # a promise's amount: the customer's only (it keeps customer promises); the hidden ones
        # are not even there to change
        assert con.execute("UPDATE response SET message_id = '<y>'").rowcount == 0
        con.execute(
            "INSERT INTO response (entry_id, at, text) VALUES (%s, now(), 'Rappelé')", (own,)
        )
        assert con.execute("UPDATE response SET message_id = '<y>'").rowcount == 1
        assert con.execute("UPDATE promise SET amount = 1").rowcount == 1
        # a phone: the customer's only
        assert con.execute("UPDATE person SET phone_e164 = '+33100000000'").rowcount == 1
        assert con.execute("DELETE FROM promise").rowcount == 0
    assert Entry.get_by_id(ids["staff"]).resolution_amount == 1500
    assert Entry.get_by_id(ids["confidential"]).waiting_on == "Moulin"
    assert Promise.get_by_id(ids["promise_staff"]).amount == 990
    assert Promise.get_by_id(ids["promise_confidential"]).amount == 990
    assert Person.get(Person.name == "Marc Petit").phone_e164 == "+33698765432"


def test_through_the_app_a_counter_finds_no_one_by_a_hidden_number(shop, monkeypatch):
    address, ids, logins = shop
    admin_password = os.environ.get("PGPASSWORD")
    _open_as(address, logins["counter"], monkeypatch)
    try:
        assert [p.name for p in people.find_people("06 12 34 56 78")] == ["Anna Dupont"]
        assert people.find_people("+33 6 98 76 54 32") == []
        assert [p.amount for p in Promise.select()] == [990]
        seen = Entry.select(Entry.id, Entry.waiting_on, Entry.message_id).tuples()
        assert list(seen) == [(ids["customer"], "Moulin", "<customer@boulangerie.fr>")]
    finally:
        _back_as_admin(address, monkeypatch, admin_password)
