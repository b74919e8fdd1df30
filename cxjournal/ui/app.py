"""Starting the desktop app: the QApplication, opening the journal file, and the main window."""

from __future__ import annotations

import sys


def run_gui(db: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from cxjournal.config import resolve_db_path
    from cxjournal.errors import CXJournalError
    from cxjournal.store.connection import close_journal, open_journal
    from cxjournal.ui.first_paint import exit_after_first_paint_if_asked
    from cxjournal.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("CX Journal")
    app.setOrganizationName("CXJournal")
    try:
        open_journal(resolve_db_path(db))
    except CXJournalError as exc:
        QMessageBox.critical(None, app.translate("app", "CX Journal"), str(exc))
        return 2
    window = MainWindow()
    window.show()
    exit_after_first_paint_if_asked(window)
    try:
        return app.exec()
    finally:
        close_journal()
