"""A thin bar under a list saying what just happened ("Moved to the trash") with an Undo button.
A deletion goes on the window's undo stack (Edit ▸ Undo, Ctrl+Z, with the edits); a page shown
on its own keeps a stack of its own, and its page gives Ctrl+Z to it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from cxjournal.changes import Kind
from cxjournal.ui.shell.edit_history import Deletion, EditHistory


class UndoBar(QWidget):
    restored = Signal(int)  # the id of the item brought back

    def __init__(self, parent: QWidget | None = None, history: EditHistory | None = None) -> None:
        super().__init__(parent)
        self.shared = history is not None  # the window's stack, whose Ctrl+Z is Edit ▸ Undo
        self.history = history if history is not None else EditHistory(self)
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
        self._offered: list[Deletion] = []
        self.history.changed.connect(self._follow)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self._follow()

    def _follow(self) -> None:
        """The button shows while the step Undo would undo is a deletion offered here."""
        last = self.history.last()
        self.undo_button.setVisible(any(last is step for step in self._offered))

    def offer(
        self,
        text: str,
        restore: Callable,
        item_id: int,
        *,
        trash: Callable | None = None,
        kind: Kind | None = None,
    ) -> None:
        """Tell the owner what was deleted; ``restore(item_id)`` brings it back on Undo, and
        ``trash(item_id)`` deletes it again on Redo."""
        step = Deletion(trash, restore, item_id, kind, restored=self._restored)
        self._offered.append(step)
        self.history.record(step)
        self.say(text)

    def can_undo(self) -> bool:
        return self.undo_button.isVisibleTo(self)

    def undo(self) -> bool:
        """Undo the last step (right after a deletion: bring it back); False when nothing was."""
        return self.history.undo(self)

    def _restored(self, item_id: int) -> None:
        self.say(self.tr("Restored from the trash."))
        self.restored.emit(item_id)
