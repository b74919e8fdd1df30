"""Row-level security of a journal on a server: which rows each group sees and may change.

Policies are ENABLEd and FORCEd on every table, so they hold for the tables' owner role too (the
change-log trigger and the tag function run as it: they see everything). The rules (issue 18):
owners and managers see every row; a counter sees customers, their entries that are not
confidential, and what hangs from those (responses, promises, follow-ups, tag links, search
words, change-log rows, tags in use on them), records customer entries and may edit only the ones
it made; a kiosk records ratings, pulse answers and suggestions and reads nothing else. A policy that looks at another table (``EXISTS (SELECT … FROM
entry …)``) goes through that table's own policies as the same login, so hiding an entry hides
everything that hangs from it, including the words of the search index (``entry_search``) and the
log rows that would tell that it was recorded.
"""

from __future__ import annotations

from cxjournal import vocabulary as v
from cxjournal.store.models import db

_HELPERS = (
    """CREATE OR REPLACE FUNCTION cxjournal_sees_all() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT pg_has_role(current_user, '{p}_tables', 'USAGE')
      OR pg_has_role(current_user, '{p}_manager', 'USAGE') $$""",
    """CREATE OR REPLACE FUNCTION cxjournal_is_owner() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT pg_has_role(current_user, '{p}_tables', 'USAGE') $$""",
    """CREATE OR REPLACE FUNCTION cxjournal_is_counter() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT pg_has_role(current_user, '{p}_counter', 'USAGE') $$""",
    # true only inside a function running as the tables' owner (no login is that role itself)
    """CREATE OR REPLACE FUNCTION cxjournal_as_tables() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT current_user = '{p}_tables' $$""",
    """CREATE OR REPLACE FUNCTION cxjournal_tag_ids(names text[], keys text[])
RETURNS TABLE (tag_key text, tag_id integer) LANGUAGE plpgsql SECURITY DEFINER
SET search_path = {schema}, pg_temp AS $$
BEGIN
  -- A counter may make a tag that hidden entries already use: the row is there, unseen.
  INSERT INTO tag (name, key) SELECT n, k FROM unnest(names, keys) AS u(n, k) ORDER BY k
  ON CONFLICT (key) DO NOTHING;
  RETURN QUERY SELECT t.key::text, t.id FROM tag t WHERE t.key = ANY(keys);
END $$""",
    # A counter answers entries it may not edit (someone else's): its answer still marks the
    # entry answered (first-response time, status), and nothing else of the entry changes. Only
    # for an answer the caller itself recorded on that entry at that time, which the response's
    # own insert policy allowed (an entry it sees).
    """CREATE OR REPLACE FUNCTION cxjournal_entry_answered(
  answered_entry integer, answered_at timestamp, stamp timestamp)
RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
  UPDATE entry SET first_response_at = LEAST(first_response_at, answered_at),
    status = CASE WHEN status = '{open}' THEN '{in_progress}' ELSE status END, updated_at = stamp
  WHERE id = answered_entry AND EXISTS (SELECT 1 FROM response r WHERE r.entry_id = answered_entry
    AND r.at = answered_at AND r.made_by = session_user::text) $$""",
    # The entry a deleted response was on, from its deletion's log row (changelog.DELETE_LINKS):
    # its log rows are seen by whoever sees that entry. Read as the tables' owner, since a
    # policy on the log cannot read the log itself.
    """CREATE OR REPLACE FUNCTION cxjournal_deleted_response_entry(item integer) RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
  SELECT (changes::jsonb -> 'entry_id' ->> 0)::integer FROM change_log
  WHERE kind = 'response' AND item_id = item AND op = 'delete' AND changes IS NOT NULL
  LIMIT 1 $$""",
)
# the functions above that run as the tables' owner, and their signatures
_DEFINERS = (
    "cxjournal_tag_ids(text[], text[])",
    "cxjournal_entry_answered(integer, timestamp, timestamp)",
    "cxjournal_deleted_response_entry(integer)",
)

