"""Full-text search on a PostgreSQL server, finding what the file's FTS5 index finds.

Accents and case are ignored by a text-search configuration, ``cxjournal_search``: a copy of
``simple`` (no stemming: the ``french`` stemmer turns half-typed words into odd prefixes) whose
words go through ``unaccent`` first. ``unaccent()`` itself cannot sit in an index (it is only
STABLE), so the configuration is named in every ``to_tsvector``/``to_tsquery``. The words of each
live entry are kept in ``entry_search`` (one tsvector per entry, GIN index), refreshed in the same
transaction as every write that changes them, as the FTS5 table is on a file.
"""

from __future__ import annotations

from peewee import SQL, NodeList

from cxjournal.store.models import db

CONFIG = "cxjournal_search"
TABLE = "entry_search"

CREATE_CONFIG = (
    f"CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = simple)",
    f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} ALTER MAPPING FOR "
    "word, hword, hword_part, numword, numhword, hword_numpart WITH unaccent, simple",
)
CREATE_TABLE = (
    f'CREATE TABLE IF NOT EXISTS {TABLE} (entry_id INTEGER PRIMARY KEY REFERENCES "entry" (id) '
    "ON DELETE CASCADE, words TSVECTOR NOT NULL)",
    f"CREATE INDEX IF NOT EXISTS {TABLE}_words ON {TABLE} USING GIN (words)",
)

_INDEX_ROWS = f"""
INSERT INTO {TABLE} (entry_id, words)
SELECT e.id, to_tsvector('{CONFIG}', concat_ws(' ', e.title, e.details, e.resolution,
       p.name, p.organisation,
       (SELECT string_agg(t.name, ' ') FROM entry_tag et
        JOIN tag t ON t.id = et.tag_id WHERE et.entry_id = e.id),
       (SELECT string_agg(r.text, ' ') FROM response r WHERE r.entry_id = e.id)))
FROM entry e LEFT JOIN person p ON p.id = e.person_id
WHERE e.deleted_at IS NULL
"""


def create_index() -> None:
    for statement in CREATE_TABLE:
        db.execute_sql(statement)


def rebuild_index() -> None:
    db.execute_sql(f"DELETE FROM {TABLE}")
    db.execute_sql(_INDEX_ROWS)


def reindex_entries(ids: list[int]) -> None:
    db.execute_sql(f"DELETE FROM {TABLE} WHERE entry_id = ANY(%s)", (ids,))
    db.execute_sql(f"{_INDEX_ROWS} AND e.id = ANY(%s)", (ids,))


def match_expression(words: list[str]) -> str:
    """A tsquery text: every word, quoted, as a prefix (``'cafe':* & 'lait':*``). The words are
    ``\\w+`` runs, so they hold no quote or backslash to escape."""
    return " & ".join(f"'{word}':*" for word in words)


def matching_ids_sql() -> str:
    return f"SELECT entry_id FROM {TABLE} WHERE words @@ to_tsquery('{CONFIG}', %s)"


def walking_match(entry_id, expression: str) -> NodeList:
    """A condition on each entry walked in date order: its words match ``expression``. ``OFFSET 0``
    keeps the planner from turning it into a join, so it walks ``entry_occurred_at`` and probes
    ``entry_search_pkey`` once per entry, stopping after its block. As a join (``id IN``) two words
    that often go together ('commande':* & 'speciale':*, 3,625 matches where it expects 565) were
    walked by two parallel workers: 11,637 probes and 38,274 buffers, or sorted whole without them
    (12,998); walked here, 2,841 probes and 9,332 buffers, no worker to start (README "On a
    server")."""
    return NodeList(
        (
            SQL(f"EXISTS (SELECT 1 FROM {TABLE} WHERE {TABLE}.entry_id ="),
            entry_id,
            SQL(f"AND words @@ to_tsquery('{CONFIG}', %s) OFFSET 0)", (expression,)),
        )
    )


