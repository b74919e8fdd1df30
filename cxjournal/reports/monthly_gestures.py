"""The monthly report's "What goodwill gestures cost" section: the month's refunds, gifts and
repairs (amounts on resolutions) and the amounts promised, per side and per kind, with how many
beside each total, a subtotal per side and the month's total.

The figures come from ``services.gestures``: whole minor units summed as integers, so the totals
on paper are exact to the cent; they are turned into text only here.
"""

from __future__ import annotations

from cxjournal import vocabulary as v
from cxjournal.amounts import format_amount
from cxjournal.i18n import tr
from cxjournal.reports import typeset as ts
from cxjournal.services import gestures
from cxjournal.services.gestures import GestureTotal


def _t(text: str) -> str:
    return tr(text, "reports")


def gather_gestures(year: int, month: int, include_confidential: bool) -> list[GestureTotal]:
    """The section's figures (read-only; inside the report's snapshot)."""
    return gestures.month_gestures(year, month, include_confidential=include_confidential)


def _kind(kind: str) -> str:
    return _t("Promised amounts") if kind == gestures.PROMISE_KIND else v.label(kind)


def _rows(totals: list[GestureTotal], lang: str, currency: str) -> list[list[str]]:
    money = lambda minor: format_amount(minor, lang, currency)  # noqa: E731
    rows: list[list[str]] = []
    for side in (v.CUSTOMER, v.STAFF):
        mine = [t for t in totals if t.side == side]
        if not mine:
            continue
        rows += [[v.label(side), _kind(t.kind), str(t.count), money(t.total)] for t in mine]
        if len(mine) > 1:
            rows.append(
                [
                    v.label(side),
                    _t("All"),
                    str(sum(t.count for t in mine)),
                    money(sum(t.total for t in mine)),
                ]
            )
    if rows:
        rows.append(
            [
                _t("Total"),
                "",
                str(sum(t.count for t in totals)),
                money(sum(t.total for t in totals)),
            ]
        )
    return rows


def gestures_section(totals: list[GestureTotal], lang: str, currency: str, width: float) -> list:
    """The section's flowables (a heading, the table, one line saying what is counted)."""
    table = ts.table(
        [_t("Side"), _t("Kind"), _t("Count"), _t("Cost")],
        _rows(totals, lang, currency),
        [1.4, 2.4, 0.9, 1.5],
        available=width,
        right_align=(2, 3),
        plain=(0, 1, 2, 3),
        empty_text=_t("No goodwill gesture with an amount this month."),
    )
    note = _t(
        "Amounts given when resolving an entry that month (refunds, gifts, repairs), and "
        "amounts on promises made that month (cancelled ones left out)."
    )
    return [
        ts.para(_t("What goodwill gestures cost"), "h1"),
        table,
        ts.para(note, "muted"),
    ]
