"""On a file, the open complaints and concerns are found through the index on ``status`` (a few
rows), not the index on ``kind`` (every complaint ever made): Today's list, its count and the
time-left panel (store/plan_hints.py). On the 100,000-entry journal: 60-100 ms each before,
under 1 ms after."""

from __future__ import annotations

import logging

import pytest

from cxjournal.services import entries, people, targets, today
from cxjournal.store.models import db


def _plans(caplog, work) -> list[str]:
    """SQLite's plan of each statement ``work`` sends that reads the entries' status."""
    caplog.clear()
    with caplog.at_level(logging.DEBUG, logger="peewee"):
        work()
    plans = []
    for record in caplog.records:
        if record.name != "peewee" or not isinstance(record.msg, tuple):
            continue
        sql, params = record.msg
        if '"status" IN' in sql and sql.lstrip().upper().startswith("SELECT"):
            rows = db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
            plans.append(" / ".join(row[-1] for row in rows))
    return plans


@pytest.mark.file_only
def test_open_problems_are_found_by_their_status(caplog, fake_clock):
    lea = people.add_person("Léa", "customer")
    for i in range(30):
        entries.log_entry(kind="complaint", title=f"Pain {i}", person=lea)
    entries.log_entry(kind="concern", title="Four en panne", side="staff")
    plans = _plans(caplog, lambda: (today.today_view(), targets.time_left_on_problems()))
    assert len(plans) >= 3, plans  # the list, its count, the time left
    for plan in plans:
        assert "entry_status_occurred_at" in plan, plan
        assert "entry_kind" not in plan, plan
