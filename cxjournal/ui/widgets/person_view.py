"""The person view of the Customers and Staff pages: a summary (last contact, open promises, average
satisfaction, open problems), contact details, department, quick actions and their timeline, read
a page at a time (a person with thousands of entries opens at once)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cxjournal import vocabulary as v
from cxjournal.formatting import format_datetime, format_number, format_short_date
from cxjournal.i18n import tr
from cxjournal.services import timeline
from cxjournal.services.common import Fresh
from cxjournal.services.people import get_person_shown
from cxjournal.ui.models.table_model import Column, RowsModel
from cxjournal.ui.widgets.palette import error_colour
from cxjournal.ui.widgets.row_table import RowTable

if TYPE_CHECKING:
    from cxjournal.store.models import Person


class TimelineModel(RowsModel):
    """A person's timeline, newest first, fetched ``BATCH`` rows at a time as the view scrolls."""

    BATCH = 100

    def __init__(self, columns, parent=None) -> None:
        super().__init__(columns, parent)
        self.person_id: int | None = None
        self.total = 0

    def show_person(self, person: int | Fresh[Person] | None) -> None:
        """Show the timeline of ``person``: an id, or a person just read (not read again)."""
        person_id = person.row.id if isinstance(person, Fresh) else person
        self.person_id = person_id
        if person_id is None:
            self.total = 0
            self.set_rows([])
            return
        self.total = timeline.timeline_size(person)
        self.set_rows(timeline.person_timeline(person, limit=self.BATCH))

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.person_id is not None and len(self._rows) < self.total

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        more = timeline.person_timeline(self.person_id, limit=self.BATCH, offset=len(self._rows))
        if not more:
            self.total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """The timeline keeps its order (newest first); partial sorting of loaded rows would lie."""


RECORDED_BY = 4  # the timeline's column of who recorded each item
HISTORY_COLUMN_CHARS = 20  # "Closed without action, satisfaction 2/5" shows its start, then "…"


