"""Shared fixtures: offscreen Qt, a fixed clock, and a fresh journal database for every test,
copied from an empty one built once per test process (helpers live in tests/helpers.py).

``CXJOURNAL_TEST_DATABASE`` chooses the engine: unset, each test gets a journal file; a
``postgresql://`` address (no password: PGPASSWORD), each test process gets one throw-away
database on that server, set up once and emptied between tests. Tests about the file itself are
marked ``file_only`` and skipped on a server; those marked ``server_only`` skip without one."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import sys
from pathlib import Path

import pytest

from cxjournal import clock
from cxjournal.i18n import set_translator
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.models import ALL_MODELS, db
from tests import server_db

# Kept importable from here for test files written before the helpers moved out.
from tests.helpers import START, SYNCHRONOUS_FULL, open_page, show_active  # noqa: F401


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "durable: the test's journal is opened as the app opens it, with every commit synced to "
        "disk (synchronous=full); the others skip the syncing to run faster",
    )
    config.addinivalue_line(
        "markers",
        "file_only: about the journal file itself (SQLite's files, damage, WAL, FTS5...); "
        "skipped when the tests run on a server",
    )
    config.addinivalue_line(
        "markers",
        "server_only: needs a PostgreSQL server (CXJOURNAL_TEST_DATABASE); skipped without",
    )
    config.addinivalue_line(
        "markers",
        "slow: takes seconds; run in parallel (pytest-xdist), it starts first so that the rest "
        "of the suite runs on the other workers meanwhile",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under pytest-xdist, slow tests go first: the first tests are dealt to the workers one by
    one, so each slow test starts at once beside the rest instead of ending the run alone. A
    worker has ``workerinput``; a plain serial run keeps the files' order."""
    if hasattr(config, "workerinput"):
        items.sort(key=lambda item: item.get_closest_marker("slow") is None)  # stable sort
    server = server_db.test_server()
    skip = pytest.mark.skip(
        reason="about the journal file: not run on a server"
        if server
        else "needs CXJOURNAL_TEST_DATABASE (a PostgreSQL server)"
    )
    unwanted = "file_only" if server else "server_only"
    for item in items:
        if item.get_closest_marker(unwanted) is not None:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def server_journal(worker_id: str):
    """This test process's own throw-away journal database on the test server, or None."""
    server = server_db.test_server()
    if server is None:
        yield None
        return
    address = server_db.create_database(server, worker_id)
    open_journal(address)
    close_journal()
    yield address
    server_db.drop_database(server, address.dbname)


@pytest.fixture(scope="session")
def empty_journal_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty journal made once per test process exactly as the app makes one. Copying its file
    takes about 3 ms; creating the schema again takes about 10 ms of CPU per test."""
    path = tmp_path_factory.mktemp("template") / "journal.db"
    open_journal(path)
    close_journal()  # the last connection to close checkpoints the WAL into the file
    assert not path.with_name(path.name + "-wal").exists()
    return path


def _copy_private(source: Path, target: Path) -> None:
    """Copy the template to a new file that only its owner can read, as the app creates journals."""
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with open(source, "rb") as src, os.fdopen(fd, "wb") as dst:
        shutil.copyfileobj(src, dst)


@pytest.fixture(autouse=True, scope="session")
def _garbage_collected_on_the_main_thread():
    """As in the app (ui/shell/gui_gc.py): a collection in a worker thread can destroy Qt objects
    of the GUI thread and crash the process, so the collector runs here, between tests."""
    import gc

    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_between_tests():
    yield
    from cxjournal.ui.shell.gui_gc import collect_due

    collect_due()


@pytest.fixture(autouse=True)
def journal(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
    server_journal,
):
    """Every test gets its own empty journal file, never the user's, and plain English.

    It is opened without syncing to disk (a lost power cut cannot happen in a test), except in
    tests marked ``durable``, which check what survives a crash and get the app's own settings.
    """
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("LC_ALL", "C.UTF-8")  # English unless a test asks for French
    set_translator(None)
    durable = request.node.get_closest_marker("durable") is not None
    if server_journal is not None:
        monkeypatch.setenv("CXJOURNAL_DB", str(server_journal))
        server_db.empty_journal(server_journal, ALL_MODELS)
        open_journal(server_journal, durable=durable)
        yield server_journal
        close_journal()
        clock.use_clock(None)
        set_translator(None)
        _forget_qt_settings()
        return
    path = tmp_path / "journal.db"
    monkeypatch.setenv("CXJOURNAL_DB", str(path))
    _copy_private(request.getfixturevalue("empty_journal_template"), path)
    open_journal(path, durable=durable)
    if durable:
        assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == SYNCHRONOUS_FULL
    yield path
    close_journal()
    clock.use_clock(None)
    set_translator(None)
    _forget_qt_settings()


@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's application, speaking English as the app does at start: with the English
    catalogue, which holds the singular of counts ("1 entry", not the source's "1 entries")."""
    from cxjournal.ui.shell.translation import install_gui_translators

    install_gui_translators(qapp, "en")
    set_translator(None)
    return qapp


def _forget_qt_settings() -> None:
    """Qt fixes its settings file at a process's first QSettings (in that test's XDG_CONFIG_HOME),
    so later tests would read the window layouts earlier ones saved; and which tests share a
    process depends on how pytest-xdist deals them out. Each test starts with none saved."""
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None and qtcore.QCoreApplication.instance() is not None:
        settings = qtcore.QSettings()
        settings.clear()
        settings.sync()


@pytest.fixture
def fake_clock() -> clock.FakeClock:
    fake = clock.FakeClock(START)
    clock.use_clock(fake)
    return fake
