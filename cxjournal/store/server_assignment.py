"""Assignment and per-account reminder claims on a server, enforced by the server itself.

A follow-up or promise may be assigned to an account (``assigned_to``, a login name; NULL:
nobody). Owners and managers assign to anyone; a counter may set it only to itself or to nobody,
checked by a trigger (a row-level policy's WITH CHECK cannot tell a value the counter set from
one already there, and a counter may still complete a colleague's follow-up). The trigger runs
with the caller's rights (``current_user`` must be the account, not the tables' owner).

A reminder's claim (``announcement``) belongs to the login that claimed it: its ``account``
defaults to ``current_user`` and the row-level policy (``store.server_policies``) lets each login
see and write its own claims only, except owners, who copy the journal whole (``copy-to``); the
reminders read only the signed-in account's claims (``models.claims_of_this_account``).
"""

from __future__ import annotations

from cxjournal.store.models import db

ASSIGNED_TABLES = ("promise", "follow_up")
_CHECK_ASSIGNEE = """
CREATE OR REPLACE FUNCTION cxjournal_check_assignee() RETURNS trigger LANGUAGE plpgsql
SET search_path = {schema}, pg_temp AS $$
BEGIN
  IF NEW.assigned_to IS NOT NULL AND NEW.assigned_to <> current_user::text
     AND (TG_OP = 'INSERT' OR NEW.assigned_to IS DISTINCT FROM OLD.assigned_to)
     AND NOT cxjournal_sees_all() THEN
    RAISE EXCEPTION 'a counter assigns to itself or to nobody' USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$
"""
# The journal's accounts that may be given work: logins of its owner, manager and counter groups.
# Sorted as the language sorts names ("émile" with the E's), as every list is (store/collation.py).
_ASSIGNEES = """SELECT login FROM (SELECT DISTINCT u.rolname::text AS login FROM pg_auth_members m
  JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
  WHERE g.rolname = ANY(%s) AND u.rolcanlogin) AS found ORDER BY login COLLATE cx_natural"""


def apply(tables_role: str) -> None:
    """The assignee check on every assigned table, and claims that default to the login
    (idempotent: run at set-up and after every server migration)."""
    (schema,) = db.execute_sql("SELECT quote_ident(current_schema())").fetchone()
    db.execute_sql(_CHECK_ASSIGNEE.format(schema=schema))
    db.execute_sql(f'ALTER FUNCTION cxjournal_check_assignee() OWNER TO "{tables_role}"')
    for table in ASSIGNED_TABLES:
        db.execute_sql(f'DROP TRIGGER IF EXISTS "check_assignee" ON "{table}"')
        db.execute_sql(
            f'CREATE TRIGGER "check_assignee" BEFORE INSERT OR UPDATE ON "{table}" '
            "FOR EACH ROW EXECUTE FUNCTION cxjournal_check_assignee()"
        )
    db.execute_sql('ALTER TABLE "announcement" ALTER COLUMN account SET DEFAULT current_user')


def current_login() -> str:
    """The login this connection signed in as."""
    return str(db.execute_sql("SELECT current_user::text").fetchone()[0])


def assignees(journal_prefix: str) -> list[str]:
    """The journal's owner, manager and counter accounts, by name."""
    groups = [f"{journal_prefix}_{group}" for group in ("owner", "manager", "counter")]
    return [name for (name,) in db.execute_sql(_ASSIGNEES, (groups,))]
