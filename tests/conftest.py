"""Shared fixtures: offscreen Qt, a fixed clock and a fresh journal database for every test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import datetime
from pathlib import Path

import pytest

from cxjournal import clock
from cxjournal.i18n import set_translator
from cxjournal.store.connection import close_journal, open_journal

START = datetime(2026, 11, 16, 9, 0)  # a Monday morning


@pytest.fixture(autouse=True)
def journal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Every test gets its own empty journal file, never the user's, and plain English."""
    path = tmp_path / "journal.db"
    monkeypatch.setenv("CXJOURNAL_DB", str(path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("LC_ALL", "C.UTF-8")  # English unless a test asks for French
    set_translator(None)
    open_journal(path)
    yield path
    close_journal()
    clock.use_clock(None)
    set_translator(None)


@pytest.fixture
def fake_clock() -> clock.FakeClock:
    fake = clock.FakeClock(START)
    clock.use_clock(fake)
    return fake


def show_active(qtbot, widget) -> None:
    """Show a window and make it the active one (offscreen Qt does not activate windows by itself),
    so that keyboard shortcuts reach it as they would on a desktop."""
    from PySide6.QtWidgets import QApplication

    widget.show()
    qtbot.waitExposed(widget)
    widget.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=2000)


def open_page(qtbot, key: str):
    """A main window made active, showing page ``key``: returns (window, page)."""
    from cxjournal.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    show_active(qtbot, window)
    return window, window.show_page(key)
