"""The main screens in French: every label, button, menu, header and placeholder a person sees is in
French. A text that is an English message of the catalogue with a different French translation means
a string that missed its translation (no tr(), or the wrong context)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabWidget,
    QWidget,
)

from cxjournal.catalog import load_catalogue
from cxjournal.demo import fill_demo
from cxjournal.ui.pages import PAGE_MODULES
from cxjournal.ui.shell.main_window import MainWindow
from cxjournal.ui.shell.translation import install_gui_translators


def _header_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts = []
    for section in range(model.columnCount()):
        value = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str):
            texts.append(value)
    return texts


def visible_texts(root: QWidget) -> list[str]:
    """What a person can read in ``root``: texts, titles, placeholders, headers, menu items."""
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) and not isinstance(widget, QMenu):
            continue
        texts += [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QListWidget):
            texts += _header_texts(widget)
        if isinstance(widget, QMenu):
            texts += [action.text() for action in widget.actions()]
            texts.append(widget.title())
    return [t for t in texts if t]


@pytest.fixture
def french(qtbot):
    app = QCoreApplication.instance()
    install_gui_translators(app, "fr")
    yield
    install_gui_translators(app, "en")


def test_main_screens_show_no_english_left(qtbot, french):
    catalogue = load_catalogue("fr")
    untranslated_english = {
        source
        for (_, source), translation in catalogue.items()
        if translation != source and len(source) > 1
    }
    fill_demo(people=30, entries=200, months=2, seed=3, lang="fr")
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    left: dict[str, list[str]] = {}
    for key in PAGE_MODULES:
        window.show_page(key)
        qtbot.wait(10)
        found = [t for t in visible_texts(window) if t in untranslated_english]
        if found:
            left[key] = sorted(set(found))
    assert left == {}, f"English left on French screens: {left}"
    for row, english in enumerate(("Today", "Journal", "Customers", "Staff")):
        # the compiled .qm says what the .ts says
        assert window.nav.item(row).text() == catalogue.get(("MainWindow", english), english)
