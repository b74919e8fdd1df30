"""A right-click (or Menu key) menu for a table, made from the buttons beside it: the same actions,
in the same words, enabled when the buttons are, with the same shortcuts shown, so the menu can
never offer what the buttons refuse."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QMenu


class MenuItem(NamedTuple):
    button: QAbstractButton
    keys: str | QKeySequence | QKeySequence.StandardKey = ""  # shown beside the action
    text: str = ""  # when the button's own words do not suit a menu ("New entry (Ctrl+N)")


SEPARATOR = None
Items = Callable[[], Sequence[MenuItem | None]]


def attach_menu(view: QAbstractItemView, items: Items) -> None:
    """Give ``view`` a context menu of ``items()`` (read when it opens: buttons change)."""
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(
        lambda pos: menu_at(view, pos, items).exec(view.viewport().mapToGlobal(pos))
    )


def menu_at(view: QAbstractItemView, pos: QPoint, items: Items) -> QMenu:
    """Select the row under ``pos`` (the menu acts on it, as people expect), then build the menu."""
    index = view.indexAt(pos)
    if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsSelectable:
        view.setCurrentIndex(index)
        view.selectionModel().select(
            index,
            view.selectionModel().SelectionFlag.ClearAndSelect
            | view.selectionModel().SelectionFlag.Rows,
        )
    return build_menu(view, items())


def build_menu(parent, items: Sequence[MenuItem | None]) -> QMenu:
    menu = QMenu(parent)
    for item in items:
        if item is SEPARATOR:
            if menu.actions() and not menu.actions()[-1].isSeparator():
                menu.addSeparator()
            continue
        button, keys, text = item
        text = text or button.text()
        explicit = button.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
        if explicit and button.isHidden():
            continue  # a button the page hides (an undo with nothing to undo)
        if button.menu() is not None:
            sub = menu.addMenu(text)
            sub.addActions(button.menu().actions())
            sub.setEnabled(button.isEnabled())
            continue
        action = menu.addAction(text)
        action.setEnabled(button.isEnabled())
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutVisibleInContextMenu(True)
            # shown only: the page's own shortcut does the work, the menu's must not compete
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(button.click)
    return menu
