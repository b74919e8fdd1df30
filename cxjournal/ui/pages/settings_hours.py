"""Settings ▸ Opening hours and response targets: the shop's hours for each day (a lunch break
is two periods), the days it is closed, and how many opening hours each kind of entry may wait
for its first response and for its resolution. Saved with the rest of the page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QLabel, QLineEdit, QSpinBox

from cxjournal import opening_hours as oh
from cxjournal import response_targets as rt
from cxjournal import vocabulary as v
from cxjournal.services.settings import SETTINGS


class HoursBox(QGroupBox):
    """The section; ``changed`` fires on every edit so the page knows it has unsaved changes."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Opening hours and response targets"), parent)
        form = QFormLayout(self)
        hint = QLabel(
            self.tr(
                "Response targets count opening time only, and stop while an entry waits on "
                "someone. Write each day's hours as 09:00-19:00, with a lunch break as "
                "09:00-12:30 14:00-19:00; leave a day empty when the shop is closed."
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        self.days: list[QLineEdit] = []
        for name in self._day_names():
            line = QLineEdit()
            line.setPlaceholderText(self.tr("closed"))
            line.setAccessibleName(name)
            line.textEdited.connect(self.changed)
            form.addRow(name, line)
            self.days.append(line)
        self.closed = QLineEdit()
        self.closed.setPlaceholderText("2026-08-10..2026-08-23, 12-25")
        self.closed.setToolTip(
            self.tr(
                "A date (2026-12-24), a period (2026-08-10..2026-08-23) or a day closed every "
                "year (12-25), separated by commas."
            )
        )
        label = self.tr("Closed days")
        self.closed.setAccessibleName(label)
        self.closed.textEdited.connect(self.changed)
        form.addRow(label, self.closed)
        form.addRow(self._targets_grid())

    def _day_names(self) -> list[str]:
        return [
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        ]

    def _targets_grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Target, in opening hours</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("to answer")), 0, 1)
        grid.addWidget(QLabel(self.tr("to resolve")), 0, 2)
        self.targets: dict[str, QSpinBox] = {}
        for row, (side, kind) in enumerate(rt.DEFAULT_TARGETS, start=1):
            what = self.tr("{side}: {kind}").format(side=v.label(side), kind=v.label(kind))
            grid.addWidget(QLabel(what), row, 0)
            for column, stage in enumerate(rt.STAGES, start=1):
                key = rt.target_key(side, kind, stage)
                spin = QSpinBox()
                spin.setRange(0, SETTINGS[key].maximum)
                spin.setSuffix(self.tr(" h"))
                spin.setSpecialValueText(self.tr("No target"))
                spin.setAccessibleName(f"{what}, {stage}")
                spin.valueChanged.connect(self.changed)
                grid.addWidget(spin, row, column)
                self.targets[key] = spin
        return grid

    def load(self, values: dict[str, str]) -> None:
        """Show the saved values (no ``changed``: nothing was edited)."""
        self.blockSignals(True)
        try:
            try:
                week = oh.parse_week(values["opening_hours"])
            except oh.HoursError:
                week = oh.parse_week(oh.DEFAULT_OPENING_HOURS)
            for line, periods in zip(self.days, week, strict=True):
                line.setText(oh.format_periods(periods))
            self.closed.setText(values["closed_days"])
            for key, spin in self.targets.items():
                spin.setValue(int(values[key]) if values[key].isdigit() else 0)
        finally:
            self.blockSignals(False)

    def values(self) -> dict[str, object]:
        """What to save; the settings service reads and checks the hours, as typed."""
        week = "; ".join(
            f"{day} {line.text().strip()}"
            for day, line in zip(oh.DAYS, self.days, strict=True)
            if line.text().strip()
        )
        found: dict[str, object] = {"opening_hours": week, "closed_days": self.closed.text()}
        found.update({key: spin.value() for key, spin in self.targets.items()})
        return found
