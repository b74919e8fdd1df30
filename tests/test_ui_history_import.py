"""File ▸ Import history…: a French Excel file previewed, each column mapped to a field (changeable),
checked (nothing written) then imported in the background, bad rows listed with their lines, and the
mapping remembered for the next file with the same header row."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from cxjournal.store.models import Entry, Person
from cxjournal.ui.dialogs.history_dialog import HistoryImportDialog
from cxjournal.ui.shell import data_actions
from cxjournal.ui.shell.main_window import MainWindow

EXCEL = Path(__file__).parent / "fixtures" / "history" / "excel-fr-cp1252.csv"


def test_a_french_excel_history_checked_then_imported(qtbot):
    dialog = HistoryImportDialog(EXCEL)
    qtbot.addWidget(dialog)
    assert dialog.mapping()["when"] == "Date" and dialog.mapping()["who"] == "Client"
    assert dialog.side.currentData() == "customer"
    dialog.check_button.click()
    qtbot.waitUntil(lambda: "Would add" in dialog.report.toPlainText(), timeout=10000)
    assert "Would add 4 entries" in dialog.report.toPlainText(), dialog.report.toPlainText()
    assert Entry.select().count() == 0 and Person.select().count() == 0
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.import_button.isEnabled(), timeout=10000)
    assert Entry.select().count() == 4
    assert "Added 4 entries" in dialog.report.toPlainText()
    assert {p.side for p in Person.select()} == {"customer"}


def test_the_mapping_is_remembered_for_the_same_header_row(qtbot, tmp_path):
    dialog = HistoryImportDialog(EXCEL)
    qtbot.addWidget(dialog)
    details = dialog.column_boxes["Détails"]
    details.setCurrentIndex(details.findData(""))  # not imported
    dialog.check_button.click()
    qtbot.waitUntil(lambda: "Would add 4" in dialog.report.toPlainText(), timeout=10000)
    again = tmp_path / "autre.csv"
    again.write_bytes(EXCEL.read_bytes())
    second = HistoryImportDialog(again)
    qtbot.addWidget(second)
    assert "details" not in second.mapping() and second.mapping()["title"] == "Objet"
    other = tmp_path / "other.csv"
    other.write_text("Date;Type;Détails\n03/10/2025 09:15;Réclamation;x\n", encoding="utf-8")
    third = HistoryImportDialog(other)
    qtbot.addWidget(third)
    assert third.mapping()["details"] == "Détails"  # another header row: guessed afresh


def test_bad_rows_are_listed_with_their_lines(qtbot, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "Date;Type;Objet\n03/10/2025 09:15;Réclamation;Pain\nhier soir;Réclamation;Pain\n",
        encoding="utf-8",
    )
    dialog = HistoryImportDialog(bad)
    qtbot.addWidget(dialog)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "Line 3" in dialog.report.toPlainText(), timeout=10000)
    assert Entry.select().count() == 0 and dialog.import_button.isEnabled()


def test_the_file_menu_opens_it(qtbot, monkeypatch):
    window = MainWindow()
    qtbot.addWidget(window)
    texts = [a.text() for a in window.menus["file"].actions()]
    assert "Import his&tory…" in texts
    opened = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(EXCEL), ""))
    monkeypatch.setattr(HistoryImportDialog, "exec", lambda d: opened.append(d.path))
    data_actions.import_history(window)
    assert opened == [EXCEL]
