"""Importing a journal's history from a spreadsheet (File ▸ Import history…), as
``cxjournal import entries`` does: the people import's preview, Check then Import in the
background and report (``import_dialog.FileImportDialog``), with a field chosen for each column
("not imported" to leave it out) and the side of the people the file brings. The mapping chosen is
remembered for the next file with the same header row."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cxjournal import vocabulary as v
from cxjournal.changes import Kind
from cxjournal.ui.dialogs.import_dialog import IGNORE, FileImportDialog
from cxjournal.ui.widgets.combo import fill_codes


def settings_key(headers: list[str]) -> str:
    """Where the mapping of files with this header row is remembered."""
    digest = hashlib.sha1("\t".join(headers).encode("utf-8")).hexdigest()
    return f"import/history/{digest}"


class HistoryImportDialog(FileImportDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        from cxjournal.io import entries_import, entry_rows

        super().__init__(parent)
        self.path = path
        self.setWindowTitle(self.tr("Import history from {name}").format(name=path.name))
        self.resize(860, 680)
        table = entries_import.read_table(path)
        self.headers = table.headers
        self.fields = entry_rows.entry_fields()  # field -> label, in the order shown
        layout = QVBoxLayout(self)
        first = [cells for _, cells in table.rows[:5]]
        self.add_preview(layout, table.headers, first, table.encoding, table.delimiter)
        self.column_boxes = self._add_columns(layout, self._start_mapping(table))
        options = QFormLayout()
        self.side = QComboBox()
        self.side.setAccessibleName(self.tr("New people are"))
        fill_codes(self.side, v.SIDES)
        options.addRow(self.tr("New people are:"), self.side)
        options.addRow("", self.make_skip_invalid())
        layout.addLayout(options)
        self.add_report_and_buttons(layout)

    def _start_mapping(self, table) -> dict[str, str]:
        """{header: field}: as last chosen for this header row, else as guessed."""
        remembered = QSettings().value(settings_key(table.headers))
        if remembered:
            try:
                chosen = json.loads(remembered)
            except (TypeError, ValueError):
                chosen = None
            if isinstance(chosen, dict):
                return {h: f for h, f in chosen.items() if f in self.fields or f == IGNORE}
        return {header: field for field, header in table.guessed_mapping.items()}

    def _add_columns(self, layout: QVBoxLayout, start: dict[str, str]) -> dict[str, QComboBox]:
        group = QGroupBox(self.tr("What each column holds"))
        grid = QGridLayout(group)
        boxes = {}
        for index, header in enumerate(self.headers):
            box = QComboBox()
            box.setAccessibleName(header)
            box.addItem(self.tr("(not imported)"), IGNORE)
            for field, label in self.fields.items():
                box.addItem(label, field)
            chosen = start.get(header, IGNORE)
            box.setCurrentIndex(max(0, box.findData(chosen)))
            grid.addWidget(QLabel(header), index // 2, (index % 2) * 2)
            grid.addWidget(box, index // 2, (index % 2) * 2 + 1)
            boxes[header] = box
        layout.addWidget(group)
        return boxes

    def mapping(self) -> dict[str, str]:
        """{field: header}, as the import takes it (a field chosen twice: its last column)."""
        return {
            box.currentData(): header
            for header, box in self.column_boxes.items()
            if box.currentData()
        }

    def remember(self) -> None:
        chosen = {header: box.currentData() for header, box in self.column_boxes.items()}
        QSettings().setValue(settings_key(self.headers), json.dumps(chosen, ensure_ascii=False))

    def job(self, dry_run: bool):
        from cxjournal.io.entries_import import import_entries

        self.remember()
        path, mapping = self.path, self.mapping()
        side, skip_invalid = self.side.currentData(), self.skip_invalid.isChecked()
        return lambda progress: import_entries(
            path,
            side=side,
            mapping=mapping,
            dry_run=dry_run,
            skip_invalid=skip_invalid,
            progress=progress,
        )

    def show_report(self, report, dry_run: bool) -> None:
        self.result = report
        lines = []
        people = len(report.people_added)
        names = ", ".join(report.people_added)
        if dry_run:
            lines.append(self.tr("Would add %n entries.", "", report.added))
            if people:
                new = self.tr("Would add %n new people: {names}", "", people)
                lines.append(new.format(names=names))
        elif report.written:
            lines.append(self.tr("Added %n entries.", "", report.added))
            if people:
                new = self.tr("Added %n new people: {names}", "", people)
                lines.append(new.format(names=names))
        lines += self.row_lines(report)
        self.report.setPlainText("\n".join(lines))
        if report.written and report.added:
            self.imported(Kind.ENTRY, *([Kind.PERSON] if people else []))
