"""Reminders in the running app (offscreen: no tray, so the in-app banner), driven by a FakeClock."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget

from cxjournal.services import followups, people, settings
from cxjournal.store.models import FollowUp
from cxjournal.ui.shell.main_window import MainWindow
from cxjournal.ui.shell.notifier import ReminderNotifier
from cxjournal.ui.shell.reminder_banner import MissedRemindersDialog, ReminderBanner
from cxjournal.ui.shell.tray import KeepInTray, install_tray, start_reminders
from tests.builders import a_customer, a_followup, a_staff_member, an_entry


class Parts:
    """A notifier feeding a banner, like the main window wires them (the holder keeps them alive)."""

    def __init__(self, qtbot) -> None:
        self.holder = QWidget()
        qtbot.addWidget(self.holder)
        self.banner = ReminderBanner(self.holder)
        self.notifier = ReminderNotifier(self.holder)
        self.notifier.banner_requested.connect(self.banner.add_reminder)

    def __iter__(self):
        return iter((self.notifier, self.banner))


@pytest.fixture
def app_parts(qtbot):
    parts = Parts(qtbot)
    yield parts
    parts.notifier.stop()


def restart(qtbot, parts: Parts) -> Parts:
    """Stop this run's notifier and start a new one, as after quitting and reopening the app."""
    parts.notifier.stop()
    return Parts(qtbot)


def test_followup_coming_due_raises_exactly_one_banner(qtbot, fake_clock, app_parts):
    notifier, banner = app_parts
    item = a_followup(title="Rappeler Amélie", due_at="2026-11-16 09:30")
    assert notifier.start() == []
    assert notifier.check_now() == [] and not banner.isVisibleTo(banner.parentWidget())
    fake_clock.set(datetime(2026, 11, 16, 9, 30))
    [new] = notifier.check_now()
    assert new.target == ("followup", item.id)
    assert notifier.check_now() == []
    assert [r.key for r in banner.pending()] == [new.key]
    assert banner.isVisibleTo(banner.parentWidget())
    assert "Rappeler Amélie" in banner.headline.text()
    # After a restart it is not announced again.
    again = restart(qtbot, app_parts)
    assert again.notifier.start() == []
    assert again.notifier.check_now() == [] and again.banner.pending() == []


def test_the_timer_announces_without_being_asked(qtbot, fake_clock):
    notifier = ReminderNotifier(interval_ms=20)
    a_followup(title="Four", due_at="2026-11-16 09:05")
    notifier.start()
    fake_clock.advance(timedelta(minutes=5))
    with qtbot.waitSignal(notifier.banner_requested, timeout=2000) as blocker:
        pass
    assert blocker.args[0].title == "Four"
    notifier.stop()


def test_snoozed_stays_quiet_until_its_time(qtbot, fake_clock, app_parts):
    notifier, banner = app_parts
    item = a_followup(title="Devis", due_at="2026-11-16 09:10")
    notifier.start()
    fake_clock.set(datetime(2026, 11, 16, 9, 10))
    assert len(notifier.check_now()) == 1
    banner.snooze_actions["hour"].trigger()
    assert banner.pending() == []
    assert followups.get_followup(item.id).snoozed_until == datetime(2026, 11, 16, 10, 10)
    fake_clock.set(datetime(2026, 11, 16, 10, 9))
    assert notifier.check_now() == []
    fake_clock.set(datetime(2026, 11, 16, 10, 10))
    assert [r.target for r in notifier.check_now()] == [("followup", item.id)]
    assert len(banner.pending()) == 1


