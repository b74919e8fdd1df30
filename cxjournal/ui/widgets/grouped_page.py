"""What the Promises and Follow-ups pages share: a row of action buttons with shortcuts over a
GroupedTree, selecting an item by id, and moving the selected item to the trash with Undo (Ctrl+Z)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from cxjournal.changes import Kind
from cxjournal.errors import CXJournalError
from cxjournal.ui.shell.context import AppContext
from cxjournal.ui.widgets.context_menu import MenuItem, attach_menu
from cxjournal.ui.widgets.feedback import attempt_write, confirm
from cxjournal.ui.widgets.first_steps import EmptyHint
from cxjournal.ui.widgets.grouped_tree import GroupedTree, Row
from cxjournal.ui.widgets.hooks import require_hooks
from cxjournal.ui.widgets.undo_bar import UndoBar

HEADER_PADDING = 24  # the header's margins and sort arrow, beside its text


class GroupedPage(QWidget):
    """Subclasses set ``KIND`` and ``SHOWS``, implement ``refresh``, ``_update_buttons``,
    ``_label(item)``, ``_fetch(item_id)`` (the item from its service) and ``_trash_services()``
    -> (trash_fn, restore_fn)."""

    KIND = ""
    HOOKS = ("refresh", "_update_buttons", "_label", "_fetch", "_trash_services")

    def __init_subclass__(cls, **kwargs) -> None:
        # A page that forgets one fails when its class is defined, not when a button is pressed.
        super().__init_subclass__(**kwargs)
        require_hooks(cls, cls.HOOKS)

    def __init__(
        self, context: AppContext, headers: Sequence[str], widths: Sequence[int], parent=None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.tree = GroupedTree(headers, self)
        # never narrower than the header's own words in the language shown ("Client ou
        # personnel" was cut to "Client ou personn" at the English width)
        metrics = self.tree.header().fontMetrics()
        for column, width in enumerate(widths):
            words = metrics.horizontalAdvance(headers[column]) + HEADER_PADDING
            self.tree.setColumnWidth(column, max(width, words))
        self.tree.selectionModel().selectionChanged.connect(self._update_buttons)
        self.undo_bar = UndoBar(self, context.history)
        self.undo_bar.restored.connect(lambda item_id: self.focus_item(self.KIND, item_id))
        self.button_row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        self.button_keys: dict[str, str] = {}
        attach_menu(self.tree, self.menu_items)
        if not self.undo_bar.shared:  # in a window, Edit ▸ Undo has Ctrl+Z
            self.add_shortcut(QKeySequence.StandardKey.Undo, self.undo_bar.undo)
        self.empty_hint = EmptyHint()  # its words are the page's own
        layout = QVBoxLayout(self)
        layout.addLayout(self.button_row)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.undo_bar)

    def add_buttons(self, specs: Sequence[tuple[str, str, str, Callable | None]]) -> None:
        """(key, text, shortcut or "", slot) for each button, left to right."""
        for key, text, shortcut, slot in specs:
            button = QPushButton(text)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            if slot is not None:
                button.clicked.connect(slot)
            if shortcut:
                self.add_shortcut(shortcut, slot)
                button.setToolTip(QKeySequence(shortcut).toString(QKeySequence.NativeText))
            self.button_row.addWidget(button)
            self.buttons[key] = button
            self.button_keys[key] = shortcut
        self.button_row.addStretch(1)

    def menu_items(self) -> list[MenuItem]:
        """The tree's right-click menu: the buttons' actions, with their shortcuts."""
        return [MenuItem(button, self.button_keys[key]) for key, button in self.buttons.items()]

    def add_shortcut(self, keys, slot: Callable) -> None:
        """A shortcut that works while the focus is anywhere in this page."""
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)

    def show_groups(self, groups: Sequence[tuple[str, Sequence[Row]]]) -> None:
        """Show the groups in the tree, and the empty page's line when none has an item."""
        self.tree.set_groups(groups)
        self.empty_hint.show_when_empty(not any(rows for _title, rows in groups))

    def selected(self):
        item_id = self.tree.selected_id()
        if item_id is None:
            return None
        try:
            return self._fetch(item_id)
        except CXJournalError:  # trashed or deleted meanwhile (another window, another computer)
            return None

    def focus_item(self, kind: str, item_id: int) -> bool:
        """Show and select one item (reminders and other pages call this)."""
        if kind != self.KIND:
            return False
        self.refresh()
        found = self.tree.select_id(item_id)
        if found:
            self.tree.setFocus()
        return found

    def trash(self) -> None:
        item = self.selected()
        if item is None:
            return
        label = self._label(item)
        question = self.tr("Move “{what}” to the trash?").format(what=label)
        if not confirm(self, self.tr("Move to trash"), question):
            return
        trash, restore = self._trash_services()
        if attempt_write(self, trash, item.id, changed=Kind(self.KIND), initiator=self) is not None:
            self.refresh()
            self.undo_bar.offer(
                self.tr("Moved to the trash: {what}").format(what=label),
                restore,
                item.id,
                trash=trash,
                kind=Kind(self.KIND),
            )

    def undo(self) -> None:
        self.undo_bar.undo()
