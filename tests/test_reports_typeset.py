"""Typesetting: user text prints as typed, fonts cover accents and CJK, charts say when there is no data."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from cxjournal.reports import charts
from cxjournal.reports import typeset as ts
from tests.report_pdf import flat


def _build(tmp_path, story, **header):
    out = tmp_path / "t.pdf"
    pages = ts.build_pdf(out, story, ts.PageHeader(title="T", **header), "A4")
    return out, pages


def test_markup_like_text_prints_as_typed(tmp_path):
    texts = ["Four <cassé> & fumée", "Zoë <b>&amp; Fils</b>", "x < y & <unclosed", "a\nb"]
    out, _ = _build(tmp_path, [ts.para(t) for t in texts])
    text = flat(out)
    for typed in texts[:3]:
        assert typed in text


def test_escape_sets_cjk_in_the_fallback_font_and_marks_unknown_glyphs():
    markup = ts.escape_text("Zoë 東京 <i>")
    assert markup.startswith("Zoë ")
    assert f'<font name="{ts.FALLBACK_FONT}">東京</font>' in markup
    assert markup.endswith(" &lt;i&gt;")
    assert ts.escape_text("\U000f0000") == ts.REPLACEMENT  # a private-use glyph no font has
    Paragraph(markup, ts.styles()["body"])  # parses


def test_fonts_are_embedded_truetype(tmp_path):
    out, _ = _build(tmp_path, [ts.para("Œuvre € 東京")], business_name="Château 東京")
    assert b"/FontFile2" in out.read_bytes()  # embedded TrueType
    page = PdfReader(str(out)).pages[0]
    fonts = page["/Resources"]["/Font"]
    helvetica = [n for n, f in fonts.items() if "Helvetica" in str(f.get_object()["/BaseFont"])]
    content = page.get_contents().get_data().decode("latin-1")
    # reportlab selects its default font once per page in an empty text block; nothing is drawn.
    content = content.replace("BT /F1 12 Tf 14.4 TL ET", "")
    assert helvetica == ["/F1"] and "/F1 " not in content
    assert "Château 東京" in flat(out)


def test_table_repeats_its_header_on_every_page(tmp_path):
    rows = [[str(i), f"<b>Row {i}</b> & co", "x"] for i in range(300)]
    table = ts.table(["Number", "Text", "Plain"], rows, [1, 4, 1], available=400, plain=(2,))
    out, pages = _build(tmp_path, [table])
    assert pages > 3
    from tests.report_pdf import page_texts

    for page in page_texts(out):
        assert "Number" in page and "Text" in page
    assert "<b>Row 299</b> & co" in flat(out)


def test_empty_table_shows_the_given_sentence():
    assert isinstance(ts.table(["A"], [], [1], available=100, empty_text="Nothing."), Paragraph)


def test_charts_without_data_say_so(tmp_path):
    story = [
        charts.entries_per_week(["1 Nov"], [0], [0], width=400),
        charts.trend(
            "Trend",
            ["Oct", "Nov"],
            [charts.Series("Customers", [None, None], ts.CUSTOMER_COLOUR)],
            value_range=(1, 5, 1),
            value_format=str,
            width=400,
        ),
        charts.entries_per_week(["1 Nov", "2–8 Nov"], [3, 7], [1, 0], width=400),
    ]
    out, _ = _build(tmp_path, story)
    text = flat(out)
    assert text.count("No data") == 2
    assert "Customers Staff" in text and "2–8 Nov" in text


def test_one_line_text_is_drawn_plain_and_long_or_cjk_text_wraps(tmp_path):
    long_title = "Une très longue réclamation au sujet d'une commande & <livraison> " * 3
    rows = [[long_title, "Zoé <b>"], ["court", "王小明"]]
    table = ts.table(["Title", "Who"], rows, [3, 1], available=300)
    first, second = table._cellvalues[1], table._cellvalues[2]
    assert isinstance(first[0], Paragraph) and first[1] == "Zoé <b>"  # fits: drawn as typed
    assert second[0] == "court" and isinstance(second[1], Paragraph)  # CJK needs the fallback font
    assert table._argH[1] > table._argH[2]  # row heights measured once, the long title wraps
    out, _ = _build(tmp_path, [table])
    text = flat(out)
    assert long_title.strip() in text and "Zoé <b>" in text and "王小明" in text


def test_heading_words_are_not_cut_and_plain_labels_get_their_room(tmp_path):
    """ "Ancienneté" printed as "Ancienn/eté"; "Échéance de la promesse" ran over the next cell."""
    rows = [["Échéance de la promesse", "Donner une réponse", "Réclamation"]]
    table = ts.table(
        ["Ancienneté", "Quoi", "Type"], rows, [40, 400, 40], available=480, plain=(0, 2)
    )
    widths = table._colWidths
    needed = ts.pdfmetrics.stringWidth("Échéance de la promesse", ts.FONT, ts.CELL_SIZE)
    assert widths[0] >= needed + 2 * ts.CELL_PADDING
    assert widths[2] >= ts.pdfmetrics.stringWidth("Réclamation", ts.FONT, 8) + 2 * ts.CELL_PADDING
    assert sum(widths) == pytest.approx(480)
    out, _ = _build(tmp_path, [table])
    text = flat(out)
    assert "Ancienneté Quoi Type" in text
    assert "Échéance de la promesse Donner une réponse Réclamation" in text


def test_a_plain_label_too_wide_for_any_room_wraps():
    table = ts.table(["A", "B"], [["x " * 80, "y"]], [1, 1], available=100, plain=(0,))
    assert isinstance(table._cellvalues[1][0], Paragraph)
