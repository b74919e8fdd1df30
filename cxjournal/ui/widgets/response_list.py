"""The responses recorded on an entry, in its detail pane: each one corrected (Edit…) or deleted
(Delete…, after a question), from the buttons, a double click or the context menu; both go on the
window's undo stack, so Ctrl+Z takes them back and Ctrl+Shift+Z makes them again, through the same
conflict check as every edit (an answer someone else corrected meanwhile is asked about, never
overwritten)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxjournal import made_by
from cxjournal.changes import Kind
from cxjournal.formatting import format_datetime
from cxjournal.services import responses
from cxjournal.services.responses import DeletedResponse
from cxjournal.ui.dialogs.conflict_dialog import edited, save_edit
from cxjournal.ui.shell.bus import announce
from cxjournal.ui.shell.edit_history import DONE, FieldEdit
from cxjournal.ui.widgets.context_menu import MenuItem, attach_menu
from cxjournal.ui.widgets.dialog_buttons import save_cancel_buttons
from cxjournal.ui.widgets.feedback import attempt, attempt_write, confirm

translate = QCoreApplication.translate
_TYPED = "%Y-%m-%d %H:%M"  # how the time is shown in the edit dialog and read back


@dataclass
class ResponseEdit:
    """A response corrected, for the undo stack: the field edit itself (its conflict check
    included), then the entry it belongs to told to show itself again."""

    edit: FieldEdit
    entry_id: int

    def undo(self, parent: QWidget | None) -> str | None:
        return self._told(self.edit.undo(parent))

    def redo(self, parent: QWidget | None) -> str | None:
        return self._told(self.edit.redo(parent))

    def _told(self, outcome: str | None) -> str | None:
        if outcome is not None:
            announce(Kind.ENTRY, ids=[(Kind.ENTRY, self.entry_id)])
        return outcome

    def undo_text(self) -> str:
        return translate("ResponseList", "Undo response change")

    def redo_text(self) -> str:
        return translate("ResponseList", "Redo response change")


@dataclass
class ResponseRemoval:
    """A response deleted, for the undo stack: undo records the same answer again (its text, time
    and e-mail id); redo deletes it again unless someone corrected it meanwhile."""

    gone: DeletedResponse
    again_id: int | None = None

    def undo(self, parent: QWidget | None) -> str | None:
        again = attempt_write(parent, responses.restore_response, self.gone, changed=Kind.ENTRY)
        if again is None:
            return None
        self.again_id = again.id
        return DONE

    def redo(self, parent: QWidget | None) -> str | None:
        base = {"text": self.gone.text, "at": self.gone.at}
        gone = attempt_write(
            parent, responses.delete_response, self.again_id, base=base, changed=Kind.ENTRY
        )
        if gone is None:
            return None
        self.gone = gone
        return DONE

    def undo_text(self) -> str:
        return translate("ResponseList", "Undo deleting a response")

    def redo_text(self) -> str:
        return translate("ResponseList", "Redo deleting a response")


class ResponseDialog(QDialog):
    """Edit one response: what was answered, and when."""

    def __init__(self, text: str, at: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit response"))
        self.text = QPlainTextEdit(text)
        self.text.setAccessibleName(self.tr("Response"))
        self.text.setTabChangesFocus(True)
        self.at = QLineEdit(at)
        self.at.setAccessibleName(self.tr("When"))
        self.at.setPlaceholderText(self.tr("YYYY-MM-DD HH:MM"))
        form = QFormLayout(self)
        form.addRow(self.tr("Response:"), self.text)
        form.addRow(self.tr("When:"), self.at)
        form.addRow(save_cancel_buttons(self))

    def values(self) -> dict[str, str]:
        return {"text": self.text.toPlainText().strip(), "at": self.at.text().strip()}


class ResponseList(QWidget):
    """An entry's responses; ``changed`` after it edited or deleted one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry_id: int | None = None
        self.undo_stack = None  # the window's undo stack (an EditHistory), when there is one
        self.answers = QListWidget()
        self.answers.setAccessibleName(self.tr("Responses"))
        self.answers.setWordWrap(True)
        self.answers.setMaximumHeight(120)
        self.edit_button = QPushButton(self.tr("&Edit response…"))
        self.delete_button = QPushButton(self.tr("Delete response…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.answers)
        layout.addLayout(buttons)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.answers.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.answers.currentRowChanged.connect(lambda _row: self._enable())
        attach_menu(self.answers, self.menu_items)
        self._enable()

    def menu_items(self) -> list[MenuItem]:
        """The context menu of a response: the buttons' actions."""
        return [MenuItem(self.edit_button), MenuItem(self.delete_button)]

    def show_responses(self, entry_id: int | None, answers: list, lang: str) -> None:
        """Show ``answers`` (the entry's responses, as ``entries.responses`` gives them)."""
        self.entry_id = entry_id
        self.answers.clear()
        for r in answers:
            line = (
                f"{made_by.with_details(format_datetime(r.at, lang), r.made_by or '')} — {r.text}"
            )
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, (r.id, r.text, r.at))
            self.answers.addItem(item)
        if not answers:
            item = QListWidgetItem(self.tr("No response yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.answers.addItem(item)
        self._enable()

    def text(self) -> str:
        """Every line shown, one a line (what a person reading the pane sees)."""
        return "\n".join(self.answers.item(i).text() for i in range(self.answers.count()))

    def _selected(self) -> tuple[int, str, object] | None:
        item = self.answers.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _enable(self) -> None:
        chosen = self._selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def edit_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        response_id, text, at = chosen
        loaded = {"text": text, "at": at.strftime(_TYPED)}
        dialog = ResponseDialog(text, loaded["at"], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        changes, base = edited(loaded, dialog.values())
        if not changes:
            return
        saved = attempt(
            self, save_edit, self, responses.edit_response, response_id, changes, base,
            lambda _fields: self.changed.emit(), changed=Kind.ENTRY,
        )  # fmt: skip
        if saved is None:
            return
        if self.undo_stack is not None and self.entry_id is not None:
            step = FieldEdit(responses.edit_response, response_id, base, changes, Kind.ENTRY)
            self.undo_stack.record(ResponseEdit(step, self.entry_id))
        self.changed.emit()

    def delete_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        response_id, text, _at = chosen
        question = self.tr("Delete this response: “{text}”?").format(text=text)
        if not confirm(self, self.tr("Delete response"), question):
            return
        gone = attempt_write(self, responses.delete_response, response_id, changed=Kind.ENTRY)
        if gone is None:
            return
        if self.undo_stack is not None:
            self.undo_stack.record(ResponseRemoval(gone))
        self.changed.emit()
