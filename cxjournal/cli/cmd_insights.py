"""``cxjournal insights [--months N] [--until YYYY-MM] [--json]``: the staff and customer sides month
by month, and the links between them that stand out from chance."""

from __future__ import annotations

from cxjournal import clock, months
from cxjournal.catalog import resolve_language
from cxjournal.cli.output import emit_json, emit_lines
from cxjournal.errors import ValidationError
from cxjournal.formatting import format_number
from cxjournal.i18n import tr, trn
from cxjournal.services import insights

MAX_MONTHS = 240


def _columns() -> list[tuple[str, str]]:
    """The table's columns: series name and a short header (the two unrecorded indexes left out)."""
    return [
        ("staff_first_response_hours", tr("Staff 1st answer h", "cli")),
        ("staff_resolution_hours", tr("Staff resolved h", "cli")),
        ("staff_promises_kept_pct", tr("Staff promises %", "cli")),
        ("staff_checkins_done_pct", tr("Check-ins %", "cli")),
        ("customer_satisfaction", tr("Satisfaction", "cli")),
        ("customer_complaints", tr("Complaints", "cli")),
        ("customer_promises_kept_pct", tr("Customer promises %", "cli")),
    ]


def _cell(value: float | None, count: int, lang: str) -> str:
    shown = "—" if value is None else format_number(value, lang, decimals=None)
    return f"{shown} ({count})"


def _table(result: insights.Insights, lang: str) -> list[str]:
    columns = _columns()
    header = [tr("Month", "cli")] + [title for _, title in columns]
    rows = [header]
    for index, month in enumerate(result.months):
        rows.append(
            [month]
            + [
                _cell(result.series[name][index], result.counts[name][index], lang)
                for name, _ in columns
            ]
        )
    widths = [max(len(row[c]) for row in rows) for c in range(len(header))]
    return [
        "  ".join(cell.rjust(width) for cell, width in zip(row, widths, strict=True))
        for row in rows
    ]


def _readings(result: insights.Insights, lang: str) -> list[str]:
    tested = [link for link in result.links if link.rho is not None]
    shown = [link for link in tested if link.evidence in (insights.CLEAR, insights.WEAK)]
    # Clear links first, then the strongest.
    shown.sort(key=lambda link: (link.evidence != insights.CLEAR, -abs(link.rho)))
    lines = [insights.reading(link, lang) for link in shown]
    if not shown:
        lines.append(tr("No link between the two sides stands out from chance over these months."))
    lines.append(
        trn(
            "%n pair tested (at least {months} months with data on both sides); a link is "
            "not a cause: both sides may follow something else.",
            "%n pairs tested (at least {months} months with data on both sides); a link is "
            "not a cause: both sides may follow something else.",
            len(tested),
            "cli",
        ).format(months=insights.MIN_MONTHS)
    )
    return lines


def _until(text: str | None) -> tuple[int, int]:
    if text:
        return months.parse_month(text)
    today = clock.now()
    # The month under way is left out by default: its answers and promises are not all in yet.
    return months.shift_month(today.year, today.month, -1)


def _insights(args) -> int:
    if not 1 <= args.months <= MAX_MONTHS:
        raise ValidationError(
            tr("--months must be between 1 and {most}.", "cli").format(most=MAX_MONTHS)
        )
    result = insights.month_link(_until(args.until), args.months)
    if args.json:
        emit_json(result.to_dict())
        return 0
    lang = resolve_language(None)
    lines = _table(result, lang)
    lines += [
        "",
        tr(
            "Values with their counts in brackets; — when a month rests on fewer than {least} "
            "events. Staff pulse and customer happy index: not recorded yet.",
            "cli",
        ).format(least=insights.MIN_EVENTS),
        "",
    ]
    emit_lines(lines + _readings(result, lang))
    return 0


def register(commands) -> None:
    parser = commands.add_parser(
        "insights",
        help=tr("how the staff and customer sides moved together, month by month", "cli"),
    )
    parser.add_argument(
        "--months", type=int, default=24, metavar="N", help=tr("how many months (24)", "cli")
    )
    parser.add_argument(
        "--until",
        metavar="YYYY-MM",
        help=tr("last month shown (default: the last full month)", "cli"),
    )
    parser.add_argument("--json", action="store_true", help=tr("output JSON", "cli"))
    parser.set_defaults(handler=_insights)
