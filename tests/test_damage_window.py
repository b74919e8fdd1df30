"""The window looks for damage off the GUI thread after its first paint, says so at once, and from
then on writes nothing to the damaged file."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox

from cxjournal.errors import JournalDamagedError
from cxjournal.services import people
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.ui.shell.app import verify_in_background
from cxjournal.ui.shell.crash_log import install_crash_handler
from cxjournal.ui.shell.main_window import MainWindow
from tests.test_damage import (  # noqa: F401
    damage_page,
    digest,
    entry_leaf_pages,
    filled,
    filled_template,
)

pytestmark = pytest.mark.file_only  # about the journal file itself (SQLite)


@pytest.mark.qt_no_exception_capture  # the app's own handler takes what a page raises
def test_damage_is_found_in_the_background_and_said_once(qtbot, monkeypatch, filled):  # noqa: F811
    pages = entry_leaf_pages(filled)
    damage_page(filled, pages[len(pages) // 3])
    open_journal(filled)
    before = digest(filled)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: said.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_crash_handler(
        show=lambda path: pytest.fail("a damaged journal is no crash"), say=said.append
    )
    window = MainWindow()
    qtbot.addWidget(window)
    verify_in_background(window)
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert all("damaged" in text and "backup" in text for text in said)
    assert len(set(said)) == 1  # one message, however many pages tripped over the damage
    with pytest.raises(JournalDamagedError):
        people.add_person("Bruno", "customer")
    close_journal()
    assert digest(filled) == before


def test_a_sound_journal_says_nothing(qtbot, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: said.append(text))
    window = MainWindow()
    qtbot.addWidget(window)
    verify_in_background(window)
    assert QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)  # the job's answer crosses back to the GUI thread
    assert said == []
    assert people.add_person("Bruno", "customer").id
