"""Accounts of a journal on a server: logins belonging to one of its groups (``store.server_roles``).

Owners manage them through ``SECURITY DEFINER`` functions owned by ``<p>_accounts`` (CREATEROLE,
no login), with a pinned ``search_path``, so that no owner needs CREATEROLE itself (on
PostgreSQL 15 that attribute is enough to become a superuser). Only the owner group may execute
them. A function touches only logins of this journal's groups, never another role of the server,
and never leaves the journal without an owner. Passwords reach the server as SCRAM verifiers made
here, on the client (libpq's ``PQencryptPasswordConn``): the clear password never leaves this
computer, nor appears in a statement the server may log. Names are quoted by the server (``%I``).
"""

from __future__ import annotations

from typing import NamedTuple

from cxjournal.errors import NotFoundError, ValidationError
from cxjournal.i18n import tr
from cxjournal.store.models import db, on_server

_GROUPS_OF = "ARRAY['{p}_owner', '{p}_manager', '{p}_counter', '{p}_kiosk']"
_IS_ACCOUNT = """EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
    JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = login AND g.rolname = ANY({groups}))"""
_OWNERS_LEFT = """(SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
    JOIN pg_roles u ON u.oid = m.member
    WHERE g.rolname = '{p}_owner' AND u.rolcanlogin AND u.rolname <> login)"""
_FUNCTIONS = {
    "cxjournal_account_add(text, text, text)": """
CREATE OR REPLACE FUNCTION cxjournal_account_add(login text, grp text, verifier text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF NOT grp = ANY(ARRAY['owner', 'manager', 'counter', 'kiosk']) THEN
    RAISE EXCEPTION 'no such role' USING ERRCODE = '22023';
  END IF;
  IF login = '' OR login ~ '^(pg_|cxj_)' OR length(login) > 63 THEN
    RAISE EXCEPTION 'bad name' USING ERRCODE = '22023';
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
    RAISE EXCEPTION 'exists' USING ERRCODE = '42710';
  END IF;
  EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', login, verifier);
  EXECUTE format('GRANT %I TO %I', '{p}_' || grp, login);
END $$""",
    "cxjournal_account_role(text, text)": """
CREATE OR REPLACE FUNCTION cxjournal_account_role(login text, grp text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF NOT grp = ANY(ARRAY['owner', 'manager', 'counter', 'kiosk']) THEN
    RAISE EXCEPTION 'no such role' USING ERRCODE = '22023';
  END IF;
  IF NOT {is_account} THEN
    RAISE EXCEPTION 'not an account' USING ERRCODE = '42704';
  END IF;
  IF grp <> 'owner' AND {owners_left} = 0 THEN
    RAISE EXCEPTION 'last owner' USING ERRCODE = '55000';
  END IF;
  EXECUTE format('REVOKE %I, %I, %I, %I FROM %I',
    '{p}_owner', '{p}_manager', '{p}_counter', '{p}_kiosk', login);
  EXECUTE format('GRANT %I TO %I', '{p}_' || grp, login);
END $$""",
    "cxjournal_account_remove(text)": """
CREATE OR REPLACE FUNCTION cxjournal_account_remove(login text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF NOT {is_account} THEN
    RAISE EXCEPTION 'not an account' USING ERRCODE = '42704';
  END IF;
  IF login = session_user OR {owners_left} = 0 AND pg_has_role(login, '{p}_owner', 'MEMBER') THEN
    RAISE EXCEPTION 'last owner' USING ERRCODE = '55000';
  END IF;
  PERFORM pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = login;
  EXECUTE format('DROP ROLE %I', login);
END $$""",
    "cxjournal_accounts()": """
CREATE OR REPLACE FUNCTION cxjournal_accounts()
RETURNS TABLE (account text, grp text) LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
  SELECT u.rolname::text, substr(g.rolname, 14)::text
  FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
  WHERE g.rolname = ANY({groups}) AND u.rolcanlogin ORDER BY 1 $$""",
}


