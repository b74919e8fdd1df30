"""The File menu's data actions: import people or history, export the journal (JSON or CSV), back up now, restore
a backup, check the journal — and the daily automatic backup at start. The CSV and calendar exports
leave confidential entries out unless the owner ticks "Include confidential entries"; the JSON export
is a complete backup. Long work runs off the GUI
thread with a progress dialog; every action calls the same service as the command line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMainWindow, QMessageBox, QWidget

from cxjournal import clock
from cxjournal.config import data_dir
from cxjournal.errors import CXJournalError
from cxjournal.ui.shell.bus import announce
from cxjournal.ui.shell.computer_settings import server_backup_wanted
from cxjournal.ui.widgets.feedback import confirm
from cxjournal.ui.widgets.worker import run_with_progress, start_job

# This module is loaded while the main window is built, before its first paint, only to make the
# menu's actions. So what the actions themselves need is imported inside them, when the owner
# chooses one (or, for store.backup, when the daily backup starts after the first paint):
# io.ics_export (icalendar, about 60 ms), io.restoring (about 14 ms), io.json_export, the import
# dialog and store.backup; together about 75 ms and 120 modules kept off the start.


def _t(text: str) -> str:
    return QCoreApplication.translate("data", text)


def backups_folder(window: QWidget) -> Path:
    """The open journal's own backups folder (beside it; see store/backup.py)."""
    from cxjournal.store.backup import backups_folder as beside

    current = window.context.journal_path()
    return beside(current) if current is not None else data_dir() / "backups"


def include_confidential(window: QWidget, title: str, text: str) -> bool | None:
    """Ask before an export that leaves confidential entries out unless they are wanted: the box
    "Include confidential entries" starts unticked. None when the owner cancels."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        window,
    )
    check = QCheckBox(_t("Include confidential entries"), box)  # owned by the box
    box.setCheckBox(check)
    if box.exec() != QMessageBox.StandardButton.Ok:
        return None
    return check.isChecked()


# Actions ----------------------------------------------------------------------------------------


def import_people(window: QMainWindow) -> None:
    from cxjournal.ui.dialogs.import_dialog import ImportDialog

    name, _ = QFileDialog.getOpenFileName(
        window,
        _t("Import people"),
        str(Path.home()),
        _t("Contacts (*.csv *.vcf *.txt);;All files (*)"),
    )
    if not name:
        return
    try:
        dialog = ImportDialog(Path(name), window)
    except CXJournalError as exc:
        QMessageBox.warning(window, _t("Import people"), str(exc))
        return
    dialog.exec()


def import_history(window: QMainWindow) -> None:
    """Entries from a spreadsheet, as ``cxjournal import entries`` (ui/dialogs/history_dialog)."""
    from cxjournal.ui.dialogs.history_dialog import HistoryImportDialog

    name, _ = QFileDialog.getOpenFileName(
        window,
        _t("Import history"),
        str(Path.home()),
        _t("Spreadsheets (*.csv *.txt);;All files (*)"),
    )
    if not name:
        return
    try:
        dialog = HistoryImportDialog(Path(name), window)
    except CXJournalError as exc:
        QMessageBox.warning(window, _t("Import history"), str(exc))
        return
    dialog.exec()


def export_journal(window: QMainWindow) -> None:
    json_filter, csv_filter = _t("Complete journal (*.json)"), _t("Spreadsheets, one CSV per table")
    stamp = clock.now().strftime("%Y-%m-%d")
    name, chosen = QFileDialog.getSaveFileName(
        window,
        _t("Export the journal"),
        str(Path.home() / f"cxjournal-{stamp}.json"),
        f"{json_filter};;{csv_filter}",
    )
    if not name:
        return
    from cxjournal.io import json_export

    target = Path(name)
    if chosen == csv_filter:
        folder = target.with_suffix("")
        secret = include_confidential(
            window,
            _t("Export the journal"),
            _t("The spreadsheets leave confidential entries out unless you include them."),
        )
        if secret is None:
            return
        job = lambda progress: json_export.export_csv(folder, include_confidential=secret)  # noqa: E731
        done_text = _t("The journal was exported to the folder {path}.").format(path=folder)
    else:
        target = target if target.suffix.lower() == ".json" else target.with_suffix(".json")
        job = lambda progress: json_export.export_json(target)  # noqa: E731
        done_text = _t(
            "The journal was exported to {path}. It is a complete backup, confidential entries "
            "included: keep it as safe as the journal."
        ).format(path=target)
    run_with_progress(
        window,
        _t("Exporting…"),
        job,
        lambda _: QMessageBox.information(window, _t("Export the journal"), done_text),
    )


def export_calendar(window: QMainWindow) -> None:
    """Open follow-ups and promise due dates as an .ics file for the owner's calendar."""
    name, _ = QFileDialog.getSaveFileName(
        window,
        _t("Export to a calendar"),
        str(Path.home() / "cxjournal.ics"),
        _t("Calendar files (*.ics)"),
    )
    if not name:
        return
    from cxjournal.io.ics_export import export_ics

    target = Path(name) if name.lower().endswith(".ics") else Path(name + ".ics")
    secret = include_confidential(
        window,
        _t("Export to a calendar"),
        _t("Confidential matters appear without their text unless you include them."),
    )
    if secret is None:
        return
    run_with_progress(
        window,
        _t("Exporting…"),
        lambda progress: export_ics(target, include_confidential=secret),
        lambda count: QMessageBox.information(
            window,
            _t("Export to a calendar"),
            QCoreApplication.translate(
                "data",
                "%n events written to {path}. Import the file again later: your calendar "
                "updates them instead of adding copies.",
                None,
                count,
            ).format(path=target),
        ),
    )


