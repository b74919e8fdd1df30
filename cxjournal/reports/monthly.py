"""The monthly relationship report: headline figures against last month, charts, the tables of what is
still open or due, the staff/customer view month by month, and every entry of the month.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer, Table, TableStyle

from cxjournal import formatting as fmt
from cxjournal import vocabulary as v
from cxjournal.i18n import tr, trn
from cxjournal.months import month_bounds
from cxjournal.reports import charts, monthly_targets
from cxjournal.reports import monthly_data as data
from cxjournal.reports import typeset as ts
from cxjournal.reports.common import (
    Progress,
    ProgressCallback,
    build_report,
    read_only_snapshot,
    read_report_settings,
)
from cxjournal.reports.monthly_gestures import gather_gestures, gestures_section
from cxjournal.reports.monthly_happy_map import gather_happy_map, happy_map_section
from cxjournal.reports.monthly_together import gather_together, together_section
from cxjournal.services.stats import MonthSummary, PromiseFigures

_GATHER_STEPS = 6


def _t(text: str) -> str:
    return tr(text, "reports")


def _who(name: str) -> str:
    return name or _t("Anonymous")


class _Figures:
    """Formats the values and changes of the headline figures in one language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def count(self, value: float | None) -> str:
        return "—" if value is None else fmt.format_number(value, self.lang, 0)

    def hours(self, value: float | None, unit: str | None = None) -> str:
        return "—" if value is None else fmt.format_duration(value, self.lang, unit)

    def score(self, value: float | None) -> str:
        if value is None:
            return "—"
        return _t("{score} / 5").format(score=fmt.format_number(value, self.lang, 1))

    def rate(self, promises: PromiseFigures) -> str:
        if promises.rate is None:
            return "—"
        return _t("{rate} ({kept} of {count})").format(
            rate=fmt.format_percent(promises.rate, self.lang),
            kept=promises.kept_on_time,
            count=promises.due - promises.still_open,
        )

    def change(self, now: float | None, before: float | None, kind: str) -> str:
        if now is None or before is None:
            return "—"
        delta = now - before
        if kind == "hours":
            if abs(delta) < 0.05:
                return "0"
            sign = "+" if delta > 0 else fmt.MINUS
            return sign + fmt.format_duration(abs(delta), self.lang, _unit(now, before))
        if kind == "rate":
            points = round(delta * 100)
            return trn("{points} pt", "{points} pts", abs(points), "reports").format(
                points=fmt.format_signed(points, self.lang)
            )
        if kind == "score":
            return fmt.format_signed(round(delta, 1), self.lang, 1)
        return fmt.format_signed(delta, self.lang, 0)


def _unit(*hours: float | None) -> str:
    """One unit for the delays of one row: that of the largest ("42 heures, 2,6 jours" would
    make the reader convert)."""
    return fmt.duration_unit(max((h for h in hours if h is not None), default=0))


def _headline(d: data.MonthlyData, f: _Figures, width: float) -> list:
    now, before = d.figures, d.previous
    c, s = "customer", "staff"
    rows: list[tuple[str, Callable[[MonthSummary], float | None], str, Callable]] = [
        (_t("Entries from customers"), lambda m: m.customer.entries, "count", f.count),
        (_t("Entries from staff"), lambda m: m.staff.entries, "count", f.count),
        (_t("Complaints opened"), lambda m: m.customer.problems_opened, "count", f.count),
        (_t("Complaints resolved"), lambda m: m.customer.problems_resolved, "count", f.count),
        (_t("Staff concerns opened"), lambda m: m.staff.problems_opened, "count", f.count),
        (_t("Staff concerns resolved"), lambda m: m.staff.problems_resolved, "count", f.count),
        (_t("Median time to first response, customers"), lambda m: m.side(c).median_first_response_hours, "hours", f.hours),
        (_t("Median time to first response, staff"), lambda m: m.side(s).median_first_response_hours, "hours", f.hours),
        (_t("Median time to resolution, customers"), lambda m: m.side(c).median_resolution_hours, "hours", f.hours),
        (_t("Median time to resolution, staff"), lambda m: m.side(s).median_resolution_hours, "hours", f.hours),
        (_t("Broken promises"), lambda m: m.promises.broken, "count", f.count),
        (_t("Average satisfaction of customers"), lambda m: m.customer.avg_satisfaction, "score", f.score),
        (_t("Average satisfaction of staff"), lambda m: m.staff.avg_satisfaction, "score", f.score),
    ]  # fmt: skip
    body = []
    for label, pick, kind, show in rows:
        values = pick(now), pick(before)
        shown = (
            [f.hours(x, _unit(*values)) for x in values] if kind == "hours" else map(show, values)
        )
        body.append([label, *shown, f.change(*values, kind)])
    body.insert(
        10,
        [
            _t("Promise-keeping rate"),
            f.rate(now.promises),
            f.rate(before.promises),
            f.change(now.promises.rate, before.promises.rate, "rate"),
        ],
    )
    previous = fmt.format_month(before.year, before.month, f.lang)
    header = [_t("Figure"), _t("This month"), previous, _t("Change")]
    return [
        _cards(d, f, width),
        Spacer(1, 8),
        ts.table(header, body, [5, 3, 3, 2.2], available=width, right_align=(1, 2, 3)),
    ]


