"""Settings ▸ Attachments: the largest file that may be attached to an entry, in megabytes. Its
spin box joins the page's numbers, loaded, checked and saved with every other setting."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox

from cxjournal.services.attachments import LIMIT_KEY
from cxjournal.services.settings import SETTINGS

translate = QCoreApplication.translate


def attachments_box(page) -> QGroupBox:
    """The group box, its spin box registered in ``page.numbers`` (see ``pages.settings``)."""
    box = QGroupBox(translate("AttachmentSettings", "Attachments"))
    spec = SETTINGS[LIMIT_KEY]
    spin = QSpinBox()
    spin.setRange(spec.minimum, spec.maximum)  # the service's own limits
    spin.setSuffix(translate("AttachmentSettings", " MB"))
    label = translate("AttachmentSettings", "Largest file")
    spin.setAccessibleName(label)
    spin.valueChanged.connect(page._changed)
    note = QLabel(
        translate(
            "AttachmentSettings",
            "Photos and documents are kept inside the journal: every backup and copy carries "
            "them, and the journal grows by their size.",
        )
    )
    note.setWordWrap(True)
    form = QFormLayout(box)
    form.addRow(label, spin)
    form.addRow(note)
    page.numbers[LIMIT_KEY] = spin
    box.setVisible(page.journal_wide)  # the journal's setting: an owner's
    return box
