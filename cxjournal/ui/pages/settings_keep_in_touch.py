"""Settings ▸ Keep in touch: how many entries in six months make a customer a regular, whom
"Losing touch" (Today, ``cxjournal due``) lists after 45 days without contact. Its spin box joins
the page's numbers, loaded, checked and saved with every other setting."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox

from cxjournal.services.keep_in_touch import REGULAR_SETTING
from cxjournal.services.settings import SETTINGS

translate = QCoreApplication.translate


def keep_in_touch_box(page) -> QGroupBox:
    """The group box, its spin box registered in ``page.numbers`` (see ``pages.settings``)."""
    box = QGroupBox(translate("KeepInTouchSettings", "Keep in touch"))
    spec = SETTINGS[REGULAR_SETTING]
    spin = QSpinBox()
    spin.setRange(0, spec.maximum)  # the service's own limits
    spin.setSpecialValueText(translate("KeepInTouchSettings", "Off"))
    spin.setSuffix(translate("KeepInTouchSettings", " entries in six months"))
    label = translate("KeepInTouchSettings", "A regular customer has at least")
    spin.setAccessibleName(label)
    spin.valueChanged.connect(page._changed)
    note = QLabel(
        translate(
            "KeepInTouchSettings",
            "Losing touch (Today, cxjournal due) lists the regular customers with no contact "
            "for 45 days, and everyone past the cadence set on their card.",
        )
    )
    note.setWordWrap(True)
    form = QFormLayout(box)
    form.addRow(label, spin)
    form.addRow(note)
    page.numbers[REGULAR_SETTING] = spin
    box.setVisible(page.journal_wide)  # the journal's setting: an owner's
    return box
