"""Attached files on a server journal (issue 23): a file is seen exactly when its entry is. Real
counter and manager logins read the ``attachment`` table with plain SQL; a counter attaches to the
customer entries it sees and to nothing else."""

from __future__ import annotations

import uuid

import pytest

from cxjournal.services import accounts, attachments, entries, people
from cxjournal.store.connection import close_journal, open_journal
from tests.test_server_roles import PASSWORD, _connect, _count

pytestmark = pytest.mark.server_only


@pytest.fixture
def shop_with_files(journal):
    anna = people.add_person("Anna Dupont", "customer")
    open_id = entries.log_entry(person=anna, kind="complaint", title="Gâteau brûlé").id
    secret_id = entries.log_entry(
        person=anna, kind="complaint", title="Divorce difficile", confidential=True
    ).id
    attachments.attach_files(open_id, [("gateau.png", b"cake")])
    attachments.attach_files(secret_id, [("lettre.pdf", b"private letter")])
    logins = {}
    suffix = uuid.uuid4().hex[:6]
    for group in ("counter", "manager"):
        logins[group] = f"a_{group}_{suffix}"
        accounts.add_account(logins[group], group, PASSWORD)
    yield journal, {"open": open_id, "secret": secret_id}, logins
    close_journal()
    open_journal(journal)
    for login in logins.values():
        accounts.remove_account(login)


def test_a_counter_reads_no_file_of_a_confidential_entry(shop_with_files):
    address, ids, logins = shop_with_files
    with _connect(address, logins["counter"]) as con:
        assert [r[0] for r in con.execute("SELECT name FROM attachment")] == ["gateau.png"]
        assert (
            _count(con, "SELECT count(*) FROM attachment WHERE entry_id = %s", (ids["secret"],))
            == 0
        )
        assert (
            con.execute("DELETE FROM attachment WHERE entry_id = %s", (ids["secret"],)).rowcount
            == 0
        )
        # nor does the log tell that a file arrived on it
        assert _count(con, "SELECT count(*) FROM change_log WHERE kind = 'attachment'") == 1
    with _connect(address, logins["manager"]) as con:
        assert _count(con, "SELECT count(*) FROM attachment") == 2
        assert (
            bytes(
                con.execute(
                    "SELECT data FROM attachment WHERE entry_id = %s", (ids["secret"],)
                ).fetchone()[0]
            )
            == b"private letter"
        )


def test_a_counter_attaches_only_to_entries_it_sees(shop_with_files):
    import psycopg

    address, ids, logins = shop_with_files
    insert = (
        "INSERT INTO attachment (entry_id, name, mime_type, size, sha256, added_at, data) "
        "VALUES (%s, 'x.txt', 'text/plain', 1, '', now(), 'x')"
    )
    with _connect(address, logins["counter"]) as con:
        con.execute(insert, (ids["open"],))
        made_by = con.execute("SELECT made_by FROM attachment WHERE name = 'x.txt'").fetchone()[0]
        assert made_by == logins["counter"]  # the server says who, never the app
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute(insert, (ids["secret"],))