def test_complaint_reminder_fires_at_48_hours_not_before(qtbot, fake_clock, app_parts):
    notifier, banner = app_parts
    amelie = a_customer("Amélie")
    complaint = an_entry(kind="complaint", title="Pain brûlé", person=amelie)
    notifier.start()
    fake_clock.advance(timedelta(hours=47, minutes=59))
    assert notifier.check_now() == []
    fake_clock.advance(timedelta(minutes=1))
    [due] = notifier.check_now()
    assert (due.kind, due.target) == ("complaint", ("entry", complaint.id))
    assert not banner.done_button.isVisibleTo(banner)  # only follow-ups can be marked done here
    with qtbot.waitSignal(banner.open_requested) as opened:
        banner.open_button.click()
    assert opened.args == ["entry", complaint.id]
    assert banner.pending() == []


def test_snoozing_a_complaint_reminder_makes_a_followup(qtbot, fake_clock, app_parts):
    notifier, banner = app_parts
    amelie = a_customer("Amélie")
    complaint = an_entry(kind="complaint", title="Froid", person=amelie)
    notifier.start()
    fake_clock.advance(timedelta(hours=48))
    notifier.check_now()
    banner.snooze_actions["tomorrow"].trigger()
    [made] = followups.list_followups()
    assert (made.entry_id, made.due_at) == (complaint.id, datetime(2026, 11, 19, 9, 0))


def test_done_completes_the_followup(qtbot, fake_clock, app_parts):
    notifier, banner = app_parts
    a_followup(title="Hebdo", due_at="2026-11-16 09:01", rrule="FREQ=WEEKLY")
    notifier.start()
    fake_clock.advance(timedelta(minutes=1))
    notifier.check_now()
    banner.done_button.click()
    [upcoming] = followups.list_followups()
    assert upcoming.due_at == datetime(2026, 11, 23, 9, 1) and banner.pending() == []


def test_overdue_checkin_creates_one_followup_only(qtbot, fake_clock, app_parts):
    notifier, _banner = app_parts
    kitchen = people.add_department("Cuisine", "monthly")
    a_staff_member("Léa", department=kitchen)
    fake_clock.advance(timedelta(days=31))
    with qtbot.waitSignal(notifier.missed_found) as missed:
        notifier.start()
    assert [r.kind for r in missed.args[0]] == ["check-in"]
    for _ in range(3):
        fake_clock.advance(timedelta(hours=1))
        assert notifier.check_now() == []
    made = list(FollowUp.select().where(FollowUp.origin == "check-in"))
    assert len(made) == 1 and made[0].department_id == kitchen.id


def test_missed_while_closed_are_shown_together_at_start(qtbot, fake_clock):
    amelie = a_customer("Amélie")
    a_followup(title="Rappeler", due_at="2026-11-16 10:00", person=amelie)
    an_entry(kind="complaint", title="Pain brûlé", person=amelie)
    fake_clock.advance(timedelta(days=3))  # the app was closed meanwhile
    window = MainWindow()
    qtbot.addWidget(window)
    banner = ReminderBanner(window)
    assert install_tray(window) is None  # offscreen has no system tray
    notifier = start_reminders(window, banner=banner)
    dialog = window.missed_dialog
    assert isinstance(dialog, MissedRemindersDialog) and dialog.list.count() == 2
    assert banner.pending() == []
    dialog.list.setCurrentRow(1)
    dialog.open_button.click()
    assert window.current_page_key() == "journal"
    dialog.list.setCurrentRow(0)
    dialog.open_selected()
    assert window.current_page_key() == "followups"
    assert notifier.check_now() == []
    notifier.stop()
    dialog.close()


def test_keep_in_tray_hides_the_window_instead_of_closing(qtbot, monkeypatch):
    quits = []
    monkeypatch.setattr(
        "cxjournal.ui.shell.tray.QTimer.singleShot", lambda _ms, fn: quits.append(fn)
    )
    window = QWidget()
    qtbot.addWidget(window)
    keeper = KeepInTray(window, lambda: True)
    window.show()
    event = QCloseEvent()
    assert keeper.eventFilter(window, event) is True
    assert not event.isAccepted() and not window.isVisible() and quits == []
    settings.set_setting("keep_in_tray", False)
    assert keeper.eventFilter(window, QCloseEvent()) is False and len(quits) == 1
    settings.set_setting("keep_in_tray", True)
    keeper.quitting = True
    assert keeper.eventFilter(window, QCloseEvent()) is False
    assert keeper.eventFilter(window, QEvent(QEvent.Type.Show)) is False


