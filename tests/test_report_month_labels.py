"""The report's month charts: twelve months in half a page keep their labels apart in French as in
English (thinned, the latest month always named), and a long chart title fits its chart."""

from __future__ import annotations

import itertools

import pytest
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from cxjournal import formatting as fmt
from cxjournal.reports import charts
from cxjournal.reports.typeset import FONT, FONT_BOLD

HALF_A4 = 234  # half the monthly report's frame on A4, less the gap between the two charts
MONTHS = (11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)


def _chart(labels: list[str], title: str = "Title"):
    drawing = charts.trend(
        title,
        labels,
        [charts.Series("s", [50.0] * len(labels), colors.red)],
        value_range=(0, 100, 25),
        value_format=str,
        width=HALF_A4,
    )
    chart = next(c for c in drawing.contents if isinstance(c, HorizontalLineChart))
    return drawing, chart


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_twelve_month_labels_in_half_a_page_never_run_into_each_other(lang):
    labels = [fmt.format_month_abbrev(m, lang) for m in MONTHS]
    _drawing, chart = _chart(labels)
    names = chart.categoryAxis.categoryNames
    room = chart.width / len(labels)
    shown = [(i, name) for i, name in enumerate(names) if name]
    for (i, left), (j, right) in itertools.pairwise(shown):
        half_widths = (stringWidth(left, FONT, 7.5) + stringWidth(right, FONT, 7.5)) / 2
        assert half_widths < (j - i) * room, (left, right)
    assert names[-1] == labels[-1] and len(shown) >= 4
    assert all(name in ("", labels[i]) for i, name in enumerate(names))


def test_six_months_keep_every_label():
    labels = [fmt.format_month_abbrev(m, "fr") for m in (5, 6, 7, 8, 9, 10)]
    _drawing, chart = _chart(labels)
    assert chart.categoryAxis.categoryNames == labels


def test_a_long_title_shrinks_to_its_charts_width():
    title = "Pouls du personnel et indice de bonheur, 12 mois"
    drawing, _unused = _chart(["janv."] * 12, title)
    (text,) = [s for s in drawing.contents if isinstance(s, String) and s.text == title]
    assert stringWidth(title, FONT_BOLD, text.fontSize) <= HALF_A4 + 0.01
