"""The entry pane's wait: "Waiting on…" asks on whom (the customer, a supplier) and stops the
entry's response targets; "Resume" starts them again (services.waiting)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QPushButton, QWidget

from cxjournal import vocabulary as v
from cxjournal.services import waiting
from cxjournal.ui.widgets.feedback import attempt_write


class WaitControl(QWidget):
    """``done`` carries what the service returned (None when nothing was done)."""

    done = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry_id: int | None = None
        self.wait_button = QPushButton(self.tr("&Waiting on…"))
        self.wait_button.setToolTip(
            self.tr("The entry waits on the customer, a supplier, someone: its targets pause")
        )
        self.resume_button = QPushButton(self.tr("Res&ume"))
        self.on_whom = QLabel()
        self.on_whom.setWordWrap(True)  # a long "on whom" wraps rather than widen the pane
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.wait_button)
        layout.addWidget(self.resume_button)
        layout.addWidget(self.on_whom, 1)
        self.wait_button.clicked.connect(self.ask_wait)
        self.resume_button.clicked.connect(self.resume)

    def show_entry(self, entry) -> None:
        self.entry_id = entry.id
        is_waiting = entry.status == v.WAITING
        self.wait_button.setVisible(entry.status in v.ACTIVE_ENTRY_STATUSES and not is_waiting)
        self.resume_button.setVisible(is_waiting)
        self.on_whom.setText(
            self.tr("Waiting on {who}").format(who=entry.waiting_on) if is_waiting else ""
        )

    def ask_wait(self) -> None:
        who, ok = QInputDialog.getText(
            self, self.tr("Waiting on"), self.tr("On whom does this entry wait?")
        )
        if ok and who.strip():
            self.wait_on(who)

    def wait_on(self, who: str) -> None:
        if self.entry_id is not None:
            self.done.emit(attempt_write(self, waiting.wait_on, self.entry_id, who))

    def resume(self) -> None:
        if self.entry_id is not None:
            self.done.emit(attempt_write(self, waiting.resume, self.entry_id))
