"""The Tags window (Edit ▸ Tags…): every tag with how many entries carry it, renamed or merged
into another, each change undone with Ctrl+Z like any other edit of the window. Renaming to a name
another tag has (case and accents aside) merges the two, as ``cxjournal tag rename`` does."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxjournal.changes import Kind
from cxjournal.errors import CXJournalError
from cxjournal.names import name_key
from cxjournal.services import tags
from cxjournal.ui.models.table_model import Column, RowsModel
from cxjournal.ui.shell.bus import announce
from cxjournal.ui.shell.edit_history import DONE, EditHistory
from cxjournal.ui.widgets.dialog_buttons import close_buttons
from cxjournal.ui.widgets.feedback import write_waiting
from cxjournal.ui.widgets.palette import ERROR_STYLE
from cxjournal.ui.widgets.row_table import RowTable

translate = QCoreApplication.translate


@dataclass
class TagChange:
    """A rename (``merged`` False) or a merge of ``old`` into ``new``. A rename is undone by the
    rename back; a merge by putting ``old`` back on its entries (``entries``) and taking ``new``
    off those that did not carry it (``had_new``). Another computer's change of the tag meanwhile
    makes the undo fail with a message rather than overwrite it."""

    old: str
    new: str
    merged: bool
    entries: list[int] = field(default_factory=list)
    had_new: list[int] = field(default_factory=list)

    def undo(self, parent: QWidget | None) -> str | None:
        if self.merged:
            return _write(parent, tags.split_tag, self.old, self.new, self.entries, self.had_new)
        return _write(parent, tags.rename_tag, self.new, self.old)

    def redo(self, parent: QWidget | None) -> str | None:
        if self.merged:
            return _write(parent, tags.merge_tags, self.old, self.new)
        return _write(parent, tags.rename_tag, self.old, self.new)

    def undo_text(self) -> str:
        if self.merged:
            return translate("TagsDialog", "Undo merge of tag “{old}”").format(old=self.old)
        return translate("TagsDialog", "Undo rename of tag “{old}”").format(old=self.old)

    def redo_text(self) -> str:
        if self.merged:
            return translate("TagsDialog", "Redo merge of tag “{old}”").format(old=self.old)
        return translate("TagsDialog", "Redo rename of tag “{old}”").format(old=self.old)


def _write(parent: QWidget | None, service, *args) -> str | None:
    try:
        write_waiting(service, *args)
    except CXJournalError as exc:  # renamed or removed elsewhere meanwhile, or the journal busy
        QMessageBox.warning(parent, translate("EditHistory", "Cannot do that"), str(exc))
        return None
    announce(Kind.TAG, Kind.ENTRY)
    return DONE


class TagsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, history: EditHistory | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tags"))
        self.history = history if history is not None else EditHistory(self)
        self.model = RowsModel(
            [
                Column(self.tr("Tag"), lambda t: t.name),
                Column(self.tr("Entries"), lambda t: t.entries, sort_key=lambda t: t.entries),
            ],
            self,
        )
        self.table = RowTable(self.model, self.tr("Tags"))
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.new_name = QLineEdit()
        self.new_name.setAccessibleName(self.tr("New name"))
        self.into = QComboBox()
        self.into.setAccessibleName(self.tr("Merge into"))
        self.rename_button = QPushButton(self.tr("&Rename"))
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.rename_button.clicked.connect(self.rename)
        self.merge_button.clicked.connect(self.merge)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self._lay_out()
        self.refresh()

    def _lay_out(self) -> None:
        form = QFormLayout()
        rename = QHBoxLayout()
        rename.addWidget(self.new_name, 1)
        rename.addWidget(self.rename_button)
        form.addRow(self.tr("&New name"), rename)
        merge = QHBoxLayout()
        merge.addWidget(self.into, 1)
        merge.addWidget(self.merge_button)
        form.addRow(self.tr("Merge &into"), merge)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Choose a tag to rename it or merge it into another. "
                    "Ctrl+Z in the window undoes either."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(close_buttons(self))
        self.resize(440, 420)

    def refresh(self, select: str | None = None) -> None:
        self.model.set_rows(tags.tag_counts())
        self.table.fit_columns(0)
        if select is not None:
            self.table.select_where(lambda t: name_key(t.name) == name_key(select))
        self._selected()

    def selected(self) -> str | None:
        row = self.table.selected_row()
        return row.name if row is not None else None

    def _selected(self, *args) -> None:
        name = self.selected()
        self.rename_button.setEnabled(name is not None)
        self.merge_button.setEnabled(name is not None and self.model.rowCount() > 1)
        self.new_name.setText(name or "")
        self.into.clear()
        for row in self.model.rows():
            if row.name != name:
                self.into.addItem(row.name)

    def rename(self) -> None:
        old, new = self.selected(), self.new_name.text().strip()
        if old is None or new == old:
            return
        others = {name_key(r.name): r.name for r in self.model.rows() if r.name != old}
        target = others.get(name_key(new))
        if target is not None:  # the service merges them: undone as a merge
            self._merge(old, target, lambda: tags.rename_tag(old, new))
            return
        if self._run(tags.rename_tag, old, new):
            self.history.record(TagChange(old, new, merged=False))
            self.refresh(new)

    def merge(self) -> None:
        old, into = self.selected(), self.into.currentText()
        if old is not None and into:
            self._merge(old, into, lambda: tags.merge_tags(old, into))

    def _merge(self, old: str, into: str, service) -> None:
        try:
            entries, had = tags.tagged_entries(old), tags.tagged_entries(into)
        except CXJournalError as exc:
            self._show(str(exc))
            return
        if self._run(service):
            self.history.record(TagChange(old, into, True, entries, had))
            self.refresh(into)

    def _run(self, service, *args) -> bool:
        self.error.hide()
        try:
            write_waiting(service, *args)
        except CXJournalError as exc:  # an empty name, a tag gone meanwhile, the journal busy
            self._show(str(exc))
            return False
        announce(Kind.TAG, Kind.ENTRY)
        return True

    def _show(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


def show_tags(window) -> TagsDialog:
    """Open the Tags window over ``window``, its changes on the window's undo stack."""
    dialog = TagsDialog(window, window.history)
    dialog.show()
    return dialog
