"""The monthly report's "Staff and customers together" section: the staff side and the customer
side over the last 12 months, side by side, with their counts, two small charts, the links in
plain words and the recovery rate after complaints.

Every figure comes from ``services.insights`` (the series, their counts, the links and their
honest rules) and ``services.aftercare`` (the recovery rate): nothing is computed again here, so
the paper says what the Insights page and ``cxjournal insights`` say.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table, TableStyle

from cxjournal import formatting as fmt
from cxjournal.i18n import tr
from cxjournal.reports import charts
from cxjournal.reports import typeset as ts
from cxjournal.services import aftercare, insights
from cxjournal.services.demo_mark import is_demo
from cxjournal.services.happy_index import PULSE_MIN_ANSWERS

MONTHS = 12


def _t(text: str) -> str:
    return tr(text, "reports")


@dataclass(frozen=True)
class TogetherData:
    link: insights.Insights
    recovery: dict[str, aftercare.RecoveryFigures]  # by "YYYY-MM", months with an answer only
    demo: bool


def gather_together(year: int, month: int, include_confidential: bool, today) -> TogetherData:
    """The section's figures for the 12 months ending with ``year``-``month`` (read-only)."""
    link = insights.month_link(
        (year, month), MONTHS, include_confidential=include_confidential, today=today
    )
    recovery = aftercare.recovery_by_month(
        (year, month), MONTHS, include_confidential=include_confidential
    )
    return TogetherData(link, {f"{r.year:04d}-{r.month:02d}": r for r in recovery}, is_demo())


def recovery_text(figures: aftercare.RecoveryFigures | None, lang: str) -> str:
    """ "3 of 4 (75 %)": satisfied customers among those who answered, or a dash."""
    if figures is None or figures.rate is None:
        return "—"
    return _t("{satisfied} of {answered} ({rate})").format(
        satisfied=figures.satisfied,
        answered=figures.answered,
        rate=fmt.format_percent(figures.rate, lang),
    )


def _cell(value: float | None, count: int, show: Callable[[float], str]) -> str:
    """The value with the count it rests on; a dash where too few events made no value."""
    if value is None:
        return f"— ({count})" if count else "—"
    return f"{show(value)} ({count})"


def _rows(d: TogetherData, lang: str) -> list[list[str]]:
    series, counts = d.link.series, d.link.counts
    number = lambda x: fmt.format_number(x, lang, 0)  # noqa: E731
    percent = lambda x: fmt.format_percent(x / 100, lang)  # noqa: E731
    score = lambda x: fmt.format_number(x, lang, 1)  # noqa: E731
    answered = [h for h in series["staff_first_response_hours"] if h is not None]
    unit = fmt.duration_unit(max(answered, default=0))  # one unit down the column
    hours = lambda x: fmt.format_duration(x, lang, unit)  # noqa: E731
    rows = []
    for i, key in enumerate(d.link.months):
        if not any(counts[name][i] for name in counts) and key not in d.recovery:
            continue  # nothing on either side that month (before the journal began): no row
        pulse = series["staff_pulse_index"][i]
        rows.append(
            [
                fmt.format_month(int(key[:4]), int(key[5:]), lang),
                _cell(series["staff_first_response_hours"][i], counts["staff_first_response_hours"][i], hours),
                _cell(series["staff_promises_kept_pct"][i], counts["staff_promises_kept_pct"][i], percent),
                # Below the anonymity floor even the count stays off paper.
                "—" if pulse is None else _cell(pulse, counts["staff_pulse_index"][i], number),
                _cell(series["customer_satisfaction"][i], counts["customer_satisfaction"][i], score),
                _cell(series["customer_happy_index"][i], counts["customer_happy_index"][i], number),
                _cell(series["customer_complaints"][i], counts["customer_complaints"][i], number),
                recovery_text(d.recovery.get(key), lang),
            ]
        )  # fmt: skip
    return rows


