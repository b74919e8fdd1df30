"""The Journal page: every entry in one table that stays smooth at 100,000 entries, a search box that
filters as you type (full-text, accents ignored), filters by side, kind, status, person, tag and
dates, and the selected entry in a pane beside it, editable, with Delete to the trash and Ctrl+Z."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxjournal import vocabulary as v
from cxjournal.changes import Kind
from cxjournal.errors import CXJournalError
from cxjournal.formatting import format_datetime
from cxjournal.services import entries
from cxjournal.services.accounts import may, sides
from cxjournal.services.entry_query import EntryFilter
from cxjournal.ui.models.journal_model import Col, JournalModel
from cxjournal.ui.shell.context import STANDALONE, AppContext
from cxjournal.ui.widgets.combo import fill_codes, select_code
from cxjournal.ui.widgets.context_menu import SEPARATOR, MenuItem, attach_menu
from cxjournal.ui.widgets.entry_detail import EntryDetail
from cxjournal.ui.widgets.feedback import attempt, attempt_write
from cxjournal.ui.widgets.first_steps import EmptyHint, new_entry_button, new_entry_keys
from cxjournal.ui.widgets.highlight_delegate import HighlightDelegate
from cxjournal.ui.widgets.person_field import PersonField
from cxjournal.ui.widgets.ratings_view import RatingsView
from cxjournal.ui.widgets.steady_tabs import SteadyTabWidget
from cxjournal.ui.widgets.undo_bar import UndoBar

SEARCH_DELAY_MS = 150
# What each column may show, measured to size it (in both languages' date styles); the title takes
# the room left, so that every column fits beside the detail pane at 1280 x 720.
LONGEST_DATE = datetime(2026, 12, 30, 23, 59)
PERSON_CHARS = 16  # a name wider than this is cut with "…" and read in full in its tooltip
# Beside the detail pane (its French buttons make it 440 px wide) all eight columns leave the title
# no room at 1280 x 720; these two are shown by right-clicking the header (the side is in the kind's
# word and in the detail pane, the satisfaction in the detail pane).
HIDDEN_AT_FIRST = (Col.SIDE, Col.SATISFACTION)
LAYOUT_VERSION = 2  # saved column widths from before the title stretched are not restored
NO_DATE = QDate(2000, 1, 1)  # a date edit at this value means "no limit"


class DateLimit(QDateEdit):
    """A date edit that can be empty (shown blank): the filter has no limit on that side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(" ")
        self.setDate(NO_DATE)
        self.setDisplayFormat("yyyy-MM-dd")

    def value(self) -> date | None:
        chosen = self.date()
        return None if chosen == NO_DATE else chosen.toPython()

    def set_value(self, value: date | None) -> None:
        self.setDate(NO_DATE if value is None else QDate(value))


