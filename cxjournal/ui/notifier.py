"""The reminder clock of the running app: every 30 seconds (and when the app wakes or becomes active)
it asks the reminders service what came due, announces each new occurrence once — as a desktop
notification when there is a system tray, else through ``banner_requested`` for the in-app banner —
and at start gathers what came due while the app was closed.

Time comes from ``cxjournal.clock``, so tests drive the notifier with a ``FakeClock``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSystemTrayIcon

from cxjournal import clock
from cxjournal.services import reminders
from cxjournal.services.reminders import Reminder
from cxjournal.ui.context import STANDALONE, AppContext

CHECK_EVERY_MS = 30_000
MESSAGE_MS = 15_000
MESSAGE_LINES = 4


class ReminderNotifier(QObject):
    banner_requested = Signal(object)  # a Reminder for the in-app banner (when there is no tray)
    missed_found = Signal(list)  # reminders that came due while the app was closed
    announced = Signal(list)  # every batch of newly announced reminders, however shown
    open_requested = Signal(str, int)  # (target kind, id) when a desktop notification is clicked

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        tray: QSystemTrayIcon | None = None,
        interval_ms: int = CHECK_EVERY_MS,
        context: AppContext = STANDALONE,
    ) -> None:
        super().__init__(parent)
        self._journal_path = context.journal_path
        self._tray = tray
        self._clicked: Reminder | None = None  # what the last desktop notification opens
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check_now)
        if tray is not None:
            tray.messageClicked.connect(self._open_clicked)
        app = QGuiApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._on_app_state)

    def uses_tray(self) -> bool:
        return self._tray is not None and self._tray.isVisible()

    def start(self) -> list[Reminder]:
        """Gather what came due while the app was closed (announced once, together), then tick."""
        missed: list[Reminder] = []
        if self._journal_path() is not None:
            now = clock.now()
            reminders.forget_old_announcements(now)
            missed = reminders.missed_since_last_run(now)
            if missed:
                reminders.mark_announced((r.key for r in missed), now)
                self.missed_found.emit(missed)
                self.announced.emit(missed)
        self._timer.start()
        return missed

    def stop(self) -> None:
        self._timer.stop()

    def is_running(self) -> bool:
        return self._timer.isActive()

    def check_now(self) -> list[Reminder]:
        """Announce every reminder that came due and was never announced; returns them."""
        if self._journal_path() is None:  # the journal was closed (the app is quitting)
            return []
        now = clock.now()
        new = reminders.unannounced(reminders.due_reminders(now))
        if not new:
            return []
        reminders.mark_announced((r.key for r in new), now)
        if self.uses_tray():
            self._show_message(new)
        else:
            for item in new:
                self.banner_requested.emit(item)
        self.announced.emit(new)
        return new

    def _show_message(self, new: list[Reminder]) -> None:
        self._clicked = new[0]
        if len(new) == 1:
            title, body = new[0].headline, new[0].note
        else:
            title = self.tr("{count} reminders").format(count=len(new))
            lines = [r.headline for r in new[:MESSAGE_LINES]]
            if len(new) > MESSAGE_LINES:
                lines.append(self.tr("and {count} more").format(count=len(new) - MESSAGE_LINES))
            body = "\n".join(lines)
        self._tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)

    def _open_clicked(self) -> None:
        if self._clicked is not None:
            self.open_requested.emit(*self._clicked.target)

    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        # Coming back to the app (or out of sleep) checks at once instead of waiting for the tick.
        if state == Qt.ApplicationState.ApplicationActive and self.is_running():
            self.check_now()
