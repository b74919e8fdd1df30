"""The owner's PIN inside the kiosk: typing it to leave (a few wrong tries, then a pause that
grows), and choosing one when the journal has none yet. A page of the kiosk, never a dialog, so
that nothing else of the desktop shows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from cxjournal.pin_guard import PinGuard
from cxjournal.services import ratings
from cxjournal.ui.kiosk.pages import big_button, big_label
from cxjournal.ui.widgets.worker import run_waiting


def _t(text: str) -> str:
    return QCoreApplication.translate("kiosk", text)


def pin_field(target: int) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(12)
    field.setMinimumHeight(target)
    field.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return field


class PinPage(QWidget):
    """``accepted`` when the right PIN is typed (or, with no PIN yet, a new one chosen twice);
    ``cancelled`` back to the question."""

    accepted = Signal()
    cancelled = Signal()

    def __init__(self, target: int, guard: PinGuard | None = None) -> None:
        super().__init__()
        self.guard = guard or PinGuard()
        layout = QVBoxLayout(self)
        self.title = big_label("", 26)
        layout.addWidget(self.title)
        self.pin = pin_field(target)
        self.pin.setAccessibleName(_t("PIN"))
        self.again = pin_field(target)
        self.again.setAccessibleName(_t("PIN again"))
        self.pin.returnPressed.connect(self._ok)
        self.again.returnPressed.connect(self._ok)
        layout.addWidget(self.pin)
        layout.addWidget(self.again)
        self.message = QLabel("")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.message)
        layout.addLayout(self._pad(target))
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._show_pause)

    def _pad(self, target: int) -> QVBoxLayout:
        pad = QGridLayout()
        for index, key in enumerate("123456789"):
            button = big_button(key, target)
            button.clicked.connect(lambda _=False, k=key: self._type(k))
            pad.addWidget(button, index // 3, index % 3)
        zero = big_button("0", target)
        zero.clicked.connect(lambda: self._type("0"))
        pad.addWidget(zero, 3, 1)
        rub = big_button("⌫", target)
        rub.setAccessibleName(_t("Erase"))
        rub.clicked.connect(lambda: self._field().backspace())
        pad.addWidget(rub, 3, 2)
        actions = QHBoxLayout()
        cancel = big_button(_t("Cancel"), target)
        cancel.clicked.connect(self.cancelled)
        self.ok = big_button(_t("OK"), target)
        self.ok.clicked.connect(self._ok)
        actions.addWidget(cancel)
        actions.addWidget(self.ok)
        column = QVBoxLayout()
        column.addLayout(pad)
        column.addLayout(actions)
        return column

    def start(self, choosing: bool) -> None:
        """Ask for the PIN (``choosing``: a new one, typed twice)."""
        self.choosing = choosing
        self.title.setText(
            _t("Choose the owner's PIN (4 to 12 digits)") if choosing else _t("Owner's PIN")
        )
        self.again.setVisible(choosing)
        self.pin.clear()
        self.again.clear()
        self.message.setText("")
        self.pin.setFocus()
        self._show_pause()

    def _field(self) -> QLineEdit:
        return self.again if self.again.hasFocus() else self.pin

    def _type(self, key: str) -> None:
        self._field().insert(key)

    def _show_pause(self) -> None:
        left = self.guard.wait_left()
        self.ok.setEnabled(left <= 0)
        if left > 0:
            seconds = int(left + 0.999)
            self.message.setText(
                QCoreApplication.translate(
                    "kiosk", "Wrong PIN. Try again in %n second(s).", None, seconds
                )
            )
            self._tick.start()
        else:
            self._tick.stop()

    def _ok(self) -> None:
        if self.guard.wait_left() > 0:
            return
        if self.choosing:
            self._choose()
            return
        if run_waiting(ratings.pin_matches, self.pin.text()):
            self.guard.succeeded()
            self.accepted.emit()
            return
        self.guard.failed()
        self.pin.clear()
        self.message.setText(_t("Wrong PIN."))
        self._show_pause()

    def _choose(self) -> None:
        if self.pin.text() != self.again.text():
            self.message.setText(_t("The two PINs differ; type them again."))
            self.pin.clear()
            self.again.clear()
            return
        try:
            run_waiting(ratings.set_kiosk_pin, self.pin.text())
        except Exception as exc:  # a PIN too short, or the journal busy: said, and typed again
            self.message.setText(str(exc))
            return
        self.accepted.emit()
