"""The monthly report's map of when customers were least happy: the customers' Happy Index of the
month by weekday and hour of day (``happy_index.hour_weekday_map``), red where it is lowest, green
where it is highest, as the Insights page and Today draw it; a cell with fewer than 3 ratings stays
blank (one rating is an anecdote). The month's Happy Index and its count sit above it, then the
index and count of each day (``monthly_happy_days``)."""

from __future__ import annotations

import colorsys
from dataclasses import dataclass
from datetime import timedelta

from reportlab.lib import colors
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from cxjournal import formatting as fmt
from cxjournal.i18n import tr, trn
from cxjournal.months import month_bounds
from cxjournal.reports import typeset as ts
from cxjournal.reports.monthly_happy_days import happy_days_table
from cxjournal.services.happy_index import (
    MAP_MIN_RATINGS,
    HappyFigures,
    happy_by_day,
    happy_of_month,
    hour_weekday_map,
)


def _t(text: str) -> str:
    return tr(text, "reports")


@dataclass(frozen=True)
class HappyMapData:
    month: HappyFigures
    cells: dict[tuple[int, int], HappyFigures]
    days: list[HappyFigures]


def gather_happy_map(year: int, month: int) -> HappyMapData:
    """Read inside the report's snapshot."""
    first, after = month_bounds(year, month)
    last = after.date() - timedelta(days=1)
    return HappyMapData(
        happy_of_month(year, month),
        hour_weekday_map(first.date(), last),
        happy_by_day(first.date(), last),
    )


def cell_colour(index: float) -> colors.Color:
    """0 red, 50 amber, 100 green: the colours of the window's map (``ui.widgets.heat_map``)."""
    hue = max(0.0, min(index, 100.0)) / 100 * 120 / 360
    return colors.Color(*colorsys.hsv_to_rgb(hue, 0.55, 0.95))


def _grid(d: HappyMapData, lang: str, width: float) -> Table:
    used = sorted({hour for (_day, hour), f in d.cells.items() if f.count})
    hours = list(range(used[0], used[-1] + 1))
    rows = [["", *(str(hour) for hour in hours)]]
    style = [
        ("FONT", (0, 0), (-1, -1), ts.FONT, 7),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("TEXTCOLOR", (0, 0), (-1, 0), ts.MUTED),
        ("GRID", (1, 1), (-1, -1), 0.25, colors.white),
    ]
    for weekday in range(7):
        row = [fmt.weekday_abbrev(weekday, lang)]
        for column, hour in enumerate(hours, start=1):
            figures = d.cells.get((weekday, hour))
            if figures is None or figures.count < MAP_MIN_RATINGS or figures.index is None:
                row.append("")
                continue
            row.append(fmt.format_number(figures.index, lang, 0))
            style.append(
                (
                    "BACKGROUND",
                    (column, weekday + 1),
                    (column, weekday + 1),
                    cell_colour(figures.index),
                )
            )
        rows.append(row)
    first = 34
    other = (width - first) / max(len(hours), 1)
    table = Table(rows, colWidths=[first] + [other] * len(hours), rowHeights=13)
    table.setStyle(TableStyle(style))
    return table


def happy_map_section(d: HappyMapData, lang: str, width: float) -> list:
    """The section's flowables (nothing when the month has no customer rating)."""
    if not d.month.count:
        return []
    summary = trn(
        "Happy Index of the month: {index}/100 from %n rating.",
        "Happy Index of the month: {index}/100 from %n ratings.",
        d.month.count,
        "reports",
    ).format(index=fmt.format_number(d.month.index or 0, lang, 0))
    return [
        KeepTogether(
            [
                ts.para(_t("When customers were least happy"), "h2"),
                ts.para(summary),
                Spacer(1, 4),
                happy_days_table(d.days, lang, width, cell_colour),
                Spacer(1, 3),
                ts.para(
                    _t(
                        "The Happy Index day by day (0-100) and how many ratings it rests on; "
                        "blank: fewer than {least} ratings that day."
                    ).format(least=MAP_MIN_RATINGS),
                    "muted",
                ),
                Spacer(1, 6),
                _grid(d, lang, width),
                Spacer(1, 3),
                ts.para(
                    _t(
                        "The Happy Index by weekday and hour of the day (0-100); blank: fewer "
                        "than {least} ratings at that hour."
                    ).format(least=MAP_MIN_RATINGS),
                    "muted",
                ),
            ]
        )
    ]
