"""The ``account`` commands against a real server (issue 18): add with the password from a file,
from a pipe or asked on a terminal; list, role, remove (which ends the account's sessions); owners
only; a journal file refuses them; the password never in an argument nor in a file the app wrote."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from cxjournal.cli import main
from cxjournal.services import accounts
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.location import ServerAddress

PASSWORD = "Sésame ouvre-toi 42"


def _login() -> str:
    return f"t_cli_{uuid.uuid4().hex[:8]}"


def _can_sign_in(address: ServerAddress, login: str, password: str = PASSWORD) -> bool:
    import psycopg

    params = {**address.connect_params(), "user": login}
    try:
        psycopg.connect(dbname=address.dbname, password=password, **params).close()
    except psycopg.OperationalError:
        return False
    return True


def _sessions_of(login: str) -> int:
    from cxjournal.store.models import db

    row = db.execute_sql("SELECT count(*) FROM pg_stat_activity WHERE usename = %s", (login,))
    return row.fetchone()[0]


def _password_file(tmp_path: Path, text: str = PASSWORD + "\n") -> Path:
    path = tmp_path / "password"
    path.write_text(text, encoding="utf-8")
    path.chmod(0o600)
    return path


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def admin(journal):
    """The test server's journal, reopened as its administrator after each command (the CLI
    closes the journal it opened); the logins a test made are removed at its end."""
    made: list[str] = []
    yield journal, made
    close_journal()
    open_journal(journal)
    for login in made:
        if login in {a.name for a in accounts.list_accounts()}:
            accounts.remove_account(login)


@pytest.mark.server_only
def test_add_list_role_remove_from_the_cli(admin, tmp_path, capsys):
    address, made = admin
    login = _login()
    made.append(login)
    secret = _password_file(tmp_path)
    code, out, err = _run(
        capsys, "account", "add", login, "--role", "counter", "--password-file", str(secret)
    )
    assert (code, err) == (0, "")
    assert login in out and "counter" in out
    assert _can_sign_in(address, login)

    code, out, _ = _run(capsys, "account", "list", "--json")
    assert code == 0
    assert {"name": login, "role": "counter"} in json.loads(out)
    code, out, _ = _run(capsys, "account", "list")
    assert f"{login}\tcounter" in out.splitlines()

    assert _run(capsys, "account", "role", login, "manager")[0] == 0
    _, out, _ = _run(capsys, "account", "list", "--json")
    assert [a["role"] for a in json.loads(out) if a["name"] == login] == ["manager"]

    assert _run(capsys, "account", "remove", login)[0] == 0
    _, out, _ = _run(capsys, "account", "list", "--json")
    assert login not in [a["name"] for a in json.loads(out)]
    assert not _can_sign_in(address, login)


@pytest.mark.server_only
def test_removing_an_account_ends_its_open_sessions(admin, tmp_path, capsys):
    import psycopg

    address, made = admin
    login = _login()
    made.append(login)
    accounts.add_account(login, "counter", PASSWORD)
    params = {**address.connect_params(), "user": login}
    held = psycopg.connect(dbname=address.dbname, password=PASSWORD, autocommit=True, **params)
    try:
        assert _sessions_of(login) == 1
        close_journal()
        assert _run(capsys, "account", "remove", login)[0] == 0
        open_journal(address)
        deadline = time.monotonic() + 5  # the backend ends on a signal, a moment later
        while _sessions_of(login) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _sessions_of(login) == 0
        with pytest.raises(psycopg.OperationalError):
            held.execute("SELECT 1")
    finally:
        held.close()


@pytest.mark.file_only
@pytest.mark.parametrize("action", [("list",), ("remove", "x"), ("role", "x", "owner")])
def test_a_journal_file_has_no_accounts(journal, capsys, action):
    code, out, err = _run(capsys, "account", *action)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "shared journal" in err


@pytest.mark.file_only
def test_adding_on_a_journal_file_asks_no_password(journal):
    done = subprocess.run(
        [sys.executable, "-m", "cxjournal", "account", "add", "x", "--role", "kiosk"],
        input="",
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "CXJOURNAL_DB": str(journal)},
    )
    assert done.returncode == 2 and "assword" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def _child_env(address: ServerAddress, tmp_path: Path) -> dict[str, str]:
    env = {**os.environ, "CXJOURNAL_DB": str(address)}
    env["XDG_DATA_HOME"] = str(tmp_path / "child-data")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "child-config")
    env["XDG_STATE_HOME"] = str(tmp_path / "child-state")
    env["XDG_CACHE_HOME"] = str(tmp_path / "child-cache")
    return env


def _nothing_written_holds_the_password(tmp_path: Path) -> None:
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path


@pytest.mark.server_only
def test_a_password_piped_on_stdin_is_read_without_a_terminal(admin, tmp_path):
    address, made = admin
    login = _login()
    made.append(login)
    done = subprocess.run(
        [sys.executable, "-m", "cxjournal", "account", "add", login, "--role", "kiosk"],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        timeout=60,
        env=_child_env(address, tmp_path),
        start_new_session=True,  # no controlling terminal: /dev/tty cannot be opened
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert PASSWORD not in done.stdout
    assert _can_sign_in(address, login)
    _nothing_written_holds_the_password(tmp_path)


@pytest.mark.server_only
def test_an_empty_stdin_is_one_line_and_exit_2(admin, tmp_path):
    address, made = admin
    login = _login()
    made.append(login)
    done = subprocess.run(
        [sys.executable, "-m", "cxjournal", "account", "add", login, "--role", "kiosk"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        env=_child_env(address, tmp_path),
        start_new_session=True,
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert login not in {a.name for a in accounts.list_accounts()}
