"""Undo and redo in the window: Edit ▸ Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z, Ctrl+Y) take back the
edits made through the detail pane and the dialogs, and moves to the trash; an undo is an edit like
any other, so a field someone else changed meanwhile opens the conflict dialog, and Cancel leaves
everything (the journal and the stack) as it was. A text field being typed in keeps its own Ctrl+Z."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from cxjournal.services import entries, followups, people, promises
from cxjournal.ui.dialogs.conflict_dialog import ConflictDialog
from cxjournal.ui.models.journal_model import Col
from tests.builders import a_followup, a_promise, an_entry
from tests.helpers import open_page, show_active
from tests.test_collisions import _at_once

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def answer_conflict(button: str, seen: list) -> None:
    """When the conflict dialog is up, note its fields' two versions, then press ``button``
    ("theirs_button", "mine_button") or "reject" (Cancel)."""

    def press():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(20, press)
            return
        texts = {
            w.objectName(): w.toPlainText()
            for w in dialog.findChildren(object)
            if w.objectName().endswith(("-theirs", "-mine"))
        }
        seen.append(texts)
        if button == "reject":
            dialog.reject()
        else:
            getattr(dialog, button).click()

    QTimer.singleShot(0, press)


def _journal(qtbot, entry_id: int):
    window, page = open_page(qtbot, "journal")
    page.focus_entry(entry_id)
    return window, page


def _title_shown(page, entry_id: int) -> str:
    row = page.model.row_of(entry_id)
    return page.model.index(row, Col.TITLE).data()


def _edit_title(page, title: str) -> None:
    page.detail.title.setText(title)
    page.detail.save()
    page.table.setFocus()


def test_ctrl_z_undoes_an_edit_and_ctrl_shift_z_redoes_it(qtbot):
    entry = an_entry(side="customer", title="Four en panne")
    window, page = _journal(qtbot, entry.id)
    assert not window.undo_action.isEnabled() and window.undo_action.text() == "Undo"
    _edit_title(page, "Four réparé")
    assert window.undo_action.text() == "Undo title change"
    assert window.undo_action in window.menus["edit"].actions()

    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    assert entries.get_entry(entry.id).title == "Four en panne"
    assert page.detail.title.text() == "Four en panne"
    assert _title_shown(page, entry.id) == "Four en panne"
    assert window.redo_action.text() == "Redo title change" and not window.undo_action.isEnabled()

    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL | SHIFT)
    assert entries.get_entry(entry.id).title == "Four réparé"
    assert _title_shown(page, entry.id) == "Four réparé"
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(page.table, Qt.Key.Key_Y, CTRL)  # the other Redo key
    assert entries.get_entry(entry.id).title == "Four réparé"


def test_the_undo_text_counts_the_fields(qtbot):
    entry = an_entry(side="customer", title="Four en panne")
    window, page = _journal(qtbot, entry.id)
    page.detail.title.setText("Four réparé")
    page.detail.details.setPlainText("Technicien passé")
    page.detail.tags.setText("four")
    page.detail.save()
    assert window.undo_action.text() == "Undo edit of 3 fields"
    window.undo_action.trigger()
    stored = entries.get_entry(entry.id)
    assert (stored.title, stored.details, entries.entry_tags(stored)) == ("Four en panne", "", [])


def test_an_undo_over_someone_elses_change_asks_and_cancel_changes_nothing(qtbot):
    entry = an_entry(side="customer", title="Four en panne")
    window, page = _journal(qtbot, entry.id)
    _edit_title(page, "Four réparé")
    _at_once(lambda: entries.edit_entry(entry.id, title="Four changé"))  # another computer
    seen: list = []
    answer_conflict("reject", seen)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    assert seen == [{"title-theirs": "Four changé", "title-mine": "Four en panne"}]
    assert entries.get_entry(entry.id).title == "Four changé"  # nothing overwritten
    assert window.undo_action.isEnabled() and window.undo_action.text() == "Undo title change"
    assert not window.redo_action.isEnabled()  # the stack is as it was

    show_active(qtbot, window)  # offscreen Qt does not give it back after a dialog
    page.table.setFocus()
    answer_conflict("mine_button", seen)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    assert entries.get_entry(entry.id).title == "Four en panne"  # overwritten knowingly
    assert _title_shown(page, entry.id) == "Four en panne"
    assert window.redo_action.isEnabled()


def test_use_theirs_passes_over_the_undo_and_keeps_their_version(qtbot):
    entry = an_entry(side="customer", title="Four en panne")
    window, page = _journal(qtbot, entry.id)
    _edit_title(page, "Four réparé")
    _at_once(lambda: entries.edit_entry(entry.id, title="Four changé"))
    answer_conflict("theirs_button", [])
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    assert entries.get_entry(entry.id).title == "Four changé"
    assert page.detail.title.text() == "Four changé"
    assert not window.undo_action.isEnabled()


def test_ctrl_z_in_a_line_edit_undoes_the_typing_not_the_last_edit(qtbot):
    entry = an_entry(side="customer", title="Four en panne")
    window, page = _journal(qtbot, entry.id)
    _edit_title(page, "Four réparé")
    page.search.setFocus()
    qtbot.keyClicks(page.search, "pain")
    qtbot.keyClick(page.search, Qt.Key.Key_Z, CTRL)
    assert page.search.text() == ""  # the typing went
    assert entries.get_entry(entry.id).title == "Four réparé"  # the edit stayed
    assert window.undo_action.isEnabled()
    page.detail.title.setFocus()
    qtbot.keyClicks(page.detail.title, "!")
    qtbot.keyClick(page.detail.title, Qt.Key.Key_Z, CTRL)
    assert page.detail.title.text() == "Four réparé"
    assert entries.get_entry(entry.id).title == "Four réparé"


def test_deletion_undo_and_redo_go_through_the_same_stack(qtbot):
    entry = an_entry(side="customer", title="Four en panne")
    window, page = _journal(qtbot, entry.id)
    _edit_title(page, "Four réparé")
    page.trash_entry(entry.id)
    assert window.undo_action.text() == "Undo move to the trash"
    assert page.undo_bar.undo_button.isVisibleTo(page.undo_bar)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    assert entries.get_entry(entry.id).deleted_at is None
    assert window.undo_action.text() == "Undo title change"
    assert not page.undo_bar.undo_button.isVisibleTo(page.undo_bar)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    assert entries.get_entry(entry.id).title == "Four en panne"
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL | SHIFT)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL | SHIFT)  # into the trash again
    assert window.redo_action.text() == "Redo" and not window.redo_action.isEnabled()
    trashed = entries.Entry.get_by_id(entry.id)
    assert trashed.deleted_at is not None and trashed.title == "Four réparé"


def test_a_promise_edited_from_its_page_is_undone(qtbot, fake_clock, monkeypatch):
    promise = a_promise(what="Gâteau", due="2026-11-20")
    window, page = open_page(qtbot, "promises")
    page.focus_item("promise", promise.id)
    opened: list = []

    def edit_in_dialog():
        dialog = QApplication.activeModalWidget()
        if dialog is None or not hasattr(dialog, "what"):
            QTimer.singleShot(20, edit_in_dialog)
            return
        opened.append(dialog.windowTitle())
        dialog.what.setPlainText("Gâteau au chocolat")
        dialog.accept()

    QTimer.singleShot(0, edit_in_dialog)
    page.buttons["edit"].click()
    assert opened == ["Edit promise"]
    assert promises.get_promise(promise.id).what == "Gâteau au chocolat"
    assert window.undo_action.text() == "Undo what was promised change"
    show_active(qtbot, window)  # offscreen Qt does not give it back after a dialog
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Z, CTRL)
    assert promises.get_promise(promise.id).what == "Gâteau"
    assert "Gâteau" in [
        page.tree.source.item(g, 0).child(r, 2).text()
        for g in range(page.tree.source.rowCount())
        for r in range(page.tree.source.item(g, 0).rowCount())
    ]


def test_a_followup_edit_and_a_department_rename_are_undone(qtbot, fake_clock):
    item = a_followup("Rappeler")
    kitchen = people.add_department("Cuisine")
    window, _page = open_page(qtbot, "followups")
    from cxjournal.ui.dialogs.departments_dialog import DepartmentsDialog
    from cxjournal.ui.dialogs.followup_dialog import FollowUpDialog

    dialog = FollowUpDialog(window, item=followups.get_followup(item.id))
    dialog.title.setText("Rappeler Mme Roux")
    dialog.accept()
    departments = DepartmentsDialog(window)
    departments.table.select_where(lambda d: d.id == kitchen.id)
    departments.name.setText("Fournil")
    departments.save()
    assert people.find_department(kitchen.id).name == "Fournil"
    assert window.undo_action.text() == "Undo name change"
    window.undo_action.trigger()
    assert people.find_department(kitchen.id).name == "Cuisine"
    assert window.undo_action.text() == "Undo title change"
    window.undo_action.trigger()
    assert followups.get_followup(item.id).title == "Rappeler"
    window.redo_action.trigger()
    assert followups.get_followup(item.id).title == "Rappeler Mme Roux"
