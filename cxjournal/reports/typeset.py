"""Typesetting shared by every report: embedded fonts, styles, escaping user text, page frame, tables.

User text only ever reaches reportlab through ``para()`` / ``escape_text()``, which escape markup so
``<b>Bob & Co</b>`` prints as typed. DejaVu Sans draws Latin, Greek, Cyrillic, € and œ; characters it
lacks (Chinese, Japanese, Korean) are set in Droid Sans Fallback; a character neither font has (most
emoji) prints as "�" so the reader sees that something was there, instead of a blank.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    LongTable,
    PageTemplate,
    Paragraph,
    TableStyle,
)

from cxjournal.i18n import tr
from cxjournal.resources import resource_path

FONT = "CXSans"
FONT_BOLD = "CXSans-Bold"
FONT_ITALIC = "CXSans-Oblique"
FONT_BOLD_ITALIC = "CXSans-BoldOblique"
FALLBACK_FONT = "CXFallback"
REPLACEMENT = "\ufffd"

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
RULE = colors.HexColor("#cbd2d9")
HEADER_FILL = colors.HexColor("#e4e9f0")
ZEBRA_FILL = colors.HexColor("#f5f7fa")
CUSTOMER_COLOUR = colors.HexColor("#2f6690")
STAFF_COLOUR = colors.HexColor("#d17a22")
ACCENT_COLOUR = colors.HexColor("#3a7d44")

PAPER_SIZES = {"A4": A4, "Letter": LETTER}
MARGIN = 1.8 * cm
HEADER_HEIGHT = 1.6 * cm


# Fonts ------------------------------------------------------------------------------------------


@functools.cache
def register_fonts() -> None:
    """Embed DejaVu Sans (regular, bold, oblique, bold oblique) once per process."""
    files = {
        FONT: "DejaVuSans.ttf",
        FONT_BOLD: "DejaVuSans-Bold.ttf",
        FONT_ITALIC: "DejaVuSans-Oblique.ttf",
        FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    }
    for name, filename in files.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )


@functools.cache
def _main_glyphs() -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(FONT).face.charToGlyph)


@functools.cache
def _fallback_glyphs() -> frozenset[int]:
    """Loaded on the first character DejaVu lacks: the file is large and rarely needed."""
    path = resource_path("fonts", "DroidSansFallbackFull.ttf")
    try:
        pdfmetrics.registerFont(TTFont(FALLBACK_FONT, str(path)))
    except Exception:  # a bundle without the fallback still prints, with "�" for those names
        return frozenset()
    return frozenset(pdfmetrics.getFont(FALLBACK_FONT).face.charToGlyph)


def _font_for(char: str) -> str | None:
    code = ord(char)
    if code in _main_glyphs() or char in "\n\t":
        return FONT
    if code in _fallback_glyphs():
        return FALLBACK_FONT
    return None


def escape_text(text: object) -> str:
    """User text as Paragraph markup that prints exactly as typed (line breaks kept)."""
    raw = "" if text is None else str(text)
    if raw.isascii():
        return escape(raw).replace("\n", "<br/>")
    out: list[str] = []
    run: list[str] = []
    run_font = FONT

    def flush() -> None:
        chunk = escape("".join(run)).replace("\n", "<br/>")
        out.append(chunk if run_font == FONT else f'<font name="{FALLBACK_FONT}">{chunk}</font>')
        run.clear()

    for char in raw:
        font = _font_for(char)
        if font is None:
            char, font = REPLACEMENT, FONT
        if font != run_font and run:
            flush()
        run_font = font
        run.append(char)
    if run:
        flush()
    return "".join(out)


def printable(text: object) -> str:
    """User text for places that take plain strings (charts): glyphs DejaVu lacks become "�"."""
    raw = "" if text is None else str(text)
    if raw.isascii():
        return raw
    return "".join(c if _font_for(c) == FONT else REPLACEMENT for c in raw)


def _runs(text: str, font: str) -> list[tuple[str, str]]:
    """``text`` cut into (font, piece) runs, using the fallback font where ``font`` lacks glyphs."""
    runs: list[tuple[str, str]] = []
    for char in text:
        found = _font_for(char)
        name, char = (
            (font, char) if found == FONT else (found or font, char if found else REPLACEMENT)
        )
        if runs and runs[-1][0] == name:
            runs[-1] = (name, runs[-1][1] + char)
        else:
            runs.append((name, char))
    return runs


def draw_text(canvas, x: float, y: float, text: object, font: str, size: float, *, right=False):
    """Draw one line of user text on a canvas with the same font fallback as paragraphs."""
    runs = _runs("" if text is None else str(text), font)
    if right:
        x -= sum(pdfmetrics.stringWidth(piece, name, size) for name, piece in runs)
    for name, piece in runs:
        canvas.setFont(name, size)
        canvas.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, name, size)


# Styles -----------------------------------------------------------------------------------------


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, textColor=INK)

    def derive(name: str, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "title": derive("title", fontName=FONT_BOLD, fontSize=18, leading=22, spaceAfter=4),
        "h1": derive(
            "h1", fontName=FONT_BOLD, fontSize=13, leading=16, spaceBefore=12, spaceAfter=6
        ),
        "h2": derive(
            "h2", fontName=FONT_BOLD, fontSize=10.5, leading=13, spaceBefore=8, spaceAfter=4
        ),
        "muted": derive("muted", fontSize=8.5, leading=11, textColor=MUTED),
        "cell": derive("cell", fontSize=8, leading=10),
        "cell_bold": derive("cell_bold", fontName=FONT_BOLD, fontSize=8, leading=10),
        "cell_right": derive("cell_right", fontSize=8, leading=10, alignment=TA_RIGHT),
        "cell_bold_right": derive(
            "cell_bold_right", fontName=FONT_BOLD, fontSize=8, leading=10, alignment=TA_RIGHT
        ),
        "quote": derive(
            "quote", fontName=FONT_ITALIC, fontSize=9.5, leading=13, leftIndent=10, spaceAfter=2
        ),
        "tick": derive("tick", fontSize=13, leading=13),
        "figure": derive("figure", fontName=FONT_BOLD, fontSize=15, leading=18),
        "figure_label": derive("figure_label", fontSize=7.5, leading=9.5, textColor=MUTED),
    }


def para(text: object, style: str = "body") -> Paragraph:
    """A paragraph of user (or any) text, escaped: what was typed is what prints."""
    return Paragraph(escape_text(text), styles()[style])


def markup(fragments: Sequence[tuple[str, object]], style: str = "body") -> Paragraph:
    """A paragraph mixing bold/italic pieces: ``[("b", label), ("", value)]``; every piece escaped."""
    parts = []
    for tag, text in fragments:
        piece = escape_text(text)
        parts.append(f"<{tag}>{piece}</{tag}>" if tag else piece)
    return Paragraph("".join(parts), styles()[style])


# Tables -----------------------------------------------------------------------------------------

CELL_SIZE = 8  # points, the body text of table cells
CELL_LEADING = 10
CELL_PADDING = 4
CELL_V_PADDING = 2.5


def _fits_one_line(value: object, width: float) -> bool:
    """True for text with no line break, every glyph in the main font, narrower than ``width``."""
    if not isinstance(value, str) or "\n" in value:
        return False
    if not (value.isascii() or all(ord(c) in _main_glyphs() for c in value)):
        return False
    return pdfmetrics.stringWidth(value, FONT, CELL_SIZE) <= width


def _row_height(row: Sequence[object], col_widths: Sequence[float]) -> float | None:
    """The height of a row of strings and paragraphs, measured once here: with every row's height
    given, reportlab does not measure thousands of rows again at each page break."""
    tallest = CELL_LEADING
    for value, width in zip(row, col_widths, strict=True):
        if isinstance(value, str):
            lines = value.count("\n") + 1
            tallest = max(tallest, lines * CELL_LEADING)
        elif isinstance(value, Paragraph):
            tallest = max(tallest, value.wrap(width - 2 * CELL_PADDING, 1e6)[1])
        else:
            return None  # other flowables: let reportlab measure them
    return tallest + 2 * CELL_V_PADDING


def _needed_width(values: Sequence[object], font: str) -> float:
    """The width (padding included) that the widest of ``values`` needs to print unbroken."""
    widths = [
        pdfmetrics.stringWidth(str(value), font, CELL_SIZE)
        for value in values
        if isinstance(value, str) and _fits_one_line(value, 1e6)
    ]
    return max(widths, default=0) + 2 * CELL_PADDING


def _make_room(
    col_widths: list[float],
    header: Sequence[object],
    rows: Sequence[Sequence[object]],
    simple: set[int],
) -> list[float]:
    """Columns widened so no heading word is cut ("Ancienn/eté") and no ``plain`` label runs into
    the next cell; the room is taken from the widest column that needs none."""
    needs = []
    for column, heading in enumerate(header):
        words = str(heading).split() if isinstance(heading, str) else []
        need = _needed_width(words, FONT_BOLD)
        if column in simple:
            need = max(need, _needed_width([row[column] for row in rows], FONT))
        needs.append(need)
    extra = sum(max(0.0, n - w) for n, w in zip(needs, col_widths, strict=True))
    donors = [c for c, (n, w) in enumerate(zip(needs, col_widths, strict=True)) if n <= w]
    if not extra or not donors:
        return col_widths
    donor = max(donors, key=lambda c: col_widths[c] - needs[c])
    if col_widths[donor] - extra < needs[donor]:
        return col_widths
    widened = [max(n, w) for n, w in zip(needs, col_widths, strict=True)]
    widened[donor] -= extra
    return widened


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    available: float,
    right_align: Sequence[int] = (),
    plain: Sequence[int] = (),
    empty_text: str | None = None,
) -> Flowable:
    """A table whose header row repeats on every page, cells that wrap, and zebra rows.

    ``widths`` are relative; ``available`` is the frame width in points. Cells that are already
    flowables (or lists of flowables) are kept; anything else becomes escaped, wrapping text, except in the ``plain``
    columns: short labels and numbers the app wrote itself (dates, kinds, counts), drawn as simple
    strings because thousands of paragraphs make long tables slow (their columns are widened to
    fit them, and one still too wide wraps). Never put user text there.
    Other text that fits on one line in the main font is drawn as a plain string too (it looks the
    same); the rest wraps. ``empty_text`` replaces a table with no rows.
    """
    if not rows and empty_text is not None:
        return para(empty_text, "muted")
    sheet = styles()
    total = float(sum(widths))
    right, simple = set(right_align), set(plain)
    col_widths = _make_room([available * w / total for w in widths], header, rows, simple)

    def cell(value: object, column: int, style: str) -> object:
        if isinstance(value, Flowable | list):
            return value  # a flowable, or a list of them stacked in the cell
        if column in simple and style == "cell":
            value = "" if value is None else str(value)  # app labels: wrapped only if too wide
        if style == "cell" and _fits_one_line(value, col_widths[column] - 2 * CELL_PADDING):
            return value
        name = f"{style}_right" if column in right else style
        return Paragraph(escape_text(value), sheet[name])

    data = [[cell(h, i, "cell_bold") for i, h in enumerate(header)]]
    data += [[cell(v, i, "cell") for i, v in enumerate(row)] for row in rows]
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 1), (-1, -1), FONT),
        ("FONTSIZE", (0, 1), (-1, -1), CELL_SIZE),
        ("LEADING", (0, 1), (-1, -1), CELL_LEADING),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, MUTED),
        ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_V_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_V_PADDING),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA_FILL]),
    ]
    commands += [("ALIGN", (c, 1), (c, -1), "RIGHT") for c in right]
    heights = [None] + [_row_height(row, col_widths) for row in data[1:]]
    return LongTable(
        data,
        colWidths=col_widths,
        rowHeights=heights,
        repeatRows=1,
        style=TableStyle(commands),
        hAlign="LEFT",
    )


# Page frame -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PageHeader:
    """What the top and bottom of every page say."""

    title: str
    subtitle: str = ""  # the month, the person, the week
    business_name: str = ""
    logo_path: str = ""
    generated: str = ""  # "Generated on 22 November 2026", already formatted


def _logo(path: str):
    """The logo as an ImageReader, or None when the path is empty, missing or not an image."""
    if not path:
        return None
    try:
        from reportlab.lib.utils import ImageReader

        if not Path(path).expanduser().is_file():
            return None
        image = ImageReader(str(Path(path).expanduser()))
        width, height = image.getSize()
        return image if width > 0 and height > 0 else None
    except Exception:  # an unreadable logo must never stop the report
        return None


class _NumberedCanvas(Canvas):
    """Keeps every page until the end so each footer can say "Page x of y"."""

    footer_format = "Page {page} of {total}"
    footer_left = ""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        width, _height = self._pagesize
        y = MARGIN - 0.9 * cm
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, y + 11, width - MARGIN, y + 11)
        self.setFillColor(MUTED)
        draw_text(self, MARGIN, y, self.footer_left, FONT, 7.5)
        text = self.footer_format.format(page=self._pageNumber, total=total)
        draw_text(self, width - MARGIN, y, text, FONT, 7.5, right=True)
        self.restoreState()


def _draw_header(canvas: Canvas, header: PageHeader, logo) -> None:
    width, height = canvas._pagesize
    top = height - MARGIN + 0.4 * cm
    x = MARGIN
    canvas.saveState()
    if logo is not None:
        logo_w, logo_h = logo.getSize()
        box = HEADER_HEIGHT - 0.3 * cm
        scale = min(box / logo_h, (4 * cm) / logo_w)
        canvas.drawImage(logo, x, top - logo_h * scale, logo_w * scale, logo_h * scale, mask="auto")
        x += logo_w * scale + 0.3 * cm
    canvas.setFillColor(INK)
    draw_text(canvas, x, top - 12, header.business_name, FONT_BOLD, 11)
    draw_text(canvas, width - MARGIN, top - 12, header.title, FONT_BOLD, 11, right=True)
    draw_text(canvas, width - MARGIN, top - 24, header.subtitle, FONT, 9, right=True)
    canvas.setFillColor(MUTED)
    draw_text(canvas, x, top - 24, header.generated, FONT, 8)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    rule_y = top - HEADER_HEIGHT + 0.1 * cm
    canvas.line(MARGIN, rule_y, width - MARGIN, rule_y)
    canvas.restoreState()


def page_size(paper: str) -> tuple[float, float]:
    return PAPER_SIZES.get(paper, A4)


def frame_width(paper: str) -> float:
    return page_size(paper)[0] - 2 * MARGIN


def build_pdf(out_path: str | Path, story: list[Flowable], header: PageHeader, paper: str) -> int:
    """Typeset ``story`` on A4 or Letter pages with the header and numbered footer; returns pages."""
    register_fonts()
    size = page_size(paper)
    width, height = size
    top_margin = MARGIN + HEADER_HEIGHT
    frame = Frame(
        MARGIN, MARGIN, width - 2 * MARGIN, height - top_margin - MARGIN, id="body", showBoundary=0
    )
    logo = _logo(header.logo_path)
    doc = BaseDocTemplate(
        str(out_path),
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=top_margin,
        bottomMargin=MARGIN,
        title=f"{header.title} — {header.subtitle}" if header.subtitle else header.title,
        author=header.business_name,
        creator="CX Journal",
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                id="page", frames=[frame], onPage=lambda c, _d: _draw_header(c, header, logo)
            )
        ]
    )
    canvas_class = type(
        "ReportCanvas",
        (_NumberedCanvas,),
        {
            "footer_format": tr("Page {page} of {total}", "reports"),
            "footer_left": header.business_name,
        },
    )
    doc.build(story, canvasmaker=canvas_class)
    return doc.page
