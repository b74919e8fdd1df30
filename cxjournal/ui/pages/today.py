"""The Today page: what is due or late (follow-ups and promises), open complaints and staff concerns,
and this month's pulse. Rows act in place: done, kept, snooze, open."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cxjournal import vocabulary as v
from cxjournal.catalog import resolve_language
from cxjournal.changes import Kind
from cxjournal.formatting import (
    format_days,
    format_duration,
    format_month,
    format_number,
    format_percent,
    format_short_date,
    format_weekday_date,
    initial_capital,
)
from cxjournal.i18n import tr
from cxjournal.services import accounts, followups, promises
from cxjournal.services.happy_index import HappyFigures, pulse_results
from cxjournal.services.settings import get_setting
from cxjournal.services.stats import MonthSummary
from cxjournal.services.today import (
    FOLLOWUP,
    PROMISE,
    DueItem,
    ProblemOpenNow,
    TodayView,
    today_screen,
)
from cxjournal.ui.dialogs.how_it_went import complete_followup
from cxjournal.ui.models.table_model import Column, RowsModel
from cxjournal.ui.pages.today_happy_map import TodayHappyMap
from cxjournal.ui.shell import first_screen
from cxjournal.ui.shell.context import STANDALONE, AppContext
from cxjournal.ui.widgets.context_menu import MenuItem, attach_menu
from cxjournal.ui.widgets.feedback import attempt_write
from cxjournal.ui.widgets.first_steps import EmptyHint, new_entry_button, new_entry_keys
from cxjournal.ui.widgets.folding import Fold
from cxjournal.ui.widgets.losing_touch import LosingTouchSection
from cxjournal.ui.widgets.palette import error_colour
from cxjournal.ui.widgets.retention_notice import RetentionNotice
from cxjournal.ui.widgets.row_table import RowTable
from cxjournal.ui.widgets.time_left import TimeLeftSection


class Page(QWidget):
    SHOWS = frozenset(Kind) - {Kind.TAG}

    def __init__(self, context: AppContext = STANDALONE, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.lang = "en"
        self.heading = QLabel()
        self.heading.setObjectName("todayHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.new_entry_button = new_entry_button(context, self)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.new_entry_button)
        self.empty_hint = EmptyHint(
            self.tr(
                "Nothing due and no open complaint or concern. Press {keys} or “New entry” to "
                "record what a customer or a staff member told you; what needs you shows up here."
            ).format(keys=new_entry_keys())
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        self.retention_notice = RetentionNotice()
        layout.addWidget(self.retention_notice)
        layout.addWidget(self._build_pulse())
        layout.addWidget(self.empty_hint)
        self.folds: dict[str, Fold] = {}  # each list folds to its title line (widgets.folding)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._build_due())
        splitter.addWidget(self._build_problems())
        self.losing_touch = LosingTouchSection(self._show_person)
        splitter.addWidget(self.losing_touch)
        self.time_left = TimeLeftSection(lambda i: self.context.show_item("entry", i))
        splitter.insertWidget(2, self.time_left)
        splitter.setChildrenCollapsible(False)
        for key, section in (
            ("today-time-left", self.time_left),
            ("today-losing-touch", self.losing_touch),
        ):
            self.folds[key] = Fold(
                section,
                section.bar,
                section.table,
                key,
                keep=section.title,
                folded_on_short_screen=True,
            )
        layout.addWidget(splitter, 1)
        self.initial_focus = self.due_table  # the window puts the keyboard here

    # building ---------------------------------------------------------------------------------

    def _build_pulse(self) -> QGroupBox:
        self.pulse_box = QGroupBox()
        grid = QGridLayout(self.pulse_box)
        self.pulse_values: dict[str, tuple[QLabel, QLabel]] = {}
        rows = (
            ("entries", self.tr("Entries")),
            ("satisfaction", self.tr("Average satisfaction")),
            ("response", self.tr("Median time to first response")),
        )
        grid.addWidget(QLabel(self.tr("<b>Customers</b>")), 0, 1)
        self.staff_header = QLabel(self.tr("<b>Staff</b>"))
        grid.addWidget(self.staff_header, 0, 2)
        for number, (key, title) in enumerate(rows, start=1):
            grid.addWidget(QLabel(title), number, 0)
            pair = (QLabel(), QLabel())
            for column, label in enumerate(pair, start=1):
                label.setObjectName(f"pulse-{key}-{column}")
                grid.addWidget(label, number, column)
            self.pulse_values[key] = pair
        grid.addWidget(QLabel(self.tr("Happy Index")), len(rows) + 1, 0)
        self.happy_today = QLabel()
        self.happy_today.setObjectName("pulse-happy-1")
        self.staff_pulse = QLabel()
        self.staff_pulse.setObjectName("pulse-happy-2")
        grid.addWidget(self.happy_today, len(rows) + 1, 1)
        grid.addWidget(self.staff_pulse, len(rows) + 1, 2, 1, 3)
        self.happy_map = TodayHappyMap()
        grid.addWidget(self.happy_map, len(rows) + 2, 0, 1, 6)
        grid.addWidget(QLabel(tr("Promises kept on time", "reports")), 1, 3)
        self.promise_rate = QLabel()
        self.promise_rate.setObjectName("pulse-promise-rate")
        grid.addWidget(self.promise_rate, 1, 4)
        self.promise_detail = QLabel()
        grid.addWidget(self.promise_detail, 2, 3, 1, 2)
        grid.setColumnStretch(5, 1)
        grid.setHorizontalSpacing(24)
        return self.pulse_box

    def _build_due(self) -> QWidget:
        self.due_model = RowsModel(
            [
                Column(tr("Due"), self._due_text, foreground=self._late_colour),
                Column(self.tr("Type"), self._due_type),
                Column(tr("Who", "reports"), lambda i: i.person or v.NO_ONE),
                Column(tr("What", "reports"), lambda i: i.title),
            ],
            self,
        )
        self.due_table = RowTable(self.due_model, self.tr("Due today and overdue"))
        self.due_table.doubleClicked.connect(self.open_due)
        self.due_title = QLabel()
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setToolTip(self.tr("Mark the follow-up done (Ctrl+Return)"))
        self.kept_button = QPushButton(self.tr("&Kept"))
        self.kept_button.setToolTip(self.tr("The promise was kept (Ctrl+K)"))
        self.snooze_button = QPushButton(self.tr("&Snooze"))
        self.snooze_button.setToolTip(self.tr("Snooze the follow-up (Ctrl+L: until tomorrow)"))
        menu = QMenu(self.snooze_button)
        for preset, text in (
            # the same choices, in the same words, as the reminder banner
            ("hour", QCoreApplication.translate("ReminderBanner", "For an hour")),
            ("tomorrow", QCoreApplication.translate("ReminderBanner", "Until tomorrow morning")),
            ("next-week", QCoreApplication.translate("ReminderBanner", "Until next week")),
        ):
            menu.addAction(text, lambda p=preset: self.snooze_selected(p))
        self.snooze_button.setMenu(menu)
        self.open_due_button = QPushButton(self.tr("&Open"))
        self.done_button.clicked.connect(self.done_selected)
        self.kept_button.clicked.connect(self.done_selected)
        self.open_due_button.clicked.connect(self.open_due)
        for keys, slot in (
            # the keys of the Follow-ups and Promises pages: done, kept
            ("Ctrl+Return", self.done_selected),
            ("Ctrl+K", self.done_selected),
            ("Ctrl+L", lambda: self.snooze_selected("tomorrow")),
            (QKeySequence(Qt.Key.Key_Return), self.open_due),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.due_table, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.due_table.selectionModel().selectionChanged.connect(self._update_buttons)
        attach_menu(self.due_table, self._due_menu_items)
        bar = QHBoxLayout()
        bar.addWidget(self.due_title, 1)
        for button in (
            self.done_button,
            self.kept_button,
            self.snooze_button,
            self.open_due_button,
        ):
            bar.addWidget(button)
        return self._section(bar, self.due_table, "today-due", self.due_title)

    def _build_problems(self) -> QWidget:
        self.problem_model = RowsModel(
            [
                Column(self.tr("Priority"), lambda p: v.label(p.priority)),
                Column(tr("Age", "reports"), self._age_text, foreground=self._old_colour),
                Column(self.tr("Type"), lambda p: v.label(p.kind)),
                Column(tr("Who", "reports"), lambda p: p.person),
                Column(tr("Status", "reports"), self._problem_status),
                Column(tr("What", "reports"), lambda p: p.title),
            ],
            self,
        )
        self.problem_table = RowTable(
            self.problem_model, tr("Open complaints and concerns", "reports")
        )
        self.problem_table.doubleClicked.connect(self.open_problem)
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_Return), self.problem_table, self.open_problem)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.problem_title = QLabel()
        self.open_problem_button = QPushButton(self.tr("O&pen in journal"))
        self.open_problem_button.clicked.connect(self.open_problem)
        attach_menu(
            self.problem_table,
            lambda: [MenuItem(self.open_problem_button, QKeySequence(Qt.Key.Key_Return))],
        )
        bar = QHBoxLayout()
        bar.addWidget(self.problem_title, 1)
        bar.addWidget(self.open_problem_button)
        return self._section(bar, self.problem_table, "today-problems", self.problem_title)

    def _due_menu_items(self) -> list[MenuItem]:
        return [
            MenuItem(self.done_button, "Ctrl+Return"),
            MenuItem(self.kept_button, "Ctrl+K"),
            MenuItem(self.snooze_button),
            MenuItem(self.open_due_button, QKeySequence(Qt.Key.Key_Return)),
        ]

    def _section(self, bar: QHBoxLayout, table: RowTable, key: str, title: QLabel) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(table, 1)
        self.folds[key] = Fold(box, bar, table, key, keep=title)
        return box

    # cells ------------------------------------------------------------------------------------

    def _due_text(self, item: DueItem) -> str:
        if item.overdue:
            # when it was due, in the date style of every table, and how late that is now
            return self.tr("{date}, {days} late").format(
                date=format_short_date(item.due_at.date(), self.lang),
                days=format_days(item.days_late, self.lang),
            )
        if item.kind == PROMISE:
            return self.tr("Today")
        return self.tr("Today {time}").format(time=item.due_at.strftime("%H:%M"))

    def _due_type(self, item: DueItem) -> str:
        if item.kind == PROMISE:
            return self.tr("Promise")
        return self.tr("Follow-up (repeats)") if item.recurring else self.tr("Follow-up")

    @staticmethod
    def _late_colour(item: DueItem):
        return error_colour() if item.overdue else None

    def _age_text(self, problem: ProblemOpenNow) -> str:
        if problem.age_days == 0:
            return self.tr("Today")
        return format_days(problem.age_days, self.lang)

    @staticmethod
    def _old_colour(problem: ProblemOpenNow):
        return error_colour() if problem.age_days >= 7 else None

    def _problem_status(self, problem: ProblemOpenNow) -> str:
        status = v.label(problem.status)
        if not problem.answered:
            return self.tr("{status}, no response yet").format(status=status)
        return status

    # data -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.lang = resolve_language(get_setting("language"))
        screen = first_screen.take() or today_screen()
        view = screen.view
        self.heading.setText(initial_capital(format_weekday_date(view.day, self.lang)))
        self._show_pulse(view.pulse)
        self._show_happy(view)
        self._reload(self.due_table, self.due_model, view.due)
        if not view.due:
            due_text = self.tr("<b>Due today and overdue</b>: nothing, well done.")
        elif view.due_count > len(view.due):
            due_text = self.tr(
                "<b>Due today and overdue</b>: {count} ({late} late; the {shown} most urgent here, "
                "all of them on the Promises and Follow-ups pages)"
            )
        else:
            due_text = self.tr("<b>Due today and overdue</b>: {count} ({late} late)")
        self.due_title.setText(
            due_text.format(count=view.due_count, late=view.due_late, shown=len(view.due))
        )
        self._reload(self.problem_table, self.problem_model, view.problems)
        if view.problem_count > len(view.problems):
            text = self.tr("<b>Open complaints and concerns</b>: {count} (the {shown} most urgent)")
        else:
            text = self.tr("<b>Open complaints and concerns</b>: {count}")
        self.problem_title.setText(text.format(count=view.problem_count, shown=len(view.problems)))
        self.losing_touch.show_found(screen.losing_touch, self.lang)
        self.time_left.show_found(screen.time_left)
        self.retention_notice.show_count(screen.retention_due)
        self.empty_hint.show_when_empty(not view.due and not view.problems)
        self._update_buttons()

    @staticmethod
    def _reload(table: RowTable, model: RowsModel, rows: list) -> None:
        chosen = table.selected_row()
        index = table.selected_index()
        scrolled = table.verticalScrollBar().value()
        model.set_rows(rows)
        table.fit_columns(model.columnCount() - 1)  # "What" takes the room left
        if chosen is None or not table.select_where(lambda r: r == chosen):
            table.select_index(index if index >= 0 else 0)
        table.verticalScrollBar().setValue(scrolled)

    def _happy_text(self, figures: HappyFigures) -> str:
        if figures.index is None:
            return self.tr("no ratings")
        return self.tr("{index}/100 from %n rating(s)", "", figures.count).format(
            index=format_number(figures.index, self.lang, 0)
        )

    def _show_happy(self, view: TodayView) -> None:
        """Customers: today's and this month's index with their counts; staff: this month's pulse,
        a fixed period shown only from 3 answers up (see happy_index)."""
        today, month = view.happy_today, view.happy_month
        self.happy_map.show_map(view.happy_map or {}, self.lang)
        self.happy_today.setText(
            self.tr("Today: {today} · this month: {month}").format(
                today=self._happy_text(today), month=self._happy_text(month)
            )
        )
        # a counter sees customers only (issue 18): no staff column, no staff pulse
        staff = accounts.may("staff")
        for label in (
            self.staff_header,
            self.staff_pulse,
            *(p[1] for p in self.pulse_values.values()),
        ):
            label.setVisible(staff)
        if staff:
            pulse = view.pulse
            result = pulse_results(f"{pulse.year:04d}-{pulse.month:02d}")
            self.staff_pulse.setText(result.message())

    def _show_pulse(self, pulse: MonthSummary) -> None:
        lang = self.lang
        self.pulse_box.setTitle(
            self.tr("This month: {month}").format(month=format_month(pulse.year, pulse.month, lang))
        )
        dash = "—"
        for column, side in enumerate((pulse.customer, pulse.staff)):
            self.pulse_values["entries"][column].setText(format_number(side.entries, lang))
            self.pulse_values["satisfaction"][column].setText(
                self.tr("{score} / 5").format(score=format_number(side.avg_satisfaction, lang, 1))
                if side.avg_satisfaction is not None
                else dash
            )
            hours = side.median_first_response_hours
            self.pulse_values["response"][column].setText(
                format_duration(hours, lang) if hours is not None else dash
            )
        figures = pulse.promises
        self.promise_rate.setText(
            format_percent(figures.rate, lang) if figures.rate is not None else dash
        )
        self.promise_detail.setText(
            self.tr(
                "{kept} of {settled} on time, %n still open and late", "", figures.open_overdue
            ).format(kept=figures.kept_on_time, settled=figures.due - figures.still_open)
        )

    # actions ----------------------------------------------------------------------------------

    def _update_buttons(self, *args) -> None:
        item = self.due_table.selected_row()
        self.done_button.setEnabled(item is not None and item.kind == FOLLOWUP)
        self.kept_button.setEnabled(item is not None and item.kind == PROMISE)
        self.snooze_button.setEnabled(item is not None and item.kind == FOLLOWUP)
        self.open_due_button.setEnabled(item is not None)
        self.open_problem_button.setEnabled(self.problem_table.selected_row() is not None)

    def done_selected(self) -> None:
        """Done for a follow-up, kept for a promise."""
        item = self.due_table.selected_row()
        if item is None:
            return
        if item.kind == FOLLOWUP:
            complete_followup(self, item.item_id, initiator=self)
        else:
            attempt_write(
                self, promises.keep_promise, item.item_id, changed=Kind.PROMISE, initiator=self
            )
        self.refresh()

    def snooze_selected(self, preset: str) -> None:
        item = self.due_table.selected_row()
        if item is None or item.kind != FOLLOWUP:
            return
        attempt_write(
            self,
            followups.snooze_followup,
            item.item_id,
            preset,
            changed=Kind.FOLLOWUP,
            initiator=self,
        )
        self.refresh()

    def open_due(self, *args) -> None:
        item = self.due_table.selected_row()
        if item is not None:
            self.context.show_item(item.kind, item.item_id)

    def _show_person(self, page: str, person_id: int) -> None:
        if self.context.show_page is not None:
            self.context.show_page(page).select_person(person_id)

    def open_problem(self, *args) -> None:
        problem = self.problem_table.selected_row()
        if problem is not None:
            self.context.show_item("entry", problem.entry_id)

    def focus_item(self, kind: str, item_id: int) -> None:
        self.refresh()
        if kind in (FOLLOWUP, PROMISE):
            self.due_table.select_where(lambda i: (i.kind, i.item_id) == (kind, item_id))
        elif kind == "entry":
            self.problem_table.select_where(lambda p: p.entry_id == item_id)
