"""The welcome step's three ways to begin: an empty journal (the default), a demo journal to try
first (a separate file; the shop's journal stays empty), or the shop's contacts imported now."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from cxjournal.services.settings import get_flag, get_setting
from cxjournal.store.connection import close_journal, current_location, open_journal
from cxjournal.store.models import Entry, Person
from cxjournal.ui.dialogs.import_dialog import ImportDialog
from cxjournal.ui.dialogs.welcome import WelcomeDialog
from cxjournal.ui.dialogs.welcome_start import DEMO, EMPTY, IMPORT, demo_location

CONTACTS = Path(__file__).parent / "fixtures" / "import" / "excel-fr.csv"


def _welcome(qtbot, choice: str) -> WelcomeDialog:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("Boulangerie Martin")
    assert dialog.start.choice() == EMPTY  # unless chosen otherwise
    dialog.start.buttons[choice].click()
    assert dialog.start.choice() == choice
    return dialog


def test_the_three_ways_to_begin_are_offered_in_words(qtbot):
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    on_file = isinstance(current_location(), Path)  # a server has no folder for a demo file
    assert [b.isVisibleTo(dialog) for b in dialog.start.buttons.values()] == [True, on_file, True]
    assert "demo" in dialog.start.buttons[DEMO].text()
    assert "contacts" in dialog.start.buttons[IMPORT].text()


def test_starting_empty_leaves_the_journal_empty(qtbot):
    dialog = _welcome(qtbot, EMPTY)
    journal = current_location()
    dialog.accept()
    assert dialog.saved and current_location() == journal
    assert Person.select().count() == 0 and get_setting("business_name") == "Boulangerie Martin"


@pytest.mark.file_only
def test_a_demo_opens_beside_the_journal_which_stays_empty(qtbot, fake_clock):
    journal = current_location()
    dialog = _welcome(qtbot, DEMO)
    dialog.accept()
    assert dialog.result() == WelcomeDialog.DialogCode.Accepted
    assert current_location() == demo_location(journal) != journal
    assert Person.select().count() > 10 and Entry.select().count() > 100
    close_journal()
    open_journal(journal)
    assert Person.select().count() == 0 and Entry.select().count() == 0
    assert get_flag("welcomed") and get_setting("business_name") == "Boulangerie Martin"


def test_importing_contacts_opens_the_import_on_this_journal(qtbot, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(CONTACTS), ""))
    imported = []

    def import_and_close(self):  # the person's clicks in the import dialog
        self.import_button.click()
        qtbot.waitUntil(lambda: Person.select().count() == 2, timeout=10000)
        qtbot.waitUntil(lambda: not self.import_button.isEnabled(), timeout=10000)
        qtbot.wait(50)  # the progress dialog closes
        imported.append(self.path)
        return 1

    monkeypatch.setattr(ImportDialog, "exec", import_and_close)
    journal = current_location()
    dialog = _welcome(qtbot, IMPORT)
    dialog.accept()
    assert imported == [CONTACTS] and current_location() == journal
    assert dialog.saved and Person.select().count() == 2
