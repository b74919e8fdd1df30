"""Doing an "ask how it went" follow-up from the window (the Follow-ups page, Today, the reminder
pop-up): a small dialog first asks the customer's answer, 1 to 5, or "No answer", and the answer is
recorded on the entry by ``aftercare.record_satisfaction_after`` (which marks the follow-up done in
the same transaction). A department's check-in, once done, offers the staff pulse's question of
the week to the staff present (``checkin_pulse``). Any other follow-up is simply marked done.

Cancel leaves the follow-up open: the owner may not have called yet."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxjournal.changes import Kind
from cxjournal.services import aftercare, followups
from cxjournal.services.reminders import CHECKIN_ORIGIN
from cxjournal.ui.dialogs.checkin_pulse import offer_pulse
from cxjournal.ui.widgets.feedback import attempt, attempt_write

if TYPE_CHECKING:
    from cxjournal.store.models import FollowUp

NO_ANSWER = 0  # the customer was asked but did not say (or could not be reached)


class Completed(NamedTuple):
    """What marking a follow-up done gave: whether it is done now, and for a repeating one the
    next occurrence."""

    done: bool
    upcoming: FollowUp | None = None


class HowItWentDialog(QDialog):
    """Five buttons 1-5 (keys 1-5 press them), "No answer", Cancel; ``answer`` holds the choice
    (``NO_ANSWER`` for none, None when cancelled)."""

    def __init__(self, about: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("How did it go?"))
        self.answer: int | None = None
        question = self.question = QLabel(
            self.tr("What did {who} answer, from 1 (very unhappy) to 5 (very happy)?").format(
                who=about or self.tr("the customer")
            )
        )
        question.setWordWrap(True)
        row = QHBoxLayout()
        self.score_buttons: dict[int, QPushButton] = {}
        for score in range(1, 6):
            button = QPushButton(f"&{score}")
            button.setAccessibleName(self.tr("Answered %n out of 5", "", score))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, s=score: self._choose(s))
            row.addWidget(button)
            self.score_buttons[score] = button
            # The key alone, as on the kiosk: the owner answers while on the phone.
            QShortcut(QKeySequence(str(score)), self, button.click)
        self.no_answer_button = QPushButton(self.tr("&No answer"))
        self.no_answer_button.setAutoDefault(False)
        self.no_answer_button.clicked.connect(lambda: self._choose(NO_ANSWER))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.no_answer_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def _choose(self, score: int) -> None:
        self.answer = score
        self.accept()


def complete_followup(
    parent: QWidget | None, followup_id: int, *, initiator: object | None = None
) -> Completed:
    """Mark follow-up ``followup_id`` done from the window, asking the answer first when it is an
    "ask how it went"; a refusal has been shown to the owner when ``done`` is False."""
    item = attempt(parent, followups.get_followup, followup_id, changed=None)
    if item is None:  # gone meanwhile (another computer deleted it): the message was shown
        return Completed(False)
    if item.origin == aftercare.ASK_ORIGIN and item.entry_id:
        dialog = HowItWentDialog(followups.followup_about(item), parent)
        dialog.exec()
        if dialog.answer is None:
            return Completed(False)
        if dialog.answer != NO_ANSWER:
            recorded = attempt_write(
                parent,
                aftercare.record_satisfaction_after,
                item.entry_id,
                dialog.answer,
                changed=(Kind.FOLLOWUP, Kind.ENTRY),
                initiator=initiator,
            )
            return Completed(recorded is not None)
    refused = object()
    upcoming = attempt_write(
        parent,
        _complete_or,
        followup_id,
        refused,
        changed=Kind.FOLLOWUP,
        initiator=initiator,
    )
    if upcoming is None:  # the attempt was refused (the message was shown)
        return Completed(False)
    if item.origin == CHECKIN_ORIGIN and item.department_id is not None:
        offer_pulse(parent, followups.followup_about(item), initiator=initiator)
    return Completed(True, None if upcoming is refused else upcoming)


def _complete_or(followup_id: int, nothing_next: object) -> object:
    """``followups.complete_followup``, with ``nothing_next`` for "no next occurrence", so that
    a refusal (None from ``attempt_write``) is told apart from a one-off follow-up."""
    upcoming = followups.complete_followup(followup_id)
    return nothing_next if upcoming is None else upcoming
