"""The shared-journal dialog and Settings ▸ Accounts' Add dialog share their foot: the project's
Save/Cancel buttons (here Connect and Add) and one red error line, hidden until something is
wrong, accessible by name, and Cancel closes the dialog without a word. Real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from cxjournal.ui.dialogs.shared_journal import SharedJournalDialog
from cxjournal.ui.pages.settings_accounts import AddAccountDialog
from cxjournal.ui.widgets.error_label import ErrorLabel
from cxjournal.ui.widgets.palette import ERROR_COLOUR

Standard = QDialogButtonBox.StandardButton


@pytest.fixture(params=[SharedJournalDialog, AddAccountDialog], ids=["shared", "add_account"])
def dialog(request, qtbot):
    shown = request.param()
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    return dialog.findChild(QDialogButtonBox)


def test_the_foot_is_the_project_s_ok_and_cancel_with_one_red_error_line(dialog):
    box = _buttons(dialog)
    assert box.standardButtons() == Standard.Ok | Standard.Cancel
    assert box.button(Standard.Ok).text() in ("Connect", "Add")
    assert isinstance(dialog.error, ErrorLabel)
    assert ERROR_COLOUR in dialog.error.styleSheet()
    assert dialog.error.accessibleName() == "What went wrong"
    assert not dialog.error.isVisible()


def test_cancel_closes_without_an_error(dialog, qtbot):
    _buttons(dialog).button(Standard.Cancel).click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible() and dialog.error.text() == ""


def test_ok_with_something_missing_says_it_in_red_and_stays(dialog):
    if isinstance(dialog, AddAccountDialog):
        dialog.password.setText("a")
        dialog.again.setText("b")
    _buttons(dialog).button(Standard.Ok).click()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text()


def test_the_error_line_hides_when_cleared(qtbot):
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    label = ErrorLabel(window)
    window.show()
    assert not label.isVisible()
    label.say("Wrong")
    assert label.isVisible() and label.text() == "Wrong" and label.wordWrap()
    label.clear()
    assert not label.isVisible() and label.text() == ""