_COMMANDS = ("select", "insert", "update", "delete")
_ALL, _COUNTER = "cxjournal_sees_all()", "cxjournal_is_counter()"
_MINE = "made_by = current_user::text"
_ENTRY_SEEN = "EXISTS (SELECT 1 FROM entry e WHERE e.id = {table}.entry_id)"
# a response is changed or deleted by a counter only on the entries it may edit (its own)
_OWN_ENTRY_OF_RESPONSE = (
    f"EXISTS (SELECT 1 FROM entry e WHERE e.id = response.entry_id AND e.{_MINE})"
)
_CUSTOMER_ENTRY = "side = 'customer' AND NOT confidential"
_FOLLOWUP_SEEN = (
    "department_id IS NULL"
    " AND (person_id IS NULL OR EXISTS (SELECT 1 FROM person p WHERE p.id = follow_up.person_id))"
    " AND (entry_id IS NULL OR EXISTS (SELECT 1 FROM entry e WHERE e.id = follow_up.entry_id))"
    " AND (promise_id IS NULL OR EXISTS (SELECT 1 FROM promise r WHERE r.id = follow_up.promise_id))"
)
_PROMISE_SEEN = (
    "EXISTS (SELECT 1 FROM person p WHERE p.id = promise.person_id)"
    " AND (entry_id IS NULL OR EXISTS (SELECT 1 FROM entry e WHERE e.id = promise.entry_id))"
)
_LOG_SEEN = """CASE kind
  WHEN 'entry' THEN EXISTS (SELECT 1 FROM entry x WHERE x.id = change_log.item_id)
  WHEN 'response' THEN EXISTS (SELECT 1 FROM response x WHERE x.id = change_log.item_id)
    OR EXISTS (SELECT 1 FROM entry x
               WHERE x.id = cxjournal_deleted_response_entry(change_log.item_id))
  WHEN 'promise' THEN EXISTS (SELECT 1 FROM promise x WHERE x.id = change_log.item_id)
  WHEN 'followup' THEN EXISTS (SELECT 1 FROM follow_up x WHERE x.id = change_log.item_id)
  WHEN 'person' THEN EXISTS (SELECT 1 FROM person x WHERE x.id = change_log.item_id)
  WHEN 'tag' THEN EXISTS (SELECT 1 FROM tag x WHERE x.id = change_log.item_id)
  WHEN 'rating' THEN EXISTS (SELECT 1 FROM rating x WHERE x.id = change_log.item_id)
  WHEN 'attachment' THEN EXISTS (SELECT 1 FROM attachment x WHERE x.id = change_log.item_id)
  WHEN 'template' THEN true
  WHEN 'setting' THEN true
  ELSE false END"""


def _counter_may(condition: str) -> str:
    return f"{_ALL} OR ({_COUNTER} AND {condition})"


def _rules() -> dict[str, dict[str, str]]:
    """table -> command -> condition (``insert``/``update`` conditions are also the check of the
    new row). A command a table lacks here is refused to every account."""
    entry_seen = _counter_may(_CUSTOMER_ENTRY)
    own_entry = _counter_may(f"{_CUSTOMER_ENTRY} AND {_MINE}")
    linked = {
        cmd: _counter_may(_ENTRY_SEEN.format(table="{table}"))
        for cmd in ("select", "insert", "update", "delete")
    }
    response = _counter_may(_ENTRY_SEEN.format(table="response"))
    own_response = _counter_may(_OWN_ENTRY_OF_RESPONSE)
    promise = _counter_may(_PROMISE_SEEN)
    followup = _counter_may(_FOLLOWUP_SEEN)
    person = _counter_may("side = 'customer'")
    owner = "cxjournal_is_owner()"
    return {
        "entry": {"select": entry_seen, "insert": own_entry, "update": own_entry, "delete": _ALL},
        "response": {
            "select": response,
            "insert": f"({response}) AND ({_ALL} OR {_MINE})",
            "update": own_response,
            "delete": own_response,
        },
        "promise": {
            "select": promise,
            "insert": f"({promise}) AND ({_ALL} OR {_MINE})",
            "update": promise,
            "delete": _ALL,
        },
        "follow_up": {
            "select": followup,
            "insert": f"({followup}) AND ({_ALL} OR {_MINE})",
            "update": followup,
            "delete": _ALL,
        },
        "person": {"select": person, "insert": person, "update": person, "delete": owner},
        "department": dict.fromkeys(("select", "insert", "update", "delete"), _ALL),
        "tag": {
            "select": _counter_may("EXISTS (SELECT 1 FROM entry_tag et WHERE et.tag_id = tag.id)"),
            "insert": _ALL,
            "update": _ALL,
            "delete": _ALL,
        },
        "entry_tag": {cmd: rule.format(table="entry_tag") for cmd, rule in linked.items()},
        "entry_search": {cmd: rule.format(table="entry_search") for cmd, rule in linked.items()},
        # A file is seen exactly when its entry is: a counter attaches to the entries it sees.
        "attachment": {
            "select": linked["select"].format(table="attachment"),
            "insert": f"({linked['insert'].format(table='attachment')}) AND ({_ALL} OR {_MINE})",
            "delete": linked["delete"].format(table="attachment"),
        },
        **_shop_rules(),
    }


