"""Issue 23: tags edited in the window as in the CLI (Edit ▸ Tags…): listed as the language sorts
them with their counts, renamed, merged (a rename to another tag's name merges), each undone with
Ctrl+Z and redone with Ctrl+Shift+Z; a tag changed elsewhere meanwhile is not overwritten."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from cxjournal.services import entries, tags
from cxjournal.ui.dialogs.tags_dialog import TagsDialog
from tests.builders import an_entry
from tests.helpers import open_page


def _dialog(qtbot) -> tuple[object, TagsDialog]:
    window, _page = open_page(qtbot, "journal")
    action = next(a for a in window.menus["edit"].actions() if a.text() == "T&ags…")
    action.trigger()
    dialog = window.tags_dialog
    qtbot.addWidget(dialog)
    return window, dialog


def _listed(dialog: TagsDialog) -> list[tuple[str, int]]:
    return [(r.name, r.entries) for r in dialog.model.rows()]


def _tags_of(*items) -> list[list[str]]:
    return [entries.entry_tags(item.id) for item in items]


def test_rename_from_the_edit_menu_undo_and_redo(qtbot):
    first = an_entry(side="customer", title="Four", tags=["éclair", "pain"])
    an_entry(side="customer", title="Merci", tags=["Zinc", "cafe"])
    window, dialog = _dialog(qtbot)
    assert _listed(dialog) == [("cafe", 1), ("éclair", 1), ("pain", 1), ("Zinc", 1)]
    dialog.table.select_where(lambda t: t.name == "cafe")
    dialog.new_name.setText("Café crème")
    dialog.rename_button.click()
    assert [t.name for t in tags.tag_counts()] == ["Café crème", "éclair", "pain", "Zinc"]
    assert window.undo_action.text() == "Undo rename of tag “cafe”"
    window.undo_action.trigger()
    assert [t.name for t in tags.tag_counts()] == ["cafe", "éclair", "pain", "Zinc"]
    window.redo_action.trigger()
    assert [t.name for t in tags.tag_counts()] == ["Café crème", "éclair", "pain", "Zinc"]
    assert _tags_of(first) == [["éclair", "pain"]]


def test_merge_and_a_rename_onto_another_tag_are_undone_exactly(qtbot):
    both = an_entry(side="customer", title="Four", tags=["pain", "boulangerie"])
    only_pain = an_entry(side="customer", title="Rassis", tags=["pain"])
    other = an_entry(side="customer", title="Merci", tags=["boulangerie"])
    window, dialog = _dialog(qtbot)
    dialog.table.select_where(lambda t: t.name == "pain")
    dialog.into.setCurrentText("boulangerie")
    dialog.merge_button.click()
    assert _tags_of(both, only_pain, other) == [["boulangerie"]] * 3
    assert _listed(dialog) == [("boulangerie", 3)]
    assert window.undo_action.text() == "Undo merge of tag “pain”"
    window.undo_action.trigger()
    assert _tags_of(both, only_pain, other) == [["boulangerie", "pain"], ["pain"], ["boulangerie"]]
    window.redo_action.trigger()
    assert _tags_of(both, only_pain, other) == [["boulangerie"]] * 3
    window.undo_action.trigger()
    dialog.refresh()
    dialog.table.select_where(lambda t: t.name == "pain")
    dialog.new_name.setText("BOULANGERIE")  # another tag's name, case aside: the two merge
    dialog.rename_button.click()
    assert _tags_of(both, only_pain, other) == [["boulangerie"]] * 3
    window.undo_action.trigger()
    assert _tags_of(both, only_pain, other) == [["boulangerie", "pain"], ["pain"], ["boulangerie"]]


def test_an_empty_name_is_refused_in_place_and_changes_nothing(qtbot):
    an_entry(side="customer", title="Four", tags=["pain"])
    window, dialog = _dialog(qtbot)
    dialog.table.select_where(lambda t: t.name == "pain")
    dialog.new_name.setText("   ")
    dialog.rename_button.click()
    assert not dialog.error.isHidden() and dialog.error.text()
    assert [t.name for t in tags.tag_counts()] == ["pain"]
    assert not window.undo_action.isEnabled()


def test_an_undo_over_a_tag_renamed_elsewhere_says_so_and_overwrites_nothing(qtbot, monkeypatch):
    an_entry(side="customer", title="Four", tags=["pain"])
    window, dialog = _dialog(qtbot)
    dialog.table.select_where(lambda t: t.name == "pain")
    dialog.new_name.setText("pain frais")
    dialog.rename_button.click()
    tags.rename_tag("pain frais", "baguette")  # another computer, meanwhile
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    window.undo_action.trigger()
    assert [t.name for t in tags.tag_counts()] == ["baguette"]
    assert warned and "pain frais" in warned[0]
    assert window.undo_action.isEnabled()  # the step stays: nothing was undone
