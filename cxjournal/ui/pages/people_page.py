"""What the Customers and Staff pages share: a list of people filtered as you type, the archived
toggle, add / edit / archive / move to trash (with Undo), and the selected person's view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cxjournal import vocabulary as v
from cxjournal.catalog import resolve_language
from cxjournal.changes import Kind
from cxjournal.errors import CXJournalError
from cxjournal.formatting import format_short_date
from cxjournal.i18n import tr
from cxjournal.names import sort_key
from cxjournal.services import people
from cxjournal.services.common import Fresh
from cxjournal.services.settings import get_setting
from cxjournal.ui.dialogs.person_dialog import PersonDialog
from cxjournal.ui.dialogs.person_item_dialogs import FollowUpDialog, PromiseDialog
from cxjournal.ui.models.table_model import Column, RowsModel
from cxjournal.ui.shell.context import STANDALONE, AppContext
from cxjournal.ui.shell.edit_history import Deletion, EditHistory
from cxjournal.ui.widgets.context_menu import SEPARATOR, MenuItem, attach_menu
from cxjournal.ui.widgets.feedback import attempt_write, confirm
from cxjournal.ui.widgets.first_steps import EmptyHint, new_entry_button, new_entry_keys
from cxjournal.ui.widgets.namesake_delegate import NamesakeDelegate
from cxjournal.ui.widgets.person_view import PersonView
from cxjournal.ui.widgets.row_table import RowTable

if TYPE_CHECKING:
    from cxjournal.store.models import Person

SEARCH_DELAY_MS = 150
PAGE_OF_SIDE = {v.CUSTOMER: "customers", v.STAFF: "staff"}


class PeoplePage(QWidget):
    side = v.CUSTOMER
    # a person's timeline holds their entries, promises and follow-ups
    SHOWS = frozenset(
        {Kind.PERSON, Kind.DEPARTMENT, Kind.ENTRY, Kind.PROMISE, Kind.FOLLOWUP, Kind.SETTING}
    )

    def __init__(self, context: AppContext = STANDALONE, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.lang = "en"
        self.dialog: QWidget | None = None  # the dialog opened last (tests drive it)
        # The window's undo stack (Ctrl+Z is Edit ▸ Undo), or the page's own when shown alone.
        self.history = context.history if context.history is not None else EditHistory(self)
        self.trashed: Deletion | None = None  # the deletion the Undo button brings back
        self.history.changed.connect(self._follow_history)
        self._reloading = False
        self._just_read: Person | None = None  # see focus_person
        self.names: dict[int, str] = {}
        self.department_names: dict[int, str] = {}  # read once per refresh, not once per cell
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by name, organisation, email or phone"))
        self.search.setAccessibleName(self.tr("Search people"))
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self.search_timer.start)
        self.show_archived = QCheckBox(self.tr("Show &archived"))
        self.show_archived.toggled.connect(self.refresh)
        self.model = RowsModel(self._columns(), self)
        self.table = RowTable(self.model, self._list_name())
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setItemDelegateForColumn(0, NamesakeDelegate(self.table))  # keeps "(…102@…)"
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.person_view = PersonView()
        self._connect_person_view()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.archive_button = QPushButton(self.tr("A&rchive"))
        self.trash_button = QPushButton(self.tr("Move to &trash…"))
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.trash_button.clicked.connect(self.trash_person)
        self.undo_label = QLabel()
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setToolTip(self.tr("Bring the person back from the trash (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_trash)
        self.new_entry_button = new_entry_button(context, self)
        self.empty_hint = EmptyHint()
        self._shortcuts()
        self._layout()
        self._update_buttons()
        self.initial_focus = self.table  # the window puts the keyboard here; Ctrl+F searches

    # layout -----------------------------------------------------------------------------------

    def _columns(self) -> list[Column]:
        second = (
            Column(tr("Department"), lambda p: self.department_names.get(p.department_id, ""))
            if self.side == v.STAFF
            else Column(tr("Organisation", "reports"), lambda p: p.organisation)
        )
        return [
            Column(tr("Name"), self._name_cell, sort_key=lambda p: sort_key(p.name)),
            second,
            Column(tr("Phone"), lambda p: p.phone),
            # sorted by the date itself (never by its text); nobody contacted yet sorts last
            Column(
                self.tr("Last contact"),
                self._last_contact_cell,
                sort_key=lambda p: p.last_contact_at,
            ),
        ]

    def _last_contact_cell(self, person: Person) -> str:
        at = person.last_contact_at
        return "" if at is None else format_short_date(at.date(), self.lang)

    def _name_cell(self, person: Person) -> str:
        name = self.names.get(person.id, person.name)  # namesakes told apart
        return self.tr("{name} (archived)").format(name=name) if person.archived else name

    def _list_name(self) -> str:
        return (
            self.tr("Staff members")
            if self.side == v.STAFF
            else QCoreApplication.translate("MainWindow", "Customers")
        )

    def extra_buttons(self) -> list[QPushButton]:
        """Buttons a side adds under its list (the Staff page: Departments)."""
        return []

    def _layout(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_archived)
        top.addWidget(self.new_entry_button)
        column.addLayout(top)
        column.addWidget(self.empty_hint)
        column.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.archive_button, self.trash_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        extra = self.extra_buttons()
        if extra:
            row = QHBoxLayout()
            for button in extra:
                row.addWidget(button)
            row.addStretch(1)
            column.addLayout(row)
        undo = QHBoxLayout()
        undo.addWidget(self.undo_label, 1)
        undo.addWidget(self.undo_button)
        column.addLayout(undo)
        self.undo_label.hide()
        self.undo_button.hide()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.person_view)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    def _shortcuts(self) -> None:
        for keys, slot, where in (
            (QKeySequence.StandardKey.Find, self._focus_search, self),
            (QKeySequence("Ctrl+Shift+N"), self.add_person, self),
            (QKeySequence("Ctrl+E"), self.edit_person, self),
            (QKeySequence.StandardKey.Delete, self.trash_person, self.table),
        ):
            shortcut = QShortcut(keys, where, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if self.context.history is None:  # in a window, Edit ▸ Undo has Ctrl+Z
            undo = QShortcut(QKeySequence.StandardKey.Undo, self.table, self.undo_trash)
            undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        attach_menu(self.table, self._menu_items)
        self.add_button.setToolTip(self.tr("Add someone (Ctrl+Shift+N)"))
        self.edit_button.setToolTip(self.tr("Edit their details (Ctrl+E)"))
        self.trash_button.setToolTip(self.tr("Move to the trash (Delete)"))

    def _menu_items(self) -> list[MenuItem | None]:
        return [
            MenuItem(self.add_button, "Ctrl+Shift+N"),
            MenuItem(self.edit_button, "Ctrl+E"),
            MenuItem(self.archive_button),
            MenuItem(self.trash_button, QKeySequence.StandardKey.Delete),
            SEPARATOR,
            MenuItem(
                self.new_entry_button,
                QKeySequence.StandardKey.New,
                self.new_entry_button.accessibleName(),
            ),
        ]

    def _connect_person_view(self) -> None:
        view = self.person_view
        view.new_entry.connect(self.new_entry)
        view.new_promise.connect(lambda: self._open_item_dialog(PromiseDialog))
        view.new_followup.connect(lambda: self._open_item_dialog(FollowUpDialog))
        view.print_history.connect(self.print_history)
        view.open_item.connect(self.context.show_item)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # data -------------------------------------------------------------------------------------

    def selected_person(self) -> Person | None:
        return self.table.selected_row()

    def refresh(self) -> None:
        """Reload the list and the selected person (their timeline may have grown)."""
        chosen = self.selected_person()
        self._reload(chosen.id if chosen is not None else None)

    def _reload(self, person_id: int | None) -> None:
        """Reload the list, showing ``person_id`` if listed, else the first person."""
        self.search_timer.stop()
        self.lang = resolve_language(get_setting("language"))
        if self.side == v.STAFF:
            self.department_names = {d.id: d.name for d in people.list_departments()}
        rows = people.find_people(
            self.search.text(), side=self.side, include_archived=self.show_archived.isChecked()
        )
        self.names = people.distinguishing_names(rows)
        self._reloading = True
        scrolled = self.table.verticalScrollBar().value()
        try:
            self.model.set_rows(rows)
            header = self.table.horizontalHeader()
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
            self.table.fit_columns(0, widest_chars=16)  # the name keeps the room
            if person_id is None or not self.select_person(person_id):
                self.table.select_index(0)  # someone is always on show when the list is not empty
            self.table.verticalScrollBar().setValue(scrolled)
        finally:
            self._reloading = False
        self._show_empty_hint(not rows)
        self._show_selected()

    def _show_empty_hint(self, empty: bool) -> None:
        if not empty:
            self.empty_hint.show_when_empty(False)
            return
        if self.search.text().strip():
            text = self.tr("Nobody matches this search.")
        elif not self.show_archived.isChecked() and people.find_people(
            side=self.side, include_archived=True, limit=1
        ):
            text = self.tr("Everyone here is archived: tick “Show archived” to see them.")
        elif self.side == v.STAFF:
            text = self.tr(
                "No staff member yet. Press Ctrl+Shift+N or “Add…” to add one, or {keys} to "
                "record what a staff member told you: they are added with it."
            )
        else:
            text = self.tr(
                "No customer yet. Press Ctrl+Shift+N or “Add…” to add one, or {keys} to record "
                "what a customer told you: they are added with it."
            )
        self.empty_hint.show_when_empty(True, text.format(keys=new_entry_keys()))

    def apply_search_now(self, text: str) -> None:
        self.search.setText(text)
        self.refresh()

    def select_person(self, person_id: int) -> bool:
        return self.table.select_where(lambda p: p.id == person_id)

    def _selection_changed(self, *args) -> None:
        if not self._reloading:
            self._show_selected()

    def _show_selected(self) -> None:
        person = self.selected_person()
        shown = person.id if person else None
        if person is not None and self._just_read is not None and self._just_read.id == person.id:
            shown = Fresh(self._just_read)  # read a moment ago by focus_person
        self.person_view.show_person(shown, self.lang)
        self._update_buttons()

    def _update_buttons(self) -> None:
        person = self.selected_person()
        for button in (self.edit_button, self.archive_button, self.trash_button):
            button.setEnabled(person is not None)
        self.archive_button.setText(
            self.tr("Un&archive") if person is not None and person.archived else self.tr("A&rchive")
        )

    def focus_item(self, kind: str, item_id: int) -> None:
        """Show one person (on the other side's page if they belong there)."""
        if kind != "person":
            return
        try:
            person = people.get_person_shown(item_id)
        except CXJournalError:
            return
        if person.side != self.side and self.context.show_page is not None:
            self.context.show_page(PAGE_OF_SIDE[person.side]).focus_person(person)
            return
        self.focus_person(person)

    def focus_person(self, person: Person) -> None:
        """Show ``person``, just read with their department (focus_item): not read again."""
        self._just_read = person
        try:
            if self.select_person(person.id):
                return
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            if person.archived:
                self.show_archived.blockSignals(True)
                self.show_archived.setChecked(True)
                self.show_archived.blockSignals(False)
            self._reload(person.id)
        finally:
            self._just_read = None

    # actions ----------------------------------------------------------------------------------

    def add_person(self) -> None:
        self._open_person_dialog(PersonDialog(self.side, None, self))

    def edit_person(self) -> None:
        person = self.selected_person()
        if person is not None:
            self._open_person_dialog(PersonDialog(self.side, people.get_person(person.id), self))

    def _open_person_dialog(self, dialog: PersonDialog) -> None:
        self.dialog = dialog

        def saved() -> None:
            self._reload(dialog.person.id)

        dialog.accepted.connect(saved)
        dialog.open()

    def _open_item_dialog(self, dialog_class) -> None:
        person = self.person_view.person
        if person is None:
            return
        self.dialog = dialog_class(person, self)
        self.dialog.accepted.connect(self.refresh)
        self.dialog.open()

    def toggle_archived(self) -> None:
        person = self.selected_person()
        if person is not None:
            attempt_write(
                self,
                people.archive_person,
                person.id,
                not person.archived,
                changed=Kind.PERSON,
                initiator=self,
            )
            self.refresh()

    def trash_person(self) -> None:
        person = self.selected_person()
        if person is None:
            return
        question = self.tr(
            "Move {name} to the trash? You can undo this now, or restore them from the trash later."
        ).format(name=person.name)
        if not confirm(self, self.tr("Move to trash"), question):
            return
        index = self.table.selected_index()
        neighbour = self.model.row_at(index + 1) or self.model.row_at(index - 1)
        if (
            attempt_write(self, people.trash_person, person.id, changed=Kind.PERSON, initiator=self)
            is None
        ):
            return
        self.undo_label.setText(self.tr("{name} was moved to the trash.").format(name=person.name))
        self.trashed = Deletion(
            people.trash_person, people.restore_person, person.id, Kind.PERSON, self._reload
        )
        self.history.record(self.trashed)
        self._reload(neighbour.id if neighbour is not None else None)
        self.table.setFocus()

    def _follow_history(self) -> None:
        """Undo shows while undoing would bring back the person this page moved to the trash."""
        shown = self.trashed is not None and self.history.last() is self.trashed
        self.undo_label.setVisible(shown)
        self.undo_button.setVisible(shown)

    def undo_trash(self) -> None:
        self.history.undo(self)

    def new_entry(self) -> None:
        """Quick capture about this person (about nobody yet when no one is on show)."""
        if self.context.quick_capture_for is not None:
            person = self.person_view.person
            self.context.quick_capture_for(person.id if person is not None else None)

    def print_history(self) -> None:
        """Open the Reports page on this person's history and build its preview."""
        person = self.person_view.person
        if person is None or self.context.show_page is None:
            return
        reports = self.context.show_page("reports")
        reports.kind.setCurrentIndex(reports.kind.findData("person"))
        reports.person.setText(f"#{person.id}")
        reports.build_preview()
