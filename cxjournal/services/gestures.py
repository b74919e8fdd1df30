"""Goodwill gestures: the amounts on resolutions and promises (a refund, a gift, a repair), read in
the journal's currency and language, and what they cost in a month, per side and per kind.

Amounts are whole minor units (``cxjournal.amounts``), so every total here is a sum of integers:
exact to the cent whatever the number of gestures.
"""

from __future__ import annotations

from dataclasses import dataclass

from cxjournal import amounts
from cxjournal import vocabulary as v
from cxjournal.catalog import resolve_language
from cxjournal.months import month_bounds
from cxjournal.services import settings
from cxjournal.store.models import Entry, Person, Promise

PROMISE_KIND = "promise"  # the kind under which promised amounts are counted


def currency() -> str:
    """The journal's currency (Settings), as a code such as EUR."""
    return (settings.get_setting("currency").strip() or "EUR").upper()


def read_amount(text: str | int | None) -> int | None:
    """An amount typed by the owner (``"12,50"``, ``"12.50 €"``) in the journal's minor units;
    None for nothing; ``ValidationError`` when it is no amount, negative or absurd."""
    lang = resolve_language(settings.get_setting("language"))
    return amounts.parse_amount(text, currency(), lang)


def shown(minor: int | None, lang: str) -> str:
    """``minor`` in the journal's currency, written the ``lang`` way ("12,50 €")."""
    return amounts.format_amount(minor, lang, currency())


@dataclass(frozen=True)
class GestureTotal:
    """The gestures of one side and kind in a month: how many, and their exact total."""

    side: str
    kind: str  # an entry kind (resolutions), or ``PROMISE_KIND``
    count: int
    total: int  # minor units


def month_gestures(
    year: int, month: int, *, include_confidential: bool = False
) -> list[GestureTotal]:
    """What goodwill gestures cost in ``year``-``month`` (read-only): resolutions with an amount
    resolved that month, by their entry's side and kind; promises with an amount made that month
    (not cancelled), by their person's side. Customers first, then staff; larger totals first."""
    start, end = month_bounds(year, month)
    tally: dict[tuple[str, str], list[int]] = {}
    resolved = Entry.select(Entry.side, Entry.kind, Entry.resolution_amount).where(
        Entry.resolution_amount.is_null(False),
        Entry.status == v.RESOLVED,
        Entry.deleted_at.is_null(),
        Entry.resolved_at >= start,
        Entry.resolved_at < end,
    )
    if not include_confidential:
        resolved = resolved.where(Entry.confidential == False)  # noqa: E712
    promised = (
        Promise.select(Person.side, Promise.amount)
        .join(Person)
        .where(
            Promise.amount.is_null(False),
            Promise.deleted_at.is_null(),
            Promise.status != v.CANCELLED,
            Promise.made_at >= start,
            Promise.made_at < end,
        )
    )
    rows = [
        *resolved.tuples(),
        *((side, PROMISE_KIND, amount) for side, amount in promised.tuples()),
    ]
    for side, kind, amount in rows:
        counts = tally.setdefault((side, kind), [0, 0])
        counts[0] += 1
        counts[1] += amount
    order = {v.CUSTOMER: 0}
    totals = [GestureTotal(side, kind, n, total) for (side, kind), (n, total) in tally.items()]
    return sorted(totals, key=lambda t: (order.get(t.side, 1), -t.total, t.kind))