def _journal_file(window: QMainWindow, title: str) -> Path | None:
    """The journal's file for a backup, a restore or a check; on a server, says why there is
    none and gives None."""
    from cxjournal.store.backup import journal_file

    try:
        return journal_file()
    except CXJournalError as exc:
        QMessageBox.information(window, title, str(exc))
        return None


def back_up_now(window: QMainWindow) -> None:
    from cxjournal.store.backup import backup_to

    if _journal_file(window, _t("Back up the journal")) is None:
        return
    stamp = clock.now().strftime("%Y-%m-%d-%H%M")
    folder = backups_folder(window)
    name, _ = QFileDialog.getSaveFileName(
        window,
        _t("Back up the journal"),
        str(folder / f"journal-{stamp}.db"),
        _t("CX Journal backups (*.db);;All files (*)"),
    )
    if not name:
        return
    target = Path(name)
    run_with_progress(
        window,
        _t("Backing up…"),
        lambda progress: backup_to(target, progress),
        lambda path: QMessageBox.information(
            window,
            _t("Back up the journal"),
            _t("The backup was written and checked: {path}").format(path=path),
        ),
    )


def restore_backup(window: QMainWindow) -> None:
    from cxjournal.io.restoring import is_other_journal, restore_backup

    if _journal_file(window, _t("Restore a backup")) is None:
        return
    name, _ = QFileDialog.getOpenFileName(
        window,
        _t("Restore a backup"),
        str(backups_folder(window)),
        _t("CX Journal backups (*.db *.sqlite *.bak);;All files (*)"),
    )
    current = window.context.journal_path()
    if not name or current is None:
        return
    if is_other_journal(Path(name), current):
        warning = _t(
            "{backup} is a backup of another journal, not of this one. Restoring it replaces "
            "this journal with the other one. Restore it anyway?"
        ).format(backup=Path(name).name)
        if not confirm(window, _t("Restore a backup"), warning):
            return
    question = _t(
        "Replace the journal with the backup {backup}? Everything written since that backup "
        "will be set aside: the current file is kept beside it."
    ).format(backup=Path(name).name)
    if not confirm(window, _t("Restore a backup"), question):
        return
    try:
        done = restore_backup(Path(name), current, other_journal=True)
    except CXJournalError as exc:
        QMessageBox.warning(window, _t("Restore a backup"), str(exc))
        return
    announce()  # a restored journal: anything may have changed
    text = _t("The backup was restored. The previous file was kept as {path}.").format(
        path=done.kept
    )
    if done.erased_again:
        text += "\n" + QCoreApplication.translate(
            "data",
            "%n erased people were in it and were removed again (register of erasures).",
            None,
            done.erased_again,
        )
    QMessageBox.information(window, _t("Restore a backup"), text)


def check_journal_now(window: QMainWindow) -> None:
    from cxjournal.store.backup import check_journal

    path = _journal_file(window, _t("Check the journal"))
    if path is None:
        return
    problems = check_journal(path)
    if problems:
        QMessageBox.warning(window, _t("Check the journal"), "\n".join(problems))
    else:
        QMessageBox.information(
            window, _t("Check the journal"), _t("The journal is healthy: no problem was found.")
        )


def _daily_work(parent: QMainWindow, day: date):
    """The day's backup work, or None when this computer makes none of this journal."""
    from cxjournal.store.backup import auto_backup

    if parent.context.journal_path() is not None:
        return lambda progress: auto_backup(backups_folder(parent), day)
    location = parent.context.journal_location()
    if location is None or not server_backup_wanted(location):
        return None  # a server journal is copied on the computers the owner chose only
    from cxjournal.services.accounts import may

    if not may("backup"):
        return None  # signed in with an account whose copy would be partial: none is made
    from cxjournal.child_process import daily_server_backup_in_child

    return lambda progress: daily_server_backup_in_child(location, data_dir(), day)


def start_daily_backup(parent: QMainWindow, today: date | None = None) -> None:
    """The day's automatic backup, in the background, at the first start of each day: the
    journal file's, or a copy of a server journal into this computer's data folder."""
    work = _daily_work(parent, today or clock.now().date())
    if work is None:
        return
    start_job(
        work,
        on_failed=lambda exc: QMessageBox.warning(
            parent,
            _t("Automatic backup"),
            _t("Today's automatic backup could not be made: {reason}").format(reason=exc),
        ),
    )


def install_data_actions(window: QMainWindow) -> list[QAction]:
    """Add the data actions to the File menu, where the window left room for them."""
    items = [
        (_t("&Import people…"), "Ctrl+I", import_people),
        (_t("Import his&tory…"), None, import_history),
        (_t("E&xport the journal…"), "Ctrl+Shift+E", export_journal),
        (_t("Export to a &calendar…"), None, export_calendar),
        (_t("&Back up now…"), "Ctrl+Shift+B", back_up_now),
        (_t("Re&store a backup…"), None, restore_backup),
        (_t("C&heck the journal"), None, check_journal_now),
    ]
    actions = []
    for text, shortcut, handler in items:
        action = QAction(text, window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False, h=handler: h(window))
        window.menus["file"].insertAction(window.data_menu_anchor, action)
        actions.append(action)
    window.data_actions = actions
    return actions
