"""Fitting the main window on the screen it opens on: the first size asked for is cut down to the
screen's available area (a 1280×720 laptop has no room for 760 pixels plus a title bar), and a size
saved on a larger screen is brought back onto a smaller one."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize

# Room left around the window for the title bar and frame the window manager adds (Qt's geometry
# does not include them) and so that the window reads as a window, not a screen.
MARGIN = 32


def fitted_size(wanted: QSize, available: QRect, margin: int = MARGIN) -> QSize:
    """``wanted``, cut down to what ``available`` holds with ``margin`` on every side."""
    return QSize(
        max(1, min(wanted.width(), available.width() - 2 * margin)),
        max(1, min(wanted.height(), available.height() - 2 * margin)),
    )


def first_geometry(
    wanted: QSize, available: QRect, margin: int = MARGIN, minimum: QSize | None = None
) -> QRect:
    """Where a window opened for the first time goes: its fitted size (never below ``minimum``, the
    least its pages can be laid out in), centred on the screen, its top left corner on it."""
    size = fitted_size(wanted, available, margin)
    if minimum is not None:
        size = size.expandedTo(minimum)
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(available.center())
    rect.moveTo(max(rect.x(), available.x()), max(rect.y(), available.y()))
    return rect


def brought_on_screen(
    saved: QRect, available: QRect, margin: int = MARGIN, minimum: QSize | None = None
) -> QRect:
    """``saved`` unchanged when all of it is on ``available``; too large for it (saved on a bigger
    screen), fitted and centred as at a first opening; else moved just enough to be all on it."""
    if available.contains(saved):
        return QRect(saved)
    if saved.width() > available.width() or saved.height() > available.height():
        return first_geometry(saved.size(), available, margin, minimum)
    rect = QRect(saved)
    rect.moveTo(
        min(max(saved.x(), available.x()), available.x() + available.width() - saved.width()),
        min(max(saved.y(), available.y()), available.y() + available.height() - saved.height()),
    )
    return rect