def _cards(d: data.MonthlyData, f: _Figures, width: float) -> Table:
    """Four key figures in large type across the top of the first page."""
    now, before = d.figures, d.previous
    picks = [
        (_t("Entries from customers"), f.count(now.customer.entries),
         f.change(now.customer.entries, before.customer.entries, "count")),
        (_t("Entries from staff"), f.count(now.staff.entries),
         f.change(now.staff.entries, before.staff.entries, "count")),
        (_t("Promises kept on time"),
         "—" if now.promises.rate is None else fmt.format_percent(now.promises.rate, f.lang),
         f.change(now.promises.rate, before.promises.rate, "rate")),
        (_t("Customer satisfaction"), f.score(now.customer.avg_satisfaction),
         f.change(now.customer.avg_satisfaction, before.customer.avg_satisfaction, "score")),
    ]  # fmt: skip
    month = fmt.format_short_month(before.year, before.month, f.lang)
    cells = [
        [
            ts.para(value, "figure"),
            ts.para(label, "figure_label"),
            ts.para(
                _t("{change} vs {month}").format(change=change, month=month)
                if change != "—"
                else _t("no figure for {month}").format(month=month),
                "figure_label",
            ),
        ]
        for label, value, change in picks
    ]
    card = Table([cells], colWidths=[width / 4] * 4)
    card.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 0.5, ts.RULE),
                ("LINEAFTER", (0, 0), (-2, -1), 0.5, ts.RULE),
                ("BACKGROUND", (0, 0), (-1, -1), ts.ZEBRA_FILL),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return card


def _charts(d: data.MonthlyData, lang: str, width: float) -> list:
    weeks = [
        fmt.format_day_month(w.first_day, lang)
        if w.first_day == w.last_day
        else f"{w.first_day.day}–{fmt.format_day_month(w.last_day, lang)}"
        for w in d.weeks
    ]
    bars = charts.entries_per_week(
        weeks, [w.customers for w in d.weeks], [w.staff for w in d.weeks], width=width
    )
    months = [fmt.format_month_abbrev(m.month, lang) for m in d.history]
    half = (width - 12) / 2
    satisfaction = charts.trend(
        _t("Satisfaction, six months"),
        months,
        [
            charts.Series(_t("Customers"), [m.customer.avg_satisfaction for m in d.history], ts.CUSTOMER_COLOUR),
            charts.Series(_t("Staff"), [m.staff.avg_satisfaction for m in d.history], ts.STAFF_COLOUR),
        ],
        value_range=(1, 5, 1),
        value_format=lambda x: fmt.format_number(x, lang, 0),
        width=half,
    )  # fmt: skip
    keeping = charts.trend(
        _t("Promises kept on time, six months"),
        months,
        [charts.Series(_t("Kept on time"), [m.promises.rate for m in d.history], ts.ACCENT_COLOUR)],
        value_range=(0, 1, 0.25),
        value_format=lambda x: fmt.format_percent(x, lang),
        width=half,
    )
    pair = Table([[satisfaction, keeping]], colWidths=[half + 12, half])
    pair.setStyle(
        TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    )
    return [KeepTogether([bars, Spacer(1, 10), pair])]


