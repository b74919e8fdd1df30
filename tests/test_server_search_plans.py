"""How a search reads its first pages on a server (issue 17's 50-ms search budget): once the
Journal's own capped count says many entries match, the first pages walk the entries newest first
and check each one against the search table, never a join the planner may hand to parallel
workers; the pages are the same either way, deeper pages read the matches first, and a counter's
walk finds nothing it may not see. Plans are read with EXPLAIN, which does not depend on load."""

from __future__ import annotations

import json
import os

import pytest

from cxjournal.services import entries, people
from cxjournal.services.entry_query import EntryFilter, count_entries, entry_query, page_ids
from cxjournal.store import search
from cxjournal.store.models import db
from tests.test_server_roles import shop  # noqa: F401 (a fixture)

CAP = 20  # the server's count cap, made small so that a few entries pass it


def _plan(query) -> dict:
    sql, params = query.sql()
    return db.execute_sql(f"EXPLAIN (FORMAT JSON) {sql}", params).fetchone()[0][0]["Plan"]


def _nodes(plan: dict):
    yield plan
    for child in plan.get("Plans", []):
        yield from _nodes(child)


@pytest.fixture
def orders(journal, monkeypatch):
    """Many entries where two words go together (the planner multiplies their odds), others not."""
    monkeypatch.setattr(search, "SERVER_COUNT_CAP", CAP)
    lea = people.add_person("Léa", "customer")
    for n in range(40):
        entries.log_entry(person=lea, kind="request", title=f"Commande spéciale {n}")
    for n in range(60):
        entries.log_entry(person=lea, kind="praise", title=f"Pain du jour {n}")
    entries.log_entry(kind="concern", side="staff", title="Commande spéciale du personnel")
    db.execute_sql("ANALYZE")
    return EntryFilter(text="commande spé")


@pytest.mark.server_only
def test_a_common_two_word_search_walks_the_dates_on_a_server(orders):
    counted = count_entries(orders, limit=CAP + 1)
    assert counted == CAP + 1  # more than the cap: the Journal says "20+" and walks
    assert search.date_walk_pays("x", 0, counted=CAP, offset=0)
    assert not search.date_walk_pays("x", 0, counted=CAP, offset=CAP)  # deeper: matches first
    assert not search.date_walk_pays("x", 0, counted=CAP - 1)  # few matches: matches first
    walked = entry_query(orders, ids_only=True, walk_dates=True).limit(10)
    plan = json.dumps(_plan(walked))
    assert '"Subplan Name": "SubPlan' in plan  # one probe per entry walked (its key, on 100,000)
    assert "Gather" not in plan and "Join" not in plan  # no join, no parallel workers
    pages = [page_ids(orders, limit=10, offset=o, counted=CAP) for o in (0, 10, 30)]
    assert pages == [page_ids(orders, limit=10, offset=o) for o in (0, 10, 30)]
    assert sum(map(len, pages)) == 30  # 41 match: the last page is full too


@pytest.mark.server_only
def test_a_two_word_search_counts_through_the_words_index(orders):
    db.execute_sql("BEGIN")
    try:  # as the capped count runs it (server_search.count_matches)
        db.execute_sql("SET LOCAL enable_seqscan = off")
        counting = db.execute_sql(
            "EXPLAIN (FORMAT JSON) SELECT count(*) FROM (SELECT 1 FROM entry_search "
            "WHERE words @@ to_tsquery('cxjournal_search', %s) LIMIT %s) AS found",
            (search.match_expression("commande spé"), CAP + 1),
        ).fetchone()[0][0]["Plan"]
    finally:
        db.execute_sql("ROLLBACK")
    assert any(n.get("Index Name") == "entry_search_words" for n in _nodes(counting))


@pytest.mark.server_only
def test_a_counters_walk_finds_nothing_it_may_not_see(orders, shop, monkeypatch):  # noqa: F811
    from tests.test_server_roles import _back_as_admin, _open_as

    address, _ids, logins = shop
    entries.log_entry(
        side="customer", kind="complaint", title="Commande spéciale secrète", confidential=True
    )
    admin_password = os.environ.get("PGPASSWORD")
    _open_as(address, logins["counter"], monkeypatch)
    try:
        walked = page_ids(orders, limit=100, counted=CAP)
        assert len(walked) == 40 and walked == page_ids(orders, limit=100)
    finally:
        _back_as_admin(address, monkeypatch, admin_password)


@pytest.mark.server_only
def test_the_capped_count_and_its_plan_setting_are_one_statement(orders, caplog):
    import logging

    expression = search.match_expression("commande spé")
    caplog.clear()
    with caplog.at_level(logging.DEBUG, logger="peewee"):
        counted = search.count_matches(expression, CAP + 1)
    sent = [str(r.msg[0]) for r in caplog.records if r.name == "peewee"]
    assert counted == CAP + 1 and len(sent) == 1, sent  # BEGIN, SET LOCAL, count, COMMIT before
    assert search.count_matches(expression, 100) == 41
    assert search.count_matches(search.match_expression("l'ecole 50%"), 100) == 0  # quoted text
    # the setting lived only as long as the count's implicit transaction
    assert db.execute_sql("SHOW enable_seqscan").fetchone()[0] == "on"
    assert not db.in_transaction()


@pytest.mark.server_only
def test_a_search_with_few_matches_reads_them_first_by_their_keys(orders):
    from cxjournal.services import entry_query as eq

    rare = EntryFilter(text="personnel")  # 1 match, under the cap
    assert count_entries(rare, limit=CAP + 1) == 1
    assert search.few_matches(1) and not search.few_matches(CAP)
    plan = json.dumps(_plan(eq._page_query(rare, limit=10, offset=0, counted=1)))
    # the matches through the words' index, then each entry by its key: no walk of every entry
    # by date (on 100,000 entries, 'gluten': 337,485 buffers before, 3,196 after)
    assert "= ANY" in plan and "entry_occurred_at" not in plan and "Gather" not in plan
    assert page_ids(rare, limit=10, counted=1) == page_ids(rare, limit=10)


@pytest.mark.server_only
def test_a_search_counts_and_reads_its_first_page_in_one_statement(orders, caplog):
    import logging

    from cxjournal.services.entry_query import count_and_first_page, page_rows

    page_rows(EntryFilter(text="pain"), limit=10)  # the namesakes are read once, then kept
    for text in ("commande spé", "personnel", "pain", "rien du tout"):  # walked, few, none
        flt = EntryFilter(text=text)
        caplog.clear()
        with caplog.at_level(logging.DEBUG, logger="peewee"):
            count, rows = count_and_first_page(flt, count_limit=CAP + 1, page=10)
        sent = [str(r.msg[0]) for r in caplog.records if r.name == "peewee"]
        assert len(sent) == 1, sent  # the count, then the page: two round trips before
        assert count == count_entries(flt, limit=CAP + 1)
        assert rows == page_rows(flt, limit=10, counted=min(count, CAP))
        by_title = flt.with_(sort="title", descending=False)
        same = page_rows(by_title, limit=10, counted=min(count, CAP))
        assert count_and_first_page(by_title, count_limit=CAP + 1, page=10) == (count, same)
    assert db.execute_sql("SHOW enable_seqscan").fetchone()[0] == "on"  # the count's alone
    assert not db.in_transaction()
