"""What happened to the accounts of a journal on a server: accounts added and removed, roles
changed, and failed sign-ins (issue 18), in the ``account_event`` table, readable by owners only.

The table exists on a server only, like the accounts: a journal file has one user and nothing to
record. It is not copied by ``copy-to`` nor exported, for the same reason as ``journal_roles``: a
copy gets accounts of its own, and these rows name accounts that do not exist there. Nobody edits
a row (no UPDATE policy); only an owner reads or deletes them (``store.server_policies``). Who did
it (``by_login``) is the session's login, set by the server and checked by policy, never sent by
the app.

A failed sign-in cannot be written when it happens: the server refuses the password before any
table can be reached, and a caller that is not signed in cannot run anything. So the window keeps
this computer's failures aside (``cxjournal.sign_in_failures``) and writes them at the next
successful sign-in on this computer, whoever signs in, through ``cxjournal_sign_in_failed``, a
``SECURITY DEFINER`` function every account may call but which writes nothing but a failure.
Failures from other programs (``psql``), or on a computer nobody signs in to afterwards, are not
here: PostgreSQL's own log has every refused password (``log_connections``).
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from cxjournal.store.models import db, on_server

TABLE = "account_event"
ADDED, ROLE, REMOVED, SIGN_IN_FAILED = "added", "role", "removed", "sign_in_failed"
KINDS = (ADDED, ROLE, REMOVED, SIGN_IN_FAILED)

_CREATE = f"""CREATE TABLE IF NOT EXISTS {TABLE} (
  id SERIAL PRIMARY KEY,
  at TIMESTAMP NOT NULL,
  kind VARCHAR(20) NOT NULL CHECK (kind IN ('added', 'role', 'removed', 'sign_in_failed')),
  account VARCHAR(63) NOT NULL,
  role VARCHAR(10),
  tries INTEGER,
  computer VARCHAR(200),
  by_login VARCHAR(63) NOT NULL DEFAULT session_user)"""
_FAILED = """CREATE OR REPLACE FUNCTION cxjournal_sign_in_failed(
  login text, tries integer, last_try timestamp, computer text)
RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
  INSERT INTO account_event (at, kind, account, tries, computer)
  VALUES (last_try, 'sign_in_failed', left(login, 63), greatest(1, least(tries, 1000000)),
          left(computer, 200)) $$"""
_SIGNATURE = "cxjournal_sign_in_failed(text, integer, timestamp, text)"
# An owner forgets a login that is no longer an account (GDPR): the events about it go, and
# where it recorded others' events its name is blanked, so the rest of the record stays whole.
_FORGET = """CREATE OR REPLACE FUNCTION cxjournal_account_forget(login text)
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
DECLARE gone integer; blanked integer;
BEGIN
  IF NOT pg_has_role(session_user, '{p}_owner', 'MEMBER') THEN
    RAISE EXCEPTION 'owners only' USING ERRCODE = '42501';
  END IF;
  IF EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
             JOIN pg_roles u ON u.oid = m.member
             WHERE u.rolname = login
               AND g.rolname IN ('{p}_owner', '{p}_manager', '{p}_counter', '{p}_kiosk')) THEN
    RAISE EXCEPTION 'still an account' USING ERRCODE = '55000';
  END IF;
  DELETE FROM account_event WHERE account = login;
  GET DIAGNOSTICS gone = ROW_COUNT;
  UPDATE account_event SET by_login = '' WHERE by_login = login;
  GET DIAGNOSTICS blanked = ROW_COUNT;
  RETURN gone + blanked;
END $$"""
_FORGET_SIGNATURE = "cxjournal_account_forget(text)"


class AccountEvent(NamedTuple):
    at: datetime
    kind: str  # one of KINDS
    account: str
    role: str | None  # the role given (added, role)
    tries: int | None  # failed sign-ins: how many in a row
    computer: str | None  # failed sign-ins: the computer they were typed on
    by: str  # the login signed in when it was recorded


def create(journal_prefix: str) -> None:
    """The table and the function that records failed sign-ins (idempotent; a server only)."""
    from cxjournal.store.server_roles import may_create_in_schema

    may_create_in_schema(f"{journal_prefix}_tables")  # to be given the function below
    db.execute_sql(_CREATE)
    schema = db.execute_sql("SELECT quote_ident(current_schema())").fetchone()[0]
    db.execute_sql(_FAILED.format(schema=schema))
    db.execute_sql(f'ALTER FUNCTION {_SIGNATURE} OWNER TO "{journal_prefix}_tables"')
    db.execute_sql(f"REVOKE EXECUTE ON FUNCTION {_SIGNATURE} FROM PUBLIC")
    groups = ", ".join(f'"{journal_prefix}_{g}"' for g in ("owner", "manager", "counter", "kiosk"))
    db.execute_sql(f"GRANT EXECUTE ON FUNCTION {_SIGNATURE} TO {groups}")
    db.execute_sql(_FORGET.format(schema=schema, p=journal_prefix))
    db.execute_sql(f'ALTER FUNCTION {_FORGET_SIGNATURE} OWNER TO "{journal_prefix}_tables"')
    db.execute_sql(f"REVOKE EXECUTE ON FUNCTION {_FORGET_SIGNATURE} FROM PUBLIC")
    db.execute_sql(f'GRANT EXECUTE ON FUNCTION {_FORGET_SIGNATURE} TO "{journal_prefix}_owner"')


def record(at: datetime, kind: str, account: str, role: str | None = None) -> None:
    """An owner's change to the accounts (the server adds who made it)."""
    db.execute_sql(
        f"INSERT INTO {TABLE} (at, kind, account, role) VALUES (%s, %s, %s, %s)",
        (at, kind, account, role),
    )


def record_failed(account: str, tries: int, last_try: datetime, computer: str) -> None:
    """Failed sign-ins typed on ``computer``, recorded by whoever signed in next there."""
    db.execute_sql(
        "SELECT cxjournal_sign_in_failed(%s::text, %s::integer, %s::timestamp, %s::text)",
        (account, tries, last_try, computer),
    )


def events(limit: int = 500) -> list[AccountEvent]:
    """The latest events first (rows the signed-in login may not read are not there)."""
    if not on_server():
        return []
    rows = db.execute_sql(
        f"SELECT at, kind, account, role, tries, computer, by_login FROM {TABLE} "
        "ORDER BY at DESC, id DESC LIMIT %s",
        (limit,),
    )
    return [AccountEvent(*row) for row in rows]


def forget_login(login: str) -> int:
    """Delete the events about ``login`` and blank its name where it recorded others'; how many
    rows changed. The server refuses while ``login`` is still an account of the journal, and to
    anyone but an owner."""
    return db.execute_sql("SELECT cxjournal_account_forget(%s::text)", (login,)).fetchone()[0]


def forget_before(cutoff: datetime) -> int:
    """Delete the events from before ``cutoff``; how many went (0 on a file, which has none, and
    for anyone but an owner: the server lets nobody else delete a row)."""
    if not on_server():
        return 0
    cursor = db.execute_sql(f"DELETE FROM {TABLE} WHERE at < %s", (cutoff,))
    return cursor.rowcount
