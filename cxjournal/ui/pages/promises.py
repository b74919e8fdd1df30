"""The Promises page: promises grouped as overdue, due soon, later and recently done, with their state
in words, and the actions keep, break, new date, cancel, reopen, new promise and move to trash (undo)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from cxjournal import clock
from cxjournal import vocabulary as v
from cxjournal.catalog import resolve_language
from cxjournal.formatting import format_short_date
from cxjournal.services import agenda
from cxjournal.services import promises as svc
from cxjournal.services.settings import get_setting
from cxjournal.store.models import Promise
from cxjournal.ui.date_dialog import ask_date
from cxjournal.ui.feedback import attempt, confirm
from cxjournal.ui.grouped_tree import GroupedTree, Row
from cxjournal.ui.promise_dialog import PromiseDialog
from cxjournal.ui.undo_bar import UndoBar

LATE_RED = QBrush(Qt.GlobalColor.darkRed)


class Page(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.tree = GroupedTree(
            [self.tr("Promised to"), self.tr("What"), self.tr("Due"), self.tr("State")], self
        )
        self.tree.setAccessibleName(self.tr("Promises"))
        self.tree.setColumnWidth(0, 200)
        self.tree.setColumnWidth(1, 380)
        self.tree.setColumnWidth(2, 120)
        self.tree.selectionModel().selectionChanged.connect(self._update_buttons)
        self.undo_bar = UndoBar(self)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, shortcut, slot in (
            ("new", self.tr("&New promise…"), "Ctrl+Shift+N", self.new_promise),
            ("keep", self.tr("&Kept"), "Ctrl+K", self.keep),
            ("break", self.tr("&Broken"), "Ctrl+B", self.break_),
            ("renegotiate", self.tr("New &date…"), "Ctrl+D", self.renegotiate),
            ("cancel", self.tr("&Cancelled"), "", self.cancel),
            ("reopen", self.tr("&Reopen"), "", self.reopen),
            ("trash", self.tr("Move to &trash"), "Del", self.trash),
        ):
            button = QPushButton(text)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            button.clicked.connect(slot)
            if shortcut:
                action = QAction(self)
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                action.triggered.connect(slot)
                self.addAction(action)
                button.setToolTip(QKeySequence(shortcut).toString(QKeySequence.NativeText))
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        undo = QAction(self.tr("Undo"), self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.triggered.connect(self.undo)
        self.addAction(undo)
        self.tree.doubleClicked.connect(lambda _index: self.renegotiate())
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.undo_bar)
        self.refresh()

    # reading ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        lang = resolve_language(get_setting("language"))
        today = clock.now().date()
        groups = agenda.group_promises(today)
        self.tree.set_groups(
            [(g.title, [self._row(p, today, lang) for p in g.items]) for g in groups]
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
                promise.person.name,
                " ".join(promise.what.split()),
                format_short_date(promise.due_date, lang),
                words,
            ],
            tooltip=tooltip,
            foreground=LATE_RED if late else None,
            dimmed=promise.status != v.PROMISE_OPEN,
        )

    def selected(self) -> Promise | None:
        item_id = self.tree.selected_id()
        return Promise.get_or_none(Promise.id == item_id) if item_id is not None else None

    def focus_item(self, kind: str, item_id: int) -> bool:
        if kind != "promise":
            return False
        self.refresh()
        found = self.tree.select_id(item_id)
        if found:
            self.tree.setFocus()
        return found

    def _update_buttons(self, *_args) -> None:
        promise = self.selected()
        is_open = promise is not None and promise.status == v.PROMISE_OPEN
        for key in ("keep", "break", "renegotiate", "cancel"):
            self.buttons[key].setEnabled(is_open)
        self.buttons["reopen"].setEnabled(promise is not None and not is_open)
        self.buttons["trash"].setEnabled(promise is not None)

    # acting -----------------------------------------------------------------------------------

    def _settle(self, service, message: str) -> None:
        promise = self.selected()
        if promise is None or not self.buttons["keep"].isEnabled():
            return
        if attempt(self, service, promise.id, changed="promise") is not None:
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
        if attempt(self, svc.reopen_promise, promise.id, changed="promise") is not None:
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
        done = attempt(
            self, svc.renegotiate_promise, promise.id, new_due, note=note, changed="promise"
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

    def trash(self) -> None:
        promise = self.selected()
        if promise is None:
            return
        question = self.tr("Move the promise “{what}” to the trash?").format(what=promise.what)
        if not confirm(self, self.tr("Move to trash"), question):
            return
        if attempt(self, svc.trash_promise, promise.id, changed="promise") is not None:
            self.refresh()
            self.undo_bar.offer(
                self.tr("Moved to the trash: {what}").format(what=promise.what),
                svc.restore_promise,
                promise.id,
            )

    def undo(self) -> None:
        restored = self.undo_bar.undo()
        if restored is not None:
            self.focus_item("promise", restored)
