"""Reading the counter's ratings back for the Journal's Ratings view: newest first, by period and
score, a block at a time (a busy shop records hundreds a day), and what an entry made from one
starts with.

Ratings name nobody; only their free text may hold a name a customer chose to leave. Reading them
is for the accounts that see customer entries (a kiosk's account reads nothing, see issue 18)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import NamedTuple

from cxjournal.services import accounts
from cxjournal.store.contact_dates import as_time
from cxjournal.store.models import Rating

# A kiosk's four faces on the journal's 1-5 satisfaction: the two unhappy faces keep their
# number, the happy ones are "satisfied" (4) and "very satisfied" (5).
SATISFACTION_FOR_SCORE = {1: 1, 2: 2, 3: 4, 4: 5}


@dataclass(frozen=True)
class RatingFilter:
    """Which ratings to list: from and until a day (both included; None: no limit) and which
    scores (empty: any)."""

    since: date | None = None
    until: date | None = None
    scores: tuple[int, ...] = ()


class RatingRow(NamedTuple):
    id: int
    at: datetime
    score: int
    side: str
    reason: str
    text: str
    kiosk: str


def _query(flt: RatingFilter):
    accounts.require("see_customers")
    query = Rating.select()
    if flt.since is not None:
        query = query.where(Rating.at >= datetime.combine(flt.since, time.min))
    if flt.until is not None:
        query = query.where(Rating.at < datetime.combine(flt.until + timedelta(days=1), time.min))
    if flt.scores:
        query = query.where(Rating.score.in_(list(flt.scores)))
    return query


def count_ratings(flt: RatingFilter = RatingFilter()) -> int:
    return _query(flt).count()


def rating_rows(flt: RatingFilter = RatingFilter(), *, limit: int, offset: int = 0) -> list:
    """One block of ratings, newest first (ties: the later recorded first)."""
    query = (
        _query(flt)
        .select(
            Rating.id,
            Rating.at,
            Rating.score,
            Rating.side,
            Rating.reason,
            Rating.text,
            Rating.kiosk,
        )
        .order_by(Rating.at.desc(), Rating.id.desc())
        .limit(limit)
        .offset(offset)
        .tuples()
    )
    return [
        RatingRow(id_, as_time(at), score, side, reason, text, kiosk)
        for id_, at, score, side, reason, text, kiosk in query
    ]
