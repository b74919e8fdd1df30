"""The monthly report's Happy Index day by day (issue 19: "by day and by month, with counts"): a
compact table of the month's days, each with its index (0-100) and how many ratings it rests on; a
day with fewer than 3 ratings keeps its count and leaves its index blank, as the map beside it
does (one or two ratings are an anecdote)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from reportlab.lib import colors
from reportlab.platypus import Table, TableStyle

from cxjournal import formatting as fmt
from cxjournal.i18n import tr
from cxjournal.reports import typeset as ts
from cxjournal.services.happy_index import MAP_MIN_RATINGS, HappyFigures

_PER_ROW = 16  # two bands of days fit the page's width at 7 pt


def _band(days: Sequence[HappyFigures], lang: str, colour: Callable, top: int) -> tuple[list, list]:
    """Three rows (day, index, ratings) for ``days``, and their cell styles (rows from ``top``)."""
    numbers = [tr("Day", "reports")]
    indexes = [tr("Index", "reports")]
    counts = [tr("Ratings", "reports")]
    style = []
    for column, figures in enumerate(days, start=1):
        day = date.fromisoformat(figures.label)
        numbers.append(f"{fmt.weekday_abbrev(day.weekday(), lang)[:2]} {day.day}")
        counts.append(fmt.format_number(figures.count, lang, 0) if figures.count else "")
        if figures.count < MAP_MIN_RATINGS or figures.index is None:
            indexes.append("")
            continue
        indexes.append(fmt.format_number(figures.index, lang, 0))
        style.append(("BACKGROUND", (column, top + 1), (column, top + 1), colour(figures.index)))
    return [numbers, indexes, counts], style


def happy_days_table(
    days: Sequence[HappyFigures], lang: str, width: float, colour: Callable[[float], colors.Color]
) -> Table:
    """The month's days in bands of ``_PER_ROW``: day, Happy Index (coloured as the map), count."""
    rows: list[list[str]] = []
    style: list = [
        ("FONT", (0, 0), (-1, -1), ts.FONT, 7),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("GRID", (1, 1), (-1, -1), 0.25, colors.white),
    ]
    for start in range(0, len(days), _PER_ROW):
        band, band_style = _band(days[start : start + _PER_ROW], lang, colour, len(rows))
        style.append(("TEXTCOLOR", (0, len(rows)), (-1, len(rows)), ts.MUTED))
        style.append(("TEXTCOLOR", (0, len(rows) + 2), (-1, len(rows) + 2), ts.MUTED))
        if start:
            style.append(("TOPPADDING", (0, len(rows)), (-1, len(rows)), 6))
        rows.extend(row + [""] * (_PER_ROW + 1 - len(row)) for row in band)
        style.extend(band_style)
    first = 40
    table = Table(rows, colWidths=[first] + [(width - first) / _PER_ROW] * _PER_ROW)
    table.setStyle(TableStyle(style))
    return table
