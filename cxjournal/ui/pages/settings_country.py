"""Settings ▸ Business: the business's country, the one phone numbers written without a country
code are read in ("06 12 34 56 78" is French in France, "0470 12 34 56" Belgian in Belgium); saved
with the page and checked by ``services.settings`` like every setting (``cxjournal.phones``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox, QFormLayout

from cxjournal.phones import FALLBACK_REGION

# The countries offered first (any other two-letter code may be typed): where our shops are.
OFFERED = ("FR", "BE", "CH", "CA", "LU", "MC", "GB", "US", "DE", "ES", "IT")


def _name(code: str) -> str:
    """ "France (FR)", the country's name in the window's language where Qt knows it."""
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:  # (QLocale.Territory in Qt 6.2+, not bound)
        return code
    return f"{QLocale.territoryToString(territory)} ({code})"


class CountryRow:
    """The country's combo box in the page's form (``load`` and ``values`` as the page's sections)."""

    def __init__(self, form: QFormLayout, changed: Callable) -> None:
        self.combo = QComboBox()
        self.combo.setEditable(True)
        label = QCoreApplication.translate("CountrySettings", "Country")
        self.combo.setAccessibleName(label)
        self.combo.setToolTip(
            QCoreApplication.translate(
                "CountrySettings",
                "Phone numbers written without a country code are read as this country's.",
            )
        )
        self.combo.addItem(_name(FALLBACK_REGION), "")  # the setting left empty
        for code in OFFERED:
            if code != FALLBACK_REGION:
                self.combo.addItem(_name(code), code)
        self.combo.currentTextChanged.connect(changed)
        form.addRow(QCoreApplication.translate("CountrySettings", "C&ountry"), self.combo)

    def load(self, values: dict[str, str]) -> None:
        code = values.get("country", "")
        index = self.combo.findData(code)
        if index < 0:
            self.combo.setEditText(code)
        else:
            self.combo.setCurrentIndex(index)

    def values(self) -> dict[str, str]:
        index = self.combo.findText(self.combo.currentText())
        if index >= 0:
            return {"country": self.combo.itemData(index)}
        return {"country": self.combo.currentText().strip()}  # a code typed: checked on save
