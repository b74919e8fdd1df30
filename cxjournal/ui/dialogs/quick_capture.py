"""Quick capture (Ctrl+N anywhere): a whole conversation with the keyboard in a few seconds, the
fields in the order people tell it — who (completed from the journal, or a new customer or staff
member), what kind, what was said, satisfaction, then a promise with its day and a day to follow up
("samedi", "5/12", "+3"), and last the tags and channel, which the defaults usually answer. Enter
saves, Esc cancels (asking first if something was typed). Saved by ``services.capture`` in one go."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
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

from cxjournal import vocabulary as v
from cxjournal.changes import Kind
from cxjournal.errors import CXJournalError
from cxjournal.names import sort_key
from cxjournal.services.accounts import sides
from cxjournal.services.capture import capture
from cxjournal.services.people import find_people, get_person
from cxjournal.ui.shell.bus import announce
from cxjournal.ui.widgets.combo import fill_codes, select_code
from cxjournal.ui.widgets.date_field import TypedDateField
from cxjournal.ui.widgets.feedback import confirm
from cxjournal.ui.widgets.palette import ERROR_STYLE
from cxjournal.ui.widgets.worker import run_waiting


@dataclass(frozen=True)
class Prefill:
    """What a new entry starts with when it is made from something else (a kiosk rating): no
    person, since what it came from names nobody."""

    title: str = ""
    details: str = ""
    kind: str | None = None
    satisfaction: int | None = None
    channel: str | None = None


class QuickCaptureDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        person_id: int | None = None,
        prefill: Prefill | None = None,
    ) -> None:
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
        if prefill is not None:
            self._fill(prefill)

    def _fill(self, prefill: Prefill) -> None:
        self.title.setText(prefill.title)
        self.details.setPlainText(prefill.details)
        for combo, code in (
            (self.kind, prefill.kind),
            (self.satisfaction, prefill.satisfaction),
            (self.channel, prefill.channel),
        ):
            if code is not None:
                select_code(combo, code)
        self.title.setFocus()

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
        completer = QCompleter(sorted(self._people, key=sort_key), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.who.setCompleter(completer)
        self.side = QComboBox()
        self.side.setAccessibleName(self.tr("Customer or staff"))
        fill_codes(self.side, sides())  # a counter records customer entries only
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
        self.promise_due = TypedDateField()
        self.promise_due.setAccessibleName(self.tr("Promised for"))
        # Typing a day is what asks for a follow-up: no box to tick on the way.
        self.follow_up_on = TypedDateField()
        self.follow_up_on.setAccessibleName(self.tr("Follow-up date"))

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
        promise_row = QHBoxLayout()
        promise_row.addWidget(self.promised, 3)
        promise_row.addWidget(self.promise_due, 2)
        promise_row.addWidget(self.promise_due.shown)
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_up_on, 2)
        follow_row.addWidget(self.follow_up_on.shown)
        follow_row.addStretch(3)
        form = QFormLayout()
        # A label shows "&" literally unless it has a buddy, and a row whose field is a layout gets
        # none from QFormLayout: every label is made here with the field its letter jumps to.
        rows = (
            (self.tr("&Who:"), self.who, who_row),
            ("", None, self.who_hint),
            (self.tr("&Kind:"), self.kind, self.kind),
            (self.tr("&About:"), self.title, self.title),
            (self.tr("&Details:"), self.details, self.details),
            (self.tr("&Satisfaction:"), self.satisfaction, self.satisfaction),
            (self.tr("I &promised:"), self.promised, promise_row),
            (self.tr("&Follow up on:"), self.follow_up_on, follow_row),
            (self.tr("&Tags:"), self.tags, self.tags),
            (self.tr("&Channel:"), self.channel, self.channel),
        )
        for text, buddy, field in rows:
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab follows the conversation; the side sits beside the name and is skipped (disabled)
        for someone already in the journal."""
        chain = (
            self.who,
            self.side,
            self.kind,
            self.title,
            self.details,
            self.satisfaction,
            self.promised,
            self.promise_due,
            self.follow_up_on,
            self.tags,
            self.channel,
            self.save_button,
        )
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect_signals(self) -> None:
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
        dates = (self.promise_due.text(), self.follow_up_on.text())
        return any(t.strip() for t in (*texts, self.promised.text(), *dates))

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
        for field in (self.promise_due, self.follow_up_on):
            if field.problem():
                self._show_error(field.problem())
                field.setFocus()
                return
        if self.promised.text().strip():
            fields["promised"] = self.promised.text()
        fields["promise_due"] = self.promise_due.day()
        fields["follow_up_on"] = self.follow_up_on.day()
        try:
            self.saved = run_waiting(capture, **fields)  # may wait for another program's write
        except CXJournalError as exc:  # e.g. a missing title, or the journal still busy
            self._show_error(str(exc))
            return
        self.accept()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def reject(self) -> None:
        if self.has_input() and not confirm(
            self,
            self.tr("Discard this entry?"),
            self.tr("What you typed has not been saved. Discard it?"),
        ):
            return
        super().reject()


def open_quick_capture(
    parent: QWidget, person_id: int | None = None, prefill: Prefill | None = None
):
    """Show the dialog; returns what was saved (``Captured``) or None."""
    dialog = QuickCaptureDialog(parent, person_id=person_id, prefill=prefill)
    dialog.exec()
    if dialog.saved is not None:
        announce(Kind.ENTRY, Kind.PERSON, Kind.PROMISE, Kind.FOLLOWUP, Kind.TAG)
    return dialog.saved
