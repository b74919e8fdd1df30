"""The window's side of answering in time: Today's time left on each open complaint and concern
(a fake clock), the Settings section for opening hours and targets, and the entry pane's wait."""

from __future__ import annotations

from datetime import timedelta

import pytest

from cxjournal import vocabulary as v
from cxjournal.services.settings import get_setting
from cxjournal.store.models import Entry
from cxjournal.ui.shell.main_window import MainWindow
from tests.builders import a_customer, a_staff_member, an_entry
from tests.helpers import START


@pytest.fixture
def window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    return window


def test_today_shows_the_time_left_marks_the_nearly_used_and_the_late(window, fake_clock):
    an_entry(a_customer("Léa"), occurred_at=START, title="Pain brûlé")
    fake_clock.set(START + timedelta(days=1, hours=5))  # Tuesday 14:00: 15 of 16 h used
    an_entry(a_staff_member("Sam"), kind="concern", title="Planning")
    page = window.show_page("today")
    page.refresh()
    section = page.time_left
    assert not section.isHidden()
    assert section.model.texts(0, 2) == ["⚠ to answer: 1 h left", "to answer: 8 h left"]
    fake_clock.advance(timedelta(hours=2))
    page.refresh()
    assert section.model.texts(0, 2) == ["to answer: late by 1 h", "to answer: 6 h left"]
    assert "1 late" in section.title.text()


def test_today_hides_the_section_when_nothing_has_a_target(window, fake_clock):
    an_entry(a_customer("Léa"), kind="praise", occurred_at=START)
    page = window.show_page("today")
    page.refresh()
    assert page.time_left.isHidden()


def test_settings_saves_opening_hours_closed_days_and_targets(window, fake_clock):
    page = window.show_page("settings")
    page.load()
    box = page.hours_box
    assert box.days[0].text() == "09:00-19:00" and box.days[6].text() == ""
    box.days[0].clear()  # closed on Monday
    box.days[1].setText("8h-12h30 14h-19h")  # a lunch break, typed the French way
    box.closed.setText("2026-08-10..2026-08-23, 12-25")
    box.targets[f"target_{v.CUSTOMER}_complaint_response"].setValue(12)
    box.changed.emit()
    assert page.dirty
    assert page.save()
    assert get_setting("opening_hours") == ("tue 08:00-12:30 14:00-19:00; wed-sat 09:00-19:00")
    assert get_setting("closed_days") == "2026-08-10..2026-08-23, 12-25"
    assert get_setting(f"target_{v.CUSTOMER}_complaint_response") == "12"


def test_settings_refuses_hours_it_cannot_read_and_keeps_what_was_typed(window, fake_clock, qtbot):
    from PySide6.QtWidgets import QMessageBox

    page = window.show_page("settings")
    page.load()
    page.hours_box.days[2].setText("toute la journée")
    page.dirty = True
    qtbot_warning = []
    original = QMessageBox.warning
    QMessageBox.warning = lambda *args: qtbot_warning.append(args[2])
    try:
        assert not page.save()
    finally:
        QMessageBox.warning = original
    assert "toute" in qtbot_warning[0]
    assert page.hours_box.days[2].text() == "toute la journée"
    assert get_setting("opening_hours") == "mon-sat 09:00-19:00"


def test_waiting_entries_are_listed_with_their_status(window, fake_clock):
    from cxjournal.services import waiting

    complaint = an_entry(a_customer("Léa"), occurred_at=START)
    waiting.wait_on(complaint, "le fournisseur")
    assert Entry.get_by_id(complaint.id).status == v.WAITING
    page = window.show_page("today")
    page.refresh()
    assert "paused" in page.time_left.model.texts(0, 1)[0]


def test_the_entry_pane_sets_and_ends_a_wait(qtbot, fake_clock):
    from cxjournal.ui.widgets.entry_detail import EntryDetail

    complaint = an_entry(a_customer("Léa"), occurred_at=START)
    pane = EntryDetail()
    qtbot.addWidget(pane)
    pane.show_entry(complaint.id)
    control = pane.wait_control
    assert not control.wait_button.isHidden() and control.resume_button.isHidden()
    with qtbot.waitSignal(pane.changed, timeout=5000):
        control.wait_on("le fournisseur")
    row = Entry.get_by_id(complaint.id)
    assert (row.status, row.waiting_on) == (v.WAITING, "le fournisseur")
    assert control.wait_button.isHidden() and "le fournisseur" in control.on_whom.text()
    assert pane.resolve_button.isEnabled()  # a waiting entry can still be resolved
    with qtbot.waitSignal(pane.changed, timeout=5000):
        control.resume()
    assert Entry.get_by_id(complaint.id).status == v.OPEN
