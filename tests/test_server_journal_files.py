"""A journal on a server is not a file: what only a file allows (a backup, a restore, a check of
the file) is refused in plain words, and the window starts no daily backup of it."""

from __future__ import annotations

from datetime import date

import pytest

from cxjournal.cli import main

pytestmark = pytest.mark.server_only


@pytest.mark.parametrize("command", [["backup"], ["check"], ["restore", "old.db", "--yes"]])
def test_the_command_line_refuses_file_operations_plainly(capsys, command):
    assert main(command) == 2
    _, err = capsys.readouterr()
    assert len(err.strip().splitlines()) == 1
    assert "on a server" in err and "copy-to" in err and "Traceback" not in err


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
