"""The demo's link between the two sides, so that the Insights page and the monthly report have
something to show on first look (labelled as demo data, never evidence): a slow monthly "pace" of
the answers to staff, some months quicker and some slower, and customers a little more satisfied
the month after a quick one and a little less after a slow one. Moderate on purpose: the link
shows through the noise of a small shop, not as a straight line.

It draws from its own generator, seeded like the demo, so the rest of the story stays the same;
it also gives some resolved complaints the customer's answer to "how did it go?"."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from cxjournal import vocabulary as v

PACE_SWING = 0.8  # answers to staff take from a third to three times the usual time
SHIFT = 1.0  # at full pace, how likely a customer's score moves one step


def monthly_pace(
    rng: random.Random, begin: datetime, now: datetime
) -> dict[tuple[int, int], float]:
    """A value from -1 (quick) to 1 (slow) for every month of the demo and the one before."""
    paces: dict[tuple[int, int], float] = {}
    pace, day = 0.0, begin - timedelta(days=40)
    while day <= now:
        key = (day.year, day.month)
        if key not in paces:
            pace = rng.uniform(-1.0, 1.0)
            paces[key] = pace
        day += timedelta(days=1)
    return paces


def _month_before(at: datetime) -> tuple[int, int]:
    return (at.year, at.month - 1) if at.month > 1 else (at.year - 1, 12)


def staff_hours_factor(paces: dict, at: datetime) -> float:
    """How much longer (or shorter) than usual staff waited for an answer that month."""
    return 2 ** (2 * PACE_SWING * paces.get((at.year, at.month), 0.0))


def nudged_satisfaction(
    rng: random.Random, paces: dict, kind: str, at: datetime, score: int | None
) -> int | None:
    """A customer's score, moved one step down after a slow month for staff, up after a quick
    one, within what the kind allows (a complaint stays 1-3, praise 3-5)."""
    if score is None:
        return None
    pace = paces.get(_month_before(at), 0.0)
    if rng.random() >= SHIFT * abs(pace):
        return score
    low, high = {"complaint": (1, 3), "praise": (3, 5)}.get(kind, (1, 5))
    return max(low, min(high, score + (-1 if pace > 0 else 1)))


# How the customer rated a resolved complaint afterwards, by how it went: quickly resolved (or
# with a goodwill gesture), in the usual time, or after days of waiting.
AFTER_WEIGHTS = {
    "quick": (0.02, 0.05, 0.13, 0.35, 0.45),
    "usual": (0.05, 0.1, 0.15, 0.35, 0.35),
    "slow": (0.15, 0.2, 0.25, 0.25, 0.15),
}


def _how_it_went(row: dict) -> str:
    hours = (row["resolved_at"] - row["occurred_at"]).total_seconds() / 3600
    if hours <= 24 or row.get("resolution_amount"):
        return "quick"
    return "slow" if hours > 96 else "usual"


def satisfaction_after(rng: random.Random, row: dict) -> int | None:
    """Some customers of a resolved complaint answered "how did it go?": mostly well, better when
    it was put right quickly, worse after days of waiting."""
    asked = row["side"] == v.CUSTOMER and row["kind"] == "complaint" and row["person"]
    if not asked or row["status"] != v.RESOLVED or rng.random() > 0.6:
        return None
    return rng.choices((1, 2, 3, 4, 5), weights=AFTER_WEIGHTS[_how_it_went(row)])[0]
