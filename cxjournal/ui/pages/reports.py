"""The Reports page: choose a report and its period, preview its pages, print it or save it as PDF.
Confidential entries are left out unless "Include confidential entries" is ticked (it starts as the
Settings page's choice, unticked unless changed there); a saved PDF is private (0600).

Building and drawing the pages run in the background (``ui.worker``) with a progress bar, so the
window stays responsive; the preview shows the very PDF that is saved and printed.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QMarginsF, QSize, Qt
from PySide6.QtGui import QImage, QKeySequence, QPageLayout, QPageSize, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cxjournal.changes import Kind
from cxjournal.child_process import build_report_in_child
from cxjournal.errors import CXJournalError
from cxjournal.files import copy_private
from cxjournal.reports.building import MONTHLY, PERSON, WEEK, ReportRequest
from cxjournal.services import people
from cxjournal.services.settings import get_flag, get_setting
from cxjournal.ui.shell.context import STANDALONE, AppContext
from cxjournal.ui.widgets.worker import start_job

PREVIEW_DPI = 60


def _to_qimage(page) -> QImage:
    image = QImage(page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGB32)
    return image.copy()  # own the pixels: the bytes object goes away


class Page(QWidget):
    SHOWS = frozenset({Kind.SETTING})  # a report is read when it is built

    def __init__(self, context: AppContext = STANDALONE, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self._folder = tempfile.TemporaryDirectory(prefix="cxjournal-report-")
        self._pdf: Path | None = None
        self._busy = False
        self._build_choices()
        self._build_buttons()
        self._build_preview()
        self._lay_out()
        self._connect_signals()
        self._kind_changed()

    def _build_choices(self) -> None:
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Report"))
        self.kind.addItem(self.tr("Monthly relationship report"), MONTHLY)
        self.kind.addItem(self.tr("Person history"), PERSON)
        self.kind.addItem(self.tr("Weekly follow-up sheet"), WEEK)
        self.month = QDateEdit(QDate.currentDate().addMonths(-1))
        self.month.setDisplayFormat("MMMM yyyy")
        self.month.setCalendarPopup(True)
        self.month.setAccessibleName(self.tr("Month"))
        self.week = QDateEdit(QDate.currentDate())
        self.week.setCalendarPopup(True)
        self.week.setAccessibleName(self.tr("Week of"))
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("Name or #number"))
        self.person.setAccessibleName(self.tr("Person"))
        # Unticked unless the owner chose otherwise in Settings: a printed page travels.
        self.confidential = QCheckBox(self.tr("Include confidential entries"))
        self.confidential.setChecked(get_flag("include_confidential_in_reports"))
        self.files = QCheckBox(self.tr("List the entries' attached files"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("Language of the app"), None)
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")

    def _build_buttons(self) -> None:
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.preview_button.setDefault(True)
        for button in (self.save_button, self.print_button):
            button.setEnabled(False)

    def _build_preview(self) -> None:
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.pages_box = QWidget()
        self.pages_layout = QVBoxLayout(self.pages_box)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        hint = QLabel(self.tr("Choose a report, then press Preview: its pages appear here."))
        hint.setEnabled(False)
        hint.setContentsMargins(0, 40, 0, 0)
        self.pages_layout.addWidget(hint)
        self.preview_area = QScrollArea()
        self.preview_area.setWidgetResizable(True)
        self.preview_area.setWidget(self.pages_box)
        self.preview_area.setAccessibleName(self.tr("Preview"))

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Report:"), self.kind)
        form.addRow(self.tr("Month:"), self.month)
        form.addRow(self.tr("Week of:"), self.week)
        form.addRow(self.tr("Person:"), self.person)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", self.confidential)
        form.addRow("", self.files)
        self._form = form
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        # Choices in a column on the left, the pages on the right, as in a print dialog.
        controls = QWidget()
        controls.setMaximumWidth(380)
        side = QVBoxLayout(controls)
        side.setContentsMargins(0, 0, 0, 0)
        side.addLayout(form)
        side.addLayout(buttons)
        side.addWidget(self.progress)
        side.addWidget(self.status)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(controls)
        layout.addWidget(self.preview_area, 1)

    def _connect_signals(self) -> None:
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.preview_button.clicked.connect(self.build_preview)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_report)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_report)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_pdf)

    # choosing ----------------------------------------------------------------------------------

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        for widget, wanted in ((self.month, MONTHLY), (self.week, WEEK), (self.person, PERSON)):
            self._form.setRowVisible(widget, kind == wanted)
        self._form.setRowVisible(self.files, kind == PERSON)

    def request(self) -> ReportRequest:
        kind = self.kind.currentData()
        lang = self.language.currentData()
        if kind == MONTHLY:
            day = self.month.date()
            return ReportRequest(
                MONTHLY,
                year=day.year(),
                month=day.month(),
                lang=lang,
                include_confidential=self.confidential.isChecked(),
            )
        if kind == PERSON:
            person = people.resolve_person(self.person.text())
            return ReportRequest(
                PERSON,
                person_id=person.id,
                lang=lang,
                include_confidential=self.confidential.isChecked(),
                include_files=self.files.isChecked(),
            )
        day = self.week.date()
        return ReportRequest(
            WEEK,
            week_of=date(day.year(), day.month(), day.day()),
            lang=lang,
            include_confidential=self.confidential.isChecked(),
        )

    def refresh(self) -> None:
        pass  # a report is built on request, not on every change

    # building ----------------------------------------------------------------------------------

    def build_preview(self) -> None:
        if self._busy:
            return
        try:
            request = self.request()
        except CXJournalError as exc:
            self.status.setText(str(exc))
            return
        target = Path(self._folder.name) / "report.pdf"
        self._set_busy(True, self.tr("Building the report…"))

        journal = self.context.journal_location()

        def work(progress):
            # The PDF is typeset in a child process: the window never waits for it.
            pages = build_report_in_child(journal, request, target)
            images = []
            from cxjournal.reports.raster import render_pages

            for index, image in enumerate(render_pages(target, PREVIEW_DPI)):
                images.append(_to_qimage(image))
                progress(index + 1, pages)
            return target, images

        start_job(work, on_done=self._built, on_failed=self._failed, on_progress=self._progressed)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _built(self, result) -> None:
        self._pdf, images = result
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for number, image in enumerate(images, start=1):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(self.tr("Page {number}").format(number=number))
            label.setFrameShape(QLabel.Shape.Box)
            self.pages_layout.addWidget(label)
        self._set_busy(
            False,
            self.tr("%n pages. Save or print the report.", "", len(images)),
        )
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(True)

    def _failed(self, exc: Exception) -> None:
        message = (
            str(exc)
            if isinstance(exc, CXJournalError)
            else self.tr("The report could not be built: {reason}").format(reason=exc)
        )
        self._set_busy(False, message)

    def _set_busy(self, busy: bool, message: str) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)  # "working" until the pages start to come
        self.preview_button.setEnabled(not busy)
        self.status.setText(message)

    # saving and printing -----------------------------------------------------------------------

    def save_pdf(self) -> None:
        if self._pdf is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report"),
            str(Path.home() / "report.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.save_to(path)

    def save_to(self, path: str | Path) -> bool:
        try:
            copy_private(self._pdf, path)  # private like the journal, whatever the umask
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Cannot save"),
                self.tr("The report could not be saved to {path}: {reason}").format(
                    path=path, reason=exc.strerror or exc
                ),
            )
            return False
        self.status.setText(self.tr("Saved to {path}.").format(path=path))
        return True

    def print_report(self) -> None:
        if self._pdf is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Send every page to ``printer``, each drawn from the PDF at the printer's resolution."""
        from cxjournal.reports.raster import page_count, render_pages

        dpi = min(printer.resolution(), 300)
        paper = (
            QPageSize.PageSizeId.Letter
            if get_setting("paper_size") == "Letter"
            else (QPageSize.PageSizeId.A4)
        )
        printer.setPageLayout(
            QPageLayout(QPageSize(paper), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
        )
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Cannot print"), self.tr("The printer is not ready."))
            return 0
        printed = 0
        try:
            total = page_count(self._pdf)
            for index, page in enumerate(render_pages(self._pdf, dpi)):
                if index:
                    printer.newPage()
                image = _to_qimage(page)
                target = painter.viewport()
                size = image.size().scaled(
                    QSize(target.width(), target.height()), Qt.AspectRatioMode.KeepAspectRatio
                )
                painter.drawImage(target.x(), target.y(), image.scaled(size))
                printed += 1
        finally:
            painter.end()
        self.status.setText(
            self.tr("Sent to the printer: {printed} of {pages}.").format(
                printed=printed, pages=self.tr("%n page(s)", "", total)
            )
        )
        return printed