def _shop_rules() -> dict[str, dict[str, str]]:
    """The tables around the entries: templates, the log, settings, ratings, accounts' events."""
    everyone, owner = "true", "cxjournal_is_owner()"
    return {
        # Reply templates: owners and managers keep them, a counter reads them to answer with
        # (a kiosk has no grant on the table at all).
        "reply_template": {**dict.fromkeys(_COMMANDS, _ALL), "select": f"{_ALL} OR {_COUNTER}"},
        # Written by its triggers, which run as the tables' owner (no policy applies to them);
        # a login adds a row only as an owner (copy-to, an upgrade): a manager forging a
        # history line with plain SQL is refused. Nobody changes a row.
        "change_log": {"select": _counter_may(_LOG_SEEN), "insert": owner, "delete": owner},
        "setting": {"select": everyone, "insert": owner, "update": owner, "delete": owner},
        # each login sees and writes its own reminder claims (store.server_assignment); an owner
        # all of them, so that copy-to and the daily copy carry everyone's claims whole
        "announcement": dict.fromkeys(_COMMANDS, f"account = current_user::text OR {owner}"),
        "erasure": {"select": _ALL, "insert": owner, "update": owner, "delete": owner},
        "schema_version": {"select": everyone, "insert": owner},
        # Everyone records ratings and pulse answers (a kiosk nothing else); a counter reads the
        # customers' ratings, only owners and managers the staff pulse. Nobody changes them.
        "rating": {
            "select": _counter_may("side = 'customer'"),
            "insert": everyone,
            "delete": owner,
        },
        "pulse_answer": {"select": _ALL, "insert": everyone, "delete": owner},
        # the suggestion box: anyone drops one in; owners and managers file them (read, delete)
        "suggestion": {"select": _ALL, "insert": everyone, "delete": _ALL},
        # Owners only; who did it is the session's login (failed sign-ins come through a
        # function running as the tables' owner: store.account_events). Nobody edits a row but
        # ``cxjournal_account_forget``, which only blanks a forgotten login's name.
        "account_event": {
            "select": owner,
            "insert": f"{owner} AND by_login = session_user::text",
            "update": "cxjournal_as_tables()",
            "delete": owner,
        },
    }


def _statements(table: str, rules: dict[str, str]) -> list[str]:
    statements = [
        f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY',
        f'ALTER TABLE "{table}" FORCE ROW LEVEL SECURITY',
    ]
    for (name,) in db.execute_sql(
        "SELECT quote_ident(policyname) FROM pg_policies "
        "WHERE schemaname = current_schema() AND tablename = %s",
        (table,),
    ).fetchall():
        statements.append(f'DROP POLICY {name} ON "{table}"')
    for command, condition in rules.items():
        if command == "insert":
            clause = f"WITH CHECK ({condition})"
        elif command == "update":
            clause = f"USING ({condition}) WITH CHECK ({condition})"
        else:
            clause = f"USING ({condition})"
        statements.append(
            f'CREATE POLICY "{table}_{command}" ON "{table}" FOR {command.upper()} {clause}'
        )
    return statements


def apply(journal_prefix: str, schema: str) -> None:
    """The helper functions and every table's policies, replaced as a whole (idempotent)."""
    for statement in _HELPERS:
        db.execute_sql(
            statement.format(
                p=journal_prefix, schema=schema, open=v.OPEN, in_progress=v.IN_PROGRESS
            )
        )
    tables_role = f"{journal_prefix}_tables"
    writers = ", ".join(f'"{journal_prefix}_{g}"' for g in ("owner", "manager", "counter"))
    for function in _DEFINERS:
        db.execute_sql(f'ALTER FUNCTION {function} OWNER TO "{tables_role}"')
        db.execute_sql(f"REVOKE EXECUTE ON FUNCTION {function} FROM PUBLIC")
        db.execute_sql(f"GRANT EXECUTE ON FUNCTION {function} TO {writers}")
    present = {
        name
        for (name,) in db.execute_sql(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        ).fetchall()
    }
    rules = _rules()
    for table in sorted(present - {"journal_roles"}):
        # a table no rule names yet (a later version's) is for owners and managers only
        for statement in _statements(table, rules.get(table, dict.fromkeys(_COMMANDS, _ALL))):
            db.execute_sql(statement)
