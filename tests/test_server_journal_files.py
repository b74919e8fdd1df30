"""A journal on a server is not a file: what only a file allows (a backup, a restore) is refused in
plain words; ``check`` checks what can be checked on a server."""

from __future__ import annotations

from datetime import date

import pytest

from cxjournal.cli import main

pytestmark = pytest.mark.server_only


@pytest.mark.parametrize("command", [["backup"], ["restore", "old.db", "--yes"]])
def test_the_command_line_refuses_file_operations_plainly(capsys, command):
    assert main(command) == 2
    _, err = capsys.readouterr()
    assert len(err.strip().splitlines()) == 1
    assert "on a server" in err and "copy-to" in err and "Traceback" not in err


def test_check_on_a_server_journal_finds_it_healthy_and_finds_what_is_wrong(capsys, journal):
    from cxjournal.store.connection import open_journal
    from cxjournal.store.models import db
    from cxjournal.store.server_search import TABLE
    from tests.builders import a_customer, an_entry

    an_entry(a_customer("Léa"), title="Croissants brûlés")
    assert main(["check"]) == 0
    out, err = capsys.readouterr()
    assert "healthy" in out and err == ""
    open_journal(journal)  # the command closed it
    db.execute_sql(f"DELETE FROM {TABLE}")
    assert main(["check"]) == 1
    out, _ = capsys.readouterr()
    assert "1 entry is missing from the search index." in out


def test_the_window_makes_no_daily_backup_of_a_server_journal(qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from cxjournal.ui.shell import data_actions
    from cxjournal.ui.shell.main_window import MainWindow

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    monkeypatch.setattr(data_actions, "backups_folder", lambda window: tmp_path / "auto")
    window = MainWindow()
    qtbot.addWidget(window)
    data_actions.start_daily_backup(window, date(2026, 11, 23))
    qtbot.wait(200)
    assert warned == [] and not (tmp_path / "auto").exists()


def test_a_computer_where_the_owner_turned_it_on_copies_the_server_journal_daily(
    qtbot, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from cxjournal.config import data_dir
    from cxjournal.services import people
    from cxjournal.store import identity
    from cxjournal.store.connection import close_journal, current_location, open_journal
    from cxjournal.ui.shell import computer_settings, data_actions
    from cxjournal.ui.shell.main_window import MainWindow

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    people.add_person("Léa", "customer")
    journal_id, address = identity.journal_id(), current_location()
    folder = data_dir() / "server-backups" / journal_id
    computer_settings.set_server_backup_wanted(address, True)
    window = MainWindow()
    qtbot.addWidget(window)
    data_actions.start_daily_backup(window, date(2026, 11, 23))
    copy = folder / "journal-2026-11-23.db"
    qtbot.waitUntil(copy.exists, timeout=30_000)
    assert warned == []
    assert copy.stat().st_mode & 0o077 == 0  # private, like the journal file
    assert not list(folder.glob("*.part*"))
    close_journal()
    open_journal(copy)
    assert identity.journal_id() == journal_id
    assert [p.name for p in people.find_people()] == ["Léa"]


def test_before_an_upgrade_a_copy_of_the_server_journal_is_written_here(journal, capsys):
    from cxjournal.cli import main
    from cxjournal.config import data_dir
    from cxjournal.services import people
    from cxjournal.store import identity, migrations
    from cxjournal.store.connection import close_journal, open_journal
    from cxjournal.store.models import SchemaVersion

    people.add_person("Léa", "customer")
    journal_id = identity.journal_id()
    SchemaVersion.delete().execute()  # as the version before left it
    SchemaVersion.create(version=migrations.SCHEMA_VERSION - 1, changed_at="2026-11-01 09:00")
    close_journal()
    assert main(["person", "list"]) == 0
    _, err = capsys.readouterr()
    folder = data_dir() / "server-backups" / journal_id
    (copy,) = folder.glob(f"{journal_id}-pre-v{migrations.SCHEMA_VERSION}-*.db")
    assert str(copy) in err and "upgraded" in err
    open_journal(copy)
    assert [p.name for p in people.find_people()] == ["Léa"]
    close_journal()
    open_journal(journal)
    assert migrations.stored_version() == migrations.SCHEMA_VERSION


def test_settings_offer_the_daily_copy_on_this_computer(qtbot):
    from cxjournal.store.connection import current_location
    from cxjournal.ui.pages.settings import Page
    from cxjournal.ui.shell.computer_settings import server_backup_wanted
    from cxjournal.ui.shell.context import AppContext

    page = Page(AppContext())
    qtbot.addWidget(page)
    page.load()
    assert not page.server_backup.isHidden() and not page.server_backup.isChecked()
    page.server_backup.setChecked(True)
    assert page.save()
    assert server_backup_wanted(current_location())


def test_the_report_child_process_opens_the_server_journal(tmp_path):
    from cxjournal.child_process import build_report_in_child
    from cxjournal.reports.building import WEEK, ReportRequest
    from cxjournal.store.connection import current_location
    from tests.builders import a_customer, an_entry

    an_entry(a_customer("Léa"), title="Croissants brûlés", occurred_at="2026-11-17 10:00")
    out = tmp_path / "week.pdf"
    pages = build_report_in_child(
        current_location(), ReportRequest(WEEK, week_of=date(2026, 11, 16)), out
    )
    assert pages >= 1 and out.read_bytes().startswith(b"%PDF")