def listed_match(entry_id, expression: str) -> NodeList:
    """A condition on ``entry_id``: among the matches, read first through the words' index (an
    array the planner makes once) and then each entry by its key. For a search with fewer matches
    than the Journal's count cap: asked as a join (``id IN``), the planner walked every entry by
    date in two parallel workers, probing the search table once per entry ('gluten', 544
    matches of 100,000: 337,485 buffers, 160 to 200 ms); read this way, 3,196 buffers, 8 ms
    (README "On a server")."""
    return NodeList((entry_id, SQL(f"= ANY(ARRAY({matching_ids_sql()}))", (expression,))), glue=" ")


COUNTED = "search_count"  # the capped count, as ``count_with_rows``'s statement names it


def count_gate(common: bool, threshold: int) -> SQL:
    """A condition on ``count_with_rows``'s own count: at least ``threshold`` (``common``) or
    fewer. It holds no column, so the planner makes it a one-time filter: the part of the
    statement it guards is not run at all when it fails."""
    return SQL(f"(SELECT found FROM {COUNTED}) {'>=' if common else '<'} {int(threshold)}")


def count_with_rows(expression: str, limit: int, rows_query) -> tuple[int, list[tuple]] | None:
    """The matches counted up to ``limit`` and ``rows_query``'s rows (which may choose its plan by
    ``count_gate``) in one statement, one round trip instead of two at every search. None inside
    a transaction, where the count's planner setting would outlive it (``count_matches``). The
    rows are among the matches (the search table holds live entries only), so no row means
    none matched."""
    if db.in_transaction():
        return None
    from psycopg import sql  # a server journal's driver, loaded already

    shown = rows_query.select_extend(SQL(f"(SELECT found FROM {COUNTED})"))
    rows_sql, params = db.get_sql_context().sql(shown).query()
    matching = f"SELECT 1 FROM {TABLE} WHERE words @@ to_tsquery('{CONFIG}', %s)"
    text = (  # the count's planner setting, as count_matches sends it
        f"SET LOCAL enable_seqscan = off; WITH {COUNTED} AS MATERIALIZED ("
        f"SELECT count(*) AS found FROM ({matching} LIMIT %s) AS counted) {rows_sql}"
    )
    literals = [sql.Literal(value) for value in (expression, limit, *params)]
    template = text.replace("{", "{{").replace("}", "}}").replace("%s", "{}")
    statement = sql.SQL(template).format(*literals).as_string(db.connection())
    cursor = db.execute_sql(statement.replace("%", "%%"))  # no placeholders left
    cursor.nextset()  # past the setting's empty result, to the rows'
    rows = cursor.fetchall()
    return (rows[0][-1] if rows else 0), [row[:-1] for row in rows]


def count_matches(expression: str, limit: int | None = None) -> int:
    """How many entries match, counting no further than ``limit``: a whole count of a common
    prefix visits every page of the index table, a limited one stops after ``limit`` rows."""
    matching = f"SELECT 1 FROM {TABLE} WHERE words @@ to_tsquery('{CONFIG}', %s)"
    if limit is None:
        return db.execute_sql(
            f"SELECT count(*) FROM ({matching}) AS found", (expression,)
        ).fetchone()[0]
    if db.in_transaction():  # SET LOCAL below would outlive the count: count them all
        return count_matches(expression)
    from psycopg import sql  # a server journal's driver, loaded already

    # Under a LIMIT the planner reads the table from the start for a prefix it has no
    # statistics for ('retard':*, no match: 39 ms, 2,951 pages) instead of asking the index
    # (1 ms, 214 pages): it must use the index, and stop after ``limit`` rows. The setting and
    # the count go as one query string, which the server runs as one implicit transaction (the
    # setting ends with it): one round trip instead of four (BEGIN, SET LOCAL, count, COMMIT).
    text = sql.SQL(
        "SET LOCAL enable_seqscan = off; "
        f"SELECT count(*) FROM ({matching.replace('%s', '{}')} LIMIT {{}}) AS found"
    ).format(sql.Literal(expression), sql.Literal(limit))
    statement = text.as_string(db.connection()).replace("%", "%%")  # no placeholders left
    cursor = db.execute_sql(statement)
    cursor.nextset()  # past the setting's empty result, to the count's
    return cursor.fetchone()[0]
