"""Helpers shared by the test files (conftest.py keeps only fixtures): the suite's fixed start
time, showing a window made active so that keyboard shortcuts reach it, and what a server
journal's connection sent (libpq's trace)."""

from __future__ import annotations

from datetime import datetime

START = datetime(2026, 11, 16, 9, 0)  # a Monday morning: the fake clock's start
SYNCHRONOUS_FULL = 2  # what ``PRAGMA synchronous`` reads back for "full"


def show_active(qtbot, widget) -> None:
    """Show a window and make it the active one (offscreen Qt does not activate windows by itself),
    so that keyboard shortcuts reach it as they would on a desktop."""
    from PySide6.QtWidgets import QApplication

    widget.show()
    qtbot.waitExposed(widget)
    widget.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=2000)


def libpq_trace(work) -> list[list[str]]:
    """The messages the journal's server connection sent (``F``) and received (``B``) while
    ``work`` ran, from libpq's own trace: each a list of its tab-separated fields."""
    import tempfile

    from cxjournal.store.models import db

    pgconn = db.connection().pgconn
    with tempfile.TemporaryFile("w+") as trace:
        pgconn.trace(trace.fileno())
        try:
            work()
        finally:
            pgconn.untrace()
        trace.seek(0)
        return [line.split("\t") for line in trace if line.count("\t") > 2]


def open_page(qtbot, key: str):
    """A main window made active, showing page ``key``: returns (window, page)."""
    from cxjournal.ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    show_active(qtbot, window)
    return window, window.show_page(key)


def version_before(marker: str) -> int:
    """The schema version just before the migration step whose code mentions ``marker`` (a column
    or table it adds), so that upgrade tests survive the steps being renumbered."""
    import inspect

    from cxjournal.store import migrations

    found = [v for v, step in migrations.MIGRATIONS.items() if marker in inspect.getsource(step)]
    assert len(found) == 1, f"{marker!r} is in steps {found}"
    return found[0] - 1
