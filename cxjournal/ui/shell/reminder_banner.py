"""The in-app reminder banner (shown at the top of the main window when there is no system tray) and
the "while you were away" dialog listing reminders that came due while the app was closed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cxjournal.changes import Kind
from cxjournal.services import followups
from cxjournal.services.reminders import Reminder
from cxjournal.ui.dialogs.how_it_went import complete_followup
from cxjournal.ui.widgets.dialog_buttons import close_buttons
from cxjournal.ui.widgets.feedback import attempt_write

STYLE = "#reminderBanner { background: #fff4ce; border: 1px solid #d9b54a; border-radius: 4px; }"


def describe(reminder: Reminder) -> str:
    """Two lines: what and for whom, then why now."""
    return f"{reminder.headline}\n{reminder.note}"


class ReminderBanner(QFrame):
    """Shows due reminders one at a time: Open, Snooze, Done (follow-ups), Dismiss."""

    open_requested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(STYLE)
        self.setAccessibleName(self.tr("Reminder"))
        self._queue: list[Reminder] = []
        self.headline = QLabel()
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.count = QLabel()
        self.open_button = QPushButton(self.tr("Open"))
        self.snooze_button = QToolButton()
        self.snooze_button.setText(self.tr("Snooze"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.snooze_button)
        self.snooze_actions: dict[str, QAction] = {}
        for preset, label in (
            ("hour", self.tr("For an hour")),
            ("tomorrow", self.tr("Until tomorrow morning")),
            ("next-week", self.tr("Until next week")),
        ):
            action = menu.addAction(label)
            action.triggered.connect(lambda _=False, p=preset: self.snooze(p))
            self.snooze_actions[preset] = action
        self.snooze_button.setMenu(menu)
        self.done_button = QPushButton(self.tr("Done"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.open_button.clicked.connect(self.open_current)
        self.done_button.clicked.connect(self.mark_done)
        self.dismiss_button.clicked.connect(self.dismiss)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.headline)
        text.addWidget(self.note)
        layout = QHBoxLayout(self)
        layout.addLayout(text, 1)
        layout.addWidget(self.count)
        for button in (self.open_button, self.snooze_button, self.done_button, self.dismiss_button):
            layout.addWidget(button)
        self.hide()

    def current(self) -> Reminder | None:
        return self._queue[0] if self._queue else None

    def pending(self) -> list[Reminder]:
        return list(self._queue)

    def add_reminder(self, reminder: Reminder) -> None:
        if any(r.key == reminder.key for r in self._queue):
            return
        self._queue.append(reminder)
        self._show_current()

    def _show_current(self) -> None:
        item = self.current()
        if item is None:
            self.hide()
            return
        self.headline.setText(item.headline)
        self.note.setText(item.note)
        more = len(self._queue) - 1
        self.count.setText(self.tr("+%n more", "", more) if more else "")
        self.done_button.setVisible(item.target[0] == "followup")
        self.show()

    def dismiss(self) -> None:
        """Put the current reminder away (it will not be announced again) and show the next."""
        if self._queue:
            self._queue.pop(0)
        self._show_current()

    def open_current(self) -> None:
        item = self.current()
        if item is not None:
            self.dismiss()
            self.open_requested.emit(*item.target)

    def snooze(self, preset: str) -> None:
        """Remind again later: a follow-up is snoozed; anything else gets a follow-up for then."""
        item = self.current()
        if item is None:
            return
        kind, item_id = item.target
        if kind == "followup":
            done = attempt_write(
                self, followups.snooze_followup, item_id, preset, changed=Kind.FOLLOWUP
            )
        else:
            link = {"entry": {"entry": item_id}, "promise": {"promise": item_id}}.get(kind, {})
            done = attempt_write(
                self,
                followups.add_followup,
                title=item.title,
                due_at=followups.snooze_presets()[preset],
                origin="snooze",
                changed=Kind.FOLLOWUP,
                **link,
            )
        if done is not None:
            self.dismiss()

    def mark_done(self) -> None:
        item = self.current()
        if item is None or item.target[0] != "followup":
            return
        if complete_followup(self, item.target[1]).done:
            self.dismiss()


class MissedRemindersDialog(QDialog):
    """What came due while CX Journal was closed, all together; double-click or Open to see one."""

    open_requested = Signal(str, int)

    def __init__(self, missed: list[Reminder], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("missedReminders")
        self.setWindowTitle(self.tr("While CX Journal was closed"))
        self._missed = list(missed)
        intro = QLabel(
            self.tr("%n reminders came due while CX Journal was closed.", "", len(missed))
        )
        self.list = QListWidget()
        for reminder in self._missed:
            QListWidgetItem(describe(reminder), self.list)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        buttons = close_buttons(self)
        self.open_button = buttons.addButton(
            self.tr("Open"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.clicked.connect(self.open_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def open_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._missed):
            self.open_requested.emit(*self._missed[row].target)