class Account(NamedTuple):
    name: str
    role: str  # owner, manager, counter, kiosk


def create_functions(journal: str) -> None:
    """The account functions of a journal being set up (see the module docstring)."""
    groups = _GROUPS_OF.format(p=journal)
    owners_left = _OWNERS_LEFT.format(p=journal)
    is_account = _IS_ACCOUNT.format(groups=groups)
    # Giving a function to a role takes membership of it (PostgreSQL 15 does not make the
    # creator of a role a member): held for the set-up only, so owners never hold it.
    accounts_role = f'"{journal}_accounts"'
    member = bool(
        db.execute_sql(
            "SELECT pg_has_role(session_user, %s, 'MEMBER')", (f"{journal}_accounts",)
        ).fetchone()[0]
    )
    from cxjournal.store.server_roles import may_create_in_schema

    may_create_in_schema(f"{journal}_accounts")
    if not member:
        db.execute_sql(f"GRANT {accounts_role} TO SESSION_USER")
    _create_each_function(journal, groups, owners_left, is_account)
    if not member:  # on failure the set-up transaction rolls the grant back with the rest
        db.execute_sql(f"REVOKE {accounts_role} FROM SESSION_USER")


def _create_each_function(journal: str, groups: str, owners_left: str, is_account: str) -> None:
    for signature, text in _FUNCTIONS.items():
        db.execute_sql(
            text.replace("{is_account}", is_account)
            .replace("{owners_left}", owners_left)
            .replace("{groups}", groups)
            .replace("{p}", journal)
            .replace("%", "%%")  # peewee always passes parameters: % is psycopg's placeholder
        )
        db.execute_sql(f'ALTER FUNCTION {signature} OWNER TO "{journal}_accounts"')
        db.execute_sql(f"REVOKE EXECUTE ON FUNCTION {signature} FROM PUBLIC")
        db.execute_sql(f'GRANT EXECUTE ON FUNCTION {signature} TO "{journal}_owner"')


def require_shared_journal() -> None:
    """Accounts exist only on a server; a file journal has one user, treated as the owner."""
    if not on_server():
        raise ValidationError(
            tr(
                "Accounts need a shared journal on a server; a journal file has one user, who "
                "is its owner."
            )
        )


def scram_verifier(name: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of ``password`` for the login ``name``, made on this computer."""
    pgconn = db.connection().pgconn
    return pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256").decode()


def _call(sql: str, params: tuple, name: str) -> None:
    from cxjournal.store.server import sqlstate

    try:
        db.execute_sql(sql, params)
    except Exception as exc:
        state = sqlstate(exc)
        if state == "42710":
            raise ValidationError(
                tr("There is already a login called “{name}” on this server.").format(name=name)
            ) from exc
        if state == "42704":
            raise NotFoundError(
                tr("“{name}” is not an account of this journal.").format(name=name)
            ) from exc
        if state == "55000":
            raise ValidationError(
                tr(
                    "“{name}” cannot be removed nor lose the owner role: the journal must keep "
                    "an owner, and nobody removes their own account."
                ).format(name=name)
            ) from exc
        if state == "22023":
            raise ValidationError(
                tr("“{name}” cannot be used as an account name.").format(name=name)
            ) from exc
        raise


def add_account(name: str, group: str, password: str) -> None:
    _call(
        "SELECT cxjournal_account_add(%s, %s, %s)",
        (name, group, scram_verifier(name, password)),
        name,
    )


def set_role(name: str, group: str) -> None:
    _call("SELECT cxjournal_account_role(%s, %s)", (name, group), name)


def remove_account(name: str) -> None:
    _call("SELECT cxjournal_account_remove(%s)", (name,), name)


def accounts() -> list[Account]:
    return [
        Account(name, group)
        for name, group in db.execute_sql(
            # as the language sorts names ("émile" with the E's), as every list does
            "SELECT account, grp FROM cxjournal_accounts() ORDER BY account COLLATE cx_natural"
        )
    ]
