"""The window's undo stack: edits made through its dialogs and detail pane, and moves to the trash,
undone with Ctrl+Z and redone with Ctrl+Shift+Z (or Ctrl+Y).

An undo is an edit like any other: it writes the old values with the values this window wrote as
the base, so on a shared journal a field someone changed meanwhile opens the conflict dialog
instead of being overwritten. The write (and any question) happens before the stack moves: Cancel
leaves the stack as it was, "Use theirs" passes over the step (their version stays), "Keep mine"
writes it knowingly. The ``QUndoStack`` keeps the order and the index; its commands do nothing
themselves, because a ``QUndoCommand.undo()`` cannot fail or be cancelled."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from cxjournal.changes import Kind
from cxjournal.errors import CXJournalError, EditConflict
from cxjournal.services.edits import field_label
from cxjournal.ui.dialogs.conflict_dialog import MINE, THEIRS, ask_about_conflict
from cxjournal.ui.shell.bus import EditMade, announce
from cxjournal.ui.widgets.feedback import write_waiting

translate = QCoreApplication.translate
DONE, PASSED = "done", "passed"  # written; or not written, their version kept (the step is over)


class Step(Protocol):
    """One thing the window did that can be undone and redone."""

    def undo(self, parent: QWidget | None) -> str | None: ...
    def redo(self, parent: QWidget | None) -> str | None: ...
    def undo_text(self) -> str: ...
    def redo_text(self) -> str: ...


@dataclass
class FieldEdit:
    """An edit of some fields of one record: ``action(item_id, base=..., **values)`` is the
    service that made it (``edit_entry``, ``edit_promise``...); ``old`` and ``new`` the values of
    the fields it changed, in the form the editor gave them."""

    action: Callable
    item_id: int
    old: dict
    new: dict
    kind: Kind

    def undo(self, parent: QWidget | None) -> str | None:
        return self._write(parent, self.old, self.new)

    def redo(self, parent: QWidget | None) -> str | None:
        return self._write(parent, self.new, self.old)

    def _write(self, parent: QWidget | None, values: dict, base: dict) -> str | None:
        base = dict(base)
        while True:
            try:
                write_waiting(self.action, self.item_id, base=base, **values)
            except EditConflict as conflict:
                choice = ask_about_conflict(parent, conflict)
                if choice == MINE:  # overwrite knowingly what is stored now
                    base.update(conflict.theirs())
                    continue
                if choice == THEIRS:
                    announce(self.kind, ids=[(self.kind, self.item_id)])
                    return PASSED
                return None
            announce(self.kind, ids=[(self.kind, self.item_id)])
            return DONE

    def _what(self, verb: str) -> str:
        if len(self.new) == 1:
            label = field_label(next(iter(self.new))).lower()
            if verb == "undo":
                return translate("EditHistory", "Undo {field} change").format(field=label)
            return translate("EditHistory", "Redo {field} change").format(field=label)
        if verb == "undo":
            return translate("EditHistory", "Undo edit of %n field(s)", None, len(self.new))
        return translate("EditHistory", "Redo edit of %n field(s)", None, len(self.new))

    def undo_text(self) -> str:
        return self._what("undo")

    def redo_text(self) -> str:
        return self._what("redo")


@dataclass
class Deletion:
    """A move to the trash: undone by ``restore(item_id)``, redone by ``trash(item_id)``;
    ``restored`` is told the id once it is back (to show it)."""

    trash: Callable | None
    restore: Callable
    item_id: int
    kind: Kind | None = None
    restored: Callable[[int], None] | None = field(default=None, compare=False)

    def undo(self, parent: QWidget | None) -> str | None:
        if not self._write(parent, self.restore):
            return None
        if self.restored is not None:
            self.restored(self.item_id)
        return DONE

    def redo(self, parent: QWidget | None) -> str | None:
        if self.trash is None:
            return PASSED
        return DONE if self._write(parent, self.trash) else None

    def _write(self, parent: QWidget | None, service: Callable) -> bool:
        try:
            write_waiting(service, self.item_id)
        except CXJournalError as exc:  # gone for good meanwhile, or the journal busy
            QMessageBox.warning(parent, translate("EditHistory", "Cannot do that"), str(exc))
            return False
        if self.kind is None:
            announce()
        else:
            announce(self.kind, ids=[(self.kind, self.item_id)])
        return True

    def undo_text(self) -> str:
        return translate("EditHistory", "Undo move to the trash")

    def redo_text(self) -> str:
        return translate("EditHistory", "Redo move to the trash")


class EditHistory(QObject):
    """The undo stack of one window (or of one page shown on its own); ``changed`` after every
    move, for the menu's texts."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self._steps: list[Step] = []  # beside the stack's commands, by index
        self.stack.indexChanged.connect(self.changed)  # signal to signal: gone with self

    def record_edit(self, made: EditMade) -> None:
        """Remember an edit saved by a dialog or the detail pane (see ``bus.remember_edit``)."""
        self.record(FieldEdit(made.action, made.item_id, made.old, made.new, made.kind))

    def last(self) -> Step | None:
        """The step Undo would undo now."""
        return self._steps[self.stack.index() - 1] if self.can_undo() else None

    def record(self, step: Step) -> None:
        """Remember ``step``, already done; what had been undone can no longer be redone."""
        del self._steps[self.stack.index() :]
        self._steps.append(step)
        self.stack.push(QUndoCommand(step.undo_text()))

    def can_undo(self) -> bool:
        return self.stack.canUndo()

    def can_redo(self) -> bool:
        return self.stack.canRedo()

    def undo_text(self) -> str:
        if not self.can_undo():
            return translate("EditHistory", "Undo")
        return self._steps[self.stack.index() - 1].undo_text()

    def redo_text(self) -> str:
        if not self.can_redo():
            return translate("EditHistory", "Redo")
        return self._steps[self.stack.index()].redo_text()

    def undo(self, parent: QWidget | None = None) -> bool:
        """Undo the last step; False when nothing was undone (nothing to, or cancelled)."""
        if not self.can_undo():
            return False
        outcome = self._steps[self.stack.index() - 1].undo(parent)
        if outcome is not None:
            self.stack.undo()
        return outcome == DONE

    def redo(self, parent: QWidget | None = None) -> bool:
        """Do again the last step undone; False when nothing was redone."""
        if not self.can_redo():
            return False
        outcome = self._steps[self.stack.index()].redo(parent)
        if outcome is not None:
            self.stack.redo()
        return outcome == DONE


def _redo_keys() -> list[QKeySequence]:
    """The platform's Redo keys, with Ctrl+Shift+Z and Ctrl+Y on every platform."""
    keys = list(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
    for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):
        if QKeySequence(extra) not in keys:
            keys.append(QKeySequence(extra))
    return keys


def undo_actions(window: QWidget, history: EditHistory) -> tuple[QAction, QAction]:
    """Edit ▸ Undo and Redo for ``window``: texts naming the step, disabled when there is none.
    A text field being typed in keeps its own Ctrl+Z (Qt gives the keys to an editable field
    first), so the window's undo never takes the place of undoing the typing."""
    undo = QAction(window)
    undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
    undo.triggered.connect(lambda: history.undo(window))
    redo = QAction(window)
    redo.setShortcuts(_redo_keys())
    redo.triggered.connect(lambda: history.redo(window))

    def follow() -> None:
        undo.setText(history.undo_text())
        undo.setEnabled(history.can_undo())
        redo.setText(history.redo_text())
        redo.setEnabled(history.can_redo())

    history.changed.connect(follow)
    follow()
    window.addAction(undo)
    window.addAction(redo)
    return undo, redo
