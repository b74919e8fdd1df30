"""The window's side of a conflicting edit: the Journal's detail pane saves what was changed from
what it showed; when someone else changed a field meanwhile the conflict dialog shows both
versions, and either reloads theirs (keeping the rest of the typing) or keeps mine knowingly."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from cxjournal.services import entries
from cxjournal.ui.dialogs.conflict_dialog import ConflictDialog
from cxjournal.ui.widgets.entry_detail import EntryDetail
from tests.builders import an_entry
from tests.test_collisions import _at_once


def _answer(qtbot, button: str, seen: dict) -> None:
    """When the conflict dialog is up, note what it shows, then press ``button``."""

    def press():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(20, press)
            return
        for side in ("theirs", "mine"):
            widget = dialog.findChild(object, f"title-{side}")
            seen[side] = widget.toPlainText()
        getattr(dialog, button).click()

    QTimer.singleShot(0, press)


def _pane(qtbot, entry_id: int) -> EntryDetail:
    pane = EntryDetail()
    qtbot.addWidget(pane)
    pane.show_entry(entry_id)
    return pane


def test_use_theirs_reloads_that_field_and_keeps_the_other_typing(qtbot):
    entry = an_entry(side="customer", title="Four en panne")
    pane = _pane(qtbot, entry.id)
    pane.title.setText("Four réparé")
    pane.details.setPlainText("Technicien passé à 10 h")
    _at_once(lambda: entries.edit_entry(entry.id, title="Four cassé"))  # another computer
    seen: dict = {}
    _answer(qtbot, "theirs_button", seen)
    pane.save()
    assert seen == {"theirs": "Four cassé", "mine": "Four réparé"}
    assert pane.title.text() == "Four cassé"
    assert pane.details.toPlainText() == "Technicien passé à 10 h"  # typed, not lost
    stored = entries.get_entry(entry.id)
    assert (stored.title, stored.details) == ("Four cassé", "")


def test_keep_mine_overwrites_knowingly_and_their_other_changes_survive(qtbot):
    entry = an_entry(side="customer", title="Four en panne")
    pane = _pane(qtbot, entry.id)
    pane.title.setText("Four réparé")
    _at_once(lambda: entries.edit_entry(entry.id, title="Four cassé", details="Vu par Sam"))
    seen: dict = {}
    _answer(qtbot, "mine_button", seen)
    pane.save()
    stored = entries.get_entry(entry.id)
    assert (stored.title, stored.details) == ("Four réparé", "Vu par Sam")
    assert pane.title.text() == "Four réparé"
