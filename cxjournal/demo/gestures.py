"""The demo's goodwill gestures: a refund or a gift on some resolved complaints, a repair paid
for after a staff concern now and then, an amount on a few promises, in whole cents.

Each amount is drawn from its own generator seeded by the row's time, so adding them left every
other figure of the demo (and its planted link) as it was."""

from __future__ import annotations

import random
from datetime import datetime

from cxjournal import vocabulary as v

# Cents: what a bakery, a garage or a salon gives back.
REFUNDS = (350, 500, 890, 1250, 1800, 2500, 4500)
REPAIRS = (2500, 6000, 12000)


def _rng(kind: str, when: datetime) -> random.Random:
    return random.Random(f"{kind}-{when.isoformat()}")  # a str seed is stable across runs


def resolution_amount(side: str, kind: str, status: str, resolved: datetime | None) -> int | None:
    """The cost of a resolution, or None (most resolutions cost nothing)."""
    if status != v.RESOLVED or resolved is None:
        return None
    rng = _rng("resolution", resolved)
    if side == v.CUSTOMER and kind == "complaint" and rng.random() < 0.35:
        return rng.choice(REFUNDS)
    if side == v.STAFF and kind == "concern" and rng.random() < 0.1:
        return rng.choice(REPAIRS)
    return None


def promise_amount(made: datetime) -> int | None:
    """What a promise will cost, on about one promise in five."""
    rng = _rng("promise", made)
    return rng.choice(REFUNDS) if rng.random() < 0.2 else None
