"""A field for an optional amount of money (a refund, a gift, a repair), typed as people type it
("12,50", "12.50", "12 €") and shown back in the language's format by Qt's ``QLocale`` when the
field is left. The amount is read by ``services.gestures`` (the journal's currency, whole minor
units): the same rules as the command line."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLineEdit, QWidget

from cxjournal.amounts import decimals, to_units
from cxjournal.errors import CXJournalError
from cxjournal.services import gestures

_SIGNS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥"}


def shown_amount(minor: int | None, currency: str) -> str:
    """``minor`` in the window's language ("1 234,50 €" / "€1,234.50"); "" for none."""
    if minor is None:
        return ""
    units = to_units(minor, currency)
    symbol = _SIGNS.get(currency.upper(), currency.upper())
    # A float only to draw it: the value stays whole minor units everywhere else.
    return QLocale().toCurrencyString(float(units), symbol, decimals(currency))


class AmountField(QLineEdit):
    """Empty for no amount; ``minor()`` reads it (raises ``CXJournalError`` for a bad one)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = gestures.currency()
        self.setPlaceholderText(
            self.tr("None, or e.g. {example}").format(example=shown_amount(1250, self.currency))
        )
        self.setAccessibleName(self.tr("Amount"))
        self.setMaxLength(40)
        self.editingFinished.connect(self._tidy)

    def minor(self) -> int | None:
        return gestures.read_amount(self.text())

    def set_minor(self, minor: int | None) -> None:
        self.setText(shown_amount(minor, self.currency))

    def _tidy(self) -> None:
        """What was typed, written back in the language's format; a bad amount is left as typed
        (saving says what is wrong with it)."""
        try:
            minor = self.minor()
        except CXJournalError:
            return
        self.set_minor(minor)
