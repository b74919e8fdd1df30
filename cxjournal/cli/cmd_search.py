"""``cxjournal search TEXT`` and ``cxjournal stats --month YYYY-MM``."""

from __future__ import annotations

from cxjournal import clock, months
from cxjournal import vocabulary as v
from cxjournal.catalog import resolve_language
from cxjournal.cli.cmd_entries import entry_line
from cxjournal.cli.output import emit_json, emit_lines, entry_dict
from cxjournal.formatting import format_number
from cxjournal.i18n import tr
from cxjournal.services import entry_query, stats


def _search(args) -> int:
    found = entry_query.search_entries(" ".join(args.text), limit=args.limit, side=args.side)
    if args.json:
        emit_json([entry_dict(e) for e in found])
    else:
        emit_lines(entry_line(e) for e in found)
    return 0


def _fmt(value, lang: str) -> str:
    return "—" if value is None else format_number(value, lang, decimals=1)


def _stats(args) -> int:
    if args.month:
        year, month = months.parse_month(args.month)
    else:
        today = clock.now()
        year, month = today.year, today.month
    summary = stats.month_summary(year, month, include_confidential=args.include_confidential)
    if args.json:
        emit_json(summary.to_dict())
        return 0
    lang = resolve_language(None)
    print(tr("Month {month}", "cli").format(month=summary.label))
    for side in v.SIDES:
        f = summary.side(side)
        print(
            tr("{side}:", "cli").format(side=v.label(side))
            + " "
            + tr(
                "entries {n}, problems opened {opened}, resolved {resolved}, first response {first} h "
                "(median), resolution {res} h, satisfaction {sat}",
                "cli",
            ).format(
                n=f.entries,
                opened=f.problems_opened,
                resolved=f.problems_resolved,
                first=_fmt(f.median_first_response_hours, lang),
                res=_fmt(f.median_resolution_hours, lang),
                sat=_fmt(f.avg_satisfaction, lang),
            )
        )
    p = summary.promises
    rate = None if p.rate is None else round(p.rate * 100, 1)
    print(
        tr(
            "Promises due: {due}, kept on time: {kept}, late: {late}, broken: {broken}, "
            "keeping rate: {rate} %",
            "cli",
        ).format(
            due=p.due, kept=p.kept_on_time, late=p.kept_late, broken=p.broken, rate=_fmt(rate, lang)
        )
    )
    return 0


def register(commands) -> None:
    search = commands.add_parser("search", help=tr("full-text search of the journal", "cli"))
    search.add_argument("text", nargs="+")
    search.add_argument("--side", choices=v.SIDES)
    search.add_argument("--limit", type=int, default=200)
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=_search)

    st = commands.add_parser("stats", help=tr("the figures of a month", "cli"))
    st.add_argument("--month", metavar="YYYY-MM", help=tr("default: this month", "cli"))
    st.add_argument("--include-confidential", action="store_true")
    st.add_argument("--json", action="store_true")
    st.set_defaults(handler=_stats)
