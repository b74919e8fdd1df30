"""The colours the app adds to the system palette: one red for what is late, overdue or wrong."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor

# A name, not a QColor: no Qt object is built at import time. This red keeps a contrast of about
# 5.6:1 on white and 3.7:1 on black, so it reads on light and dark palettes alike.
ERROR_COLOUR = "#c62828"
ERROR_STYLE = f"color: {ERROR_COLOUR};"  # for a label's style sheet


def error_colour() -> QColor:
    """The error red, for a model's ForegroundRole."""
    return QColor(ERROR_COLOUR)


def error_brush() -> QBrush:
    """The error red, for an item's foreground."""
    return QBrush(QColor(ERROR_COLOUR))
