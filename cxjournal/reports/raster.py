"""Turning a report's PDF pages into pixels, for the preview on screen and for printing.

PDFium (through pypdfium2) draws the same PDF that is saved, so what is previewed and printed is
exactly what is sent. Returns plain bytes so the Qt layer wraps them without a copy of the logic.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass
class PageImage:
    width: int
    height: int
    stride: int
    pixels: bytes  # BGRx, 8 bits per channel: Qt's Format_RGB32 on little-endian machines


def page_count(pdf_path: str | Path) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf_path))
    try:
        return len(document)
    finally:
        document.close()


def render_pages(
    pdf_path: str | Path, dpi: float, pages: range | None = None
) -> Iterator[PageImage]:
    """Each page (or those in ``pages``) drawn at ``dpi`` on white."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf_path))
    try:
        for index in pages if pages is not None else range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72, fill_color=(255, 255, 255, 255), prefer_bgrx=True)
            try:
                yield PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
            finally:
                bitmap.close()
                page.close()
    finally:
        document.close()
