"""The bar at the top of the window while a shared journal's server cannot be reached: it says the
connection is lost and being retried (with Retry now), then "Connected again" for a moment. It never
blocks: what is being typed stays where it is, and a save tried meanwhile keeps its text."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from cxjournal.ui.shell.journal_watch import JournalWatch

CONNECTED_AGAIN_MS = 4000
LOST_STYLE = (
    "#connectionBanner { background: #fde2e1; border: 1px solid #d9534f; border-radius: 4px; }"
)
BACK_STYLE = (
    "#connectionBanner { background: #dff0d8; border: 1px solid #6aa84f; border-radius: 4px; }"
)


class ConnectionBanner(QFrame):
    """Follows ``watch``: shown while its connection is lost, briefly once it is back."""

    def __init__(self, watch: JournalWatch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Connection to the journal"))
        self.watch = watch
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.retry_button = QPushButton(self.tr("Retry now"))
        self.retry_button.clicked.connect(watch.retry_now)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.message, 1)
        row.addWidget(self.retry_button)
        self.hide_timer = QTimer(self, singleShot=True, interval=CONNECTED_AGAIN_MS)
        self.hide_timer.timeout.connect(self.hide)
        watch.connection_lost.connect(self.show_lost)
        watch.connection_restored.connect(self.show_back)
        self.hide()

    def show_lost(self) -> None:
        self.hide_timer.stop()
        self.setStyleSheet(LOST_STYLE)
        self.message.setText(self.tr("Connection to the journal lost — retrying…"))
        self.retry_button.show()
        self.show()

    def show_back(self) -> None:
        self.setStyleSheet(BACK_STYLE)
        self.message.setText(self.tr("Connected again"))
        self.retry_button.hide()
        self.show()
        self.hide_timer.start()


def watch_journal(window) -> JournalWatch:
    """Follow the open journal for ``window``: changes made elsewhere reach its pages, and on a
    server the connection banner stands above them. On a server the listening connection is made
    after the window's first paint (README, Performance, "On a server")."""
    from cxjournal.ui.shell.first_paint import after_first_paint

    watch = JournalWatch(window, listen=False)
    after_first_paint(window, watch.start_listening)
    banner = ConnectionBanner(watch, window)
    window.banner_slot.insertWidget(0, banner)
    window.connection_banner = banner
    return watch
