"""A thin bar under a list saying what just happened ("Moved to the trash") with an Undo button;
Ctrl+Z on the page undoes the last deletion by restoring it from the trash."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from cxjournal.ui.widgets.feedback import attempt_write


class UndoBar(QWidget):
    restored = Signal(int)  # the id of the item brought back

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Last action"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo the last deletion (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo_button)
        self._undo: list[tuple[Callable, int]] = []

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.undo_button.setVisible(bool(self._undo))

    def offer(self, text: str, restore: Callable, item_id: int) -> None:
        """Tell the owner what was deleted; ``restore(item_id)`` brings it back on Undo."""
        self._undo.append((restore, item_id))
        self.say(text)

    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo(self) -> int | None:
        """Restore the last deleted item; returns its id (None if there was nothing to undo)."""
        if not self._undo:
            return None
        restore, item_id = self._undo.pop()
        if attempt_write(self, restore, item_id) is None:
            return None
        self.say(self.tr("Restored from the trash."))
        self.restored.emit(item_id)
        return item_id
