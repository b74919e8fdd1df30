"""The Follow-ups page: follow-ups grouped as overdue, today, upcoming and recently done, with the
actions done (a repeating one shows its next time), snooze, edit, new and move to trash (undo)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMenu

from cxjournal import clock
from cxjournal import vocabulary as v
from cxjournal.catalog import resolve_language
from cxjournal.changes import Kind
from cxjournal.formatting import format_datetime
from cxjournal.i18n import tr
from cxjournal.services import agenda
from cxjournal.services import followups as svc
from cxjournal.services.settings import get_setting
from cxjournal.ui.dialogs.date_dialog import ask_datetime
from cxjournal.ui.dialogs.followup_dialog import FollowUpDialog
from cxjournal.ui.dialogs.how_it_went import complete_followup
from cxjournal.ui.shell.context import STANDALONE, AppContext
from cxjournal.ui.widgets.assignee_field import assignee_cells, assignee_headers
from cxjournal.ui.widgets.feedback import attempt_write
from cxjournal.ui.widgets.grouped_page import GroupedPage
from cxjournal.ui.widgets.grouped_tree import Row

if TYPE_CHECKING:
    from cxjournal.store.models import FollowUp


class Page(GroupedPage):
    KIND = "followup"
    SHOWS = frozenset(
        {Kind.FOLLOWUP, Kind.PERSON, Kind.ENTRY, Kind.PROMISE, Kind.DEPARTMENT, Kind.SETTING}
    )

    def __init__(self, context: AppContext = STANDALONE, parent=None) -> None:
        super().__init__(
            context,
            [
                tr("Follow-up"),
                self.tr("About"),
                tr("When"),
                self.tr("Repeats"),
                *assignee_headers(),
            ],
            [400, 200, 160],
            parent,
        )
        self.tree.setAccessibleName(QCoreApplication.translate("MainWindow", "Follow-ups"))
        self.tree.doubleClicked.connect(lambda _index: self.edit())
        self.add_buttons(
            [
                ("new", self.tr("&New follow-up…"), "Ctrl+Shift+N", self.new_followup),
                (
                    "done",
                    QCoreApplication.translate("ReminderBanner", "Done"),
                    "Ctrl+Return",
                    self.complete,
                ),
                ("snooze", QCoreApplication.translate("ReminderBanner", "Snooze"), "", None),
                ("edit", self.tr("&Edit…"), "Ctrl+E", self.edit),
                ("trash", self.tr("Move to &trash"), "Del", self.trash),
            ]
        )
        self.snooze_menu = QMenu(self)
        for preset, text in (
            # the same choices, in the same words, as the reminder banner
            ("hour", QCoreApplication.translate("ReminderBanner", "For an hour")),
            ("tomorrow", QCoreApplication.translate("ReminderBanner", "Until tomorrow morning")),
            ("next-week", QCoreApplication.translate("ReminderBanner", "Until next week")),
        ):
            self.snooze_menu.addAction(text, lambda p=preset: self.snooze(p))
        self.snooze_menu.addAction(self.tr("Until…"), self.snooze_until)
        self.buttons["snooze"].setMenu(self.snooze_menu)
        self.buttons["snooze"].setToolTip(self.tr("Ctrl+T: until tomorrow morning"))
        self.add_shortcut("Ctrl+T", lambda: self.snooze("tomorrow"))
        self.empty_hint.setText(
            self.tr(
                "No follow-up planned. Press Ctrl+Shift+N or “New follow-up…” to plan when to call "
                "someone back or check how things went."
            )
        )
        self.refresh()

    # reading ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        lang = resolve_language(get_setting("language"))
        now = clock.now()
        groups = agenda.group_followups(now)
        self.show_groups(
            [
                (agenda.group_heading(g), [self._row(f, g.key, lang) for f in g.items])
                for g in groups
            ]
        )
        self._update_buttons()

    def _row(self, item: FollowUp, group: str, lang: str) -> Row:
        if item.done_at is not None:
            when = self.tr("done {time}").format(time=format_datetime(item.done_at, lang))
        elif item.snoozed_until and svc.effective_due(item) != item.due_at:
            when = self.tr("{time} (snoozed)").format(
                time=format_datetime(svc.effective_due(item), lang)
            )
        else:
            when = format_datetime(item.due_at, lang)
        about = svc.followup_about(item) or v.NO_ONE
        return Row(
            item.id,
            [item.title, about, when, agenda.repeat_words(item), *assignee_cells(item.assigned_to)],
            tooltip=item.notes,
            late=group == agenda.F_OVERDUE,
            dimmed=item.done_at is not None,
        )

    def _update_buttons(self, *_args) -> None:
        item = self.selected()
        is_open = item is not None and item.done_at is None
        for key in ("done", "snooze", "edit"):
            self.buttons[key].setEnabled(is_open)
        self.buttons["trash"].setEnabled(item is not None)

    # acting -----------------------------------------------------------------------------------

    def _open_selected(self) -> FollowUp | None:
        item = self.selected()
        return item if item is not None and item.done_at is None else None

    def complete(self) -> None:
        item = self._open_selected()
        if item is None:
            return
        try_next = complete_followup(self, item.id, initiator=self).upcoming
        self.refresh()
        item = svc.get_followup(item.id)
        if item.done_at is None:
            return  # refused; the message was shown
        if try_next is None:
            self.undo_bar.say(self.tr("Done: {title}").format(title=item.title))
            return
        lang = resolve_language(get_setting("language"))
        self.undo_bar.say(
            self.tr("Done: {title}. Next time: {time}").format(
                title=item.title, time=format_datetime(try_next.due_at, lang)
            )
        )
        self.tree.select_id(try_next.id)

    def snooze(self, until) -> None:
        item = self._open_selected()
        if item is None:
            return
        snoozed = attempt_write(
            self, svc.snooze_followup, item.id, until, changed=Kind.FOLLOWUP, initiator=self
        )
        if snoozed is not None:
            self.refresh()
            lang = resolve_language(get_setting("language"))
            self.undo_bar.say(
                self.tr("Snoozed until {time}: {title}").format(
                    time=format_datetime(snoozed.snoozed_until, lang), title=item.title
                )
            )

    def snooze_until(self) -> None:
        item = self._open_selected()
        if item is None:
            return
        until = ask_datetime(
            self,
            self.tr("Snooze"),
            self.tr("Remind me on"),
            svc.snooze_presets()["tomorrow"],
        )
        if until is not None:
            self.snooze(until)

    def edit(self) -> None:
        item = self._open_selected()
        if item is None:
            return
        dialog = FollowUpDialog(self, item=item)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.focus_item("followup", item.id)

    def new_followup(self) -> None:
        dialog = FollowUpDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.focus_item("followup", dialog.saved.id)

    def _fetch(self, item_id: int) -> FollowUp:
        return svc.get_followup(item_id)

    def _label(self, item: FollowUp) -> str:
        return item.title

    def _trash_services(self):
        return svc.trash_followup, svc.restore_followup
