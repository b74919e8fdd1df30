"""Signing in to a journal server with a password: from the window, PGPASSWORD / ~/.pgpass, or
the keyring; plain errors when it is missing or wrong, or when the server cannot be reached; the
report child process gets the password without it ever being on a command line."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import keyring
import pytest

from cxjournal import credentials
from cxjournal.errors import ServerUnreachableError, SignInNeededError
from cxjournal.store import server_roles
from cxjournal.store.connection import close_journal, current_location, open_journal
from tests.memory_keyring import use_memory_keyring

PASSWORD = "Croissant-42 é"


@pytest.fixture
def password_login(journal, worker_id, monkeypatch, tmp_path):
    """A login with a password on the test server (dropped afterwards), and no password for
    libpq to find by itself: PGPASSWORD unset, ~/.pgpass pointing nowhere."""
    import psycopg

    admin_password = os.environ.get("PGPASSWORD")
    name = f"cx_signin_{worker_id}".lower()

    def admin():
        return psycopg.connect(
            dbname=journal.dbname,
            **journal.connect_params(),
            password=admin_password,
            autocommit=True,
        )

    with admin() as con:
        con.execute(f'DROP ROLE IF EXISTS "{name}"')
        con.execute(f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{PASSWORD}'")
        # an owner account of this journal (CONNECT is granted to its roles only)
        con.execute(f'GRANT "{server_roles.role("owner")}" TO "{name}"')
        # the same login each test: events earlier tests recorded for it are not this test's
        con.execute("DELETE FROM account_event WHERE account = %s", (name,))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    before = keyring.get_keyring()
    use_memory_keyring()
    close_journal()
    yield replace(journal, user=name)
    close_journal()
    keyring.set_keyring(before)
    with admin() as con:
        con.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s", (name,)
        )
        con.execute(f'DROP OWNED BY "{name}"')
        con.execute(f'DROP ROLE "{name}"')
    monkeypatch.setenv("PGPASSWORD", admin_password or "")
    open_journal(journal)  # as the autouse fixture left it, for its own tear-down


@pytest.mark.server_only
def test_no_password_anywhere_asks_for_one(password_login):
    with pytest.raises(SignInNeededError) as raised:
        open_journal(password_login)
    assert not raised.value.wrong_password
    assert "PGPASSWORD" in str(raised.value) and password_login.user in str(raised.value)


@pytest.mark.server_only
def test_a_wrong_password_is_told_apart(password_login):
    with pytest.raises(SignInNeededError) as raised:
        open_journal(password_login, password="wrong")
    assert raised.value.wrong_password
    assert "refused the password" in str(raised.value)


@pytest.mark.server_only
def test_the_password_typed_opens_the_journal_and_stays_out_of_the_address(password_login):
    from cxjournal.store.server import session_password

    open_journal(password_login, password=PASSWORD)
    assert current_location() == password_login
    assert PASSWORD not in str(current_location())
    assert session_password() == PASSWORD


@pytest.mark.server_only
def test_the_keyring_is_tried_after_libpq_own_places(password_login):
    credentials.remember_password(password_login, "stale")
    with pytest.raises(SignInNeededError) as raised:
        open_journal(password_login)
    assert raised.value.wrong_password
    credentials.remember_password(password_login, PASSWORD)
    open_journal(password_login)
    assert current_location() == password_login


@pytest.mark.server_only
def test_pgpassword_still_comes_first(password_login, monkeypatch):
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    open_journal(password_login)
    assert current_location() == password_login


@pytest.mark.server_only
def test_a_server_that_does_not_answer_is_worth_retrying(password_login):
    with pytest.raises(ServerUnreachableError, match="did not answer on port 1"):
        open_journal(replace(password_login, host="127.0.0.1", port=1), password="x")
    with pytest.raises(ServerUnreachableError, match="No computer called"):
        open_journal(replace(password_login, host="no-such-host.invalid"), password="x")


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cxjournal", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


@pytest.mark.server_only
def test_the_command_line_says_where_to_put_the_password(password_login):
    env = {k: v for k, v in os.environ.items() if k != "PGPASSWORD"}
    env["CXJOURNAL_DB"] = str(password_login)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    missing = _cli("person", "list", env=env)
    assert missing.returncode == 2, missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1
    assert "PGPASSWORD" in missing.stderr and "~/.pgpass" in missing.stderr
    wrong = _cli("person", "list", env={**env, "PGPASSWORD": "wrong"})
    assert wrong.returncode == 2 and "refused the password" in wrong.stderr
    assert "Traceback" not in wrong.stderr
    right = _cli("person", "list", env={**env, "PGPASSWORD": PASSWORD})
    assert right.returncode == 0, right.stderr
    gone = _cli("person", "list", env={**env, "CXJOURNAL_DB": "postgresql://u@127.0.0.1:1/j"})
    assert gone.returncode == 75 and len(gone.stderr.strip().splitlines()) == 1


@pytest.mark.server_only
def test_the_report_child_gets_the_password_but_not_on_its_command_line(password_login, tmp_path):
    from cxjournal import child_process
    from cxjournal.reports.building import WEEK, ReportRequest

    open_journal(password_login, password=PASSWORD)
    out = tmp_path / "week.pdf"
    try:
        pages = child_process.build_report_in_child(
            password_login, ReportRequest(WEEK, week_of=date(2026, 11, 16)), out
        )
        assert pages >= 1 and out.read_bytes().startswith(b"%PDF")
        children = list(child_process._pool._processes)
        assert children
        for pid in children:
            argv = Path(f"/proc/{pid}/cmdline").read_bytes()
            assert PASSWORD.encode() not in argv
            assert b"postgresql://" not in argv
    finally:
        child_process.shut_down()
