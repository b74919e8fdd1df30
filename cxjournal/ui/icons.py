"""The application's icon (SVG with PNG sizes in resources/icons), for windows, the tray and dialogs."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from cxjournal.resources import resource_path

ICON_FILES = (("icons", "cxjournal.svg"), ("icons", "cxjournal.png"))


def app_icon() -> QIcon:
    """The app's icon from resources, or a standard one if the files are missing."""
    for parts in ICON_FILES:
        path = resource_path(*parts)
        if path.is_file():
            return QIcon(str(path))
    # QStyle is loaded only here: creating its many enums would slow every start.
    from PySide6.QtWidgets import QApplication, QStyle

    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
