"""The register of erasures: a restored backup or an imported JSON export does not bring an erased
person back, and each journal's backups stay with it (another journal's backup is refused unless
the owner says so)."""

from __future__ import annotations

import io
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from cxjournal.cli import main
from cxjournal.store.connection import close_journal, database_path, open_journal

NAME = "Zoé Quintaverde-Élan"


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch):
    close_journal()
    db = tmp_path / "shop.db"

    def run(*args, db=db, answer=None):
        if answer is not None:
            monkeypatch.setattr("sys.stdin", io.StringIO(answer + "\n"))
        code = main(["--db", str(db), *args])
        out, err = capsys.readouterr()
        return code, out, err

    run.db = db
    return run


def _names(cli, db=None) -> list[str]:
    return sorted(
        p["name"] for p in json.loads(cli("person", "list", "--json", db=db or cli.db)[1])
    )


def _grep(path: Path, text: str) -> int:
    return sum(
        Path(f"{path}{s}").read_bytes().count(text.encode())
        for s in ("", "-wal")
        if Path(f"{path}{s}").exists()
    )


@pytest.mark.file_only  # backups are of journal files
def test_a_restored_backup_does_not_bring_an_erased_person_back(cli, tmp_path):
    cli("person", "add", NAME, "--side", "customer")
    cli("person", "add", "Bruno", "--side", "customer")
    cli("log", "--person", NAME, "--kind", "complaint", "--title", "Xylophrasique")
    code, out, _ = cli("backup")
    assert code == 0
    saved = next((tmp_path / "shop.db-backups").glob("journal-*.db"))  # beside the journal
    assert cli("erase", "person", NAME, "--yes")[0] == 0
    code, out, err = cli("restore", str(saved), "--yes")
    assert code == 0, err
    assert "1 erased person was" in out and "removed again" in out
    assert _names(cli) == ["Bruno"]
    assert _grep(cli.db, "Quintaverde") == 0 and _grep(cli.db, "Xylophrasique") == 0
    con = sqlite3.connect(cli.db)
    assert con.execute("SELECT count(*) FROM erasure").fetchone()[0] == 1  # carried over
    con.close()


def test_an_imported_export_does_not_bring_an_erased_person_back(cli, tmp_path):
    cli("person", "add", NAME, "--side", "customer")
    cli("log", "--person", NAME, "--kind", "praise", "--title", "Xylophrasique")
    export = tmp_path / "all.json"
    assert cli("export", "json", "--out", str(export))[0] == 0
    assert cli("erase", "person", NAME, "--yes")[0] == 0  # the journal is now empty
    code, out, err = cli("import", "json", str(export))
    assert code == 0, err
    assert "1 erased person was" in out
    assert _names(cli) == []
    assert _grep(cli.db, "Quintaverde") == 0 and _grep(cli.db, "Xylophrasique") == 0


@pytest.mark.file_only  # backups are of journal files
def test_a_backup_of_another_journal_is_refused_unless_asked(cli, tmp_path):
    other = tmp_path / "other.db"
    cli("person", "add", "Autre", "--side", "customer", db=other)
    assert cli("backup", db=other)[0] == 0
    theirs = next((tmp_path / "other.db-backups").glob("journal-*.db"))
    cli("person", "add", "Mine", "--side", "customer")
    code, _, err = cli("restore", str(theirs), "--yes")
    assert code == 2 and "another journal" in err and "--other-journal" in err
    assert len(err.strip().splitlines()) == 1
    assert _names(cli) == ["Mine"]
    code, _, err = cli("restore", str(theirs), "--yes", "--other-journal")
    assert code == 0, err
    assert _names(cli) == ["Autre"]


@pytest.mark.file_only  # backups are of journal files
def test_the_daily_backup_goes_beside_its_journal(journal):
    from cxjournal.store import backup

    made = backup.auto_backup(backup.backups_folder(journal), date(2026, 11, 23))
    assert made == journal.parent / "journal.db-backups" / "journal-2026-11-23.db"


@pytest.mark.file_only  # backups are of journal files
def test_the_window_asks_before_restoring_another_journals_backup(
    qtbot, monkeypatch, tmp_path, journal
):
    from cxjournal.services import people
    from cxjournal.store import backup
    from cxjournal.store.models import Person
    from cxjournal.ui.shell import data_actions
    from cxjournal.ui.shell.main_window import MainWindow

    close_journal()
    other = tmp_path / "other.db"
    open_journal(other)
    people.add_person("Autre", "customer")
    theirs = backup.backup_to(tmp_path / "theirs.db")
    close_journal()
    open_journal(journal)
    people.add_person("Mine", "customer")
    window = MainWindow()
    qtbot.addWidget(window)
    assert data_actions.backups_folder(window) == tmp_path / "journal.db-backups"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(theirs), ""))
    asked: list[str] = []

    def answer(yes_from: int):
        def ask(parent, title, text, *a):
            asked.append(text)
            yes = len(asked) >= yes_from
            return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

        return ask

    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    monkeypatch.setattr(QMessageBox, "question", answer(99))
    data_actions.restore_backup(window)
    assert "another journal" in asked[0] and len(asked) == 1
    assert [p.name for p in Person.select()] == ["Mine"]
    asked.clear()
    monkeypatch.setattr(QMessageBox, "question", answer(1))
    data_actions.restore_backup(window)
    assert "another journal" in asked[0] and len(asked) == 2
    assert [p.name for p in Person.select()] == ["Autre"]
    assert database_path() == journal