def _side_by_side(d: data.MonthlyData, f: _Figures, width: float) -> list:
    header = [
        _t("Month"),
        _t("Staff concerns raised"),
        _t("Concerns: median first response"),
        _t("Staff satisfaction"),
        _t("Customer complaints"),
        _t("Complaints: median first response"),
        _t("Customer satisfaction"),
    ]
    # A month with nothing recorded on either side (before the journal began) is no row of dashes.
    months = [m for m in reversed(d.history) if m.staff.entries or m.customer.entries]
    staff_unit = _unit(*(m.staff.median_first_response_hours for m in months))
    customer_unit = _unit(*(m.customer.median_first_response_hours for m in months))
    rows = [
        [
            fmt.format_month(m.year, m.month, f.lang),
            f.count(m.staff.problems_opened),
            f.hours(m.staff.median_first_response_hours, staff_unit),  # one unit down a column
            f.score(m.staff.avg_satisfaction),
            f.count(m.customer.problems_opened),
            f.hours(m.customer.median_first_response_hours, customer_unit),
            f.score(m.customer.avg_satisfaction),
        ]
        for m in months
    ]
    return [
        *_heading(_t("Staff and customers, month by month")),
        ts.para(
            _t("What staff raised and how fast it was answered, next to how customers felt."),
            "muted",
        ),
        Spacer(1, 4),
        ts.table(
            header,
            rows,
            [2.0, 1.75, 1.75, 1.6, 1.9, 1.9, 1.6],
            available=width,
            right_align=range(1, 7),
        ),
    ]


def _heading(text: str) -> list:
    """A section title that never sits alone at the foot of a page."""
    return [CondPageBreak(90), ts.para(text, "h1")]


def _age(days: int, lang: str) -> str:
    """How long a matter has been open; "today" rather than "0 days"."""
    return _t("today") if days <= 0 else fmt.format_days(days, lang)


def _lists(d: data.MonthlyData, lang: str, width: float) -> list:
    date = lambda x: fmt.format_short_date(x, lang)  # noqa: E731
    days = lambda n: fmt.format_days(n, lang)  # noqa: E731
    none = _t("Nothing to show.")
    story = [
        *_heading(_t("Open complaints and concerns")),
        ts.table(
            [_t("Opened"), _t("Age"), _t("Side"), _t("Who"), _t("What"), _t("Status")],
            [
                [date(p.occurred_at), _age(p.age_days, lang), v.label(p.side), _who(p.person), p.title, v.label(p.status)]
                for p in d.problems_open_at_end
            ],
            [2, 1.6, 2, 3, 5.5, 2],
            available=width,
            empty_text=_t("No complaint or concern was open."),
        ),
        *_heading(_t("Overdue promises")),
        ts.table(
            [_t("Due"), _t("Overdue by"), _t("Who"), _t("Promise")],
            [[date(p.due_date), days(p.days_overdue), p.person, p.what] for p in d.overdue_promises],
            [2, 1.8, 3, 8],
            available=width,
            empty_text=_t("No promise was overdue."),
        ),
        *_heading(_t("Promises due next month")),
        ts.table(
            [_t("Due"), _t("Who"), _t("Promise")],
            [[date(p.due_date), p.person, p.what] for p in d.promises_next_month],
            [2, 3, 9.8],
            available=width,
            empty_text=none,
        ),
        *_heading(_t("Department check-ins")),
        ts.table(
            [_t("Department"), _t("Cadence"), _t("Expected"), _t("Done"), _t("Missed")],
            [
                [c.department, v.label(c.cadence), str(c.expected), str(c.done), str(c.missed)]
                for c in d.checkins
            ],
            [5, 3, 2, 2, 2],
            available=width,
            right_align=(2, 3, 4),
            empty_text=_t("No department has regular check-ins."),
        ),
        *_heading(_t("Most frequent themes")),
        ts.table(
            [_t("Tag"), _t("Customers"), _t("Staff"), _t("Total")],
            [[t.name, str(t.customers), str(t.staff), str(t.total)] for t in d.top_tags],
            [6, 2, 2, 2],
            available=width,
            right_align=(1, 2, 3),
            empty_text=_t("No entry was tagged this month."),
        ),
        *_heading(_t("Highlights")),
    ]  # fmt: skip
    if not d.highlights:
        story.append(ts.para(_t("No praise was recorded this month."), "muted"))
    for e in d.highlights:
        quote = e.details.strip() or e.title
        said_by = f"— {_who(e.person)}, {v.label(e.side)}, {date(e.occurred_at)}"
        story.append(  # a quote and who said it never split across a page
            KeepTogether(
                [
                    ts.para(_t("“{quote}”").format(quote=quote), "quote"),
                    ts.para(said_by, "muted"),
                    Spacer(1, 4),
                ]
            )
        )
    return story


def _side_total(side: str, count: int) -> str:
    if side == v.CUSTOMER:
        return trn("Customers: %n entry", "Customers: %n entries", count, "reports")
    return trn("Staff: %n entry", "Staff: %n entries", count, "reports")