class Page(QWidget):
    SHOWS = frozenset({Kind.ENTRY, Kind.PERSON, Kind.TAG, Kind.SETTING, Kind.RATING})

    def __init__(self, context: AppContext = STANDALONE, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self._loaded = False
        self._selected: int | None = None
        self._kept = False  # the detail pane still shows what the journal holds (no change since)
        self._build_filters()
        self._build_table()
        self.detail = EntryDetail(self)
        self.undo_bar = UndoBar(self, context.history)
        self.detail.attached.history = self.undo_bar.history  # a removed file comes back on Ctrl+Z
        self.detail.history.undo_stack = self.undo_bar.history  # and a response, edited or deleted
        self.new_entry_button = new_entry_button(context, self)
        self.empty_hint = EmptyHint()
        self._lay_out()
        self._connect_signals()
        self._restore_layout()

    def _build_filters(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles, details, names and tags (Ctrl+F)…"))
        self.search.setAccessibleName(self.tr("Search the journal"))
        self.search.setClearButtonEnabled(True)
        self.initial_focus = self.search
        self.side = QComboBox()
        self.side.setAccessibleName(self.tr("Side"))
        visible = sides()  # a counter sees customer entries only: no side to choose
        fill_codes(self.side, visible, blank=self.tr("Both sides") if len(visible) > 1 else None)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("Any status"), None)
        self.status.addItem(self.tr("Still open"), "active")
        for code in v.ENTRY_STATUSES:
            self.status.addItem(v.label(code), code)
        self.person = PersonField(self)
        self.person.setPlaceholderText(self.tr("Anyone"))
        self.person.setAccessibleName(self.tr("Person"))
        self.tag = QComboBox()
        self.tag.setEditable(False)
        self.tag.setAccessibleName(self.tr("Tag"))
        # never squeezed below "Any tag" in the language shown ("Toutes les éti" at 1280×720)
        self.tag.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.tag.setMinimumContentsLength(len(self.tr("Any tag")) + 1)
        self.date_from = DateLimit()
        self.date_from.setAccessibleName(self.tr("From"))
        self.date_to = DateLimit()
        self.date_to.setAccessibleName(self.tr("To"))
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of entries shown"))
        self._fill_kinds()

    def _build_table(self) -> None:
        self.model = JournalModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Journal entries"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSortIndicator(Col.WHEN, Qt.SortOrder.DescendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8
        )  # fixed row height: the view never measures 100,000 rows
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.highlight = HighlightDelegate(self.table)
        for column in (Col.PERSON, Col.TITLE):
            self.table.setItemDelegateForColumn(column, self.highlight)
        self._fit_columns()
        for column in HIDDEN_AT_FIRST:
            self.table.setColumnHidden(column, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self.column_menu().exec(header.mapToGlobal(pos))
        )
        attach_menu(self.table, self._menu_items)

    def _column_samples(self, lang: str) -> dict[Col, list[str]]:
        labels = lambda codes: [v.label(code) for code in codes]  # noqa: E731
        statuses = sorted(labels(v.ENTRY_STATUSES), key=len)
        return {
            Col.WHEN: [format_datetime(LONGEST_DATE, lang)],
            Col.SIDE: labels(v.SIDES),
            Col.PERSON: ["n" * PERSON_CHARS],
            Col.KIND: labels(v.ALL_KINDS),
            Col.STATUS: statuses[:-1],  # the longest, rare ("Closed without action"), is cut
            Col.PRIORITY: labels(v.PRIORITIES),
            Col.SATISFACTION: ["★" * 5],
        }

    def _fit_columns(self, lang: str = "en") -> None:
        """Each column as wide as its usual values, the title taking the room left: every
        column is in sight beside the detail pane at 1280 x 720. What does not fit in a cell ends
        in "…" and is read in full in its tooltip (the header's in the header's tooltip)."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        margin = metrics.averageCharWidth() + 6  # the cell's padding and the grid line
        for column, texts in self._column_samples(lang).items():
            self.table.setColumnWidth(column, max(map(metrics.horizontalAdvance, texts)) + margin)
        header.setMinimumSectionSize(metrics.averageCharWidth() * 4)
        header.setSectionResizeMode(Col.TITLE, QHeaderView.ResizeMode.Stretch)
        self._fitted_for = lang

    def column_menu(self) -> QMenu:
        """Which columns are shown: every one but the title can be hidden or shown again."""
        menu = QMenu(self)
        for column in Col:
            if column == Col.TITLE:
                continue
            action = menu.addAction(self.model.headerData(column, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.toggled.connect(lambda shown, c=column: self.table.setColumnHidden(c, not shown))
        return menu

    def _menu_items(self) -> list[MenuItem | None]:
        detail = self.detail
        return [
            MenuItem(
                self.new_entry_button,
                QKeySequence.StandardKey.New,
                self.new_entry_button.accessibleName(),
            ),
            SEPARATOR,
            MenuItem(detail.respond_button),
            MenuItem(detail.resolve_button),
            MenuItem(detail.close_button),
            MenuItem(detail.reopen_button),
            SEPARATOR,
            MenuItem(detail.trash_button, QKeySequence.StandardKey.Delete),
        ]

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for widget in (self.side, self.kind, self.status):
            filters.addWidget(widget, 1)
        filters.addWidget(self.new_entry_button)
        filters2 = QHBoxLayout()
        filters2.addWidget(QLabel(self.tr("Person:")))
        filters2.addWidget(self.person, 2)
        filters2.addWidget(QLabel(self.tr("Tag:")))
        filters2.addWidget(self.tag, 1)
        filters2.addWidget(QLabel(self.tr("From:")))
        filters2.addWidget(self.date_from)
        filters2.addWidget(QLabel(self.tr("To:")))
        filters2.addWidget(self.date_to)
        filters2.addWidget(self.clear_button)
        filters2.addStretch(1)
        filters2.addWidget(self.count)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.empty_hint)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.undo_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([920, 360])  # the table first; a saved layout replaces this
        entries_view = QWidget()
        layout = QVBoxLayout(entries_view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(filters2)
        layout.addWidget(self.splitter, 1)
        self.views = SteadyTabWidget()  # entries, and the kiosk's ratings for those who read them
        self.views.addTab(entries_view, self.tr("&Entries"))
        self.ratings = RatingsView()
        if may("see_customers"):
            self.views.addTab(self.ratings, self.tr("R&atings"))
        self.views.currentChanged.connect(lambda _i: self._refresh_ratings())
        QVBoxLayout(self).addWidget(self.views)

    def _connect_signals(self) -> None:
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.apply_filters)
        self.side.currentIndexChanged.connect(self._side_changed)
        for box in (self.kind, self.status, self.tag):
            box.currentIndexChanged.connect(self.apply_filters)
        self.person.editingFinished.connect(self.apply_filters)
        self.date_from.dateChanged.connect(self.apply_filters)
        self.date_to.dateChanged.connect(self.apply_filters)
        self.clear_button.clicked.connect(self.clear_filters)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.modelReset.connect(self._after_reset)
        self.model.counted.connect(self._show_count)  # a server's count read further
        self.detail.trash_requested.connect(self.trash_entry)
        self.undo_bar.restored.connect(self.focus_entry)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.activated.connect(lambda: self.trash_entry(self.current_id()))
        if not self.undo_bar.shared:  # in a window, Edit ▸ Undo has Ctrl+Z
            QShortcut(QKeySequence.StandardKey.Undo, self.table, self.undo_bar.undo)

    # filters -----------------------------------------------------------------------------------

    def _fill_kinds(self) -> None:
        side = self.side.currentData()
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        kinds = v.KINDS_BY_SIDE[side] if side else v.ALL_KINDS
        fill_codes(self.kind, kinds, blank=self.tr("Any kind"))
        select_code(self.kind, current)
        self.kind.blockSignals(False)

    def _fill_tags(self) -> None:
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("Any tag"), None)
        for name in entries.list_tags():
            self.tag.addItem(name, name)
        select_code(self.tag, current)
        self.tag.blockSignals(False)

    def _side_changed(self) -> None:
        self._fill_kinds()
        self.apply_filters()

    def current_filter(self) -> EntryFilter:
        try:
            person_id = self.person.person_id()
        except CXJournalError:
            person_id = -1  # a name nobody has: no entry
        return self.model.filter.with_(
            text=self.search.text(),
            side=self.side.currentData(),
            kind=self.kind.currentData(),
            status=self.status.currentData(),
            person_id=person_id,
            tag=self.tag.currentData(),
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        from cxjournal.store.connection import current_location

        if current_location() is None:
            # Typing's delayed search landing while no journal is open (a switch of journal, the
            # window closing): nothing to filter; the next journal's pages are refreshed whole.
            return
        attempt(self, self.model.set_filter, self.current_filter(), changed=None)

    def apply_search_now(self, text: str) -> None:
        """Type ``text`` in the search box and filter at once (no typing delay)."""
        self.search.blockSignals(True)
        self.search.setText(text)
        self.search.blockSignals(False)
        self.apply_filters()

    def clear_filters(self) -> None:
        widgets = (self.search, self.side, self.kind, self.status, self.tag, self.person)
        for widget in (*widgets, self.date_from, self.date_to):
            widget.blockSignals(True)
        self.search.clear()
        self.person.clear()
        for box in (self.side, self.status, self.tag):
            box.setCurrentIndex(0)
        self._fill_kinds()
        self.kind.setCurrentIndex(0)
        self.date_from.set_value(None)
        self.date_to.set_value(None)
        for widget in (*widgets, self.date_from, self.date_to):
            widget.blockSignals(False)
        self.apply_filters()

    # table and detail --------------------------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.entry_id(index.row()) if index.isValid() else None

    def _row_changed(self, current, previous) -> None:
        self._selected = self.model.entry_id(current.row()) if current.isValid() else None
        if self._selected is not None and self._selected == self.detail.entry_id and self._kept:
            # A search or a filter left the same entry selected, and nothing changed since the
            # pane read it: it stays as it is (on a server, 4 round trips saved per keystroke).
            return
        self._kept = True
        self.detail.show_entry(self._selected)

    def _after_reset(self) -> None:
        self.highlight.set_search(self.model.filter.text)
        if self.model.language != self._fitted_for and not self._layout_restored:
            self._fit_columns(self.model.language)  # dates are written the language's way
        total = self._show_count()
        self._show_empty_hint(total == 0)
        row = self.model.row_of(self._selected) if self._selected is not None else None
        if row is None and total:
            row = 0
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, Col.WHEN))
        else:
            self.detail.show_entry(None)

    def _show_count(self) -> int:
        total = self.model.rowCount()
        # {count} rather than %n: the number is written with a space between thousands.
        number = f"{total:,}".replace(",", " ")
        if self.model.more_than_counted:  # a server counted this many and stopped
            self.count.setText(self.tr("{count}+ entries", "", total).format(count=number))
        else:
            self.count.setText(self.tr("{count} entries", "", total).format(count=number))
        return total

    def _show_empty_hint(self, empty: bool) -> None:
        shown = self.model.filter
        filtering = any(
            (shown.text.strip(), shown.side, shown.kind, shown.status, shown.person_id, shown.tag)
        ) or (shown.date_from, shown.date_to) != (None, None)
        if filtering:
            text = self.tr("No entry matches the search and filters: “Clear filters” shows all.")
        else:
            text = self.tr(
                "No entry yet. Press {keys} or “New entry” to record what a customer or a staff "
                "member told you."
            ).format(keys=new_entry_keys())
        self.empty_hint.show_when_empty(empty, text)

    def focus_item(self, kind: str, item_id: int) -> None:
        if kind == "entry":
            self.focus_entry(item_id)

    def focus_entry(self, entry_id: int) -> None:
        """Show this entry: clear the filters if they hide it, then select it."""
        self._loaded = True
        self._selected = entry_id
        row = self.model.row_of(entry_id)
        if row is None:
            self.clear_filters()
            row = self.model.row_of(entry_id)
        if row is None:  # further down than the rows looked through: show it alone
            entry = entries.get_entry(entry_id)
            self.date_from.set_value(entry.occurred_at.date())
            self.date_to.set_value(entry.occurred_at.date())
            row = self.model.row_of(entry_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, Col.WHEN))
        self.detail.show_entry(entry_id)

    def trash_entry(self, entry_id: int | None) -> None:
        if entry_id is None:
            return
        entry = entries.get_entry(entry_id)
        if attempt_write(self, entries.trash_entry, entry_id) is not None:
            self.undo_bar.offer(
                self.tr("“{title}” was moved to the trash.").format(title=entry.title),
                entries.restore_entry,
                entry_id,
                trash=entries.trash_entry,
                kind=Kind.ENTRY,
            )

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # page --------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the journal again (after a change, or when the page is shown)."""
        self._kept = False  # the entry shown may have changed: the pane reads it again
        self._fill_tags()
        if not self._loaded:
            self._loaded = True
            self.apply_filters()
        else:
            scrolled = self.table.verticalScrollBar().value()
            attempt(self, self.model.reload, changed=None)
            self.table.verticalScrollBar().setValue(scrolled)  # a refresh does not move the list
        self._refresh_ratings()

    def _refresh_ratings(self) -> None:
        if self.views.currentWidget() is self.ratings:  # read only when looked at
            attempt(self, self.ratings.refresh, changed=None)

    def _restore_layout(self) -> None:
        settings = QSettings()
        header = settings.value(f"journal/header{LAYOUT_VERSION}")
        self._layout_restored = header is not None
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
        splitter = settings.value("journal/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def hideEvent(self, event) -> None:
        settings = QSettings()
        settings.setValue(
            f"journal/header{LAYOUT_VERSION}", self.table.horizontalHeader().saveState()
        )
        settings.setValue("journal/splitter", self.splitter.saveState())
        super().hideEvent(event)
