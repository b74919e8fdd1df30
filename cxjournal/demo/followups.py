"""The demo's follow-ups: a monthly check-in per department, a reminder to follow up the latest
open problems, and one to keep the latest open promises, each linked to what it is about."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from cxjournal import vocabulary as v
from cxjournal.demo.context import Demo, insert_rows
from cxjournal.demo.entries import Story
from cxjournal.services.followups import cadence_rule, parse_rule
from cxjournal.store.models import Department, FollowUp

FOLLOWED_KINDS = ("complaint", "concern", "request", "question")


def _followup(**values) -> dict:
    """A follow-up row with every link named, so none is lost in a bulk insert."""
    row = dict(person=None, entry=None, promise=None, department=None, rrule=None)
    row.update(series_start=None, origin="manual")
    row.update(values)
    return row


def _checkins(demo: Demo, departments: list[Department]) -> list[dict]:
    rows = []
    for department in departments:
        offset = timedelta(days=demo.rng.randint(0, 27))
        start = datetime.combine(demo.begin.date() + offset, time(9))
        rule = cadence_rule("monthly", start)
        # The occurrence around the last day: some check-ins a little overdue, some coming up.
        due = parse_rule(rule, start).after(demo.now - timedelta(days=demo.rng.randint(3, 20)))
        title = demo.words.checkin_title.format(team=department.name)
        rows.append(
            _followup(
                title=title,
                due_at=due,
                rrule=rule,
                series_start=start,
                department=department.id,
                origin="check-in",
                made_by=demo.authors.owner,
                assigned_to=demo.authors.owner,  # the owner holds the check-ins
                created_at=demo.begin,
                updated_at=demo.begin,
            )
        )
    return rows


def _entry_followups(demo: Demo, entries: list[tuple[int, dict, Story]]) -> list[dict]:
    open_entries = [
        (entry_id, row)
        for entry_id, row, _story in entries
        if row["status"] in v.ACTIVE_ENTRY_STATUSES
        and row["person"]
        and row["kind"] in FOLLOWED_KINDS
    ]
    morning = demo.now.replace(hour=9, minute=0, second=0)
    return [
        _followup(
            title=demo.words.entry_followup_title.format(title=row["title"]),
            due_at=morning + timedelta(days=demo.rng.randint(-3, 10)),
            person=row["person"],
            entry=entry_id,
            made_by=row["made_by"],
            assigned_to=demo.authors.assignee(row["side"]),
            created_at=row["occurred_at"],
            updated_at=row["occurred_at"],
        )
        for entry_id, row in open_entries[-max(3, len(entries) // 200) :]
    ]


def _promise_followups(demo: Demo, promises: list[dict]) -> list[dict]:
    open_promises = [p for p in promises if p["status"] == v.PROMISE_OPEN]
    return [
        _followup(
            title=demo.words.promise_followup_title.format(what=promise["what"]),
            due_at=datetime.combine(promise["due_date"], time(9)),
            person=promise["person"],
            entry=promise["entry"],
            promise=promise["id"],
            made_by=promise["made_by"],
            assigned_to=promise["assigned_to"],
            created_at=promise["made_at"],
            updated_at=promise["made_at"],
        )
        for promise in open_promises[-max(2, len(promises) // 40) :]
    ]


def add_followups(
    demo: Demo,
    departments: list[Department],
    entries: list[tuple[int, dict, Story]],
    promises: list[dict],
) -> int:
    rows = _checkins(demo, departments)
    rows += _entry_followups(demo, entries)
    rows += _promise_followups(demo, promises)
    insert_rows(FollowUp, rows)
    return len(rows)
