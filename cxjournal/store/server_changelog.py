"""The change log's triggers on a PostgreSQL server: one call per statement, not per row, and one
function per tracked table that reads the statement's rows as they are.

Each tracked table has three ``AFTER … FOR EACH STATEMENT`` triggers (insert, update, delete)
that see the statement's rows in transition tables (``new_rows``, ``old_rows``) and log them all
with one ``INSERT … SELECT``, then send one ``NOTIFY`` (the log is read from the last id a
watcher has seen, so one wake-up per statement loses nothing). As a row trigger the function was
most of the 16.6 s a 10,000-row history import (34,000 rows logged) waited for the server.

The function is written for its table (``cxjournal_log_<table>``): it names the id column and,
for an update of the history's tables, compares each field of the old row with the new one
directly. One function for every table (schema 17 to 24) turned each row into JSON
(``to_jsonb``) to find its id and compare it, whatever the table. Each runs as the tables' owner
(``SECURITY DEFINER``, see ``server_roles``, which lists them with ``function_names``).

What is logged is what the row trigger logged (version 13 and before): the kind, the id, the op,
the database's clock in UTC, who (``session_user``; nobody for ratings and pulse answers), and the
fields an update changed, from what to what, as JSON values; a response's deletion keeps its
entry's id (``changelog.DELETE_LINKS``).

The log's rows are inserted without ``RETURNING`` (schema 31): rows returned must also pass the
log's SELECT policy, checked row by row, and that policy's sub-queries priced a 5,000-row
statement above the server's threshold for compiling it (JIT, about 0.2 s of the server's CPU a
statement, four times in a 10,000-row history import). The ``NOTIFY`` names the session's last
id drawn from the log's sequence (``currval``), which is the statement's highest: ids are drawn
in the statement's order and no other session draws through this one. A tag's name is read by a
join for the same reason (``_tagged_rows``).

``copy-to`` onto a server sets ``cxjournal.copying`` for its own transaction (``SET LOCAL``): the
source's log is copied as it is, and the copy's inserts are not logged. Only a login holding the
tables' owner role is heard (an owner may delete the log anyway): any other account's changes
are logged whatever it sets.
"""

from __future__ import annotations

from cxjournal.store.models import db

COPYING = "cxjournal.copying"  # a setting any login may SET LOCAL: see the module docstring
_OLD_FUNCTION = "cxjournal_log_change"  # schema 17 to 24: one function for every table
_OPS = ("insert", "update", "delete")
_TRANSITIONS = {
    "insert": "NEW TABLE AS new_rows",
    "update": "OLD TABLE AS old_rows NEW TABLE AS new_rows",
    "delete": "OLD TABLE AS old_rows",
}
_FIELDS_PER_OBJECT = 40  # jsonb_build_object takes up to 100 arguments (two per field)

_FUNCTION_SQL = """
CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
DECLARE
  logged bigint;
BEGIN
  -- session_user: inside a SECURITY DEFINER function current_user is the function's owner
  IF current_setting('{copying}', true) = 'on' THEN
    IF pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'USAGE')
    THEN
      RETURN NULL;
    END IF;
  END IF;
  IF TG_OP = 'INSERT' THEN
    {insert};
  ELSIF TG_OP = 'UPDATE' THEN
    {update};
  ELSE
    {delete};
  END IF;
  GET DIAGNOSTICS logged = ROW_COUNT;
  IF logged > 0 THEN
    -- the session's last id drawn is this statement's highest (see the module docstring)
    PERFORM pg_notify('{channel}', currval(pg_get_serial_sequence('change_log', 'id'))::text);
  END IF;
  RETURN NULL;
END $$
"""


def function_name(table: str) -> str:
    return f"cxjournal_log_{table}"


def function_names(tables) -> list[str]:
    """The signatures of the trigger functions of ``tables`` (for ``server_roles``)."""
    return [f"{function_name(table)}()" for table in tables]


def _tag_change(op: str, tags: str) -> str:
    """A tag put on an entry (``[null, name]``) or taken off (``[name, null]``), as JSON text; the
    name is ``t.name`` of the join in ``_tagged_rows``."""
    pair = "t.name, NULL" if op == "delete" else "NULL, t.name"
    return f"jsonb_build_object('{tags}', jsonb_build_array({pair}))::text"


def _tagged_rows(rows: str) -> str:
    """The statement's links with their tags, in the statement's order. A join, not a lookup of
    the tag per row: the tag table's policy priced each lookup so high that 5,000 links cost
    more than the planner's threshold for compiling the statement (JIT), 0.2 s a statement."""
    return (
        f"(SELECT x.*, row_number() OVER () AS cxjournal_i FROM {rows} x) r "
        'LEFT JOIN tag t ON t.id = r."tag_id" ORDER BY r.cxjournal_i'
    )


