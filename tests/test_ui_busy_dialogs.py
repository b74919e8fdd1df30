"""The dialogs, the Settings page, the welcome step and the reminder clock while another program holds
the journal's write lock: the event loop keeps turning, what was typed stays when the journal stays
busy, a click repeated during the wait does not run the action twice, and a reminder is announced
once the journal is free again (never twice)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QMessageBox

from cxjournal import vocabulary as v
from cxjournal.services import people, settings
from cxjournal.store.models import Announcement, FollowUp, Person, Promise
from cxjournal.ui.dialogs import followup_dialog, person_item_dialogs, promise_dialog
from cxjournal.ui.dialogs.departments_dialog import DepartmentsDialog
from cxjournal.ui.dialogs.person_dialog import PersonDialog
from cxjournal.ui.dialogs.welcome import WelcomeDialog
from cxjournal.ui.shell.notifier import ReminderNotifier
from tests.builders import a_customer, a_followup
from tests.helpers import open_page
from tests.test_ui_busy_journal import (  # noqa: F401 (short_wait is a fixture)
    STALL_BUDGET_MS,
    another_process_writing,
    short_wait,
    stall_meter,
)

# Another program holds SQLite's write lock on the journal file.
pytestmark = pytest.mark.file_only


@pytest.fixture
def warnings(monkeypatch):
    """Message boxes recorded instead of shown (a modal box would stop the test)."""
    shown: list[str] = []
    for name in ("warning", "information"):
        monkeypatch.setattr(
            QMessageBox, name, staticmethod(lambda _parent, _title, text, *a: shown.append(text))
        )
    return shown


@pytest.fixture
def idle_pool():
    """Background jobs finish before the journal is closed at the end of the test."""
    yield
    assert QThreadPool.globalInstance().waitForDone(10_000)


# Dialogs that save --------------------------------------------------------------------------------


def test_person_dialog_saves_while_another_program_writes_without_freezing(qtbot, journal):
    dialog = PersonDialog(v.CUSTOMER)
    qtbot.addWidget(dialog)
    dialog.name.setText("Zoé Nouvelle")
    dialog.email.setText("zoe@example.org")
    with another_process_writing(journal), stall_meter() as gaps:
        dialog.save()
    assert dialog.result() == PersonDialog.DialogCode.Accepted
    assert Person.get().email == "zoe@example.org"
    assert gaps["max"] < STALL_BUDGET_MS, gaps


def test_person_dialog_keeps_the_text_when_the_journal_stays_busy(qtbot, short_wait):  # noqa: F811
    zoe = a_customer("Zoé", phone="01 02 03 04 05")
    dialog = PersonDialog(v.CUSTOMER, zoe)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Zoé Martin")
    dialog.notes.setPlainText("Préfère être appelée le matin")
    other = sqlite3.connect(short_wait, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        dialog.save()
        assert dialog.isVisible() and dialog.result() != PersonDialog.DialogCode.Accepted
        assert dialog.general_error.isVisibleTo(dialog)
        assert "busy" in dialog.general_error.text()
        assert (dialog.name.text(), dialog.notes.toPlainText()) == (
            "Zoé Martin",
            "Préfère être appelée le matin",
        )
        assert Person.get_by_id(zoe.id).name == "Zoé"
    finally:
        other.close()
    dialog.save()  # the same text, once the other program is done
    assert dialog.result() == PersonDialog.DialogCode.Accepted
    assert Person.get_by_id(zoe.id).name == "Zoé Martin"


def test_the_welcome_step_keeps_its_answers_when_the_journal_stays_busy(
    qtbot,
    short_wait,  # noqa: F811
):
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Boulangerie Zoé")
    other = sqlite3.connect(short_wait, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        dialog.accept()
        assert dialog.isVisible() and not dialog.saved
        assert dialog.error.isVisibleTo(dialog) and "busy" in dialog.error.text()
        assert dialog.name.text() == "Boulangerie Zoé"
    finally:
        other.close()
    dialog.accept()
    assert dialog.result() == WelcomeDialog.DialogCode.Accepted
    assert settings.get_setting("business_name") == "Boulangerie Zoé"


def _new_promise(qtbot):
    dialog = promise_dialog.PromiseDialog(person=a_customer("Léa"))
    dialog.what.setPlainText("Rappeler pour le devis")
    return dialog, dialog.accept, lambda: Promise.select().count() == 1


def _new_followup(qtbot):
    dialog = followup_dialog.FollowUpDialog()
    dialog.title.setText("Rappeler le fournisseur")
    return dialog, dialog.accept, lambda: FollowUp.select().count() == 1


def _promise_to_person(qtbot):
    dialog = person_item_dialogs.PromiseDialog(a_customer("Léa"))
    dialog.what.setText("Un geste commercial")
    return dialog, dialog.save, lambda: Promise.select().count() == 1


def _followup_with_person(qtbot):
    dialog = person_item_dialogs.FollowUpDialog(a_customer("Léa"))
    dialog.what.setText("Prendre des nouvelles")
    return dialog, dialog.save, lambda: FollowUp.select().count() == 1


def _new_department(qtbot):
    dialog = DepartmentsDialog()
    dialog.name.setText("Pâtisserie")
    return dialog, dialog.add, lambda: [d.name for d in people.list_departments()] == ["Pâtisserie"]


def _welcome(qtbot):
    dialog = WelcomeDialog()
    dialog.name.setText("Boulangerie Zoé")
    return dialog, dialog.accept, lambda: settings.get_setting("business_name") == "Boulangerie Zoé"


@pytest.mark.parametrize(
    "make",
    [
        _new_promise,
        _new_followup,
        _promise_to_person,
        _followup_with_person,
        _new_department,
        _welcome,
    ],
)
def test_other_dialogs_save_while_another_program_writes_without_freezing(
    qtbot, journal, warnings, make
):
    dialog, save, saved = make(qtbot)
    qtbot.addWidget(dialog)
    with another_process_writing(journal), stall_meter() as gaps:
        save()
    assert warnings == []
    assert saved()
    assert gaps["max"] < STALL_BUDGET_MS, gaps


def test_settings_page_saves_while_another_program_writes_without_freezing(qtbot, journal):
    _window, page = open_page(qtbot, "settings")
    page.business_name.setText("Chez Zoé")
    page.flags["keep_in_tray"].setChecked(False)
    with another_process_writing(journal), stall_meter() as gaps:
        assert page.save()
    assert settings.get_setting("business_name") == "Chez Zoé"
    assert settings.get_flag("keep_in_tray") is False
    assert page.message.text() == "Settings saved."
    assert gaps["max"] < STALL_BUDGET_MS, gaps


# A click repeated while the write waits -----------------------------------------------------------


def test_a_double_click_on_done_while_waiting_completes_one_follow_up(
    qtbot, journal, fake_clock, warnings
):
    first = a_followup("Devis", due_at="2026-11-15 09:00")
    second = a_followup("Livraison", due_at="2026-11-15 10:00")
    _window, page = open_page(qtbot, "today")
    assert page.due_table.select_where(lambda i: i.item_id == first.id)
    clicks: list[int] = []

    def click_again() -> None:  # the second click of a double-click, while the first one waits
        clicks.append(1)
        qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(300, click_again)
    with another_process_writing(journal):
        qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert clicks == [1]  # the second click did happen during the wait
    assert warnings == []  # not "This follow-up is already done."
    assert FollowUp.get_by_id(first.id).done_at is not None
    assert FollowUp.get_by_id(second.id).done_at is None
    qtbot.mouseClick(
        page.done_button, Qt.MouseButton.LeftButton
    )  # a click after the write works as usual
    assert FollowUp.get_by_id(second.id).done_at is not None


# The reminder clock -------------------------------------------------------------------------------


def test_the_reminder_tick_never_freezes_and_announces_once_the_journal_is_free(
    qtbot, journal, fake_clock, idle_pool
):
    item = a_followup("Rappeler Amélie", due_at="2026-11-16 09:30")
    notifier = ReminderNotifier(interval_ms=20)
    announced: list = []
    notifier.announced.connect(announced.extend)
    try:
        assert notifier.start() == []
        fake_clock.set(datetime(2026, 11, 16, 9, 30))
        with another_process_writing(journal), stall_meter() as gaps:
            qtbot.wait(1000)  # about fifty ticks while the other program holds the lock
        qtbot.waitUntil(lambda: bool(announced), timeout=5000)
        qtbot.wait(200)
    finally:
        notifier.stop()
    assert gaps["max"] < STALL_BUDGET_MS, gaps
    assert [r.target for r in announced] == [("followup", item.id)]  # once, not once per tick


def test_reminder_ticks_that_find_the_journal_busy_try_again_at_the_next(
    qtbot,
    short_wait,  # noqa: F811
    fake_clock,
    idle_pool,
):
    a_followup("Rappeler Amélie", due_at="2026-11-16 09:30")
    notifier = ReminderNotifier(interval_ms=50)
    announced: list = []
    notifier.announced.connect(announced.extend)
    try:
        notifier.start()
        fake_clock.advance(timedelta(hours=1))
        other = sqlite3.connect(short_wait, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with stall_meter() as gaps:
                qtbot.wait(1000)  # each check gives up after 0.3 s: a few fail in the background
            assert gaps["max"] < STALL_BUDGET_MS, gaps
            assert announced == []  # nothing shown...
            assert Announcement.select().count() == 0  # ...and nothing marked as shown
        finally:
            other.close()
        qtbot.waitUntil(lambda: len(announced) == 1, timeout=5000)
        qtbot.wait(300)  # more ticks: the reminder is not shown again
    finally:
        notifier.stop()
    assert len(announced) == 1 and Announcement.select().count() == 1
