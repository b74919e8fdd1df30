"""Who may do what in a journal on a server: its group roles, who owns its tables, and the grants.

PostgreSQL roles belong to the whole server, so each journal names its own, from a prefix kept in
the ``journal_roles`` table (``cxj_`` and 8 hex digits, made when the journal is set up and never
copied: a journal copied onto another database gets roles of its own). The groups ``<p>_owner``,
``<p>_manager``, ``<p>_counter`` and ``<p>_kiosk`` log in as nobody: each account is a login
belonging to one of them (``store.server_accounts``). The tables belong to ``<p>_tables``, a role
nobody signs in as, so that row-level security (``store.server_policies``, FORCEd) applies to every
account; owners are members of it, which is what lets an owner's computer upgrade the journal.
Accounts are managed by functions owned by ``<p>_accounts`` (CREATEROLE, no login), which owners
may call but not become: on PostgreSQL 15 a role with CREATEROLE can make itself a superuser.

``install`` runs once, when a journal is set up on a server (it needs a login that may create
roles and owns the database); ``apply`` runs after it and at the end of every server migration,
idempotently: ownership, grants and policies of whatever tables that migration made.
"""

from __future__ import annotations

import re
import uuid
import weakref

from cxjournal.store import changelog, server_assignment, server_policies
from cxjournal.store.models import db, on_server

GROUPS = ("owner", "manager", "counter", "kiosk")
TABLE = "journal_roles"
MADE_BY_TABLES = ("entry", "response", "promise", "follow_up", "attachment")
_PREFIX = re.compile(r"^cxj_[0-9a-f]{8}$")
_KEEP_MADE_BY = """
CREATE OR REPLACE FUNCTION cxjournal_keep_made_by() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.made_by := OLD.made_by;  -- who made a row never changes, whoever edits it
  RETURN NEW;
END $$
"""


def _one(sql: str, params: tuple = ()) -> object:
    row = db.execute_sql(sql, params).fetchone()
    return row[0] if row else None


def prefix() -> str | None:
    """The open journal's role prefix (None before ``install``, or where no table holds it)."""
    if not _one("SELECT to_regclass(%s) IS NOT NULL", (TABLE,)):
        return None
    value = _one(f"SELECT prefix FROM {TABLE}")
    if value is not None and not _PREFIX.match(str(value)):
        raise ValueError(f"unexpected role prefix {value!r}")
    return value


def role(group: str, journal_prefix: str | None = None) -> str:
    """The server role of ``group`` (owner, manager, counter, kiosk, tables, accounts)."""
    return f"{journal_prefix or prefix()}_{group}"


def _new_prefix() -> str:
    """8 hex digits of the journal's identity, or random ones when another database has them."""
    from cxjournal.store.identity import journal_id

    candidate = "cxj_" + journal_id().replace("-", "")[:8]
    while _one("SELECT 1 FROM pg_roles WHERE rolname = %s", (f"{candidate}_owner",)):
        candidate = "cxj_" + uuid.uuid4().hex[:8]
    return candidate


