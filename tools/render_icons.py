"""Render resources/icons/cxjournal.svg to the PNG sizes the window, tray and bundle use.

QT_QPA_PLATFORM=offscreen python tools/render_icons.py
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def main() -> None:
    app = QGuiApplication([])  # noqa: F841 (Qt needs it for painting)
    renderer = QSvgRenderer(str(ICONS / "cxjournal.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"cxjournal-{size}.png"))
        print(f"cxjournal-{size}.png")


if __name__ == "__main__":
    main()