def _table(d: TogetherData, lang: str, width: float):
    header = [
        _t("Month"),
        _t("Staff: first answer, median (answered)"),
        _t("Staff: promises kept (settled)"),
        _t("Staff pulse /100 (answers)"),
        _t("Customer satisfaction /5 (rated)"),
        _t("Happy Index /100 (ratings)"),
        _t("Complaints (customer entries)"),
        _t("Recovered after a complaint"),
    ]
    return ts.table(
        header,
        _rows(d, lang),
        [1.7, 1.6, 1.5, 1.4, 1.5, 1.4, 1.2, 1.6],
        available=width,
        right_align=range(1, 8),
        empty_text=_t("Nothing recorded over these months."),
    )


def _charts(d: TogetherData, lang: str, width: float) -> Table:
    months = [fmt.format_month_abbrev(int(key[5:]), lang) for key in d.link.months]
    series = d.link.series
    half = (width - 12) / 2
    percent = lambda x: fmt.format_number(x, lang, 0)  # noqa: E731
    mood = charts.trend(
        _t("Staff pulse and Happy Index, 12 months"),
        months,
        [
            charts.Series(_t("Staff pulse"), series["staff_pulse_index"], ts.STAFF_COLOUR),
            charts.Series(_t("Happy Index"), series["customer_happy_index"], ts.CUSTOMER_COLOUR),
        ],
        value_range=(0, 100, 25),
        value_format=percent,
        width=half,
    )
    kept = charts.trend(
        _t("Promises kept on time (%), 12 months"),
        months,
        [
            charts.Series(_t("To staff"), series["staff_promises_kept_pct"], ts.STAFF_COLOUR),
            charts.Series(_t("To customers"), series["customer_promises_kept_pct"], ts.CUSTOMER_COLOUR),
        ],
        value_range=(0, 100, 25),
        value_format=percent,
        width=half,
    )  # fmt: skip
    pair = Table([[mood, kept]], colWidths=[half + 12, half])
    pair.setStyle(
        TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    )
    return pair


def link_readings(d: TogetherData, lang: str) -> list[str]:
    """The links worth telling in plain words, or the sentence that none stands out."""
    shown = insights.links_worth_telling(d.link)
    return [insights.reading(link, lang) for link in shown] or [insights.no_link_message()]


def _notes(d: TogetherData) -> list[str]:
    return [
        _t(
            "In brackets: how many events each figure rests on. A month's figure needs at least "
            "3 events; with fewer it shows a dash."
        ),
        _t(
            "Staff pulse: shown only for months with at least {minimum} answers, so that no "
            "answer can be told apart; with three people, a colleague can still guess the others'."
        ).format(minimum=PULSE_MIN_ANSWERS),
        _t(
            "Recovered: complaints resolved that month whose customer, asked some days later, "
            "said 4 or 5 out of 5, among those who answered."
        ),
        _t(
            "Links are read after removing each series' trend, and only survive as clear after a "
            "correction for the number of pairs tested. Moving together is not a cause."
        ),
    ]


def together_section(d: TogetherData, lang: str, width: float) -> list:
    """The section's flowables."""
    story: list = [
        CondPageBreak(200),
        ts.para(_t("Staff and customers together"), "h1"),
        ts.para(
            _t("How the staff side and the customer side moved over the last 12 months."),
            "muted",
        ),
    ]
    if d.demo:
        story.append(ts.para(_t("Demo data: these figures come from the demo journal."), "muted"))
    story += [Spacer(1, 4), _table(d, lang, width), Spacer(1, 8)]
    story.append(KeepTogether([_charts(d, lang, width), Spacer(1, 6)]))
    story.append(ts.para(_t("What moved together"), "h2"))
    story += [ts.para(line) for line in link_readings(d, lang)]
    story.append(Spacer(1, 4))
    story += [ts.para(line, "muted") for line in _notes(d)]
    return story
