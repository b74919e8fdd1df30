"""Quick capture (Ctrl+N anywhere): a whole conversation with the keyboard in a few seconds — who
(completed from the journal, or a new customer or staff member), kind, channel, what was said,
satisfaction, tags, and optionally a promise with its date and a day to follow up. Enter saves,
Esc cancels (asking first if something was typed). Saved by ``services.capture`` in one go."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cxjournal import clock
from cxjournal import vocabulary as v
from cxjournal.changes import Kind
from cxjournal.errors import CXJournalError
from cxjournal.services.capture import capture
from cxjournal.services.people import find_people, get_person
from cxjournal.ui.bus import announce
from cxjournal.ui.combo import fill_codes, select_code
from cxjournal.ui.feedback import confirm
from cxjournal.ui.palette import ERROR_STYLE
from cxjournal.ui.worker import run_waiting


class QuickCaptureDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, person_id: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New entry"))
        self.setMinimumWidth(560)
        self.saved = None
        self._people = self._known_people()
        self._build_who()
        self._build_about()
        self._build_promise()
        self._build_error()
        self._lay_out()
        self._connect_signals()
        self._side_changed()
        self._start_with(person_id)

    def _known_people(self) -> dict[str, tuple[int, str]]:
        """Everyone in the journal by the text the completer shows -> (id, side)."""
        known: dict[str, tuple[int, str]] = {}
        for person in find_people():
            text = f"{person.name} ({person.organisation})" if person.organisation else person.name
            if text in known:
                text = f"{text} #{person.id}"
            known[text] = (person.id, person.side)
        return known

    def _build_who(self) -> None:
        self.who = QLineEdit()
        self.who.setAccessibleName(self.tr("Who"))
        self.who.setPlaceholderText(self.tr("Name — leave empty for an anonymous visitor"))
        completer = QCompleter(sorted(self._people, key=str.casefold), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.who.setCompleter(completer)
        self.side = QComboBox()
        self.side.setAccessibleName(self.tr("Customer or staff"))
        fill_codes(self.side, v.SIDES)
        self.who_hint = QLabel()
        self.who_hint.setEnabled(False)

    def _build_about(self) -> None:
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("Channel"))
        fill_codes(self.channel, v.CHANNELS)
        self.title = QLineEdit()
        self.title.setMaxLength(200)
        self.title.setAccessibleName(self.tr("What it is about"))
        self.title.setPlaceholderText(self.tr("In a few words, e.g. Burnt bread"))
        self.details = QPlainTextEdit()
        self.details.setAccessibleName(self.tr("Details"))
        self.details.setTabChangesFocus(True)
        self.details.setPlaceholderText(self.tr("What was said (optional)"))
        self.details.setMaximumHeight(90)
        self.satisfaction = QComboBox()
        self.satisfaction.setAccessibleName(self.tr("Satisfaction"))
        self.satisfaction.addItem(self.tr("Not given"), None)
        for score in range(1, 6):
            self.satisfaction.addItem(f"{score} / 5", score)
        self.tags = QLineEdit()
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("Comma-separated, e.g. bread, delivery"))

    def _build_promise(self) -> None:
        self.promised = QLineEdit()
        self.promised.setAccessibleName(self.tr("I promised"))
        self.promised.setPlaceholderText(self.tr("What you promised, if anything"))
        self.promise_due = QDateEdit()
        self.promise_due.setAccessibleName(self.tr("Promised for"))
        self.promise_due.setCalendarPopup(True)
        self.promise_due.setDisplayFormat("yyyy-MM-dd")
        self.follow_up = QCheckBox(self.tr("&Follow up on"))
        self.follow_up_on = QDateEdit()
        self.follow_up_on.setAccessibleName(self.tr("Follow-up date"))
        self.follow_up_on.setCalendarPopup(True)
        self.follow_up_on.setDisplayFormat("yyyy-MM-dd")
        today = clock.now().date()
        self.promise_due.setDate(QDate(today + timedelta(days=7)))
        self.follow_up_on.setDate(QDate(today + timedelta(days=3)))
        self.follow_up_on.setEnabled(False)

    def _build_error(self) -> None:
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()

    def _lay_out(self) -> None:
        who_row = QHBoxLayout()
        who_row.addWidget(self.who, 3)
        who_row.addWidget(self.side, 1)
        what_row = QHBoxLayout()
        what_row.addWidget(self.kind, 1)
        what_row.addWidget(self.channel, 1)
        promise_row = QHBoxLayout()
        promise_row.addWidget(self.promised, 3)
        promise_row.addWidget(self.promise_due, 1)
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_up)
        follow_row.addWidget(self.follow_up_on)
        follow_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Who:"), who_row)
        form.addRow("", self.who_hint)
        form.addRow(self.tr("&Kind:"), what_row)
        form.addRow(self.tr("&About:"), self.title)
        form.addRow(self.tr("&Details:"), self.details)
        form.addRow(self.tr("&Satisfaction:"), self.satisfaction)
        form.addRow(self.tr("&Tags:"), self.tags)
        form.addRow(self.tr("I &promised:"), promise_row)
        form.addRow("", follow_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.follow_up.toggled.connect(self.follow_up_on.setEnabled)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # Enter inside the details box makes a new line; Ctrl+Enter saves from anywhere.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        self.who.textChanged.connect(self._who_changed)
        self.side.currentIndexChanged.connect(self._side_changed)

    def _start_with(self, person_id: int | None) -> None:
        """Fill in the person the dialog was opened for, and put the cursor where typing starts."""
        if person_id is None:
            self.who.setFocus()
            return
        person = get_person(person_id)
        text = next((t for t, (pid, _) in self._people.items() if pid == person_id), None)
        self.who.setText(text or person.name)
        self.title.setFocus()

    # who ---------------------------------------------------------------------------------------

    def known_person(self) -> tuple[int, str] | None:
        text = self.who.text().strip()
        if text in self._people:
            return self._people[text]
        matches = [
            pair for shown, pair in self._people.items() if shown.casefold() == text.casefold()
        ]
        return matches[0] if len(matches) == 1 else None

    def _who_changed(self) -> None:
        known = self.known_person()
        name = self.who.text().strip()
        if known is not None:
            select_code(self.side, known[1])
            self.side.setEnabled(False)
            self.who_hint.setText("")
        else:
            self.side.setEnabled(True)
            self.who_hint.setText(
                self.tr("New in the journal: {name} will be added as {side}.").format(
                    name=name, side=self.side.currentText()
                )
                if name
                else self.tr("Anonymous visitor")
            )

    def _side_changed(self) -> None:
        current = self.kind.currentData()
        fill_codes(self.kind, v.KINDS_BY_SIDE[self.side.currentData()])
        select_code(self.kind, current)
        self._who_changed()

    # saving ------------------------------------------------------------------------------------

    def has_input(self) -> bool:
        texts = (self.who.text(), self.title.text(), self.details.toPlainText(), self.tags.text())
        return any(t.strip() for t in (*texts, self.promised.text()))

    def save(self) -> None:
        known = self.known_person()
        name = self.who.text().strip()
        fields = dict(
            kind=self.kind.currentData(),
            title=self.title.text(),
            details=self.details.toPlainText(),
            channel=self.channel.currentData(),
            satisfaction=self.satisfaction.currentData(),
            tags=self.tags.text(),
            side=self.side.currentData(),
        )
        if known is not None:
            fields["person"] = known[0]
        elif name:
            fields["new_person_name"] = name
        if self.promised.text().strip():
            fields["promised"] = self.promised.text()
            fields["promise_due"] = self.promise_due.date().toPython()
        if self.follow_up.isChecked():
            fields["follow_up_on"] = self.follow_up_on.date().toPython()
        try:
            self.saved = run_waiting(capture, **fields)  # may wait for another program's write
        except CXJournalError as exc:  # e.g. a missing title, or the journal still busy
            self.error.setText(str(exc))
            self.error.show()
            return
        self.accept()

    def reject(self) -> None:
        if self.has_input() and not confirm(
            self,
            self.tr("Discard this entry?"),
            self.tr("What you typed has not been saved. Discard it?"),
        ):
            return
        super().reject()


def open_quick_capture(parent: QWidget, person_id: int | None = None):
    """Show the dialog; returns what was saved (``Captured``) or None."""
    dialog = QuickCaptureDialog(parent, person_id=person_id)
    dialog.exec()
    if dialog.saved is not None:
        announce(Kind.ENTRY, Kind.PERSON, Kind.PROMISE, Kind.FOLLOWUP, Kind.TAG)
    return dialog.saved
