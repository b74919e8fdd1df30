"""The demo's promises: made to the person of a complaint, a concern or a request (customers for
what customers asked, staff for what staff raised), most kept, some late, broken or renegotiated."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from cxjournal import vocabulary as v
from cxjournal.demo import gestures
from cxjournal.demo.context import Demo, insert_rows
from cxjournal.demo.entries import Story
from cxjournal.demo.words import PROMISE_KINDS
from cxjournal.store.models import Promise


def add_promises(demo: Demo, entries: list[tuple[int, dict, Story]]) -> list[dict]:
    """About a third of the problems and requests of known people end in a promise to them."""
    rows = []
    for entry_id, row, story in entries:
        if row["person"] and row["kind"] in PROMISE_KINDS and demo.rng.random() < 0.35:
            rows.append(_promise(demo, entry_id, row, story))
    insert_rows(Promise, rows)
    ids = [p.id for p in Promise.select(Promise.id).order_by(Promise.id)]
    for promise_id, row in zip(ids, rows, strict=True):
        row["id"] = promise_id
    return rows


def _outcome(rng: random.Random, due: date, today: date) -> tuple[str, datetime | None, date]:
    """(status, when it was settled, due date) of a promise due on ``due``, seen on ``today``."""
    if due >= today:
        return v.PROMISE_OPEN, None, due
    roll = rng.random()
    if roll >= 0.80 and (today - due).days <= 21:  # a few recent ones still open: Today shows them
        return v.PROMISE_OPEN, None, due
    if roll < 0.70:
        return v.KEPT, datetime.combine(due - timedelta(days=rng.randint(0, 1)), time(15)), due
    if roll < 0.80:
        return v.KEPT, datetime.combine(due + timedelta(days=rng.randint(1, 5)), time(15)), due
    if roll < 0.87:
        return v.BROKEN, datetime.combine(due + timedelta(days=2), time(12)), due
    if roll < 0.92:  # renegotiated a week later
        later = due + timedelta(days=7)
        if later < today:
            return v.KEPT, datetime.combine(later, time(11)), later
        return v.PROMISE_OPEN, None, later
    if roll < 0.95:
        return v.CANCELLED, datetime.combine(due, time(10)), due
    # nobody leaves a promise open for months: an old one forgotten was broken
    return v.BROKEN, datetime.combine(due + timedelta(days=14), time(12)), due


def _promise(demo: Demo, entry_id: int, row: dict, story: Story) -> dict:
    made = row["occurred_at"]
    original = made.date() + timedelta(days=demo.rng.randint(1, 14))
    status, fulfilled, due = _outcome(demo.rng, original, demo.now.date())
    if fulfilled is not None:
        fulfilled = min(max(fulfilled, made), demo.now)
    return dict(
        person=row["person"],  # the entry's own person: a staff promise goes to the staff member
        entry=entry_id,
        what=story.say(demo.rng, story.topic.promises),
        made_at=made,
        due_date=due,
        original_due_date=original,
        status=status,
        fulfilled_at=fulfilled,
        amount=gestures.promise_amount(made),
        created_at=made,
        updated_at=fulfilled or made,
        made_by=row["made_by"],  # promised by whoever heard it
        assigned_to=demo.authors.assignee(row["side"]) if status == v.PROMISE_OPEN else None,
    )
