"""The second performance pass on a server (issue 17): the window's listening connection is made
after its first paint, with nothing logged meanwhile missed; a journal copied onto a server has
its planner's statistics."""

from __future__ import annotations

import pytest

from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.models import db, on_server
from tests.test_change_log import run_elsewhere
from tests.test_copy_to import a_full_journal, copy, empty_server_database  # noqa: F401


@pytest.mark.server_only
def test_the_window_listens_only_after_its_first_paint_and_misses_nothing(qtbot, journal):
    from cxjournal.ui.shell.bus import bus
    from cxjournal.ui.shell.connection_banner import watch_journal
    from cxjournal.ui.shell.main_window import MainWindow
    from tests.helpers import show_active

    assert on_server()
    window = MainWindow()
    qtbot.addWidget(window)
    watch = watch_journal(window)
    try:
        assert watch.watcher.fileno() is None  # no second sign-in before the first paint
        notices = []
        bus().changed.connect(notices.append)
        # committed elsewhere after the watch began, before it listens: still reaches the window
        run_elsewhere(journal, "INSERT INTO tag (name, key) VALUES ('Vu ailleurs', 'vu ailleurs')")
        show_active(qtbot, window)
        qtbot.waitUntil(watch.watcher.is_listening, timeout=10_000)
        # listening is known on the worker thread a moment before the window's own callback
        # watches the socket: wait for that too
        qtbot.waitUntil(lambda: watch.notifier is not None, timeout=10_000)
        assert not watch.lost
        qtbot.waitUntil(lambda: bool(notices), timeout=10_000)
    finally:
        watch.stop()


@pytest.mark.server_only
def test_a_journal_copied_onto_a_server_has_its_statistics(tmp_path, empty_server_database):  # noqa: F811
    source = tmp_path / "shop.db"
    a_full_journal(source)
    assert copy(source, empty_server_database) == 0
    open_journal(empty_server_database)
    try:
        (entries,) = db.execute_sql(
            "SELECT reltuples FROM pg_class WHERE relname = 'entry'"
        ).fetchone()
        (analyzed,) = db.execute_sql(
            "SELECT count(*) FROM pg_stats WHERE tablename = 'entry' AND attname = 'side'"
        ).fetchone()
    finally:
        close_journal()
    assert entries > 200 and analyzed == 1
