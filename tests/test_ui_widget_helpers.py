"""The small shared widget helpers: code combo boxes, Save/Cancel buttons, the error colour."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox

from cxjournal import vocabulary as v
from cxjournal.ui.widgets.combo import fill_codes, select_code
from cxjournal.ui.widgets.dialog_buttons import close_buttons, save_cancel_buttons
from cxjournal.ui.widgets.palette import ERROR_COLOUR, ERROR_STYLE, error_brush, error_colour


def test_fill_codes_shows_labels_keeps_codes_and_replaces_what_was_there(qtbot):
    box = QComboBox()
    box.addItem("left over", "old")
    fill_codes(box, v.SIDES, blank="Both sides")
    assert [box.itemData(i) for i in range(box.count())] == [None, *v.SIDES]
    assert box.itemText(0) == "Both sides"
    assert box.itemText(1) == v.label(v.SIDES[0])


def test_select_code_falls_back_to_the_first_item(qtbot):
    box = QComboBox()
    fill_codes(box, v.CADENCES)
    select_code(box, "monthly")
    assert box.currentData() == "monthly"
    select_code(box, "no such code")
    assert box.currentIndex() == 0


def test_save_calls_the_handler_and_cancel_rejects(qtbot):
    dialog = QDialog()
    saved = []
    buttons = save_cancel_buttons(dialog, lambda: saved.append(True))
    buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert saved == [True]
    dialog.open()
    buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_ok_accepts_when_no_handler_is_given(qtbot):
    dialog = QDialog()
    buttons = save_cancel_buttons(dialog, save=QDialogButtonBox.StandardButton.Ok)
    assert buttons.button(QDialogButtonBox.StandardButton.Save) is None
    dialog.open()
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_close_rejects(qtbot):
    dialog = QDialog()
    buttons = close_buttons(dialog)
    dialog.open()
    buttons.button(QDialogButtonBox.StandardButton.Close).click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()


def test_one_error_colour_for_labels_and_items():
    assert error_colour().name() == ERROR_COLOUR
    assert error_brush().color() == error_colour()
    assert ERROR_COLOUR in ERROR_STYLE
