"""The change log's triggers on a PostgreSQL server: one call per statement, not per row.

Each tracked table has three ``AFTER … FOR EACH STATEMENT`` triggers (insert, update, delete)
that see the statement's rows in transition tables (``new_rows``, ``old_rows``) and log them all
with one ``INSERT … SELECT``, then send one ``NOTIFY`` (the log is read from the last id a
watcher has seen, so one wake-up per statement loses nothing). The function runs as the tables'
owner (``SECURITY DEFINER``, see ``server_roles``), and a call of such a function costs about
0.4 ms on the machine of the benchmark: as a row trigger it was most of the 16.6 s a 10,000-row
history import (34,000 rows logged) waited for the server, and of a ``copy-to`` onto a server.

What is logged is what the row trigger logged (version 13 and before): the kind, the id, the
op, the database's clock in UTC, who (``session_user``), and the fields an update changed; a
response's deletion keeps its entry's id (``changelog.DELETE_LINKS``).
"""

from __future__ import annotations

from cxjournal.store.models import db

FUNCTION = "cxjournal_log_change"
_OPS = ("insert", "update", "delete")
_TRANSITIONS = {
    "insert": "NEW TABLE AS new_rows",
    "update": "OLD TABLE AS old_rows NEW TABLE AS new_rows",
    "delete": "OLD TABLE AS old_rows",
}

_FUNCTION_SQL = """
CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
DECLARE
  logged bigint;
  fields text[];
  op text := COALESCE(NULLIF(TG_ARGV[2], ''), lower(TG_OP));
  who text := CASE WHEN TG_ARGV[0] IN ({anonymous}) THEN NULL ELSE session_user::text END;
BEGIN
  -- session_user: inside a SECURITY DEFINER function current_user is the function's owner
  fields := CASE TG_TABLE_NAME {cases} END;
  IF TG_OP = 'UPDATE' AND fields IS NOT NULL THEN
    WITH n AS (SELECT to_jsonb(r) AS j, row_number() OVER () AS i FROM new_rows r),
         o AS (SELECT to_jsonb(r) AS j FROM old_rows r),
         added AS (
      INSERT INTO change_log (kind, item_id, op, at, who, changes)
      SELECT TG_ARGV[0], (n.j ->> TG_ARGV[1])::integer, op,
             clock_timestamp() AT TIME ZONE 'UTC', who,
             (SELECT jsonb_object_agg(a.key, jsonb_build_array(b.value, a.value))
              FROM jsonb_each(n.j) a JOIN jsonb_each(o.j) b ON b.key = a.key
              WHERE a.key = ANY (fields) AND a.value IS DISTINCT FROM b.value)::text
      FROM n JOIN o ON o.j -> 'id' = n.j -> 'id' ORDER BY n.i RETURNING id)
    SELECT max(id) INTO logged FROM added;
  ELSIF TG_OP = 'DELETE' THEN
    WITH added AS (
      INSERT INTO change_log (kind, item_id, op, at, who, changes)
      SELECT TG_ARGV[0], (r.j ->> NULLIF(TG_ARGV[1], ''))::integer, op,
             clock_timestamp() AT TIME ZONE 'UTC', who,
             CASE WHEN TG_TABLE_NAME = 'entry_tag' THEN jsonb_build_object('{tags}',
               jsonb_build_array((SELECT name FROM tag WHERE id = (r.j ->> 'tag_id')::integer),
               NULL))::text
             WHEN TG_TABLE_NAME = 'response' THEN jsonb_build_object('entry_id',
               jsonb_build_array(r.j -> 'entry_id', NULL))::text END
      FROM (SELECT to_jsonb(x) AS j, row_number() OVER () AS i FROM old_rows x) r
      ORDER BY r.i RETURNING id)
    SELECT max(id) INTO logged FROM added;
  ELSE
    WITH added AS (
      INSERT INTO change_log (kind, item_id, op, at, who, changes)
      SELECT TG_ARGV[0], (r.j ->> NULLIF(TG_ARGV[1], ''))::integer, op,
             clock_timestamp() AT TIME ZONE 'UTC', who,
             CASE WHEN TG_TABLE_NAME = 'entry_tag' AND TG_OP = 'INSERT' THEN
               jsonb_build_object('{tags}', jsonb_build_array(NULL,
               (SELECT name FROM tag WHERE id = (r.j ->> 'tag_id')::integer)))::text END
      FROM (SELECT to_jsonb(x) AS j, row_number() OVER () AS i FROM new_rows x) r
      ORDER BY r.i RETURNING id)
    SELECT max(id) INTO logged FROM added;
  END IF;
  IF logged IS NOT NULL THEN
    PERFORM pg_notify('{channel}', logged::text);
  END IF;
  RETURN NULL;
END $$
"""


def function_sql(
    history_fields: dict[str, tuple[str, ...]], *, tags: str, channel: str, anonymous: str
) -> str:
    """The trigger function, its search path pinned to the journal's schema."""
    (schema,) = db.execute_sql("SELECT quote_ident(current_schema())").fetchone()
    cases = " ".join(
        f"WHEN '{table}' THEN ARRAY[{', '.join(repr(c) for c in columns)}]"
        for table, columns in history_fields.items()
    )
    return _FUNCTION_SQL.format(
        function=FUNCTION,
        schema=schema,
        cases=cases,
        tags=tags,
        channel=channel,
        anonymous=anonymous,
    )


def trigger_names(table: str) -> list[str]:
    return [f"change_log_{table}_{op}" for op in _OPS]


def trigger_sql(table: str, kind: str, column: str | None, forced: str | None) -> list[str]:
    """Statements that (re)make ``table``'s triggers, dropping the row trigger of version 13."""
    statements = [f'DROP TRIGGER IF EXISTS "change_log_{table}" ON "{table}"']
    for op, name in zip(_OPS, trigger_names(table), strict=True):
        statements.append(f'DROP TRIGGER IF EXISTS "{name}" ON "{table}"')
        statements.append(
            f'CREATE TRIGGER "{name}" AFTER {op.upper()} ON "{table}" '
            f"REFERENCING {_TRANSITIONS[op]} FOR EACH STATEMENT "
            f"EXECUTE FUNCTION {FUNCTION}('{kind}', '{column or ''}', '{forced or ''}')"
        )
    return statements
