"""A day typed as people say it ("samedi", "5/12", "+3", "tomorrow"), read by ``typed_dates``, with
the day it resolves to shown beside it ("sam. 5 déc.") and one-key choices: Up is tomorrow (then a
day later), Page Up next week (then a week later), Down and Page Down step back, never before today."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from cxjournal import clock
from cxjournal.errors import ValidationError
from cxjournal.typed_dates import describe_day, read_day
from cxjournal.ui.widgets.palette import ERROR_STYLE

_STEPS = {
    Qt.Key.Key_Up: 1,
    Qt.Key.Key_Down: -1,
    Qt.Key.Key_PageUp: 7,
    Qt.Key.Key_PageDown: -7,
}


class TypedDateField(QLineEdit):
    """The typed text is the truth; ``day()`` reads it, ``problem()`` says why it cannot be read.
    ``shown`` is the label to place beside the field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("e.g. saturday, 5/12, +3 (↑ tomorrow, PgUp next week)"))
        self.setToolTip(
            self.tr(
                "Type a day as you would say it: tomorrow, saturday, 5/12, in 3 days, +3.\n"
                "Up: tomorrow, then a day later. Page Up: next week, then a week later."
            )
        )
        self.shown = QLabel()
        self.shown.setMinimumWidth(self.fontMetrics().horizontalAdvance("mer. 30 sept. 2027 "))
        self._day: date | None = None
        self._problem = ""
        self.textChanged.connect(self._read)

    def day(self) -> date | None:
        return self._day

    def problem(self) -> str:
        return self._problem

    def set_day(self, day: date) -> None:
        """Write ``day`` the way it would be typed (day first), so the text stays the truth."""
        self.setText(f"{day.day}/{day.month}/{day.year}")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = _STEPS.get(Qt.Key(event.key()))
        if step is None or event.modifiers() not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            super().keyPressEvent(event)
            return
        today = clock.now().date()
        start = self._day if self._day is not None else today
        self.set_day(max(today, start + timedelta(days=step)))

    def _read(self) -> None:
        try:
            self._day, self._problem = read_day(self.text()), ""
        except ValidationError as exc:
            self._day, self._problem = None, str(exc)
        if self._day is not None:
            lang = "fr" if QLocale().language() == QLocale.Language.French else "en"
            self.shown.setText(describe_day(self._day, clock.now().date(), lang))
            self.shown.setStyleSheet("")
        else:
            self.shown.setText("?" if self._problem else "")
            self.shown.setStyleSheet(ERROR_STYLE)
        self.shown.setToolTip(self._problem)
