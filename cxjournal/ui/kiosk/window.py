"""The kiosk window: full screen, frameless, on top; the question, the optional "What could we do
better?", "Thank you", and back. It shows nothing else of the journal, comes back when it loses
focus or is minimised, refuses to close, and ignores Esc: only the owner's PIN lets it go.

Like the commercial smiley terminals, a second press of the same face within ``REPEAT_S`` seconds
of the first counts once (a child hammering the button); ``cxjournal rate`` never drops one.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from cxjournal import clock
from cxjournal.services import ratings, suggestions
from cxjournal.services.settings import get_setting
from cxjournal.ui.kiosk.pages import MorePage, QuestionPage, ThanksPage
from cxjournal.ui.kiosk.pin import PinPage
from cxjournal.ui.kiosk.sender import RatingSender
from cxjournal.ui.kiosk.sizing import target_pixels

THANKS_MS = 4000  # "Thank you" stays this long, then the question again
IDLE_MS = 30_000  # a customer who walks away from "What could we do better?": the score is sent
REPEAT_S = 5.0
SCORE_KEYS = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4}


def _t(text: str) -> str:
    return QCoreApplication.translate("kiosk", text)


class KioskWindow(QWidget):
    """``staff``: the staff pulse (the question of the week, anonymous answers, the suggestion
    box). ``left`` is emitted once the owner's PIN let the kiosk go."""

    left = Signal()

    def __init__(
        self,
        *,
        staff: bool = False,
        thanks_ms: int = THANKS_MS,
        idle_ms: int = IDLE_MS,
        seconds: Callable[[], float] = time.monotonic,
        retry_ms: int | None = None,
    ) -> None:
        super().__init__()
        self.staff = staff
        self.seconds = seconds
        self.allowed_to_close = False
        self._last_press: tuple[int, float] | None = None
        self._pending: int | None = None
        self._suggesting = False
        self.kiosk_name = get_setting("kiosk_name")
        self.reasons = ratings.kiosk_reasons()
        self.question_text = (
            ratings.pulse_question()
            if staff
            else ratings.visit_question() or _t("How was your visit today?")
        )
        self.setWindowTitle(_t("CX Journal kiosk"))
        self.setWindowFlags(
            Qt.WindowType.Window
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        self.target = target_pixels(self.screen() or QGuiApplication.primaryScreen())
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.sender = RatingSender(self, **({"retry_ms": retry_ms} if retry_ms else {}))
        self._build()
        self.thanks_timer = QTimer(self, singleShot=True, interval=thanks_ms)
        self.thanks_timer.timeout.connect(self.back_to_question)
        self.idle_timer = QTimer(self, singleShot=True, interval=idle_ms)
        self.idle_timer.timeout.connect(self.more.send.click)

    def _build(self) -> None:
        self.stack = QStackedWidget()
        self.question = QuestionPage(self.question_text, self.target, self.staff)
        self.more = MorePage(self.target)
        self.thanks = ThanksPage()
        self.pin = PinPage(self.target)
        for page in (self.question, self.more, self.thanks, self.pin):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.question.chosen.connect(self.press)
        self.question.owner_asked.connect(self.ask_pin)
        self.question.suggestion_asked.connect(self.ask_suggestion)
        self.more.done.connect(self._finish)
        self.more.text.textChanged.connect(lambda: self.idle_timer.start())
        self.pin.accepted.connect(self._pin_accepted)
        self.pin.cancelled.connect(self.back_to_question)
        self.sender.waiting_changed.connect(self.question.show_waiting)
        self.choosing_pin = not ratings.has_kiosk_pin()
        if self.choosing_pin:
            self.stack.setCurrentWidget(self.pin)
            self.pin.start(choosing=True)

    # -- the flow -----------------------------------------------------------------------------
    def press(self, score: int) -> None:
        """A face was chosen (tap, click, key 1-4): ask for more, unless it repeats the last."""
        if self.stack.currentWidget() is not self.question:
            return
        now = self.seconds()
        if self._last_press and self._last_press[0] == score:
            if now - self._last_press[1] < REPEAT_S:
                return  # the same button again within seconds: counted once
        self._last_press = (score, now)
        self._pending = score
        self._pending_at = clock.now()
        self._suggesting = False
        if self.staff:
            self.more.ask(
                _t("Anything to add? Your answer is anonymous."), [], _t("Your comment (optional)")
            )
        else:
            self.more.ask(_t("What could we do better?"), self.reasons, _t("Or tell us (optional)"))
        self.stack.setCurrentWidget(self.more)
        self.more.send.setFocus()
        self.idle_timer.start()

    def ask_suggestion(self) -> None:
        self._suggesting = True
        self._pending = None
        self._pending_at = clock.now()
        self.more.ask(
            _t("Your suggestion. Nobody will know who wrote it."), [], _t("Your suggestion")
        )
        self.stack.setCurrentWidget(self.more)
        self.more.text.setFocus()
        self.idle_timer.start()

    def _finish(self, reason: str, text: str) -> None:
        self.idle_timer.stop()
        write = self._write_for(reason, text)
        if write is not None:
            self.sender.send(write)
        self.stack.setCurrentWidget(self.thanks)
        self.thanks_timer.start()

    def _write_for(self, reason: str, text: str):
        """The service call, its values and its time fixed now (a retry keeps them)."""
        stamp = self._pending_at
        if self._suggesting:
            return functools.partial(suggestions.suggest, text, now=stamp) if text else None
        if self._pending is None:
            return None
        if self.staff:
            return functools.partial(
                ratings.record_pulse_answer,
                self._pending,
                text=text,
                question=self.question_text,
                now=stamp,
            )
        return functools.partial(
            ratings.record_rating,
            self._pending,
            reason=reason,
            text=text,
            kiosk=self.kiosk_name,
            now=stamp,
        )

    def back_to_question(self) -> None:
        self.thanks_timer.stop()
        self._pending = None
        self.stack.setCurrentWidget(self.question)
        self.setFocus()  # no face looks chosen; keys 1-4 reach the window, Tab reaches the faces

    def ask_pin(self) -> None:
        self.stack.setCurrentWidget(self.pin)
        self.pin.start(choosing=False)

    def _pin_accepted(self) -> None:
        if self.choosing_pin:
            self.choosing_pin = False
            self.back_to_question()
            return
        self.allowed_to_close = True
        self.left.emit()
        self.close()

    # -- staying up ---------------------------------------------------------------------------
    def show_full_screen(self) -> None:
        """The whole screen, also where no window manager honours a full-screen request (a bare
        X session started for the kiosk alone)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            self.setGeometry(screen.geometry())
        self.showFullScreen()

    def keyPressEvent(self, event) -> None:
        score = SCORE_KEYS.get(event.key())  # the number pad sends the same keys
        if score is not None and self.stack.currentWidget() is self.question:
            self.press(score)
            return
        if event.key() == Qt.Key.Key_Escape:
            return  # Esc alone does nothing: leaving takes the PIN
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        if self.allowed_to_close:
            event.accept()
        else:
            event.ignore()  # Alt+F4, the window manager: only the PIN closes the kiosk

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if self.allowed_to_close:
            return
        if event.type() == QEvent.Type.WindowStateChange and self.isMinimized():
            QTimer.singleShot(0, self.showFullScreen)
        elif event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            QTimer.singleShot(500, self._come_back)

    def _come_back(self) -> None:
        if not self.allowed_to_close and self.isVisible():
            self.raise_()
            self.activateWindow()
