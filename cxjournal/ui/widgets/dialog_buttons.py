"""The buttons at the foot of a dialog: Save (or OK) and Cancel, or Close, wired to the dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox

Standard = QDialogButtonBox.StandardButton


def save_cancel_buttons(
    dialog: QDialog,
    on_save: Callable[[], object] | None = None,
    *,
    save: QDialogButtonBox.StandardButton = Standard.Save,
) -> QDialogButtonBox:
    """Save and Cancel: Save calls ``on_save`` (the dialog's ``accept`` when not given), Cancel
    rejects. ``save=Standard.Ok`` shows OK instead of Save. The caller places the box."""
    buttons = QDialogButtonBox(save | Standard.Cancel)
    buttons.accepted.connect(on_save or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def close_buttons(dialog: QDialog) -> QDialogButtonBox:
    """A Close button that rejects the dialog (Escape does the same)."""
    buttons = QDialogButtonBox(Standard.Close)
    buttons.rejected.connect(dialog.reject)
    return buttons
