"""The monthly report's "Answered in time" table: per side, the share of the month's entries
answered and resolved within their targets, in opening hours, with the counts ("12 of 15")."""

from __future__ import annotations

from reportlab.platypus import Spacer

from cxjournal import formatting as fmt
from cxjournal import vocabulary as v
from cxjournal.i18n import tr
from cxjournal.months import month_bounds
from cxjournal.reports import typeset as ts
from cxjournal.services import targets
from cxjournal.store.models import Entry


def _t(text: str) -> str:
    return tr(text, "reports")


def gather(year: int, month: int, include_confidential: bool) -> dict[str, targets.WithinTarget]:
    start, end = month_bounds(year, month)
    query = Entry.select().where(
        Entry.deleted_at.is_null(), Entry.occurred_at >= start, Entry.occurred_at < end
    )
    if not include_confidential:
        query = query.where(Entry.confidential == False)  # noqa: E712 (peewee expression)
    return targets.month_within_target(list(query))


def _share(within: int, of: int, lang: str) -> str:
    if not of:
        return "—"
    return _t("{rate} ({within} of {count})").format(
        rate=fmt.format_percent(within / of, lang), within=within, count=of
    )


def story(shares: dict[str, targets.WithinTarget], lang: str, width: float) -> list:
    """The section's flowables; nothing when no entry of the month has a known outcome."""
    if not any(s.answered_of or s.resolved_of for s in shares.values()):
        return []
    rows = [
        [
            v.label(side),
            _share(s.answered, s.answered_of, lang),
            _share(s.resolved, s.resolved_of, lang),
        ]
        for side, s in shares.items()
    ]
    return [
        ts.para(_t("Answered in time"), "h1"),
        ts.para(
            _t(
                "Entries of the month with a target, counted in opening hours and paused while "
                "waiting; those still within their time are left out until done or late."
            ),
            "muted",
        ),
        Spacer(1, 4),
        ts.table(
            [_t("Side"), _t("Answered within target"), _t("Resolved within target")],
            rows,
            [2.0, 3.0, 3.0],
            available=width,
            right_align=(1, 2),
        ),
    ]
