"""The kiosk's screens: the question with its four smileys, "What could we do better?" (the
owner's reasons and a free text) and "Thank you"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxjournal.ui.kiosk.smiley import SmileyButton

MAX_TEXT = 1000


def _t(text: str) -> str:
    return QCoreApplication.translate("kiosk", text)


def big_label(text: str, points: int) -> QLabel:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    font = QFont(label.font())
    font.setPointSize(points)
    font.setBold(True)
    label.setFont(font)
    return label


def big_button(text: str, target: int) -> QPushButton:
    button = QPushButton(text)
    button.setMinimumHeight(target)
    button.setMinimumWidth(target)
    font = QFont(button.font())
    font.setPointSize(16)
    button.setFont(font)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return button


class QuestionPage(QWidget):
    """The question and the four faces; ``chosen(score)`` on a tap, a click or a key."""

    chosen = Signal(int)
    owner_asked = Signal()
    suggestion_asked = Signal()

    def __init__(self, question: str, target: int, staff: bool) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.question = big_label(question, 32)
        layout.addWidget(self.question, 2)
        row = QHBoxLayout()
        row.setSpacing(target // 2)
        self.smileys = [SmileyButton(score, target * 2) for score in (1, 2, 3, 4)]
        for smiley in self.smileys:
            smiley.clicked.connect(lambda _=False, s=smiley.score: self.chosen.emit(s))
            row.addWidget(smiley)
        layout.addLayout(row, 4)
        footer = QHBoxLayout()
        self.waiting = QLabel("")
        footer.addWidget(self.waiting, 1)
        self.suggestion = big_button(_t("Leave a suggestion (anonymous)"), target)
        self.suggestion.clicked.connect(self.suggestion_asked)
        self.suggestion.setVisible(staff)
        footer.addWidget(self.suggestion)
        self.owner = QPushButton(_t("Owner"))
        self.owner.setMinimumSize(target, target)
        self.owner.setFlat(True)
        self.owner.setAccessibleName(_t("Leave the kiosk (owner's PIN)"))
        self.owner.clicked.connect(self.owner_asked)
        footer.addWidget(self.owner)
        layout.addLayout(footer)

    def show_waiting(self, count: int) -> None:
        self.waiting.setText(
            QCoreApplication.translate("kiosk", "%n rating(s) waiting to be saved", None, count)
            if count
            else ""
        )


class MorePage(QWidget):
    """An optional reason (one tap) and an optional text, then Send; "No thanks" sends the score
    alone. ``done(reason, text)`` either way."""

    done = Signal(str, str)

    def __init__(self, target: int) -> None:
        super().__init__()
        self.target = target
        layout = QVBoxLayout(self)
        self.title = big_label("", 26)
        layout.addWidget(self.title)
        self.reasons_box = QWidget()
        self.reasons_grid = QGridLayout(self.reasons_box)
        layout.addWidget(self.reasons_box)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # a second tap on the chosen reason takes it back
        self.group.buttonToggled.connect(self._only_one)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(_t("Your comment (optional)"))
        self.text.textChanged.connect(self._bound_text)
        font = QFont(self.text.font())
        font.setPointSize(16)
        self.text.setFont(font)
        layout.addWidget(self.text, 1)
        buttons = QHBoxLayout()
        self.skip = big_button(_t("No thanks"), target)
        self.skip.clicked.connect(lambda: self.done.emit("", ""))
        self.send = big_button(_t("Send"), target)
        self.send.setDefault(True)
        self.send.clicked.connect(self._send)
        buttons.addWidget(self.skip)
        buttons.addWidget(self.send)
        layout.addLayout(buttons)

    def ask(self, title: str, reasons: list[str], placeholder: str) -> None:
        """Show the page empty, with ``reasons`` to tap (none: text only)."""
        self.title.setText(title)
        for button in self.group.buttons():
            self.group.removeButton(button)
            button.deleteLater()
        for index, reason in enumerate(reasons):
            button = big_button(reason, self.target)
            button.setCheckable(True)
            self.group.addButton(button)
            self.reasons_grid.addWidget(button, index // 3, index % 3)
        self.reasons_box.setVisible(bool(reasons))
        self.text.clear()
        self.text.setPlaceholderText(placeholder)

    def reason(self) -> str:
        checked = self.group.checkedButton()
        return checked.text() if checked is not None else ""

    def _only_one(self, button, checked: bool) -> None:
        if checked:
            for other in self.group.buttons():
                if other is not button and other.isChecked():
                    other.setChecked(False)

    def _bound_text(self) -> None:
        text = self.text.toPlainText()
        if len(text) > MAX_TEXT:
            self.text.setPlainText(text[:MAX_TEXT])

    def _send(self) -> None:
        self.done.emit(self.reason(), self.text.toPlainText().strip())


class ThanksPage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addWidget(big_label(_t("Thank you!"), 48))