def _create_role(name: str, attributes: str) -> None:
    if not _one("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)):
        db.execute_sql(f'CREATE ROLE "{name}" {attributes}')


def install() -> str:
    """Set up the roles of a journal being created (inside its set-up transaction); the login
    doing it becomes its first owner account. Returns the prefix."""
    found = prefix()
    if found is not None:
        return found
    db.execute_sql(f"CREATE TABLE IF NOT EXISTS {TABLE} (prefix VARCHAR(12) PRIMARY KEY)")
    journal = _new_prefix()
    db.execute_sql(f"INSERT INTO {TABLE} (prefix) VALUES (%s)", (journal,))
    _create_role(role("tables", journal), "NOLOGIN")
    _create_role(role("accounts", journal), "NOLOGIN CREATEROLE")
    for group in GROUPS:
        _create_role(role(group, journal), "NOLOGIN")
    db.execute_sql(f'GRANT "{role("tables", journal)}" TO "{role("owner", journal)}"')
    db.execute_sql(f'GRANT pg_signal_backend TO "{role("accounts", journal)}"')
    db.execute_sql(f'GRANT "{role("owner", journal)}" TO SESSION_USER')
    database = _one("SELECT quote_ident(current_database())")
    db.execute_sql(f"REVOKE CONNECT ON DATABASE {database} FROM PUBLIC")
    groups = ", ".join(f'"{role(g, journal)}"' for g in GROUPS)
    db.execute_sql(f"GRANT CONNECT ON DATABASE {database} TO {groups}")
    from cxjournal.store import server_accounts

    server_accounts.create_functions(journal)
    return journal


def may_create_in_schema(*roles: str) -> None:
    """The roles that own the journal's tables and functions may create in its schema: giving
    an object to a role needs that (the schema's owner grants it once; already there, nothing)."""
    for name in roles:
        if not _one("SELECT has_schema_privilege(%s, current_schema(), 'CREATE')", (name,)):
            db.execute_sql(f'GRANT USAGE, CREATE ON SCHEMA {_schema()} TO "{name}"')


def _own_everything(tables_role: str) -> None:
    """Every table of the journal (their sequences follow) and function belongs to the role
    nobody signs in as."""
    may_create_in_schema(tables_role)
    for (name,) in db.execute_sql(
        "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = current_schema()"
    ).fetchall():
        db.execute_sql(f'ALTER TABLE {name} OWNER TO "{tables_role}"')


def _made_by_defaults() -> None:
    db.execute_sql(_KEEP_MADE_BY)
    for table in MADE_BY_TABLES:
        db.execute_sql(f'ALTER TABLE "{table}" ALTER COLUMN made_by SET DEFAULT current_user')
        db.execute_sql(f'DROP TRIGGER IF EXISTS "keep_made_by" ON "{table}"')
        db.execute_sql(
            f'CREATE TRIGGER "keep_made_by" BEFORE UPDATE ON "{table}" FOR EACH ROW '
            "EXECUTE FUNCTION cxjournal_keep_made_by()"
        )


def _grants(journal: str) -> None:
    owner, manager, counter, kiosk = (role(g, journal) for g in GROUPS)
    readers = f'"{owner}", "{manager}", "{counter}"'
    db.execute_sql(f"REVOKE ALL ON ALL TABLES IN SCHEMA {_schema()} FROM PUBLIC")
    db.execute_sql(f'GRANT USAGE ON SCHEMA {_schema()} TO {readers}, "{kiosk}"')
    db.execute_sql(
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {_schema()} TO {readers}"
    )
    db.execute_sql(f"REVOKE INSERT, UPDATE, DELETE ON {TABLE} FROM {readers}")
    db.execute_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {_schema()} TO {readers}")
    # A kiosk opens the journal, reads the shop's settings (its question, its reasons, the time
    # zone) and adds ratings, pulse answers and suggestions, which it never reads back (services/ratings.py).
    db.execute_sql(f'GRANT SELECT ON schema_version, setting, {TABLE} TO "{kiosk}"')
    db.execute_sql(f'GRANT INSERT ON rating, pulse_answer, suggestion TO "{kiosk}"')
    db.execute_sql(f'GRANT USAGE ON SEQUENCE rating_id_seq TO "{kiosk}"')
    _owner_only_columns(f'"{manager}", "{counter}"')


def _owner_only_columns(others: str) -> None:
    """Keeping someone past the retention period is the owner's decision (issue 18): the other
    roles may update every column of a person but those (a table grant would cover them all)."""
    kept = ("keep_until", "keep_reason")
    columns = [c.name for c in db.get_columns("person")]
    allowed = ", ".join(f'"{name}"' for name in columns if name not in kept)
    db.execute_sql(f"REVOKE UPDATE ON person FROM {others}")
    db.execute_sql(f"GRANT UPDATE ({allowed}) ON person TO {others}")


def _schema() -> str:
    return str(_one("SELECT quote_ident(current_schema())"))


def _pin_functions(tables_role: str) -> None:
    """Functions that write for everyone run as the tables' owner with a pinned search_path,
    so that no account can slip a table or an operator of its own in front of the journal's."""
    path = f"{_schema()}, pg_temp"
    for signature in (*changelog.server_function_names(), "cxjournal_keep_made_by()"):
        db.execute_sql(f'ALTER FUNCTION {signature} OWNER TO "{tables_role}"')
        db.execute_sql(f"ALTER FUNCTION {signature} SECURITY DEFINER SET search_path = {path}")


def apply() -> None:
    """Ownership, grants and policies of every table (idempotent; see the module docstring)."""
    journal = prefix()
    if journal is None:
        return
    tables_role = role("tables", journal)
    _made_by_defaults()
    _own_everything(tables_role)
    _pin_functions(tables_role)
    server_policies.apply(journal, _schema())
    server_assignment.apply(tables_role)
    _grants(journal)


def may_upgrade() -> bool:
    """Whether this login may change the journal's tables (it holds the tables' owner role)."""
    return bool(
        _one(
            "SELECT pg_has_role((SELECT relowner FROM pg_class WHERE oid = 'schema_version'::regclass), "
            "'USAGE')"
        )
    )


# The login's group, once the table of the prefix is known to exist: its prefix and the first
# group it belongs to, in the order of GROUPS, as two columns another statement can carry (the
# window asks this before its first paint, where the clock's statement carries it: one statement
# per question made it 3 to 6 round trips there).
_GROUP_COLUMNS = (
    f"(SELECT prefix FROM {TABLE}), (SELECT CASE "
    + " ".join(["WHEN pg_has_role(current_user, prefix || %s, 'MEMBER') THEN %s"] * len(GROUPS))
    + f" END FROM {TABLE})"
)


def _group_params() -> tuple[str, ...]:
    return tuple(value for group in GROUPS for value in (f"_{group}", group))


# What the window needs to know of the signed-in login before its first paint, in one statement:
# whether the journal has roles, whether the login is the server's administrator, and whether it
# may read the settings (a kiosk's login may not: it goes by its computer's zone).
_LOGIN_FACTS = (
    "SELECT to_regclass(%s) IS NOT NULL, rolsuper, CASE WHEN to_regclass('setting') IS NOT NULL "
    "THEN has_table_privilege('setting', 'SELECT') ELSE false END "
    "FROM pg_roles WHERE rolname = current_user"
)
# connection -> its login's facts (weak and per connection, as ``_group_cache`` below)
_facts_cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def login_facts() -> tuple[bool, bool, bool]:
    """(the journal has roles, the login is the server's administrator, it may read the
    settings), asked once per connection: the zone's reader and the role's both use it, one round
    trip instead of two before the first paint."""
    connection = db.connection()
    facts = _facts_cache.get(connection)
    if facts is None:
        row = db.execute_sql(_LOGIN_FACTS, (TABLE,)).fetchone()
        facts = _facts_cache[connection] = (bool(row[0]), bool(row[1]), bool(row[2]))
    return facts


def group_of_login() -> str | None:
    """The group of the signed-in login in the open journal (None: not an account of it, e.g.
    the server's administrator, who bypasses every policy). Two statements at most: the login's
    facts (``login_facts``, often read already for the zone), then its prefix and group."""
    has_roles, superuser, _reads_settings = login_facts()
    if not has_roles or superuser:
        return None
    return _checked_group(*db.execute_sql(f"SELECT {_GROUP_COLUMNS}", _group_params()).fetchone())


def _checked_group(prefix: str | None, group: str | None) -> str | None:
    if prefix is None:
        return None
    if not _PREFIX.match(str(prefix)):
        raise ValueError(f"unexpected role prefix {prefix!r}")
    return group


def group_columns_to_carry() -> tuple[str, tuple[str, ...]] | None:
    """For a statement this connection sends anyway (the clock's, at the opening): the columns
    that read the login's group, and their parameters; None when the group needs no statement
    (known already, the administrator, a journal without roles). ``carried_group`` takes the
    two values read."""
    if not on_server() or db.connection() in _group_cache:
        return None
    has_roles, superuser, _reads_settings = login_facts()
    if not has_roles or superuser:
        return None
    return _GROUP_COLUMNS, _group_params()


def carried_group(prefix: str | None, group: str | None) -> None:
    """Keep the group read by another statement (``group_columns_to_carry``) for this
    connection, as ``group_of_connection`` would have."""
    _group_cache[db.connection()] = _checked_group(prefix, group)


# connection -> its login's group; weak, so that a closed connection's entry goes with it, and
# per connection, so that threads with their own connections never read each other's.
_group_cache: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def group_of_connection() -> str | None:
    """``group_of_login()``, asked once per connection: a login's group is read when it signs
    in (a role changed meanwhile applies from its next connection, as the server's grants do).
    Keyed on the connection object itself, so a reconnection or another journal asks again.
    None on a journal file, which has no accounts."""
    if not on_server():
        return None
    connection = db.connection()
    if connection not in _group_cache:
        _group_cache[connection] = group_of_login()
    return _group_cache[connection]
