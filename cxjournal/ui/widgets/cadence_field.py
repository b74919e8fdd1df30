"""The keep-in-touch cadence of a person: off, every 2 weeks, every 30 days, or a number of days."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QWidget

MAX_DAYS = 3660  # the service's limit (services.keep_in_touch.MAX_DAYS): ten years
PRESETS = (None, 14, 30)
CUSTOM = -1


class CadenceField(QWidget):
    """A choice of cadence; "Custom" shows a number of days. ``days()`` is None when off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = QComboBox()
        self.choice.addItem(self.tr("Off"), None)
        self.choice.addItem(self.tr("Every 2 weeks"), 14)
        self.choice.addItem(self.tr("Every 30 days"), 30)
        self.choice.addItem(self.tr("Custom…"), CUSTOM)
        self.custom = QSpinBox()
        self.custom.setRange(1, MAX_DAYS)
        self.custom.setValue(60)
        self.custom.setSuffix(self.tr(" days"))
        self.custom.setAccessibleName(self.tr("Days between contacts"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choice)
        layout.addWidget(self.custom)
        layout.addStretch(1)
        self.choice.currentIndexChanged.connect(self._show_custom)
        self._show_custom()

    def _show_custom(self) -> None:
        self.custom.setVisible(self.choice.currentData() == CUSTOM)

    def days(self) -> int | None:
        chosen = self.choice.currentData()
        return self.custom.value() if chosen == CUSTOM else chosen

    def set_days(self, days: int | None) -> None:
        if days in PRESETS:
            self.choice.setCurrentIndex(PRESETS.index(days))
        else:
            self.custom.setValue(int(days))
            self.choice.setCurrentIndex(len(PRESETS))
        self._show_custom()
