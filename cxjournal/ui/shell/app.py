"""Starting the desktop app: the QApplication, one instance per journal, opening the journal (with
choices when it is refused), the first-run welcome, translations, the main window, reminders and tray."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cxjournal.ui.shell.startup_gc import StartupCollection


def _sign_in(address):
    """The sign-in dialog for a server that wants a password; the address opened, or None."""
    from cxjournal.store.connection import open_journal
    from cxjournal.ui.dialogs.sign_in import sign_in

    return sign_in(address, lambda where, password: open_journal(where, password=password))


def _open_with_choices(path):
    """Open the journal at ``path`` (a file or a server address), asking for the password when a
    server wants one; when refused, let the owner open another file, create a new journal or
    restore a backup until one opens. Returns where the journal opened, or None when they chose
    to quit."""
    from cxjournal.errors import CXJournalError, SignInNeededError
    from cxjournal.store.connection import open_journal
    from cxjournal.store.location import ServerAddress

    while True:
        try:
            open_journal(path)
            return path
        except SignInNeededError as exc:
            signed_in = _sign_in(path)
            if signed_in is not None:
                return signed_in
            from cxjournal.ui.dialogs import refused_dialog as refused

            choice = refused.ask_after_refusal(str(exc))
        except CXJournalError as exc:
            from cxjournal.ui.dialogs import refused_dialog as refused

            on_server = isinstance(path, ServerAddress)
            # A server journal is never restored from here (copy-to does it) and the file
            # dialogs start in the data folder, not beside an address.
            choice = refused.ask_after_refusal(str(exc), restore=not on_server)
        if choice == refused.QUIT:
            return None
        start = _files_start(path)
        if choice == refused.OPEN:
            path = refused.pick_journal(start) or path
        elif choice == refused.NEW:
            path = refused.pick_new_journal(start) or path  # opening a new name creates it
        elif choice == refused.RESTORE and not isinstance(path, ServerAddress):
            _restore_into(path)


def _files_start(path) -> Path:
    """Where the file dialogs start after a refusal: beside the refused file, or the data folder
    for a server journal."""
    from cxjournal.config import default_db_path
    from cxjournal.store.location import ServerAddress

    return default_db_path() if isinstance(path, ServerAddress) else path


def _restore_into(path: Path) -> None:
    """Restore a backup in place of the refused file ``path``: the same service as File ▸ Restore
    (the register of erasures re-applied, a backup of another journal only when confirmed)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from cxjournal.errors import CXJournalError
    from cxjournal.io.restoring import is_other_journal, restore_backup
    from cxjournal.store.backup import backups_folder
    from cxjournal.store.connection import close_journal
    from cxjournal.ui.dialogs.refused_dialog import pick_backup

    translate = QCoreApplication.translate
    backup = pick_backup(backups_folder(path))
    if backup is None:
        return
    if is_other_journal(backup, path):
        answer = QMessageBox.question(
            None,
            "CX Journal",
            translate(
                "app",
                "{backup} is a backup of another journal, not of this one. Restoring it replaces "
                "this journal with the other one. Restore it anyway?",
            ).replace("{backup}", backup.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
    try:
        done = restore_backup(backup, path, other_journal=True)
    except CXJournalError as exc:
        QMessageBox.warning(None, "CX Journal", str(exc))
        return
    finally:
        close_journal()  # opened again by the caller, the usual way
    text = translate("app", "The backup was restored. The previous file was kept as {path}.")
    text = text.replace("{path}", str(done.kept))
    if done.erased_again:
        text += "\n" + translate(
            "app",
            "%n erased people were in it and were removed again (register of erasures).",
            None,
            done.erased_again,
        )
    QMessageBox.information(None, "CX Journal", text)


def _last_shared_journal() -> str | None:
    """The shared journal last opened from the window (File ▸ Open a shared journal…), when no
    journal is named by CXJOURNAL_DB: its address, which holds no password."""
    import os

    from cxjournal.config import ENV_DB

    if os.environ.get(ENV_DB):
        return None
    from PySide6.QtCore import QSettings

    from cxjournal.ui.dialogs.shared_journal import LAST_JOURNAL_KEY

    value = QSettings().value(LAST_JOURNAL_KEY)
    return value if isinstance(value, str) and value else None


def _start_reminders(window) -> None:
    from cxjournal.ui.shell.reminder_banner import ReminderBanner
    from cxjournal.ui.shell.tray import install_tray, start_reminders

    tray = install_tray(window)
    banner = ReminderBanner(window)
    banner.hide()
    window.banner_slot.insertWidget(0, banner)
    window.reminder_banner = banner
    start_reminders(window, tray=tray, banner=banner)


def verify_in_background(window) -> None:
    """Look for damage in the journal off the GUI thread (see store.connection); if found, say so
    at once: from then on nothing is written to the file."""
    from cxjournal.store.connection import verify_journal
    from cxjournal.ui.widgets.worker import start_job

    def failed(exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        from cxjournal.errors import CXJournalError

        if isinstance(exc, CXJournalError):
            QMessageBox.critical(window, "CX Journal", str(exc))

    start_job(lambda progress: verify_journal(), on_failed=failed)


def _daily_backup(window) -> None:
    from cxjournal.ui.shell.data_actions import start_daily_backup

    start_daily_backup(window)


def tell_repairs(window):
    """Say once, over the window, what the upgrade that opened this journal repaired and where the
    copy taken before upgrading a server journal is (None if nothing). Returns the message box,
    shown without blocking."""
    from cxjournal.store import migrations

    if not migrations.repaired_on_open and migrations.copied_before_upgrade is None:
        return None
    from PySide6.QtWidgets import QMessageBox

    from cxjournal.store.repair_checkins import repair_message

    told = []
    if migrations.copied_before_upgrade is not None:
        told.append(migrations.upgrade_copy_message())
    if migrations.repaired_on_open:
        told.append(repair_message(migrations.repaired_on_open))
    box = QMessageBox(QMessageBox.Icon.Information, "CX Journal", "", parent=window)
    box.setText("\n\n".join(told))
    # told: the next opening of the window does not repeat it
    migrations.repaired_on_open, migrations.copied_before_upgrade = 0, None
    box.open()
    return box


def _may_need_welcome() -> bool:
    """A cheap first look (the welcome dialog's module loads only when it may be needed)."""
    from cxjournal.services.settings import get_flag, get_setting

    return not (get_flag("welcomed") or get_setting("business_name"))


def _bring_forward(window) -> None:
    from cxjournal.ui.shell.tray import bring_to_front

    bring_to_front(window)


# The core modules the first screen uses. They are imported before PySide6, on purpose: once
# PySide6 is loaded, every later import also passes through its import hook, and the same modules
# measured 55 M more CPU instructions (about 7 % of a start) imported after it than before.
FIRST_SCREEN_CORE = (
    "cxjournal.store.connection",
    "cxjournal.services.settings",
    "cxjournal.services.today",
    "cxjournal.formatting",
)


def _load_core_first(db: str | None) -> None:
    import importlib

    for name in FIRST_SCREEN_CORE:
        importlib.import_module(name)
    _load_driver_first(db)


def _load_driver_first(db: str | None) -> None:
    """When the journal named by ``--db`` or ``CXJOURNAL_DB`` is on a server, psycopg too is
    imported before PySide6 (see FIRST_SCREEN_CORE): its import measured 95 ms of CPU before
    PySide6 and 115 ms after. A journal remembered by the window (QSettings) is known only once
    Qt is loaded: the driver comes with the journal then, as it did."""
    from cxjournal.config import resolve_db_path
    from cxjournal.errors import CXJournalError
    from cxjournal.store import driver
    from cxjournal.store.location import ServerAddress

    try:
        where = resolve_db_path(db)
    except CXJournalError:
        return  # a malformed address: opening it says so, with the window's choices
    if isinstance(where, ServerAddress):
        driver.load()


def _say_missing_library() -> bool:
    """Print one line and return True when Qt would abort for want of system libraries."""
    from cxjournal.ui.shell.platform_check import missing_packages

    packages = missing_packages()
    if not packages:
        return False
    from cxjournal.cli.translation import install_cli_translator
    from cxjournal.i18n import tr

    install_cli_translator()
    names = " ".join(packages)
    print(
        tr(
            "cxjournal: the window needs these system packages: {packages}; install them "
            "(sudo apt install {packages}) and start again.",
            "cli",
        ).format(packages=names),
        file=sys.stderr,
    )
    return True


def run_gui(db: str | None = None) -> int:
    if _say_missing_library():
        return 1
    from cxjournal.ui.shell.startup_gc import StartupCollection

    collection = StartupCollection()  # until the first paint (see startup_gc)
    try:
        return _run_gui(db, collection)
    finally:
        collection.release()


def after_the_first_paint(window, guard, collection: StartupCollection) -> None:
    """Everything the first screen does not need waits until it is painted: the start measured
    0.33 s with it before the paint and 0.28 s after (README, Performance). The single-instance lock
    is held already, so a second launch meanwhile waits for the answer (SingleInstance retries)."""
    from PySide6.QtCore import QTimer

    from cxjournal.ui.shell.first_paint import after_first_paint

    def later(ms: int, work) -> None:
        after_first_paint(window, lambda: QTimer.singleShot(ms, work))

    after_first_paint(window, guard.listen)  # answer a second launch
    after_first_paint(window, collection.release)  # the garbage collector, held off until now
    after_first_paint(window, lambda: _collect_on_gui_thread(window))
    later(200, lambda: _start_reminders(window))
    later(300, lambda: tell_repairs(window))  # what an upgrade repaired, said once
    later(800, lambda: verify_in_background(window))  # damage looked for off the GUI thread
    later(1500, lambda: _daily_backup(window))
    later(400, lambda: _idle_lock(window))
    later(2000, _forget_old_account_events)


def _forget_old_account_events() -> None:
    """An owner's window deletes the account events past their year (a server only)."""
    from cxjournal import clock
    from cxjournal.errors import CXJournalError
    from cxjournal.services.account_event_retention import forget_old_account_events

    try:
        forget_old_account_events(clock.now())
    except CXJournalError:  # a lost connection: the next start or retention run does it
        pass


def _idle_lock(window) -> None:
    from cxjournal.ui.shell.idle_lock import install_idle_lock

    install_idle_lock(window)


def _guard_after_welcome(guard):
    """The welcome may have opened a shared journal instead: the guard follows it (None: another
    window has that one, and was asked to come forward)."""
    from cxjournal.store.connection import current_location
    from cxjournal.ui.shell.single_instance import SingleInstance, instance_key

    location = current_location()
    if location is None or instance_key(location) == guard.key:
        return guard
    moved = SingleInstance(location)
    guard.release()
    return moved if moved.claim(listen=False) else None


def _collect_on_gui_thread(window) -> None:
    """From now on the garbage collector runs on the GUI thread only (see gui_gc)."""
    from cxjournal.ui.shell.gui_gc import GuiThreadCollector

    window.garbage_collector = GuiThreadCollector(window)


def _kiosk_account() -> bool:
    """A kiosk's account records ratings and pulse answers and reads nothing: it gets the kiosk,
    never the journal's window (the server would refuse every page anyway)."""
    from cxjournal.services.accounts import KIOSK, current_role

    return current_role() == KIOSK


def _settings_kept_in_memory() -> str:
    """From now on the settings are read once and kept (the window hears of every change to
    them: ``bus._deliver``); returns the journal's language."""
    from cxjournal.services.settings import get_setting, keep_settings_cached

    keep_settings_cached(True)
    return get_setting("language")


def _run_gui(db: str | None, collection: StartupCollection) -> int:
    _load_core_first(db)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from cxjournal.config import resolve_db_path
    from cxjournal.services.settings import get_setting
    from cxjournal.store.connection import close_journal
    from cxjournal.ui.shell.crash_log import install_crash_handler
    from cxjournal.ui.shell.first_paint import (
        timing_start,
    )
    from cxjournal.ui.shell.icons import app_icon
    from cxjournal.ui.shell.single_instance import SingleInstance
    from cxjournal.ui.shell.translation import install_gui_translators

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("CX Journal")
    app.setOrganizationName("CXJournal")
    app.setDesktopFileName("cxjournal")
    app.setWindowIcon(app_icon())
    install_crash_handler()
    install_gui_translators(app, "system")  # the journal's own choice is known once it is open
    # Should the window take long to appear (a refused file, the first-run welcome), collect anyway.
    QTimer.singleShot(10_000, collection.release)

    path = resolve_db_path(db or _last_shared_journal())
    guard = SingleInstance(path)
    if not guard.claim(listen=False):
        return 0  # the running window was asked to come forward
    opened = _open_with_choices(path)
    if opened is None:
        guard.release()
        return 0
    if opened != path:
        guard.release()
        guard = SingleInstance(opened)
        if not guard.claim(listen=False):
            close_journal()
            return 0
    if _kiosk_account():
        from cxjournal.ui.kiosk.run import run_kiosk

        try:
            return run_kiosk(staff=False)
        finally:
            guard.release()
            close_journal()
    install_gui_translators(app, _settings_kept_in_memory())

    if not timing_start() and _may_need_welcome():
        from cxjournal.ui.dialogs.welcome import needs_welcome, run_welcome

        if needs_welcome() and run_welcome():
            install_gui_translators(app, get_setting("language"))
        guard = _guard_after_welcome(guard)
        if guard is None:
            close_journal()
            return 0  # the welcome opened a journal another window has: that one came forward

    return _run_window(app, guard, collection)


def _run_window(app, guard, collection: StartupCollection) -> int:
    """The main window on the open journal, until it is closed."""
    from cxjournal.store.connection import close_journal
    from cxjournal.ui.shell import first_screen
    from cxjournal.ui.shell.first_paint import exit_after_first_paint_if_asked

    first_screen.start_reading()  # while the window's modules load and its widgets are built
    from cxjournal.ui.shell.connection_banner import watch_journal
    from cxjournal.ui.shell.main_window import MainWindow

    window = MainWindow()
    window.instance_guard = guard  # it follows the window to another journal (journal_switch)
    guard.wake_requested.connect(lambda: _bring_forward(window))
    window.show()
    window.journal_watch = watch_journal(window)  # changes made elsewhere, a lost server
    exit_after_first_paint_if_asked(window)
    after_the_first_paint(window, guard, collection)
    try:
        return app.exec()
    finally:
        from cxjournal.child_process import shut_down

        shut_down()
        window.instance_guard.release()
        close_journal()