def _kinds_in_order(side: str, rows: list[data.EntryRow]) -> list[str]:
    """The side's kinds in the app's order, then any other kind an older journal holds."""
    present = {e.kind for e in rows}
    known = [k for k in v.KINDS_BY_SIDE.get(side, ()) if k in present]
    return known + sorted(present - set(known))


def _entry_rows(rows: list[data.EntryRow], lang: str) -> list[list[str]]:
    return [
        [fmt.format_day_time(e.occurred_at, lang), _who(e.person), e.title, v.label(e.status),
         "" if e.satisfaction is None else str(e.satisfaction)]
        for e in rows
    ]  # fmt: skip


def _entry_list(d: data.MonthlyData, lang: str, width: float) -> list:
    """Every entry of the month, grouped by side and then by kind, each group with its count."""
    story: list = [PageBreak(), ts.para(_t("All entries of the month"), "h1")]
    if not d.entries:
        return [*story, ts.para(_t("No entry this month."), "muted")]
    header = [_t("When"), _t("Who"), _t("Title"), _t("Status"), _t("Score")]
    for side in v.SIDES:
        of_side = [e for e in d.entries if e.side == side]
        if not of_side:
            continue
        story += [CondPageBreak(90), ts.para(_side_total(side, len(of_side)), "h2")]
        for kind in _kinds_in_order(side, of_side):
            rows = [e for e in of_side if e.kind == kind]
            count = trn("%n entry", "%n entries", len(rows), "reports")
            story += [
                CondPageBreak(60),
                ts.para(f"{v.label(kind)} — {count}", "cell_bold"),
                Spacer(1, 2),
                ts.table(
                    header,
                    _entry_rows(rows, lang),
                    [60, 96, 196, 90, 36],
                    available=width,
                    right_align=(4,),
                    plain=(0, 3, 4),
                ),
                Spacer(1, 6),
            ]
    return story


def _notes(d: data.MonthlyData, lang: str) -> list:
    lines = [
        _t("Figures at the end of the month.")
        if d.as_of >= month_bounds(d.year, d.month)[1]
        else _t("Figures as of {when}.").format(when=fmt.format_datetime(d.as_of, lang)),
        _t(
            "Response and resolution times are medians over the month's entries that were "
            "answered or resolved."
        ),
        _t(
            "Promise-keeping rate: promises first promised for a day of the month that were kept "
            "by that day, among those kept, broken or late; cancelled promises and promises whose "
            "day has not come yet are not counted."
        ),
        _t("Confidential entries are included.")
        if d.include_confidential
        else _t("Confidential entries are left out."),
    ]
    return [Spacer(1, 4)] + [ts.para(line, "muted") for line in lines]


def build_monthly_report(
    out_path: str | Path,
    year: int,
    month: int,
    *,
    lang: str = "en",
    include_confidential: bool = False,
    progress: ProgressCallback | None = None,
) -> int:
    """Write the monthly report of ``year``-``month`` to ``out_path``; returns the number of pages.

    Only reads the journal. ``progress(done, total)`` is called as the work advances.
    """
    steps = Progress(progress, _GATHER_STEPS + 2)
    with read_only_snapshot():
        settings = read_report_settings()
        gathered = data.gather_monthly(year, month, include_confidential, steps.step)
        together = gather_together(year, month, include_confidential, gathered.as_of.date())
        in_time = monthly_targets.gather(year, month, include_confidential)
        gestures = gather_gestures(year, month, include_confidential)
        happy_map = gather_happy_map(year, month)
    paper = settings.paper_size
    width = ts.frame_width(paper)
    figures = _Figures(lang)
    story = [
        ts.para(_t("Monthly relationship report"), "title"),
        ts.para(fmt.initial_capital(fmt.format_month(year, month, lang)), "h2"),
        Spacer(1, 6),
        *_headline(gathered, figures, width),
        *_notes(gathered, lang),
        *_side_by_side(gathered, figures, width),
        *together_section(together, lang, width),
        *happy_map_section(happy_map, lang, width),
        *monthly_targets.story(in_time, lang, width),
        *gestures_section(gestures, lang, settings.currency, width),
        CondPageBreak(290),
        *_heading(_t("Trends")),
        *_charts(gathered, lang, width),
        *_lists(gathered, lang, width),
        *_entry_list(gathered, lang, width),
    ]
    steps.step()
    pages = build_report(
        out_path,
        story,
        title=_t("Monthly relationship report"),
        subtitle=fmt.format_month(year, month, lang),
        settings=settings,
        lang=lang,
    )
    steps.finish()
    return pages
