"""Settings ▸ Kiosk: the owner's PIN that leaves the kiosk (set or changed here at once, kept as a
salted hash by ``services.ratings``), the reasons offered after an unhappy answer (added, removed
and put in order, as typed: the kiosk shows them in whatever language they were written), the
customers' question in the owner's words and the staff pulse's question of the week. The reasons
and questions are saved with the page and checked by ``services.settings`` like every setting."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxjournal.changes import Kind
from cxjournal.errors import CXJournalError
from cxjournal.services import ratings
from cxjournal.services.settings import MAX_REASON_CHARS, MAX_REASONS
from cxjournal.ui.shell.bus import announce
from cxjournal.ui.widgets.feedback import write_waiting

QUESTION_CHARS = 200


def _kiosk(text: str) -> str:
    """The kiosk's own wording (the placeholders show what the kiosk says when left empty)."""
    return QCoreApplication.translate("kiosk", text)


class PinDialog(QDialog):
    """A new PIN typed twice; saved only when both agree and the service accepts it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kiosk PIN"))
        self.pin = QLineEdit()
        self.again = QLineEdit()
        for field, name in ((self.pin, self.tr("New PIN")), (self.again, self.tr("PIN again"))):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(12)
            field.setAccessibleName(name)
        self.message = QLabel(self.tr("4 to 12 digits. Whoever knows it can leave the kiosk."))
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&New PIN"), self.pin)
        form.addRow(self.tr("PIN &again"), self.again)
        form.addRow(self.message)
        form.addRow(buttons)

    def save(self) -> None:
        if self.pin.text() != self.again.text():
            self.message.setText(self.tr("The two PINs differ; type them again."))
            self.again.clear()
            return
        try:
            write_waiting(ratings.set_kiosk_pin, self.pin.text())
        except CXJournalError as exc:  # too short, not digits, or the journal busy: said here
            self.message.setText(str(exc))
            return
        announce(Kind.SETTING, initiator=self)
        self.accept()


class KioskSection(QGroupBox):
    """The kiosk's PIN, reasons and questions."""

    def __init__(self, changed: Callable, parent=None) -> None:
        super().__init__(self.tr("Kiosk"), parent)
        self.changed = changed
        form = QFormLayout(self)
        self.pin_state = QLabel()
        self.pin_button = QPushButton()
        self.pin_button.clicked.connect(self.change_pin)
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin_state, 1)
        pin_row.addWidget(self.pin_button)
        form.addRow(self.tr("PIN to leave"), pin_row)
        form.addRow(self.tr("Reasons"), self._reasons_box())
        self.question = QLineEdit()
        self.question.setPlaceholderText(_kiosk("How was your visit today?"))
        self.pulse_question = QLineEdit()
        self.pulse_question.setPlaceholderText(_kiosk("How was your week?"))
        for field, label in (
            (self.question, self.tr("Customers' &question")),
            (self.pulse_question, self.tr("Staff &pulse question")),
        ):
            field.setMaxLength(QUESTION_CHARS)
            field.setAccessibleName(label.replace("&", ""))
            field.textEdited.connect(changed)
            form.addRow(label, field)
        hint = QLabel(self.tr("Leave a question empty to ask it in the kiosk's own words."))
        hint.setWordWrap(True)
        form.addRow("", hint)

    def _reasons_box(self) -> QWidget:
        self.reasons = QListWidget()
        self.reasons.setAccessibleName(self.tr("Reasons offered after an unhappy answer"))
        self.reasons.setMaximumHeight(150)
        self.new_reason = QLineEdit()
        self.new_reason.setMaxLength(MAX_REASON_CHARS)
        self.new_reason.setAccessibleName(self.tr("New reason"))
        self.new_reason.setPlaceholderText(self.tr("A reason, as the kiosk should show it"))
        self.new_reason.returnPressed.connect(self.add_reason)
        self.reason_message = QLabel()
        self.reason_message.setWordWrap(True)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("&Add"), self.add_reason),
            (self.tr("Remo&ve"), self.remove_reason),
            (self.tr("&Up"), lambda: self.move_reason(-1)),
            (self.tr("Do&wn"), lambda: self.move_reason(1)),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.reasons)
        column.addWidget(self.new_reason)
        column.addLayout(buttons)
        column.addWidget(self.reason_message)
        return box

    # reasons ----------------------------------------------------------------------------------

    def reason_list(self) -> list[str]:
        return [self.reasons.item(row).text() for row in range(self.reasons.count())]

    def add_reason(self) -> bool:
        text = " ".join(self.new_reason.text().split())
        problem = None
        if not text:
            problem = self.tr("Type the reason first.")
        elif ";" in text:
            problem = self.tr("A reason cannot contain “;”.")
        elif text.casefold() in {r.casefold() for r in self.reason_list()}:
            problem = self.tr("The reason “{reason}” is there already.").format(reason=text)
        elif self.reasons.count() >= MAX_REASONS:
            problem = self.tr("The kiosk shows at most {count} reasons.").format(count=MAX_REASONS)
        self.reason_message.setText(problem or "")
        if problem:
            return False
        self.reasons.addItem(text)
        self.reasons.setCurrentRow(self.reasons.count() - 1)
        self.new_reason.clear()
        self._reasons_changed()
        return True

    def remove_reason(self) -> None:
        row = self.reasons.currentRow()
        if row >= 0:
            self.reasons.takeItem(row)
            self._reasons_changed()

    def move_reason(self, step: int) -> None:
        row = self.reasons.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.reasons.count():
            return
        self.reasons.insertItem(target, self.reasons.takeItem(row))
        self.reasons.setCurrentRow(target)
        self._reasons_changed()

    def _reasons_changed(self) -> None:
        if not self.reasons.count():
            defaults = ", ".join(ratings.default_reasons())
            self.reason_message.setText(
                self.tr("No reason of your own: the kiosk offers {reasons}.").format(
                    reasons=defaults
                )
            )
        self.changed()

    # loading and saving -----------------------------------------------------------------------

    def load(self, values: dict[str, str]) -> None:
        self.reasons.clear()
        self.reasons.addItems([r for r in values["kiosk_reasons"].split(";") if r.strip()])
        self.reason_message.clear()
        self.question.setText(values["kiosk_question"])
        self.pulse_question.setText(values["pulse_question"])
        self._show_pin()

    def _show_pin(self) -> None:
        has_pin = ratings.has_kiosk_pin()
        self.pin_state.setText(
            self.tr("Set (kept as a salted hash).") if has_pin else self.tr("Not set yet.")
        )
        self.pin_button.setText(self.tr("Change the PIN…") if has_pin else self.tr("Set the PIN…"))

    def values(self) -> dict[str, object]:
        return {
            "kiosk_reasons": self.reason_list(),
            "kiosk_question": self.question.text().strip(),
            "pulse_question": self.pulse_question.text().strip(),
        }

    def change_pin(self) -> None:
        dialog = PinDialog(self)
        dialog.exec()
        self._show_pin()
