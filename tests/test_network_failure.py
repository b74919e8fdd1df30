"""When the network fails (a shared journal): the command line ends with one line and exit 75 for a
server it cannot reach or a connection lost mid-way (``watch`` too), server connections carry TCP
keepalives, and a journal made by a newer app is refused untouched on both engines."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from cxjournal.changes import EVERY_KIND, Kind
from cxjournal.cli import main
from cxjournal.errors import DatabaseRefusedError
from cxjournal.store import migrations
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.models import db

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def admin(journal):
    """A connection of the test's own, as the server's administrator would open one."""
    import psycopg

    return psycopg.connect(dbname=journal.dbname, **journal.connect_params(), autocommit=True)


def terminate_others(journal, *, except_pids=()) -> int:
    """End every other session on the journal's database (a real lost connection): returns how
    many were ended."""
    from tests import server_db

    keep = list(except_pids)
    with admin(server_db.test_server()) as con:  # from another database: it may refuse newcomers
        rows = con.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s "
            "AND pid <> pg_backend_pid() AND pid <> ALL(%s)",
            (journal.dbname, keep),
        ).fetchall()
    return len(rows)


def cli_process(journal, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "cxjournal", "--db", str(journal), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )


def test_a_server_that_cannot_be_reached_is_one_line_and_exit_75(capsys):
    code = main(["--db", "postgresql://nobody@127.0.0.1:1/journal", "person", "list"])
    err = capsys.readouterr().err
    assert code == 75
    assert len(err.strip().splitlines()) == 1
    assert "did not answer" in err


@pytest.mark.server_only
def test_a_login_the_server_refuses_is_bad_input_not_worth_retrying(journal, capsys):
    code = main(["--db", f"postgresql://nobody@{journal.host}/{journal.dbname}", "person", "list"])
    err = capsys.readouterr().err
    assert code == 2
    assert len(err.strip().splitlines()) == 1


@pytest.mark.server_only
def test_a_command_whose_connection_is_lost_mid_way_exits_75_having_saved_nothing(journal):
    (mine,) = db.execute_sql("SELECT pg_backend_pid()").fetchone()
    with admin(journal) as holder:
        holder.execute("BEGIN")
        holder.execute("LOCK TABLE person IN ACCESS EXCLUSIVE MODE")
        (holding,) = holder.execute("SELECT pg_backend_pid()").fetchone()
        adding = cli_process(journal, "person", "add", "Zoë")
        deadline = time.monotonic() + 20
        with admin(journal) as look:
            while time.monotonic() < deadline:  # the command waits for the lock: cut it off
                waiting = look.execute(
                    "SELECT pid FROM pg_stat_activity WHERE datname = %s AND wait_event_type = "
                    "'Lock'",
                    (journal.dbname,),
                ).fetchall()
                if waiting:
                    break
                time.sleep(0.05)
        assert waiting, "the command never reached the server"
        terminate_others(journal, except_pids=(mine, holding))
        _out, err = adding.communicate(timeout=30)
        holder.execute("ROLLBACK")
    assert adding.returncode == 75, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert db.execute_sql("SELECT count(*) FROM person").fetchone()[0] == 0


@pytest.mark.server_only
def test_watch_whose_connection_is_lost_says_so_in_one_line_and_exits_75(journal):
    (mine,) = db.execute_sql("SELECT pg_backend_pid()").fetchone()
    watch = cli_process(journal, "watch", "--timeout", "30")
    deadline = time.monotonic() + 20
    with admin(journal) as look:
        while time.monotonic() < deadline:  # both of its connections are open
            (count,) = look.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s "
                "AND application_name = 'CX Journal' AND pid <> %s",
                (journal.dbname, mine),
            ).fetchone()
            if count >= 2:
                break
            time.sleep(0.05)
    terminate_others(journal, except_pids=(mine,))
    _out, err = watch.communicate(timeout=30)
    assert watch.returncode == 75, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


@pytest.mark.server_only
def test_server_connections_notice_a_dead_link_through_tcp_keepalives(journal):
    from cxjournal.store.changelog import ChangeWatcher

    watcher = ChangeWatcher()
    try:
        for connection in (db.connection(), watcher._listener):
            params = connection.info.get_parameters()
            assert params.get("keepalives") == "1"
            assert int(params["keepalives_idle"]) <= 10
            assert int(params["keepalives_interval"]) * int(params["keepalives_count"]) <= 20
    finally:
        watcher.close()


def _mark_newer(journal) -> None:
    if isinstance(journal, Path):
        import sqlite3

        close_journal()
        con = sqlite3.connect(journal)
        with con:
            con.execute(
                "INSERT INTO schema_version (version, changed_at) VALUES (99, '2026-01-01')"
            )
        con.close()
        return
    with admin(journal) as con:
        con.execute("INSERT INTO schema_version (version, changed_at) VALUES (99, now())")
    close_journal()


def _stored_versions(journal) -> list[int]:
    if isinstance(journal, Path):
        import sqlite3

        con = sqlite3.connect(journal)
        try:
            return [v for (v,) in con.execute("SELECT version FROM schema_version ORDER BY 1")]
        finally:
            con.close()
    with admin(journal) as con:
        return [v for (v,) in con.execute("SELECT version FROM schema_version ORDER BY 1")]


def test_a_journal_upgraded_by_a_newer_app_is_refused_untouched_in_plain_words(journal, capsys):
    before = _stored_versions(journal)
    _mark_newer(journal)
    with pytest.raises(DatabaseRefusedError) as refused:
        open_journal(journal)
    message = str(refused.value)
    assert "was upgraded by a newer version of CX Journal" in message and "99" in message
    assert "Install that version on this computer" in message
    assert main(["--db", str(journal), "person", "add", "Zoë"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "newer version" in err
    assert _stored_versions(journal) == sorted([*before, 99])
    assert migrations.SCHEMA_VERSION < 99


@pytest.fixture
def refusing(journal):
    """``refuse()`` makes the server turn new connections to the journal away (as if it were
    unreachable), ``allow()`` lets them in again; allowed again at the end whatever happened."""

    from tests import server_db

    def switch(allowed: bool) -> None:
        with admin(server_db.test_server()) as con:  # from another database: not this one's
            con.execute(f'ALTER DATABASE "{journal.dbname}" ALLOW_CONNECTIONS {allowed!s}')

    yield switch
    switch(True)


@pytest.fixture
def stops():
    """What to stop when the test ends, passed or not (a watcher left running outlives the
    journal)."""
    to_stop: list = []
    yield to_stop
    for stop in to_stop:
        stop()


@pytest.mark.server_only
def test_the_window_says_the_connection_is_lost_keeps_the_typing_and_comes_back(
    qtbot, journal, refusing, stops
):
    from cxjournal.ui.dialogs.quick_capture import QuickCaptureDialog
    from cxjournal.ui.shell.bus import bus
    from cxjournal.ui.shell.connection_banner import watch_journal
    from tests.helpers import open_page

    window, _page = open_page(qtbot, "journal")
    watch = watch_journal(window)
    stops.append(watch.stop)
    banner = window.connection_banner
    qtbot.waitUntil(lambda: watch.notifier is not None, timeout=10_000)  # listens once painted
    old_notifier = watch.notifier
    assert old_notifier is not None and banner.isHidden()
    notices = []
    bus().changed.connect(notices.append)

    dialog = QuickCaptureDialog(window)  # opened before the link went, typed in after
    qtbot.addWidget(dialog)
    refusing(False)
    assert terminate_others(journal) >= 2  # the window's connection and its listening one
    qtbot.waitUntil(lambda: banner.isVisible(), timeout=10_000)
    assert banner.message.text() == "Connection to the journal lost — retrying…"
    assert banner.retry_button.isVisible()

    dialog.title.setText("Four froid ce matin")
    dialog.details.setPlainText("Le client attendait depuis 8 h.")
    dialog.save()  # the server turns it away: nothing saved, nothing typed lost, no box
    assert dialog.saved is None and dialog.result() == 0
    assert dialog.title.text() == "Four froid ce matin"
    assert dialog.details.toPlainText() == "Le client attendait depuis 8 h."
    assert banner.isVisible()

    refusing(True)
    notices.clear()
    qtbot.mouseClick(banner.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: banner.message.text() == "Connected again", timeout=10_000)
    assert not watch.lost and watch.watcher.reconnections >= 1
    assert watch.notifier is not None and watch.notifier is not old_notifier
    assert any(notice.kinds == EVERY_KIND for notice in notices)  # every page refreshed

    dialog.save()
    assert dialog.saved is not None
    assert db.execute_sql("SELECT count(*) FROM entry").fetchone()[0] == 1
    watch.stop()


@pytest.mark.server_only
def test_after_a_reconnection_the_changes_made_meanwhile_are_published(
    qtbot, journal, refusing, stops
):
    from cxjournal.ui.shell.bus import bus
    from cxjournal.ui.shell.connection_banner import watch_journal
    from tests.helpers import open_page

    window, _page = open_page(qtbot, "journal")
    watch = watch_journal(window)
    stops.append(watch.stop)
    notices = []
    bus().changed.connect(notices.append)
    with admin(journal) as other:  # another computer, still connected
        (other_pid,) = other.execute("SELECT pg_backend_pid()").fetchone()
        refusing(False)
        terminate_others(journal, except_pids=(other_pid,))
        qtbot.waitUntil(lambda: watch.lost, timeout=10_000)
        other.execute("INSERT INTO setting (key, value) VALUES ('business_name', 'Chez Zoë')")
    refusing(True)
    qtbot.waitUntil(lambda: not watch.lost, timeout=15_000)  # reconnects by itself
    assert any(notice.kinds == {Kind.SETTING} for notice in notices)
    watch.stop()


def test_a_computer_not_showing_reminders_claims_none_and_the_next_start_lists_them(
    qtbot, fake_clock
):
    from datetime import timedelta

    from PySide6.QtWidgets import QWidget

    from cxjournal.store.models import Announcement
    from cxjournal.ui.shell import this_computer
    from cxjournal.ui.shell.notifier import ReminderNotifier
    from tests.builders import a_customer, a_followup

    assert this_computer.shows_reminders()  # on unless turned off
    a_followup(title="Rappeler Zoë", due_at="2026-11-16 10:00", person=a_customer("Zoë"))
    holder = QWidget()
    qtbot.addWidget(holder)
    this_computer.set_shows_reminders(False)  # the counter computer
    counter = ReminderNotifier(holder)
    fake_clock.advance(timedelta(hours=2))
    assert counter.start() == [] and counter.check_now() == []
    assert Announcement.select().count() == 0  # left for another computer
    counter.stop()

    this_computer.set_shows_reminders(True)  # the back office, started later
    back_office = ReminderNotifier(holder)
    missed = []
    back_office.missed_found.connect(missed.extend)
    back_office.start()
    assert [r.title for r in missed] == ["Rappeler Zoë"]
    back_office.stop()


def test_the_settings_page_keeps_show_reminders_on_this_computer_out_of_the_journal(qtbot):
    from cxjournal.services.settings import all_settings
    from cxjournal.ui.shell import this_computer
    from tests.helpers import open_page

    _window, page = open_page(qtbot, "settings")
    before = all_settings()
    assert page.reminders_here.isChecked()
    page.reminders_here.setChecked(False)
    assert page.save()
    assert not this_computer.shows_reminders()
    assert all_settings() == before  # nothing of it in the journal
    page.load()
    assert not page.reminders_here.isChecked()


def test_the_windows_own_writes_are_refreshed_once_and_anothers_once(qtbot, journal, stops):
    """The change log brings back this window's own commits too: they are not published a
    second time, while a change made by another connection is, once."""
    from cxjournal.changes import Origin
    from cxjournal.services import people
    from cxjournal.ui.shell.bus import bus
    from cxjournal.ui.shell.journal_watch import JournalWatch
    from cxjournal.ui.widgets.feedback import attempt_write
    from tests.helpers import open_page
    from tests.test_change_log import run_elsewhere

    window, _page = open_page(qtbot, "customers")
    watch = JournalWatch(window)
    stops.append(watch.stop)
    notices = []
    bus().changed.connect(notices.append)
    for name in ("Zoë", "Amélie", "Noé"):
        assert attempt_write(window, people.add_person, name, "customer", changed=Kind.PERSON)
    qtbot.wait(600)  # several rounds of the watch (200 ms on a file, at once on a server)
    watch.check()
    person_notices = [n for n in notices if n.touches({Kind.PERSON})]
    assert [n.origin for n in person_notices] == [Origin.THIS_WINDOW] * 3

    notices.clear()
    run_elsewhere(journal, "UPDATE person SET notes = 'Vu ailleurs' WHERE name = 'Zoë'")
    qtbot.waitUntil(lambda: any(n.touches({Kind.PERSON}) for n in notices), timeout=6000)
    qtbot.wait(400)
    watch.check()
    assert len([n for n in notices if n.touches({Kind.PERSON})]) == 1
    assert notices[0].origin != Origin.THIS_WINDOW


@pytest.mark.server_only
def test_the_heartbeat_notices_a_listening_connection_that_died(qtbot, journal, stops):
    from cxjournal.ui.shell.journal_watch import JournalWatch
    from tests.helpers import open_page

    window, _page = open_page(qtbot, "journal")
    watch = JournalWatch(window)
    stops.append(watch.stop)
    lost = []
    watch.connection_lost.connect(lambda: lost.append(True))
    watch.notifier.setEnabled(False)  # as if the link dropped: the socket never wakes
    (listening,) = watch.watcher._listener.execute("SELECT pg_backend_pid()").fetchone()
    with admin(journal) as con:
        con.execute("SELECT pg_terminate_backend(%s)", (listening,))
    watch._beat()  # the 15-second timer's work, now
    qtbot.waitUntil(lambda: lost == [True], timeout=10_000)
    qtbot.waitUntil(lambda: not watch.lost, timeout=10_000)  # and it comes back by itself
    assert watch.watcher.is_listening()


def test_the_window_refuses_a_newer_journal_with_its_dialog_and_leaves_it_untouched(
    qtbot, journal, tmp_path, monkeypatch
):
    """On both engines: the refused-journal dialog gives the plain reason; on a server it offers
    no restore (and its file dialogs start in the data folder), and the journal is not changed."""
    from PySide6.QtWidgets import QMessageBox

    from cxjournal.store.connection import current_location
    from cxjournal.ui.dialogs import refused_dialog
    from cxjournal.ui.shell import app as app_module

    before = _stored_versions(journal)
    _mark_newer(journal)
    shown = []

    def open_another(box):
        buttons = {b.text(): b for b in box.buttons()}
        shown.append((box.text(), buttons["Restore a backup…"].isVisibleTo(box)))
        buttons["Open another file…"].click()

    monkeypatch.setattr(QMessageBox, "exec", open_another)
    starts = []
    fresh = tmp_path / "other.db"
    monkeypatch.setattr(
        refused_dialog, "pick_journal", lambda start, parent=None: starts.append(start) or fresh
    )
    assert app_module._open_with_choices(journal) == fresh
    assert current_location() == fresh
    ((reason, restore_offered),) = shown
    assert "upgraded by a newer version of CX Journal" in reason
    assert restore_offered == isinstance(journal, Path)
    assert isinstance(starts[0], Path)
    assert _stored_versions(journal) == sorted([*before, 99])
