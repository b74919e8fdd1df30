"""The staff pulse asked at a department check-in: once the owner marks a department's check-in
done in the window, the week's question is offered to the staff present, who answer in turn on the
same screen (four faces, keys 1-4).

Answers stay anonymous as at the break-room kiosk: the screen never shows a score given, only how
many answered; nothing is written until the owner closes the round, and then all the round's
answers together, with the day only (``ratings.record_pulse_answers``), so that neither their
order nor their moments are kept. Results show only for weeks and months with at least 3 answers
(``services.happy_index``)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cxjournal import clock
from cxjournal.changes import Kind
from cxjournal.services import ratings
from cxjournal.ui.kiosk.smiley import SmileyButton
from cxjournal.ui.widgets.feedback import attempt, attempt_write

FACE_PX = 72


class CheckinPulseDialog(QDialog):
    """The week's question, four faces and a count of answers; "Record" writes them all."""

    def __init__(self, department: str, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Staff pulse at the check-in"))
        self.question_text = question
        self.scores: list[int] = []
        intro = QLabel(
            self.tr(
                "Ask the staff of {department} the week's question: each person taps a face in "
                "turn. Nobody's answer is shown, and the answers are recorded together, with the "
                "day only, when you record them."
            ).format(department=department)
        )
        intro.setWordWrap(True)
        self.question = QLabel(f"<b>{_escape(question)}</b>")
        self.question.setWordWrap(True)
        faces = QHBoxLayout()
        self.face_buttons: dict[int, SmileyButton] = {}
        for score in ratings.SCORES:
            button = SmileyButton(score, FACE_PX)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, s=score: self.answer(s))
            faces.addWidget(button)
            self.face_buttons[score] = button
            QShortcut(QKeySequence(str(score)), self, button.click)
        self.count = QLabel()
        buttons = QDialogButtonBox()
        self.record_button = buttons.addButton(
            self.tr("Record the answers"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.skip_button = buttons.addButton(
            self.tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.question):
            layout.addWidget(widget)
        layout.addLayout(faces)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self._show_count()

    def answer(self, score: int) -> None:
        """One person's answer: kept in memory until the round is recorded, never shown."""
        self.scores.append(score)
        self._show_count()

    def _show_count(self) -> None:
        self.count.setText(
            self.tr("%n answer(s) so far. Pass the screen on.", "", len(self.scores))
        )
        self.record_button.setEnabled(bool(self.scores))


def _escape(text: str) -> str:
    from html import escape

    return escape(text)


def offer_pulse(parent: QWidget | None, department: str, *, initiator: object | None = None) -> int:
    """Offer the week's question after a check-in; returns how many answers were recorded."""
    question = attempt(parent, ratings.pulse_question, changed=None)
    if question is None:
        return 0
    dialog = CheckinPulseDialog(department, question, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.scores:
        return 0
    done = attempt_write(
        parent,
        ratings.record_pulse_answers,
        dialog.scores,
        question=question,
        now=clock.now(),
        changed=Kind.RATING,
        initiator=initiator,
    )
    return 0 if done is None else len(dialog.scores)
