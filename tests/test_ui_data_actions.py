"""The File menu's data actions: back up now (in the background), restore with confirmation, check,
and the daily automatic backup."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from cxjournal.services import people
from cxjournal.store import backup
from cxjournal.store.connection import database_path
from cxjournal.store.models import Person
from cxjournal.ui.shell import data_actions
from cxjournal.ui.shell.main_window import MainWindow


def _messages(monkeypatch) -> list[str]:
    said: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, lambda parent, title, text, *a: said.append(text))
    return said


def test_file_menu_has_the_data_actions(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    texts = [a.text() for a in window.menus["file"].actions()]
    for wanted in ("&Back up now…", "Re&store a backup…", "C&heck the journal"):
        assert wanted in texts


@pytest.mark.file_only  # backups are of journal files
def test_back_up_now_runs_in_the_background_and_says_where(qtbot, monkeypatch, tmp_path):
    people.add_person("Amélie", "customer")
    target = tmp_path / "copie.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    said = _messages(monkeypatch)
    window = MainWindow()
    qtbot.addWidget(window)
    data_actions.back_up_now(window)
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    assert str(target) in said[0] and backup.check_journal(target) == []


@pytest.mark.file_only  # backups are of journal files
def test_restore_asks_first_then_replaces_and_keeps_the_current_file(qtbot, monkeypatch, tmp_path):
    people.add_person("Avant", "customer")
    saved = backup.backup_to(tmp_path / "saved.db")
    people.add_person("Après", "customer")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    said = _messages(monkeypatch)
    window = MainWindow()
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    data_actions.restore_backup(window)
    assert Person.select().count() == 2 and not said  # said no: nothing happens
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    data_actions.restore_backup(window)
    assert [p.name for p in Person.select()] == ["Avant"]
    assert "kept as" in said[-1]
    assert list(database_path().parent.glob("*.before-restore-*"))


@pytest.mark.file_only  # backups are of journal files
def test_check_says_the_journal_is_healthy(qtbot, monkeypatch):
    said = _messages(monkeypatch)
    window = MainWindow()
    qtbot.addWidget(window)
    data_actions.check_journal_now(window)
    assert "healthy" in said[0]


@pytest.mark.file_only  # backups are of journal files
def test_daily_backup_at_start(qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(data_actions, "backups_folder", lambda window: tmp_path / "auto")
    window = MainWindow()
    qtbot.addWidget(window)
    data_actions.start_daily_backup(window, date(2026, 11, 23))
    made = tmp_path / "auto" / "journal-2026-11-23.db"
    qtbot.waitUntil(made.exists, timeout=10000)


def test_import_dialog_previews_maps_checks_then_imports(qtbot):
    from pathlib import Path

    from cxjournal.ui.dialogs.import_dialog import ImportDialog

    path = Path(__file__).parent / "fixtures" / "import" / "excel-fr.csv"
    dialog = ImportDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.mapping() == {
        "first_name": "Prénom",
        "last_name": "Nom",
        "organisation": "Société",
        "email": "Courriel",
        "phone": "Téléphone",
    }
    dialog.side.setCurrentIndex(dialog.side.findData("staff"))
    dialog.check_button.click()
    qtbot.waitUntil(lambda: "Would add 2" in dialog.report.toPlainText(), timeout=10000)
    assert Person.select().count() == 0
    dialog.import_button.click()
    qtbot.waitUntil(lambda: Person.select().count() == 2, timeout=10000)
    qtbot.waitUntil(lambda: not dialog.import_button.isEnabled(), timeout=10000)
    assert {p.side for p in Person.select()} == {"staff"}
    assert "Added 2" in dialog.report.toPlainText()


def test_import_dialog_reports_bad_rows_with_their_lines(qtbot, tmp_path):
    from cxjournal.ui.dialogs.import_dialog import ImportDialog

    bad = tmp_path / "bad.csv"
    bad.write_text("name,email\nAnne,anne@example.fr\nBob,nope\n", encoding="utf-8")
    dialog = ImportDialog(bad)
    qtbot.addWidget(dialog)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "Line 3" in dialog.report.toPlainText(), timeout=10000)
    assert Person.select().count() == 0 and dialog.import_button.isEnabled()


def test_export_to_a_calendar_from_the_menu(qtbot, monkeypatch, tmp_path, fake_clock):
    from cxjournal.services import followups

    followups.add_followup(title="Rappeler Zoé", due_at="2026-11-20 10:00")
    target = tmp_path / "agenda"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Ok)
    said = _messages(monkeypatch)
    window = MainWindow()
    qtbot.addWidget(window)
    data_actions.export_calendar(window)
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    text = (tmp_path / "agenda.ics").read_text(encoding="utf-8")
    assert "BEGIN:VCALENDAR" in text and "Rappeler Zo" in text and "1 event written" in said[0]


def _answer_confidential(monkeypatch, include: bool) -> list[str]:
    """Answer the export's question, ticking "Include confidential entries" or not."""
    asked: list[str] = []

    def exec_(box):
        asked.append(box.checkBox().text())
        assert not box.checkBox().isChecked()  # off by default
        box.checkBox().setChecked(include)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def _secret_entry():
    from cxjournal.services import entries, followups

    noel = people.add_person("Noël", "staff")
    entries.log_entry(kind="concern", title="Hotte bruyante", person=noel)
    secret = entries.log_entry(kind="concern", title="Zanzibar", person=noel, confidential=True)
    followups.add_followup(title="Rappel Zanzibar", due_at="2026-11-20 10:00", entry=secret)


@pytest.mark.parametrize("include", [False, True])
def test_csv_export_from_the_menu_asks_about_confidential_entries(
    qtbot, monkeypatch, tmp_path, include
):
    _secret_entry()
    target = tmp_path / "journal.csv"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a, **k: (str(target), data_actions._t("Spreadsheets, one CSV per table")),
    )
    asked = _answer_confidential(monkeypatch, include)
    said = _messages(monkeypatch)
    window = MainWindow()
    qtbot.addWidget(window)
    data_actions.export_journal(window)
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    assert asked == ["Include confidential entries"]
    text = (tmp_path / "journal" / "entry.csv").read_text(encoding="utf-8-sig")
    assert "Hotte bruyante" in text and ("Zanzibar" in text) is include


@pytest.mark.parametrize("include", [False, True])
def test_calendar_export_from_the_menu_asks_about_confidential_entries(
    qtbot, monkeypatch, tmp_path, fake_clock, include
):
    _secret_entry()
    target = tmp_path / "agenda.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    asked = _answer_confidential(monkeypatch, include)
    said = _messages(monkeypatch)
    window = MainWindow()
    qtbot.addWidget(window)
    data_actions.export_calendar(window)
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    assert asked == ["Include confidential entries"]
    assert ("Zanzibar" in target.read_text(encoding="utf-8")) is include


def test_the_whole_journal_json_says_it_keeps_everything(qtbot, monkeypatch, tmp_path):
    _secret_entry()
    target = tmp_path / "all.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    said = _messages(monkeypatch)
    window = MainWindow()
    qtbot.addWidget(window)
    data_actions.export_journal(window)
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    assert "confidential entries included" in said[0]
    assert "Zanzibar" in target.read_text(encoding="utf-8")