class FakeTray(QObject):
    """Stands in for QSystemTrayIcon, which offscreen Qt does not have."""

    messageClicked = Signal()  # noqa: N815 (the name QSystemTrayIcon uses)

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, str]] = []

    def isVisible(self) -> bool:
        return True

    def showMessage(self, title, body, _icon, _ms) -> None:
        self.messages.append((title, body))


def test_with_a_tray_reminders_become_desktop_messages(qtbot, fake_clock):
    tray = FakeTray()
    notifier = ReminderNotifier(tray=tray)
    banners = []
    notifier.banner_requested.connect(banners.append)
    amelie = a_customer("Amélie")
    one = a_followup(title="Rappeler", due_at="2026-11-16 09:30", person=amelie)
    a_followup(title="Commander", due_at="2026-11-16 10:00")
    a_followup(title="Livrer", due_at="2026-11-16 10:00")
    notifier.start()
    fake_clock.set(datetime(2026, 11, 16, 9, 30))
    notifier.check_now()
    assert tray.messages == [("Rappeler — Amélie", "Follow-up due 16 Nov 2026, 09:30")]
    with qtbot.waitSignal(notifier.open_requested) as opened:
        tray.messageClicked.emit()
    assert opened.args == ["followup", one.id]
    fake_clock.set(datetime(2026, 11, 16, 10, 0))
    notifier.check_now()
    assert tray.messages[-1] == ("2 reminders", "Commander\nLivrer")
    assert banners == []


def test_a_check_that_runs_after_its_journal_closed_marks_nothing_anywhere(
    qtbot, monkeypatch, fake_clock, tmp_path
):
    """The clock's check runs on a worker thread: should the journal close (or another open)
    before the thread starts, it neither reads nor marks the journal open by then."""
    from cxjournal.services import reminders
    from cxjournal.store.connection import close_journal, open_journal
    from cxjournal.ui.shell import notifier as notifier_module

    a_followup(title="Rappeler Zoé", due_at=fake_clock.now() - timedelta(hours=1))
    notifier = ReminderNotifier()
    jobs = []
    monkeypatch.setattr(
        notifier_module, "start_job", lambda fn, **callbacks: jobs.append((fn, callbacks))
    )
    notifier.tick()
    [(work, callbacks)] = jobs
    close_journal()
    open_journal(tmp_path / "other.db")
    a_followup(title="Autre journal", due_at=fake_clock.now() - timedelta(hours=1))
    assert work(None) == []
    assert reminders.unannounced(reminders.due_reminders(fake_clock.now()))  # nothing marked
    callbacks["on_failed"](RuntimeError("from the closed journal"))  # not raised: not a bug here


def test_a_check_started_before_the_same_journal_was_reopened_marks_nothing(
    qtbot, monkeypatch, fake_clock, journal
):
    """The same address opened again (a restore, a reconnection, a server shared by the tests) is
    still another session: a check started before it marks nothing and fails quietly."""
    from cxjournal.services import reminders
    from cxjournal.store.connection import close_journal, open_journal
    from cxjournal.ui.shell import notifier as notifier_module

    a_followup(title="Rappeler Zoé", due_at=fake_clock.now() - timedelta(hours=1))
    notifier = ReminderNotifier()
    jobs = []
    monkeypatch.setattr(
        notifier_module, "start_job", lambda fn, **callbacks: jobs.append((fn, callbacks))
    )
    notifier.tick()
    [(work, callbacks)] = jobs
    close_journal()
    open_journal(journal)
    assert work(None) == []
    assert reminders.unannounced(reminders.due_reminders(fake_clock.now()))
    callbacks["on_failed"](AttributeError("Cannot use uninitialized Proxy."))
