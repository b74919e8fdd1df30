"""Today's retention notice, for the owner alone and at most once a month: "N people are due for
deletion under your retention rules", with Review… (the list, where the owner erases or keeps) and
Not this month, which hides it until the next month in this journal (the month is kept in the
journal's settings, so every computer of the shop agrees)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from cxjournal import clock
from cxjournal.changes import Kind
from cxjournal.services import retention
from cxjournal.services.accounts import may
from cxjournal.ui.widgets.feedback import attempt_write


class RetentionNotice(QFrame):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.review_button = QPushButton(self.tr("&Review…"))
        self.review_button.clicked.connect(self.review)
        self.dismiss_button = QPushButton(self.tr("Not this month"))
        self.dismiss_button.setToolTip(self.tr("Hide this notice until next month"))
        self.dismiss_button.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.review_button)
        row.addWidget(self.dismiss_button)
        self.hide()

    def refresh(self) -> None:
        """Shown when someone is due and the owner has not set this month's list aside."""
        self.show_count(retention.to_review(clock.now()) if may("retention") else None)

    def show_count(self, count: int | None) -> None:
        """Show how many people are due (``retention.to_review``); None: the account may not
        erase people, and the notice stays hidden."""
        if count is None:
            self.hide()
            return
        self.text.setText(
            self.tr("%n person(s) due for deletion under your retention rules.", "", count)
        )
        self.setVisible(count > 0)

    def review(self) -> None:
        from cxjournal.ui.dialogs.retention_dialog import RetentionDialog

        self.dialog = RetentionDialog(self)
        self.dialog.exec()
        self.refresh()

    def dismiss(self) -> None:
        attempt_write(self, retention.mark_reviewed, clock.now(), changed=Kind.SETTING)
        self.refresh()
