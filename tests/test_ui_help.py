"""The help page: F1 opens it in the app, it tells the daily workflows, and it lists every shortcut of
the window's actions (read from them, so it cannot fall behind); About stays in the Help menu."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from cxjournal.ui.dialogs.help_page import HelpDialog
from cxjournal.ui.shell.main_window import MainWindow
from tests.helpers import show_active


def _open_with_f1(qtbot) -> tuple[MainWindow, HelpDialog]:
    window = MainWindow()
    qtbot.addWidget(window)
    show_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.findChild(HelpDialog) is not None, timeout=2000)
    dialog = window.findChild(HelpDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    return window, dialog


def test_f1_opens_the_help_page_and_about_stays_in_the_help_menu(qtbot):
    window, dialog = _open_with_f1(qtbot)
    text = dialog.browser.toPlainText()
    for workflow in ("Record what was said", "Keep a promise", "Follow up", "The monthly report"):
        assert workflow in text
    assert window.about_action in window.menus["help"].actions()
    qtbot.keyClick(window, Qt.Key.Key_F1)  # again: the same page comes forward
    assert window.findChildren(HelpDialog) == [dialog]


def test_the_help_page_lists_every_shortcut_of_the_window(qtbot):
    window, dialog = _open_with_f1(qtbot)
    text = dialog.browser.toPlainText()
    shortcuts = [
        action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        for action in window.findChildren(QAction)
        if action.parent() is window and not action.shortcut().isEmpty()
    ]
    assert len(shortcuts) >= 15  # new entry, eight pages, refresh, trash, quit, data, help…
    for keys in shortcuts:
        assert keys in text, keys
    # the platform decides some keys (Quit has none offscreen); these are the same everywhere
    for keys in ("Ctrl+N", "Ctrl+1", "Ctrl+8", "F5", "Ctrl+I", "F1"):
        assert keys in text