def _fields_changed(fields: tuple[str, ...]) -> str:
    """The fields an update changed, ``{"field": [old, new]}`` as JSON text, NULL when none did:
    the values as ``to_jsonb`` writes them, compared as the column's type compares them."""
    parts = []
    for start in range(0, len(fields), _FIELDS_PER_OBJECT):
        pairs = ", ".join(
            f'\'{c}\', CASE WHEN o."{c}" IS DISTINCT FROM n."{c}" '
            f'THEN jsonb_build_array(o."{c}", n."{c}") END'
            for c in fields[start : start + _FIELDS_PER_OBJECT]
        )
        parts.append(f"jsonb_build_object({pairs})")
    return f"NULLIF(jsonb_strip_nulls({' || '.join(parts)}), '{{}}')::text"


def _log(kind: str, item: str, op: str, who: str, changes: str, rows: str) -> str:
    return (
        "INSERT INTO change_log (kind, item_id, op, at, who, changes) "
        f"SELECT '{kind}', {item}, '{op}', clock_timestamp() AT TIME ZONE 'UTC', {who}, "
        f"{changes} FROM {rows}"
    )


def function_sql(
    table: str,
    how: tuple[str, str | None, str | None],
    fields: tuple[str, ...] | None,
    *,
    schema: str,
    tags: str,
    channel: str,
    anonymous: bool,
    link: str | None = None,
) -> str:
    """The trigger function of ``table`` (``how``: kind, id column, op logged instead; ``fields``:
    those an update logs, None for a table outside the history; ``tags``: the field a tag put on
    or taken off is logged as; ``link``: the parent's column a deletion keeps, as
    ``changelog.DELETE_LINKS`` says), its search path pinned."""
    kind, column, forced = how
    who = "NULL" if anonymous else "session_user::text"

    def item(row: str) -> str:
        return f'{row}."{column}"' if column else "NULL"

    tagging = table == "entry_tag"
    insert = _log(
        kind, item("r"), forced or "insert", who,
        _tag_change("insert", tags) if tagging else "NULL",
        _tagged_rows("new_rows") if tagging else "new_rows r",
    )  # fmt: skip
    if tagging:
        deleted = _tag_change("delete", tags)
    elif link:  # a response's deletion keeps its entry's id: its history and erasure find it
        deleted = f"jsonb_build_object('{link}', jsonb_build_array(r.\"{link}\", NULL))::text"
    else:
        deleted = "NULL"
    delete = _log(
        kind, item("r"), forced or "delete", who, deleted,
        _tagged_rows("old_rows") if tagging else "old_rows r",
    )  # fmt: skip
    if fields:  # old and new side by side, in the statement's order
        update = _log(
            kind, item("n"), forced or "update", who, _fields_changed(fields),
            '(SELECT x.*, row_number() OVER () AS cxjournal_i FROM new_rows x) n '
            f'JOIN old_rows o ON o."{column}" = n."{column}" ORDER BY n.cxjournal_i',
        )  # fmt: skip
    else:
        update = _log(kind, item("r"), forced or "update", who, "NULL", "new_rows r")
    return _FUNCTION_SQL.format(
        function=function_name(table),
        schema=schema,
        copying=COPYING,
        insert=insert,
        update=update,
        delete=delete,
        channel=channel,
    )


def trigger_names(table: str) -> list[str]:
    return [f"change_log_{table}_{op}" for op in _OPS]


def trigger_sql(table: str) -> list[str]:
    """Statements that (re)make ``table``'s triggers, dropping the row trigger of version 13."""
    statements = [f'DROP TRIGGER IF EXISTS "change_log_{table}" ON "{table}"']
    for op, name in zip(_OPS, trigger_names(table), strict=True):
        statements.append(f'DROP TRIGGER IF EXISTS "{name}" ON "{table}"')
        statements.append(
            f'CREATE TRIGGER "{name}" AFTER {op.upper()} ON "{table}" '
            f"REFERENCING {_TRANSITIONS[op]} FOR EACH STATEMENT "
            f"EXECUTE FUNCTION {function_name(table)}()"
        )
    return statements


def drop_old_function() -> str:
    """Once every table's triggers call their own function: the one of schema 17 to 24."""
    return f"DROP FUNCTION IF EXISTS {_OLD_FUNCTION}()"


def not_logging_this_transaction() -> None:
    """Inside a transaction of ``copy-to`` onto a server: its writes are not logged (an owner's
    only: see the module docstring)."""
    db.execute_sql(f"SET LOCAL {COPYING} = 'on'")
