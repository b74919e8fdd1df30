"""What the pages show for the owner's first steps: the line an empty list shows (what goes there and
the key or button that adds it) and the "New entry" button, the visible way to Ctrl+N."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from cxjournal.ui.shell.context import AppContext

# A frame of the palette's own colours, so the line reads as a note in light and dark themes.
HINT_STYLE = """
QLabel#emptyHint { padding: 10px 12px; border: 1px dashed palette(mid); border-radius: 5px;
    background: palette(base); }
"""


class EmptyHint(QLabel):
    """One line over an empty list; hidden while the list has something in it."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("emptyHint")
        self.setWordWrap(True)
        self.setStyleSheet(HINT_STYLE)
        self.hide()

    def show_when_empty(self, empty: bool, text: str | None = None) -> None:
        """Show the line when the list is ``empty`` (with ``text`` instead, when given)."""
        if text is not None:
            self.setText(text)
        self.setVisible(empty)


def new_entry_keys() -> str:
    """The New entry shortcut as this system writes it (Ctrl+N; ⌘N on a Mac)."""
    return QKeySequence(QKeySequence.StandardKey.New).toString(
        QKeySequence.SequenceFormat.NativeText
    )


def new_entry_button(context: AppContext, parent: QWidget | None = None) -> QPushButton:
    """A "New entry (Ctrl+N)" button doing what Ctrl+N does: the quick capture, about nobody yet,
    through ``context``; disabled on a page built without a window."""
    text = QCoreApplication.translate("first_steps", "New entry ({keys})").format(
        keys=new_entry_keys()
    )
    button = QPushButton(text, parent)
    button.setObjectName("newEntryButton")
    button.setAccessibleName(QCoreApplication.translate("first_steps", "New entry"))
    button.setToolTip(
        QCoreApplication.translate(
            "first_steps", "Record what a customer or a staff member told you"
        )
    )
    button.setEnabled(context.quick_capture_for is not None)

    def capture() -> None:
        if context.quick_capture_for is not None:
            context.quick_capture_for(None)

    button.clicked.connect(capture)
    return button
