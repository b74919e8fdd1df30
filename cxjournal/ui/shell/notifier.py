"""The reminder clock of the running app: every 30 seconds (and when the app wakes or becomes active)
it asks the reminders service what came due, announces each new occurrence once — as a desktop
notification when there is a system tray, else through ``banner_requested`` for the in-app banner —
and at start gathers what came due while the app was closed.

Finding and marking what is new writes to the journal, which may be busy for seconds while another
program imports or restores. The clock's own ticks never wait for it on the GUI thread: the check
runs in the background and announces when it is done; if the journal stays busy, nothing is marked
nor shown and the next tick tries again. ``start()`` and ``check_now()`` wait for their answer
(off the GUI thread too, through ``run_waiting``).

A computer where "Show reminders on this computer" is off (``this_computer``) checks nothing: the
reminders stay unclaimed for the others, or for the missed-while-closed list of the next start.

Time comes from ``cxjournal.clock``, so tests drive the notifier with a ``FakeClock``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSystemTrayIcon

from cxjournal import clock
from cxjournal.errors import CXJournalError
from cxjournal.services import reminders
from cxjournal.services.reminders import Reminder
from cxjournal.store.connection import journal_session
from cxjournal.ui.shell import this_computer
from cxjournal.ui.shell.context import STANDALONE, AppContext
from cxjournal.ui.widgets.worker import run_waiting, start_job

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
        shows_reminders: Callable[[], bool] = this_computer.shows_reminders,
    ) -> None:
        super().__init__(parent)
        self._journal_open = context.journal_location
        self._shows_reminders = shows_reminders  # this computer's own choice, read at each check
        self._tray = tray
        self._clicked: Reminder | None = None  # what the last desktop notification opens
        self._missed_pending = False  # what came due while closed is still to be gathered
        self._checking = False  # a check is waiting for the journal: the next one waits its turn
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.tick)
        if tray is not None:
            tray.messageClicked.connect(self._open_clicked)
        app = QGuiApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._on_app_state)

    def uses_tray(self) -> bool:
        return self._tray is not None and self._tray.isVisible()

    def start(self) -> list[Reminder]:
        """Gather what came due while the app was closed (announced once, together), then tick.
        While the journal stays busy this returns [] and the next tick gathers them."""
        self._missed_pending = True
        self._timer.start()
        return self.check_now()

    def stop(self) -> None:
        self._timer.stop()

    def is_running(self) -> bool:
        return self._timer.isActive()

    def checking(self) -> bool:
        """True while a check waits for the journal."""
        return self._checking

    def check_now(self) -> list[Reminder]:
        """Announce every reminder that came due and was never announced; returns them ([] when
        the journal stays busy, or another check is already under way)."""
        claim = self._claim()
        if claim is None:
            return []
        self._checking = True
        try:
            new = run_waiting(claim)
        except CXJournalError:  # busy (or unwritable): nothing was marked; the next tick retries
            return []
        finally:
            self._checking = False
        return self._announce(new, missed=claim.keywords["tidy"])

    def tick(self) -> None:
        """The clock's check: in the background, so that a busy journal never stops the window."""
        claim = self._claim()
        if claim is None:
            return
        self._checking = True
        session = journal_session()

        def work(_progress) -> list[Reminder]:
            # The journal may have been closed (and another, or the same, opened) before this
            # thread ran: a check never reads or marks a journal it was not started for.
            return claim() if journal_session() == session else []

        start_job(
            work,
            on_done=partial(self._tick_done, claim.keywords["tidy"]),
            on_failed=partial(self._tick_failed, session),
        )

    def _claim(self) -> partial | None:
        """The service call that finds and marks what is new now; None when there is nothing to
        check (the journal was closed as the app quits) or a check is already waiting."""
        if self._checking or self._journal_open() is None or not self._shows_reminders():
            return None  # off on this computer: claim nothing, so another computer shows them
        return partial(reminders.claim_new_reminders, clock.now(), tidy=self._missed_pending)

    def _tick_done(self, missed: bool, new: list[Reminder]) -> None:
        self._checking = False
        self._announce(new, missed=missed)

    def _tick_failed(self, session: int, error: BaseException) -> None:
        self._checking = False
        if isinstance(error, CXJournalError) or journal_session() != session:
            return  # busy, or closed (or changed) meanwhile: nothing was marked; the next tick retries
        raise error  # a bug, not a busy journal: let it be seen

    def _announce(self, new: list[Reminder], *, missed: bool) -> list[Reminder]:
        if missed:
            self._missed_pending = False
            if new:
                self.missed_found.emit(new)
        elif new:
            if self.uses_tray():
                self._show_message(new)
            else:
                for item in new:
                    self.banner_requested.emit(item)
        if new:
            self.announced.emit(new)
        return new

    def _show_message(self, new: list[Reminder]) -> None:
        self._clicked = new[0]
        if len(new) == 1:
            title, body = new[0].headline, new[0].note
        else:
            title = self.tr("%n reminders", "", len(new))
            lines = [r.headline for r in new[:MESSAGE_LINES]]
            if len(new) > MESSAGE_LINES:
                lines.append(self.tr("and %n more", "", len(new) - MESSAGE_LINES))
            body = "\n".join(lines)
        self._tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)

    def _open_clicked(self) -> None:
        if self._clicked is not None:
            self.open_requested.emit(*self._clicked.target)

    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        # Coming back to the app (or out of sleep) checks at once instead of waiting for the tick.
        if state == Qt.ApplicationState.ApplicationActive and self.is_running():
            self.tick()
