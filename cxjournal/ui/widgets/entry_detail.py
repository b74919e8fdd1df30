"""The Journal's detail pane: the selected entry, editable (title, details, kind, channel,
satisfaction, priority, tags), its files (``AttachmentStrip``: thumbnails, Attach…, files dropped
on the pane), its responses, the actions that move it along — record a
response, resolve, close without action, reopen, move to the trash — and, folded until asked for,
its history of changes (who changed what, and when)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cxjournal import made_by
from cxjournal import vocabulary as v
from cxjournal.catalog import resolve_language
from cxjournal.changes import Kind
from cxjournal.formatting import format_datetime
from cxjournal.services import entries, gestures, history, people, reply_templates
from cxjournal.services.entry_pane import entry_in_pane
from cxjournal.services.settings import get_setting
from cxjournal.ui.dialogs.conflict_dialog import edited, save_edit
from cxjournal.ui.dialogs.resolve_dialog import ask_resolve
from cxjournal.ui.widgets.amount_field import shown_amount
from cxjournal.ui.widgets.attachment_strip import AttachmentStrip
from cxjournal.ui.widgets.combo import fill_codes, select_code
from cxjournal.ui.widgets.feedback import attempt, attempt_write
from cxjournal.ui.widgets.reply_template_picker import ReplyTemplatePicker
from cxjournal.ui.widgets.response_list import ResponseList
from cxjournal.ui.widgets.wait_control import WaitControl


class EntryDetail(QWidget):
    """Shows one entry; ``changed`` is emitted with the entry id after any change it made."""

    changed = Signal(int)
    trash_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry_id: int | None = None
        self._shown: dict[str, object] = {}  # the form as last read from the journal
        self._build_fields()
        self._build_actions()
        self._build_changes()
        self._lay_out()
        self._connect_signals()
        self.show_entry(None)

    def _build_fields(self) -> None:
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.state = QLabel()
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setWordWrap(True)
        self.title = QLineEdit()
        self.title.setMaxLength(200)
        self.title.setAccessibleName(self.tr("Title"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("Channel"))
        fill_codes(self.channel, v.CHANNELS)
        self.satisfaction = QComboBox()
        self.satisfaction.setAccessibleName(self.tr("Satisfaction"))
        self.satisfaction.addItem(self.tr("Not given"), None)
        for score in range(1, 6):
            self.satisfaction.addItem(f"{score} / 5", score)
        self.priority = QComboBox()
        self.priority.setAccessibleName(self.tr("Priority"))
        fill_codes(self.priority, v.PRIORITIES)
        self.tags = QLineEdit()
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("Comma-separated, e.g. bread, delivery"))
        self.confidential = QCheckBox(self.tr("Confidential"))
        self.details = QPlainTextEdit()
        self.details.setAccessibleName(self.tr("Details"))
        self.details.setTabChangesFocus(True)
        self.history = ResponseList()  # each answer corrected or deleted from here
        self.response = QPlainTextEdit()
        self.response.setAccessibleName(self.tr("New response"))
        self.response.setPlaceholderText(self.tr("What was answered or done…"))
        self.response.setTabChangesFocus(True)
        self.response.setMaximumHeight(70)
        self.templates = ReplyTemplatePicker()
        self.attached = AttachmentStrip()
        self.attached.accept_drops_on(self)

    def _build_actions(self) -> None:
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_button.setToolTip(self.tr("Save the changes to this entry (Ctrl+S)"))
        self.respond_button = QPushButton(self.tr("&Record response"))
        self.resolve_button = QPushButton(self.tr("Re&solve…"))
        self.close_button = QPushButton(self.tr("Close without action"))
        self.reopen_button = QPushButton(self.tr("Re&open"))
        self.wait_control = WaitControl(self)
        self.wait_control.done.connect(self._done)
        self.trash_button = QPushButton(self.tr("Move to trash"))
        self.trash_button.setToolTip(
            self.tr("Move this entry to the trash (Delete); Ctrl+Z undoes")
        )

    def _build_changes(self) -> None:
        """The history of changes, folded: read from the journal only while unfolded."""
        self.changes_toggle = QToolButton()
        self.changes_toggle.setText(self.tr("History"))
        self.changes_toggle.setCheckable(True)
        self.changes_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.changes_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.changes_toggle.setAutoRaise(True)
        self.changes = QLabel()
        self.changes.setTextFormat(Qt.TextFormat.PlainText)
        self.changes.setWordWrap(True)
        self.changes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changes.setAccessibleName(self.tr("History of changes"))
        self.changes.setVisible(False)

    def _show_changes(self) -> None:
        unfolded = self.changes_toggle.isChecked()
        self.changes_toggle.setArrowType(
            Qt.ArrowType.DownArrow if unfolded else Qt.ArrowType.RightArrow
        )
        self.changes.setVisible(unfolded)
        if not unfolded or self.entry_id is None:
            return
        try:
            lines = history.entry_history(self.entry_id)
        except Exception:  # gone meanwhile: the pane empties itself at the next refresh
            lines = []
        lang = resolve_language(get_setting("language"))
        text = [self.tr("%n change(s)", "", len(lines))]
        text += [
            self.tr("{when} · {who} · {what}").format(
                when=format_datetime(line.at, lang),
                who=history.who_label(line),
                what=history.describe(line, lang),
            )
            for line in lines
        ]
        self.changes.setText("\n".join(text))

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Channel:"), self.channel)
        form.addRow(self.tr("Satisfaction:"), self.satisfaction)
        form.addRow(self.tr("Priority:"), self.priority)
        form.addRow(self.tr("Tags:"), self.tags)
        form.addRow("", self.confidential)
        actions = QHBoxLayout()
        for button in (self.respond_button, self.resolve_button, self.close_button):
            actions.addWidget(button)
        actions.addStretch(1)
        more = QHBoxLayout()
        more.addWidget(self.save_button)
        more.addWidget(self.reopen_button)
        more.addStretch(1)
        more.addWidget(self.trash_button)
        self.empty = QLabel(self.tr("Select an entry to see it here."))
        self.empty.setEnabled(False)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.heading)
        body.addWidget(self.state)
        body.addWidget(self.wait_control)
        body.addLayout(form)
        body.addWidget(QLabel(self.tr("Details:")))
        body.addWidget(self.details, 1)
        body.addLayout(more)
        body.addWidget(self.attached)
        body.addWidget(QLabel(self.tr("Responses:")))
        body.addWidget(self.history)
        body.addWidget(self.templates)
        body.addWidget(self.response)
        body.addLayout(actions)
        body.addWidget(self.changes_toggle)
        body.addWidget(self.changes)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.respond_button.clicked.connect(self.record_response)
        self.resolve_button.clicked.connect(self.resolve)
        self.close_button.clicked.connect(self.close_without_action)
        self.reopen_button.clicked.connect(self.reopen)
        self.trash_button.clicked.connect(lambda: self.trash_requested.emit(self.entry_id))
        self.changes_toggle.toggled.connect(self._show_changes)
        self.attached.changed.connect(lambda: self.changed.emit(self.entry_id))
        self.history.changed.connect(self._answers_changed)
        self.templates.chosen.connect(self._fill_from_template)

    # showing ---------------------------------------------------------------------------------

    def _form(self) -> dict[str, object]:
        """What the form holds now, field by field."""
        return {
            "title": self.title.text(),
            "kind": self.kind.currentData(),
            "channel": self.channel.currentData(),
            "satisfaction": self.satisfaction.currentData(),
            "priority": self.priority.currentData(),
            "tags": self.tags.text(),
            "confidential": self.confidential.isChecked(),
            "details": self.details.toPlainText(),
        }

    def _put_back(self, typed: dict[str, object]) -> None:
        for key, value in typed.items():
            widget = getattr(self, key)
            if isinstance(widget, QComboBox):
                select_code(widget, value)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value))
            else:
                widget.setText(str(value))

    def show_entry(self, entry_id: int | None) -> None:
        """Show ``entry_id``. Shown again (a change made elsewhere), what the owner was typing in it
        stays: the fields they edited and the response not yet recorded."""
        same = entry_id is not None and entry_id == self.entry_id
        typed = {k: val for k, val in self._form().items() if val != self._shown.get(k)}
        typed = typed if same else {}
        answer = self.response.toPlainText() if same else ""
        if not same or not answer:
            self.templates.reset()  # a template chosen for the answer being typed stays
        self._show(entry_id)
        if self.entry_id is not None:
            self._put_back(typed)
            self.response.setPlainText(answer)

    def _show(self, entry_id: int | None) -> None:
        self.entry_id = entry_id
        self.attached.show_entry(None)
        read = None
        if entry_id is not None:
            try:  # with its person, tags, responses and files: on a server one round trip
                read = entry_in_pane(entry_id)
            except Exception:  # gone meanwhile (deleted in another window): show nothing
                read = None
        self.empty.setVisible(read is None)
        self.body.setVisible(read is not None)
        if read is None:
            self.entry_id = None
            return
        entry = read.entry
        lang = resolve_language(get_setting("language"))
        shown = (
            people.names_told_apart([entry.person_id], mark=entry.people_mark)
            if entry.person_id
            else {}
        )
        who = v.who(shown.get(entry.person_id) or (entry.person.name if entry.person_id else None))
        heading = self.tr("{who} · {side} · {when}").format(
            who=who, side=v.label(entry.side), when=format_datetime(entry.occurred_at, lang)
        )
        self.heading.setText(made_by.with_details(heading, made_by.recorded_by(entry.made_by)))
        state = v.label(entry.status)
        if entry.resolved_at:
            state = self.tr("{status} on {when}").format(
                status=state, when=format_datetime(entry.resolved_at, lang)
            )
        if entry.resolution:
            state += " — " + entry.resolution
        if entry.resolution_amount:
            state += " · " + shown_amount(entry.resolution_amount, gestures.currency())
        self.state.setText(state)
        self.title.setText(entry.title)
        fill_codes(self.kind, v.KINDS_BY_SIDE[entry.side])
        select_code(self.kind, entry.kind)
        select_code(self.channel, entry.channel)
        select_code(self.satisfaction, entry.satisfaction)
        select_code(self.priority, entry.priority)
        self.tags.setText(", ".join(read.tags))
        self.confidential.setChecked(entry.confidential)
        self.details.setPlainText(entry.details)
        self.history.show_responses(entry.id, read.responses, lang)
        self.response.clear()
        self.attached.show_files(entry.id, read.files)  # read with the entry
        self._shown = self._form()
        active = entry.status in v.ACTIVE_ENTRY_STATUSES
        self.resolve_button.setEnabled(active)
        self.close_button.setEnabled(active)
        self.reopen_button.setEnabled(not active)
        self.wait_control.show_entry(entry)
        self._show_changes()

    # actions ---------------------------------------------------------------------------------

    def _done(self, result) -> None:
        if result is not None and self.entry_id is not None:
            entry_id = self.entry_id
            self.response.clear()  # recorded (or acted on): not kept as typing
            self._shown = self._form()  # saved as shown
            self.show_entry(entry_id)
            self.changed.emit(entry_id)

    def _answers_changed(self) -> None:
        """A response corrected or deleted: the entry read again (its status, first response)."""
        if self.entry_id is not None:
            entry_id = self.entry_id
            self.show_entry(entry_id)
            self.changed.emit(entry_id)

    def save(self) -> None:
        """Save the fields changed since the entry was shown, from what was shown (the base): a
        field someone else changed meanwhile opens the conflict dialog instead of overwriting."""
        if self.entry_id is None:
            return
        changes, base = edited(self._shown, self._form())
        if not changes:
            return
        result = attempt(
            self,
            save_edit,
            self,
            entries.edit_entry,
            self.entry_id,
            changes,
            base,
            self._reload,
            kind=Kind.ENTRY,
        )
        self._done(result)

    def _reload(self, fields: tuple[str, ...]) -> None:
        """Read the entry again, taking the stored value of ``fields``; other typing stays."""
        self._put_back({key: self._shown[key] for key in fields if key in self._shown})
        self.show_entry(self.entry_id)

    def _fill_from_template(self, template_id: int) -> None:
        if self.entry_id is None:
            return
        text = attempt(self, reply_templates.filled_text, template_id, self.entry_id, changed=None)
        if text is not None:
            self.response.setPlainText(text)
            self.response.setFocus()

    def record_response(self) -> None:
        """Record what the response box holds; answered with a template, the entry also takes
        the template's status, in the same transaction."""
        text = self.response.toPlainText().strip()
        if self.entry_id is None or not text:
            self.response.setFocus()
            return
        template_id = self.templates.template_id()
        if template_id is not None:
            self._done(
                attempt_write(
                    self, reply_templates.respond_with_template, self.entry_id, template_id, text
                )
            )
            return
        self._done(attempt_write(self, entries.respond, self.entry_id, text))

    def resolve(self) -> None:
        if self.entry_id is None:
            return
        self._done(ask_resolve(self, self.entry_id, self.response.toPlainText()))

    def close_without_action(self) -> None:
        if self.entry_id is None:
            return
        self._done(attempt_write(self, entries.resolve_entry, self.entry_id, without_action=True))

    def reopen(self) -> None:
        if self.entry_id is None:
            return
        self._done(attempt_write(self, entries.reopen_entry, self.entry_id))
