"""Settings ▸ After a complaint is resolved: how many days later to ask the customer how it went
(``ask_after_days``; 0: never). Its spin box joins the page's numbers, loaded, checked and saved
with every other setting."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox

from cxjournal.services.aftercare import SETTING
from cxjournal.services.settings import SETTINGS

translate = QCoreApplication.translate


def _days(n: int) -> str:
    return translate("AfterSettings", " days later", "", n)


def after_box(page) -> QGroupBox:
    """The group box, its spin box registered in ``page.numbers`` (see ``pages.settings``)."""
    box = QGroupBox(translate("AfterSettings", "After a complaint is resolved"))
    spin = QSpinBox()
    spin.setRange(0, SETTINGS[SETTING].maximum)  # the service's own limit
    spin.setSpecialValueText(translate("AfterSettings", "Never"))
    spin.setSuffix(_days(spin.value()))
    # "1 jour plus tard", "7 jours plus tard": the word follows the number as it changes.
    spin.valueChanged.connect(lambda n: spin.setSuffix(_days(n)))
    label = translate("AfterSettings", "Ask how it went")
    spin.setAccessibleName(label)
    spin.valueChanged.connect(page._changed)
    note = QLabel(
        translate(
            "AfterSettings",
            "Resolving a customer complaint plans a follow-up to ask the customer, 1 to 5, how "
            "it went; their answers give the recovery rate of the monthly report.",
        )
    )
    note.setWordWrap(True)
    form = QFormLayout(box)
    form.addRow(label, spin)
    form.addRow(note)
    page.numbers[SETTING] = spin
    box.setVisible(page.journal_wide)  # the journal's setting: an owner's
    return box
