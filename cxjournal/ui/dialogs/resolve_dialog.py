"""Resolve an entry from the Journal's detail pane: how it was resolved (optional; prefilled with
the response being typed), what it cost (optional: a refund, a gift, a repair), whether to ask how
it went, then Resolve or Cancel — all with the keyboard: Ctrl+Enter resolves,
Tab reaches the buttons, Esc cancels and asks first if text was typed here. The entry is resolved
by ``entries.resolve_entry`` through ``attempt_write``, so a busy journal never freezes the window."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cxjournal.services import aftercare, entries
from cxjournal.ui.widgets.amount_field import AmountField
from cxjournal.ui.widgets.dialog_buttons import save_cancel_buttons
from cxjournal.ui.widgets.feedback import attempt_write, confirm


class ResolveDialog(QDialog):
    """Asks how entry ``entry_id`` was resolved and resolves it; ``resolved`` holds the entry."""

    def __init__(self, entry_id: int, prefill: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Resolve"))
        self.setMinimumWidth(440)
        self.entry_id = entry_id
        self.resolved = None
        self._prefill = prefill.strip()
        label = QLabel(self.tr("How was it resolved? (optional)"))
        self.text = QPlainTextEdit(self._prefill)
        self.text.setAccessibleName(self.tr("Resolution"))
        # Enter makes a new line in the text, so Tab must leave it to reach the buttons.
        self.text.setTabChangesFocus(True)
        label.setBuddy(self.text)
        self.buttons = save_cancel_buttons(
            self, self.resolve, save=QDialogButtonBox.StandardButton.Ok
        )
        self.resolve_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.resolve_button.setText(self.tr("Resolve"))
        self.resolve_button.setToolTip(self.tr("Resolve (Ctrl+Enter)"))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # Return and Enter (keypad) are two keys
            QShortcut(QKeySequence(keys), self, self.resolve)
        self.ask_after = self._ask_after_box()
        self.amount = AmountField()
        amount_row = QFormLayout()
        amount_label = QLabel(self.tr("What it &cost (optional)"))
        amount_label.setBuddy(self.amount)
        amount_row.addRow(amount_label, self.amount)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text)
        layout.addLayout(amount_row)
        layout.addWidget(self.ask_after)
        layout.addWidget(self.buttons)
        self.text.setFocus()
        self.text.moveCursor(self.text.textCursor().MoveOperation.End)

    def _ask_after_box(self) -> QCheckBox:
        """ "Ask how it went in N days", checked, for a customer complaint while the setting is on
        (a follow-up is planned; doing it asks the customer's 1-5)."""
        days = aftercare.default_days()
        box = QCheckBox(self.tr("Ask how it went in %n day(s)", "", days))
        box.setChecked(True)
        box.setVisible(bool(days) and aftercare.asked_after(entries.get_entry(self.entry_id)))
        return box

    def typed_here(self) -> bool:
        """Text or an amount typed in this dialog; the prefill is still in the response box."""
        text = self.text.toPlainText().strip()
        return (bool(text) and text != self._prefill) or bool(self.amount.text().strip())

    def resolve(self) -> None:
        days = None if self.ask_after.isChecked() else 0  # None: the setting's days
        result = attempt_write(
            self,
            entries.resolve_entry,
            self.entry_id,
            self.text.toPlainText(),
            ask_after_days=days,
            amount=self.amount.text(),
        )
        if (
            result is None
        ):  # refused (the message was shown): the text stays to be kept or cancelled
            return
        self.resolved = result
        self.accept()

    def reject(self) -> None:
        if self.typed_here() and not confirm(
            self,
            self.tr("Discard this resolution?"),
            self.tr("What you typed has not been saved. Discard it?"),
        ):
            return
        super().reject()


def ask_resolve(parent: QWidget | None, entry_id: int, prefill: str = ""):
    """Show the dialog; returns the resolved entry, or None when cancelled or refused."""
    dialog = ResolveDialog(entry_id, prefill, parent)
    dialog.exec()
    return dialog.resolved