class PersonView(QWidget):
    """Shows one person; the buttons ask the page to act (it knows the window and the dialogs)."""

    new_entry = Signal()
    new_promise = Signal()
    new_followup = Signal()
    print_history = Signal()
    open_item = Signal(str, int)  # kind, id

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.person: Person | None = None
        self.lang = "en"
        self.name = QLabel()
        self.name.setObjectName("personName")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.contact = QLabel()
        self.contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contact.setWordWrap(True)
        self.summary = QLabel()  # the person at a glance, above their details
        self.summary.setObjectName("personSummary")
        self.summary.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.empty = QLabel(self.tr("Choose someone in the list to see their history."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        actions = QHBoxLayout()
        self.buttons = {}
        for key, text, signal in (
            ("entry", self.tr("New &entry"), self.new_entry),
            ("promise", self.tr("New pro&mise…"), self.new_promise),
            ("followup", self.tr("New &follow-up…"), self.new_followup),
            ("print", self.tr("Print &history"), self.print_history),
        ):
            button = QPushButton(text)
            button.clicked.connect(signal)
            self.buttons[key] = button
            actions.addWidget(button)
        actions.addStretch(1)
        self.model = TimelineModel(
            [
                Column(tr("When"), self._when),
                Column(self.tr("Type"), self._type, tooltip=self._type),
                Column(tr("What", "reports"), lambda i: i.title, tooltip=lambda i: i.title),
                Column(
                    tr("Status", "reports"),
                    self._status,
                    tooltip=self._status,
                    foreground=self._late,
                ),
                Column(tr("Recorded by", "reports"), lambda i: i.made_by or ""),
            ],
            self,
        )
        self.table = RowTable(self.model, self.tr("Timeline"))
        self.table.doubleClicked.connect(self._open_selected)
        self.table.activated.connect(self._open_selected)
        self.count = QLabel()
        self.details = QWidget()
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        for widget in (self.name, self.summary, self.subtitle, self.contact, self.notes):
            widget.setTextFormat(Qt.TextFormat.PlainText)  # the owner's text, never markup
            details.addWidget(widget)
        details.addLayout(actions)
        details.addWidget(self.count)
        details.addWidget(self.table, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.details, 1)
        self.show_person(None)

    # cells ------------------------------------------------------------------------------------

    def _when(self, item: timeline.TimelineItem) -> str:
        return format_datetime(item.at, self.lang)

    def _type(self, item: timeline.TimelineItem) -> str:
        if item.kind == timeline.PROMISE:
            return self.tr("Promise")
        if item.kind == timeline.FOLLOWUP:
            return self.tr("Follow-up")
        text = v.label(item.category)
        return self.tr("{kind} (confidential)").format(kind=text) if item.confidential else text

    def _status(self, item: timeline.TimelineItem) -> str:
        if item.kind == timeline.PROMISE:
            states = {
                "open": self.tr("Due {date}"),
                "due-today": self.tr("Due today"),
                "overdue": self.tr("Overdue since {date}"),
                "kept-on-time": self.tr("Kept on time"),
                "kept-late": self.tr("Kept late"),
            }
            text = states.get(item.status) or v.label(item.status)
            return text.format(date=format_short_date(item.due, self.lang))
        if item.kind == timeline.FOLLOWUP:
            return self.tr("Done") if item.status == "done" else self.tr("To do")
        text = v.label(item.status)
        if item.satisfaction is not None:
            text = self.tr("{status}, satisfaction {score}/5").format(
                status=text, score=item.satisfaction
            )
        return text

    @staticmethod
    def _late(item: timeline.TimelineItem):
        return error_colour() if item.status == "overdue" else None

    # showing ----------------------------------------------------------------------------------

    def show_person(self, person: int | Fresh[Person] | None, lang: str | None = None) -> None:
        """Show ``person``: an id, or a person just read with their department (not read again)."""
        if lang:
            self.lang = lang
        if isinstance(person, Fresh):
            self.person = person.row
        else:
            self.person = get_person_shown(person) if person is not None else None
        self.empty.setVisible(self.person is None)
        self.details.setVisible(self.person is not None)
        if self.person is None:
            self.model.show_person(None)
            return
        self._show_details(self.person)
        self.model.show_person(Fresh(self.person))  # just read: each read is a round trip
        # "What" takes the room left; a long status or kind is cut rather than squeezing it
        self.table.fit_columns(2, widest_chars=HISTORY_COLUMN_CHARS)
        # Who recorded each item says something only when several people did (a journal file
        # has one user): otherwise the column would only take room from "What".
        authors = {text for text in self.model.texts(RECORDED_BY, self.model.rowCount()) if text}
        self.table.setColumnHidden(RECORDED_BY, len(authors) <= 1)
        self.count.setText(self.tr("<b>History</b>: %n items, newest first", "", self.model.total))

    def _summary_text(self, summary: timeline.PersonSummary) -> str:
        parts = [
            self.tr("Last contact {date}").format(
                date=format_short_date(summary.last_contact.date(), self.lang)
            )
            if summary.last_contact
            else self.tr("No contact yet"),
            self.tr("%n open promises", "", summary.open_promises),
        ]
        if summary.average_satisfaction is not None:
            score = format_number(summary.average_satisfaction, self.lang, 1)
            parts.append(self.tr("average satisfaction {score} / 5").format(score=score))
        parts.append(self.tr("%n open problems", "", summary.open_problems))
        return " · ".join(parts)

    def _show_details(self, person: Person) -> None:
        self.name.setText(person.name)
        self.summary.setText(self._summary_text(timeline.person_summary(Fresh(person))))
        parts = [v.label(person.side)]
        if person.side == v.STAFF:
            parts.append(
                person.department.name if person.department_id else self.tr("no department")
            )
        elif person.organisation:
            parts.append(person.organisation)
        if person.role:
            parts.append(person.role)
        if person.archived:
            parts.append(self.tr("archived"))
        self.subtitle.setText(" · ".join(parts))
        contact = [text for text in (person.phone, person.email) if text]
        self.contact.setText(" · ".join(contact) if contact else self.tr("No contact details"))
        self.notes.setText(person.notes)
        self.notes.setVisible(bool(person.notes))

    def _open_selected(self, *args) -> None:
        item = self.table.selected_row()
        if item is not None:
            self.open_item.emit(item.kind, item.item_id)
