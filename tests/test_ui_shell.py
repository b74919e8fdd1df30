"""The main window shell: every page is reachable, shortcuts switch pages, the title names the shop."""

from PySide6.QtCore import Qt

from cxjournal.changes import Kind
from cxjournal.services import settings
from cxjournal.ui.pages import PAGE_MODULES
from cxjournal.ui.shell.bus import announce
from cxjournal.ui.shell.main_window import MainWindow
from tests.helpers import show_active


def test_pages_and_title(qtbot):
    settings.set_setting("business_name", "Boulangerie Zoé")
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.windowTitle() == "CX Journal — Boulangerie Zoé"
    assert window.nav.count() == len(PAGE_MODULES)
    for key in PAGE_MODULES:
        assert window.show_page(key) is window.stack.currentWidget()
    settings.set_setting("business_name", "Chez Léa")
    announce(Kind.SETTING)
    assert window.windowTitle() == "CX Journal — Chez Léa"


def test_ctrl_number_switches_pages(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    show_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "journal"


def test_pages_are_built_when_first_shown(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    assert list(window.pages) == ["today"]  # only the page on screen exists at start
    reports = window.show_page("reports")
    assert list(window.pages) == ["today", "reports"]
    assert window.stack.currentWidget() is reports
    assert window.show_page("reports") is reports  # built once
    assert window.current_page_key() == "reports"


def test_a_page_shortcut_puts_the_keyboard_in_the_page(qtbot):
    from PySide6.QtWidgets import QApplication

    window = MainWindow()
    qtbot.addWidget(window)
    show_active(qtbot, window)
    window.nav.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["promises"]
    assert window.current_page_key() == "promises"
    assert page.isAncestorOf(QApplication.focusWidget())


def test_a_page_or_dialog_missing_its_hooks_fails_when_its_class_is_defined(qtbot):
    import pytest

    from cxjournal.ui.dialogs.person_item_dialogs import _PersonItemDialog
    from cxjournal.ui.widgets.grouped_page import GroupedPage

    with pytest.raises(TypeError, match="_label, _fetch, _trash_services"):
        type("HalfPage", (GroupedPage,), {"refresh": lambda self: None, "_update_buttons": print})
    with pytest.raises(TypeError, match="record"):
        type("NoRecord", (_PersonItemDialog,), {})
    from cxjournal.ui.dialogs.import_dialog import FileImportDialog

    with pytest.raises(TypeError, match="job, show_report"):
        type("NoJob", (FileImportDialog,), {})
