"""The line in a dialog that says, in red, what is wrong: hidden until there is something to say."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from cxjournal.ui.widgets.palette import ERROR_STYLE


class ErrorLabel(QLabel):
    """Hidden while empty; ``say`` shows a message (replacing the last), ``clear`` hides it.
    Screen readers hear it by its accessible name, "What went wrong"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("What went wrong"))
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        super().clear()
        self.hide()
