"""The application's icon (PNG sizes, and an SVG, in resources/icons), for windows, the tray and
dialogs."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from cxjournal.resources import resource_path

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
SVG_FILE = ("icons", "cxjournal.svg")


def app_icon() -> QIcon:
    """The app's icon: its PNG sizes, each drawn for its size and read only when one is shown (no
    SVG engine to load at start); the SVG if they are missing; else a standard icon."""
    icon = QIcon()
    for size in PNG_SIZES:
        path = resource_path("icons", f"cxjournal-{size}.png")
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    if not icon.isNull():
        return icon
    svg = resource_path(*SVG_FILE)
    if svg.is_file():
        return QIcon(str(svg))
    # QStyle is loaded only here: creating its many enums would slow every start.
    from PySide6.QtWidgets import QApplication, QStyle

    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
