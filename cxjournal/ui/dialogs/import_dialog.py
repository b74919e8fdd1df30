"""Importing people from a CSV or vCard file: a preview of the first rows, which column holds what
(guessed, changeable), customer or staff, what to do with duplicates and invalid rows; a dry run
shows what would happen, then the import runs in the background, whole or not at all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxjournal import vocabulary as v
from cxjournal.changes import Kind
from cxjournal.ui.shell.bus import announce
from cxjournal.ui.widgets.combo import fill_codes
from cxjournal.ui.widgets.hooks import require_hooks
from cxjournal.ui.widgets.worker import run_with_progress

IGNORE = ""


class PreviewModel(QAbstractTableModel):
    """The first rows of the file, as read (nothing is imported to show them)."""

    def __init__(self, headers: list[str], rows: list[list[str]], parent=None) -> None:
        super().__init__(parent)
        self.headers, self.rows = headers, rows

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        row = self.rows[index.row()]
        return row[index.column()] if index.column() < len(row) else ""


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


class FileImportDialog(QDialog):
    """What the people and history imports share: the file's first rows, the option to import the
    valid rows only, Check (a dry run) then Import in the background, and the report listing
    every bad row with its line. A subclass lays out its own options and says what to run:
    ``job(dry_run)`` (the work to run off the GUI thread: a function of ``progress`` giving a
    report) and ``show_report(report, dry_run)``."""

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        require_hooks(cls, ("job", "show_report"))

    def add_preview(self, layout: QVBoxLayout, headers, rows, encoding: str, delimiter: str):
        about = QLabel(
            _t("Read as {encoding}, columns separated by “{delimiter}”.").format(
                encoding=encoding, delimiter=delimiter
            )
        )
        layout.addWidget(about)
        table = QTableView()
        table.setModel(PreviewModel(headers, rows, self))
        table.setAccessibleName(_t("First rows of the file"))
        table.verticalHeader().hide()
        table.setMaximumHeight(170)
        layout.addWidget(table)
        return table

    def make_skip_invalid(self) -> QCheckBox:
        self.skip_invalid = QCheckBox(_t("Import the valid rows even if some rows have errors"))
        return self.skip_invalid

    def add_report_and_buttons(self, layout: QVBoxLayout) -> None:
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setAccessibleName(_t("What the import will do"))
        self.report.setPlaceholderText(_t("Press “Check” to see what the import will do."))
        layout.addWidget(self.report, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.check_button = self.buttons.addButton(
            _t("Check"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button = self.buttons.addButton(
            _t("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.result = None

    def run(self, *, dry_run: bool) -> None:
        job = self.job(dry_run)
        title = _t("Checking the file…") if dry_run else _t("Importing…")
        run_with_progress(self, title, job, lambda report: self.show_report(report, dry_run))

    def row_lines(self, report) -> list[str]:
        """The rows in error, then the repeats skipped, each with its line in the file."""
        lines = []
        if report.errors:
            if self.skip_invalid.isChecked():
                lines.append(_t("These rows have errors and are left out:"))
            else:
                lines.append(
                    _t(
                        "Nothing is imported while these rows have errors. Correct the file, or "
                        "tick “Import the valid rows”:"
                    )
                )
            lines += [
                _t("Line {line}: {reason}").format(line=line, reason=reason)
                for line, reason in report.errors
            ]
        if report.skipped:
            lines.append(_t("Skipped as duplicates:"))
            lines += [
                _t("Line {line}: {reason}").format(line=line, reason=reason)
                for line, reason in report.skipped
            ]
        return lines

    def imported(self, *kinds: Kind) -> None:
        """Once written: tell the window, and leave only Close."""
        announce(*kinds)
        self.import_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_t("Close"))


class ImportDialog(FileImportDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        from cxjournal.io import people_import as importing

        super().__init__(parent)
        self.path = path
        self.setWindowTitle(self.tr("Import people from {name}").format(name=path.name))
        self.resize(820, 620)
        self.is_csv = path.suffix.lower() != ".vcf"
        self.fields = importing.person_fields()  # field -> label, in the order shown
        self.mapping_boxes: dict[str, QComboBox] = {}
        layout = QVBoxLayout(self)
        if self.is_csv:
            preview = importing.preview_csv(path)
            self.preview = preview
            self.add_preview(
                layout, preview.headers, preview.rows, preview.encoding, preview.delimiter
            )
            columns = QGroupBox(self.tr("Which column holds what"))
            grid = QGridLayout(columns)
            for index, (field, label) in enumerate(self.fields.items()):
                box = QComboBox()
                box.setAccessibleName(label)
                box.addItem(self.tr("(not in the file)"), IGNORE)
                for header in preview.headers:
                    box.addItem(header, header)
                guessed = preview.guessed_mapping.get(field)
                if guessed:
                    box.setCurrentIndex(box.findData(guessed))
                grid.addWidget(QLabel(label), index // 2, (index % 2) * 2)
                grid.addWidget(box, index // 2, (index % 2) * 2 + 1)
                self.mapping_boxes[field] = box
            layout.addWidget(columns)
        options = QFormLayout()
        self.side = QComboBox()
        self.side.setAccessibleName(self.tr("Import them as"))
        fill_codes(self.side, v.SIDES)
        self.duplicates = QComboBox()
        self.duplicates.setAccessibleName(self.tr("Duplicates"))
        self.duplicates.addItem(self.tr("Skip them (keep what the journal has)"), "skip")
        self.duplicates.addItem(self.tr("Merge them (fill in missing details)"), "merge")
        self.make_skip_invalid()
        options.addRow(self.tr("Import them as:"), self.side)
        options.addRow(self.tr("People already in the journal:"), self.duplicates)
        options.addRow("", self.skip_invalid)
        layout.addLayout(options)
        self.add_report_and_buttons(layout)

    def mapping(self) -> dict[str, str] | None:
        if not self.is_csv:
            return None
        return {
            field: box.currentData()
            for field, box in self.mapping_boxes.items()
            if box.currentData()
        }

    def options(self) -> dict:
        return {
            "side": self.side.currentData(),
            "mapping": self.mapping(),
            "skip_invalid": self.skip_invalid.isChecked(),
            "duplicates": self.duplicates.currentData(),
        }

    def job(self, dry_run: bool):
        from cxjournal.io import people_import as importing

        options, path = self.options(), self.path
        return lambda progress: importing.import_people(
            path, dry_run=dry_run, progress=progress, **options
        )

    def show_report(self, report, dry_run: bool) -> None:
        self.result = report
        lines = []
        imported = report.written
        if dry_run:
            lines.append(
                self.tr("Would add {added}, merge {merged}, skip {skipped}.").format(
                    added=report.added, merged=report.merged, skipped=len(report.skipped)
                )
            )
        elif imported:
            lines.append(
                self.tr("Added {added}, merged {merged}, skipped {skipped}.").format(
                    added=report.added, merged=report.merged, skipped=len(report.skipped)
                )
            )
        lines += self.row_lines(report)
        self.report.setPlainText("\n".join(lines))
        if report.written and (report.added or report.merged):
            self.imported(Kind.PERSON)
