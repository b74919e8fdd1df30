"""The Promises page: promises grouped as overdue, due soon, later and recently done, with their state
in words, and the actions keep, break, new date, cancel, reopen, new promise, edit and move to trash
(undo)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from cxjournal import clock
from cxjournal import vocabulary as v
from cxjournal.catalog import resolve_language
from cxjournal.changes import Kind
from cxjournal.formatting import format_short_date
from cxjournal.i18n import tr
from cxjournal.services import agenda, people
from cxjournal.services import promises as svc
from cxjournal.services.settings import get_setting
from cxjournal.ui.dialogs.date_dialog import ask_date
from cxjournal.ui.dialogs.promise_dialog import PromiseDialog
from cxjournal.ui.shell.context import STANDALONE, AppContext
from cxjournal.ui.widgets.assignee_field import assignee_cells, assignee_headers
from cxjournal.ui.widgets.feedback import attempt_write
from cxjournal.ui.widgets.grouped_page import GroupedPage
from cxjournal.ui.widgets.grouped_tree import Row

if TYPE_CHECKING:
    from cxjournal.store.models import Promise


class Page(GroupedPage):
    KIND = "promise"
    SHOWS = frozenset({Kind.PROMISE, Kind.PERSON, Kind.ENTRY, Kind.SETTING})

    def __init__(self, context: AppContext = STANDALONE, parent=None) -> None:
        super().__init__(
            context,
            [
                self.tr("Promised to"),
                self.tr("Customer or staff"),
                tr("Promise"),
                tr("Due"),
                self.tr("State"),
                *assignee_headers(),
            ],
            [200, 110, 380, 120],
            parent,
        )
        self.names: dict[int, str] = {}  # namesakes told apart, read once per refresh
        self.tree.setAccessibleName(QCoreApplication.translate("MainWindow", "Promises"))
        self.add_buttons(
            [
                ("new", self.tr("&New promise…"), "Ctrl+Shift+N", self.new_promise),
                ("edit", self.tr("&Edit…"), "Ctrl+E", self.edit_promise),
                ("keep", v.label(v.KEPT), "Ctrl+K", self.keep),
                ("break", v.label(v.BROKEN), "Ctrl+B", self.break_),
                ("renegotiate", self.tr("New &date…"), "Ctrl+D", self.renegotiate),
                ("cancel", v.label(v.CANCELLED), "", self.cancel),
                ("reopen", self.tr("&Reopen"), "", self.reopen),
                ("trash", self.tr("Move to &trash"), "Del", self.trash),
            ]
        )
        self.tree.doubleClicked.connect(lambda _index: self.renegotiate())
        self.empty_hint.setText(
            self.tr(
                "No open or recent promise. Press Ctrl+Shift+N or “New promise…” to note what you "
                "promised a customer or a staff member, and by when."
            )
        )
        self.refresh()

    # reading ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        lang = resolve_language(get_setting("language"))
        today = clock.now().date()
        groups = agenda.group_promises(today)
        self.names = people.distinguishing_names(p.person for g in groups for p in g.items)
        self.show_groups(
            [
                (agenda.group_heading(g), [self._row(p, today, lang) for p in g.items])
                for g in groups
            ]
        )
        self._update_buttons()

    def _row(self, promise: Promise, today, lang: str) -> Row:
        words = agenda.promise_words(promise, today)
        late = promise.status == v.PROMISE_OPEN and promise.due_date < today
        tooltip = ""
        if promise.due_date != promise.original_due_date:
            tooltip = self.tr("First promised for {date}").format(
                date=format_short_date(promise.original_due_date, lang)
            )
        return Row(
            promise.id,
            [
                self.names.get(promise.person_id, promise.person.name),
                v.label(promise.person.side),
                " ".join(promise.what.split()),
                format_short_date(promise.due_date, lang),
                words,
                *assignee_cells(promise.assigned_to),
            ],
            tooltip=tooltip,
            late=late,
            dimmed=promise.status != v.PROMISE_OPEN,
        )

    def _update_buttons(self, *_args) -> None:
        promise = self.selected()
        is_open = promise is not None and promise.status == v.PROMISE_OPEN
        for key in ("keep", "break", "renegotiate", "cancel"):
            self.buttons[key].setEnabled(is_open)
        self.buttons["reopen"].setEnabled(promise is not None and not is_open)
        self.buttons["trash"].setEnabled(promise is not None)
        self.buttons["edit"].setEnabled(promise is not None)

    # acting -----------------------------------------------------------------------------------

    def _settle(self, service, message: str) -> None:
        promise = self.selected()
        if promise is None or not self.buttons["keep"].isEnabled():
            return
        if (
            attempt_write(self, service, promise.id, changed=Kind.PROMISE, initiator=self)
            is not None
        ):
            self.refresh()
            self.undo_bar.say(message.format(what=promise.what))

    def keep(self) -> None:
        self._settle(svc.keep_promise, self.tr("Kept: {what}"))

    def break_(self) -> None:
        self._settle(svc.break_promise, self.tr("Broken: {what}"))

    def cancel(self) -> None:
        self._settle(svc.cancel_promise, self.tr("Cancelled: {what}"))

    def reopen(self) -> None:
        promise = self.selected()
        if promise is None or promise.status == v.PROMISE_OPEN:
            return
        if (
            attempt_write(
                self, svc.reopen_promise, promise.id, changed=Kind.PROMISE, initiator=self
            )
            is not None
        ):
            self.refresh()
            self.undo_bar.say(self.tr("Open again: {what}").format(what=promise.what))

    def renegotiate(self) -> None:
        promise = self.selected()
        if promise is None or promise.status != v.PROMISE_OPEN:
            return
        answer = ask_date(
            self, self.tr("New date for the promise"), self.tr("New due date"), promise.due_date
        )
        if answer is None:
            return
        new_due, note = answer
        done = attempt_write(
            self,
            svc.renegotiate_promise,
            promise.id,
            new_due,
            note=note,
            changed=Kind.PROMISE,
            initiator=self,
        )
        if done is not None:
            self.refresh()
            lang = resolve_language(get_setting("language"))
            self.undo_bar.say(
                self.tr("New date agreed: {date}").format(date=format_short_date(new_due, lang))
            )

    def new_promise(self) -> None:
        dialog = PromiseDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.promise is not None:
            self.focus_item("promise", dialog.promise.id)

    def edit_promise(self) -> None:
        """Correct what was promised, to whom or by when."""
        promise = self.selected()
        if promise is None:
            return
        dialog = PromiseDialog(self, promise=promise)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.focus_item("promise", promise.id)

    def _fetch(self, item_id: int) -> Promise:
        return svc.get_promise(item_id)

    def _label(self, promise: Promise) -> str:
        return promise.what

    def _trash_services(self):
        return svc.trash_promise, svc.restore_promise
