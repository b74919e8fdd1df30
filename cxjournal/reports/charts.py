"""Report charts drawn with reportlab.graphics: entries per week by side, six-month trend lines.

Each function returns a ``Drawing`` (a flowable) sized to the frame; with nothing to plot it draws a
framed "No data" instead of an empty or misleading chart.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth

from cxjournal.i18n import tr
from cxjournal.reports.typeset import (
    CUSTOMER_COLOUR,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    RULE,
    STAFF_COLOUR,
    printable,
    register_fonts,
)

LEGEND_HEIGHT = 14
TITLE_HEIGHT = 15
TITLE_SIZE = 9
LABEL_SIZE = 7.5
LABEL_GAP = 4  # points kept free between two month labels


@dataclass(frozen=True)
class Series:
    label: str
    values: Sequence[float | None]
    colour: Color


def _canvas(width: float, height: float, title: str) -> Drawing:
    register_fonts()
    drawing = Drawing(width, height)
    text = printable(title)
    # a long title (French runs longer) shrinks to its chart's width rather than run into the next
    size = min(TITLE_SIZE, TITLE_SIZE * width / max(stringWidth(text, FONT_BOLD, TITLE_SIZE), 1))
    drawing.add(String(0, height - 11, text, fontName=FONT_BOLD, fontSize=size, fillColor=INK))
    return drawing


def thinned_labels(labels: Sequence[str], room: float) -> list[str]:
    """The month labels that fit side by side in ``room`` points each: every one, or every
    second, third... counted back from the last (the latest month is always named), the others
    blank. Twelve French months ("janv.", "févr.", "sept.") in half a page would run together."""
    widest = max((stringWidth(label, FONT, LABEL_SIZE) for label in labels), default=0)
    step = max(1, math.ceil((widest + LABEL_GAP) / room)) if room > 0 else len(labels)
    last = len(labels) - 1
    return [label if (last - i) % step == 0 else "" for i, label in enumerate(labels)]


def _no_data(drawing: Drawing) -> Drawing:
    width, height = drawing.width, drawing.height - TITLE_HEIGHT
    drawing.add(Rect(0, 0, width, height, strokeColor=RULE, fillColor=None, strokeWidth=0.5))
    drawing.add(
        String(
            width / 2,
            height / 2 - 4,
            tr("No data", "reports"),
            fontName=FONT,
            fontSize=10,
            fillColor=MUTED,
            textAnchor="middle",
        )
    )
    return drawing


def _legend(drawing: Drawing, series: Sequence[Series]) -> None:
    """The legend in one row under the title, where it can never cover the plot."""
    legend = Legend()
    legend.x, legend.y = 0, drawing.height - TITLE_HEIGHT
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.fontName, legend.fontSize = FONT, 7.5
    legend.dx = legend.dy = 7
    legend.deltax = 10
    legend.boxAnchor = "nw"
    legend.colorNamePairs = [(s.colour, printable(s.label)) for s in series]
    legend.strokeColor = None
    drawing.add(legend)


def _nice_scale(value: float) -> tuple[float, float]:
    """An axis maximum at or above ``value`` and a round step giving at most five grid lines."""
    step = 1.0
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if value <= step * 5:
            break
    return step * max(1, math.ceil(value / step)), step


def entries_per_week(
    week_labels: Sequence[str],
    customers: Sequence[int],
    staff: Sequence[int],
    *,
    width: float,
    height: float = 130,
) -> Drawing:
    """Grouped bars: entries from customers and from staff in each week of the month."""
    drawing = _canvas(width, height, tr("Entries per week", "reports"))
    if not week_labels or (not any(customers) and not any(staff)):
        return _no_data(drawing)
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 18
    chart.width, chart.height = width - 36, height - 24 - TITLE_HEIGHT - LEGEND_HEIGHT
    chart.data = [list(customers), list(staff)]
    chart.categoryAxis.categoryNames = [printable(w) for w in week_labels]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.strokeColor = MUTED
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax, chart.valueAxis.valueStep = _nice_scale(max([*customers, *staff, 1]))
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.strokeColor = MUTED
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.labelTextFormat = "%d"
    chart.bars[0].fillColor = CUSTOMER_COLOUR
    chart.bars[1].fillColor = STAFF_COLOUR
    chart.bars.strokeColor = None
    chart.groupSpacing = 10
    chart.barSpacing = 1
    drawing.add(chart)
    _legend(
        drawing,
        [
            Series(tr("Customers", "reports"), customers, CUSTOMER_COLOUR),
            Series(tr("Staff", "reports"), staff, STAFF_COLOUR),
        ],
    )
    return drawing


def trend(
    title: str,
    month_labels: Sequence[str],
    series: Sequence[Series],
    *,
    value_range: tuple[float, float, float],
    value_format: Callable[[float], str],
    width: float,
    height: float = 125,
) -> Drawing:
    """Lines over months, one per series; months without a value leave a gap in the line."""
    drawing = _canvas(width, height, title)
    if not month_labels or all(v is None for s in series for v in s.values):
        return _no_data(drawing)
    low, high, step = value_range
    chart = HorizontalLineChart()
    chart.x, chart.y = 34, 18
    chart.width, chart.height = width - 44, height - 24 - TITLE_HEIGHT - LEGEND_HEIGHT
    chart.data = [list(s.values) for s in series]
    chart.joinedLines = 1
    chart.categoryAxis.categoryNames = thinned_labels(
        [printable(m) for m in month_labels], chart.width / len(month_labels)
    )
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.strokeColor = MUTED
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = low, high, step
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labelTextFormat = value_format
    chart.valueAxis.strokeColor = MUTED
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.visibleGrid = True
    for index, item in enumerate(series):
        # One value is a dot, not a line: reportlab refuses a line of one point.
        alone = sum(value is not None for value in item.values) < 2
        chart.lines[index].strokeColor = None if alone else item.colour
        chart.lines[index].strokeWidth = 1.6
        chart.lines[index].symbol = makeMarker("FilledCircle", size=4, fillColor=item.colour)
        chart.lines[index].symbol.strokeColor = colors.white
    drawing.add(chart)
    _legend(drawing, series)
    return drawing
