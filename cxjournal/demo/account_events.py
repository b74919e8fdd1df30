"""The demo's account events, on a server only: the two staff accounts added, one role changed and
a few wrong passwords, all within the year account events are kept. A journal file has no accounts,
so no account events either (``store.account_events``)."""

from __future__ import annotations

from datetime import timedelta

from cxjournal.demo.context import Demo
from cxjournal.store import account_events
from cxjournal.store.models import on_server


def add_account_events(demo: Demo) -> int:
    """Write the events (the server records the demo's maker as who did them); how many."""
    if not on_server():
        return 0
    owner, first, second = demo.authors.owner, *demo.authors.staff
    at = demo.now - timedelta(days=300)
    events = [
        (at, account_events.ADDED, first, "counter"),
        (at + timedelta(minutes=3), account_events.ADDED, second, "counter"),
        (at + timedelta(days=120), account_events.ROLE, first, "manager"),
    ]
    for when, kind, name, role in events:
        account_events.record(when, kind, name, role)
    # a mistyped password at the counter, and one on the back-office computer
    counter, office = demo.words.computers
    account_events.record_failed(second, 2, demo.now - timedelta(days=40), counter)
    account_events.record_failed(owner, 1, demo.now - timedelta(days=9), office)
    return len(events) + 2
