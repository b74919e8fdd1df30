"""Settings ▸ Privacy: how long the journal keeps customers and staff (the owner may shorten the
legal references, never lengthen them: the service refuses), a plain sentence saying what happens
then, the record of processing as a PDF, typeset off the GUI thread like every report, and how
many people past the period the owner keeps, with Show… (``dialogs.kept_dialog``) to list them and
stop keeping someone."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
)
from shiboken6 import isValid

from cxjournal import clock
from cxjournal.child_process import build_report_in_child
from cxjournal.errors import CXJournalError
from cxjournal.files import copy_private
from cxjournal.reports.building import PRIVACY, ReportRequest
from cxjournal.services import retention
from cxjournal.services.accounts import may
from cxjournal.services.settings import SETTINGS
from cxjournal.ui.widgets.worker import start_job

KEYS = ("keep_customers_months", "keep_staff_months")


class PrivacySection(QGroupBox):
    """The owner's retention periods (saved with the page) and the register button."""

    def __init__(self, journal_location: Callable, changed: Callable, parent=None) -> None:
        super().__init__(self.tr("Privacy"), parent)
        self.journal_location = journal_location
        self._folder: tempfile.TemporaryDirectory | None = None
        form = QFormLayout(self)
        self.months: dict[str, QSpinBox] = {}
        for key, label in (
            ("keep_customers_months", self.tr("Keep customers for")),
            ("keep_staff_months", self.tr("Keep staff for")),
        ):
            spin = QSpinBox()
            spin.setRange(SETTINGS[key].minimum, SETTINGS[key].maximum)  # the service's limits
            spin.setSuffix(self._months_suffix(spin.value()))
            spin.valueChanged.connect(lambda n, s=spin: s.setSuffix(self._months_suffix(n)))
            spin.valueChanged.connect(changed)
            spin.setAccessibleName(label)
            form.addRow(label, spin)
            self.months[key] = spin
        self.explanation = QLabel(
            self.tr(
                "Customers are counted from the last time they contacted you themselves (a "
                "reminder or an answer from you does not count), staff from their last entry. "
                "The longest allowed are the references: 3 years for customers, 5 for staff; you "
                "may choose shorter. Once a month, Today lists who is past these periods. Nothing "
                "is deleted until you confirm; you may also keep someone until a later day or for "
                "a reason."
            )
        )
        self.explanation.setWordWrap(True)
        form.addRow(self.explanation)
        self.register_button = QPushButton(self.tr("Make the record of processing (PDF)…"))
        self.register_button.clicked.connect(self.choose_register_path)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Record of processing status"))
        form.addRow(self.register_button)
        form.addRow(self.status)
        self.kept = QLabel()
        self.kept.setWordWrap(True)
        self.kept_button = QPushButton(self.tr("&Show…"))
        self.kept_button.setAccessibleName(self.tr("Show the people kept past the period"))
        self.kept_button.clicked.connect(self.show_kept)
        form.addRow(self.kept, self.kept_button)

    def _months_suffix(self, n: int) -> str:
        return self.tr(" month(s)", "", n)

    def load(self, values: dict[str, str]) -> None:
        for key, spin in self.months.items():
            spin.blockSignals(True)
            spin.setValue(int(values[key]))
            spin.setSuffix(self._months_suffix(spin.value()))
            spin.blockSignals(False)
        self.count_kept()

    def count_kept(self) -> None:
        """How many people past the period the owner keeps (an owner's section only)."""
        if not may("retention"):
            return
        count = len(retention.kept_past_period(clock.now()))
        self.kept.setText(
            self.tr("%n person(s) kept past these periods by your decision.", "", count)
        )
        self.kept_button.setEnabled(count > 0)

    def show_kept(self) -> None:
        from cxjournal.ui.dialogs.kept_dialog import KeptDialog

        KeptDialog(self).exec()
        self.count_kept()

    def values(self) -> dict[str, int]:
        return {key: spin.value() for key, spin in self.months.items()}

    # the record of processing -----------------------------------------------------------------

    def choose_register_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the record of processing"),
            str(Path.home() / self.tr("record-of-processing.pdf")),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.make_register(path)

    def make_register(self, path: str | Path, on_done: Callable | None = None) -> None:
        """Typeset the register in a child process into a private temporary folder, then copy it
        to ``path`` (private, whatever the umask); the window never waits for it."""
        self._folder = tempfile.TemporaryDirectory(prefix="cxjournal-register-")
        target = Path(self._folder.name) / "register.pdf"
        journal = self.journal_location()
        request = ReportRequest(PRIVACY)  # in the journal's language setting

        def work(_progress):
            pages = build_report_in_child(journal, request, target)
            copy_private(target, path)
            return pages

        def done(pages: int) -> None:
            if not isValid(self):  # the window was closed meanwhile: the file is written anyway
                return
            self.register_button.setEnabled(True)
            self.status.setText(self.tr("Saved to {path}.").format(path=path))
            if on_done is not None:
                on_done(pages)

        self.register_button.setEnabled(False)
        self.status.setText(self.tr("Making the record of processing…"))
        start_job(work, on_done=done, on_failed=self._failed)

    def _failed(self, exc: Exception) -> None:
        if not isValid(self):
            return
        self.register_button.setEnabled(True)
        known = isinstance(exc, CXJournalError | OSError)
        message = (
            str(exc)
            if known
            else self.tr("The record could not be made: {reason}").format(reason=exc)
        )
        self.status.setText(message)
        QMessageBox.warning(self, self.tr("Record of processing"), message)
