"""The main window's menu bar: File (new entry, open a shared journal, data actions, quit), Edit
(undo, redo), Go (the pages) and Help (the help page, data folder, error log, About). Each item calls
an action the window or a page already offers."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from cxjournal.ui.shell.crash_log import log_path


def _open_folder(path) -> None:
    # Loaded on use: their many enums are not worth creating at every start.
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    if path is not None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class Menus(NamedTuple):
    by_name: dict[str, QMenu]  # "file", "edit", "go", "help"
    data_anchor: QAction  # the data actions (import, backup…) go before this separator
    trash: QAction
    about: QAction


def build_menus(window: QMainWindow, page_actions: list[QAction]) -> Menus:
    translate = QCoreApplication.translate
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("menus", "&File"))
    file_menu.addAction(window.capture_action)
    file_menu.addSeparator()
    shared = QAction(translate("menus", "Open a &shared journal…"), window)
    shared.triggered.connect(lambda: _open_shared(window))
    file_menu.addAction(shared)
    from cxjournal.ui.shell.session import add_session_actions

    add_session_actions(window, file_menu)
    data_anchor = file_menu.addSeparator()
    trash_action = QAction(translate("menus", "&Trash…"), window)
    trash_action.setShortcut(QKeySequence("Ctrl+Shift+Delete"))
    trash_action.triggered.connect(lambda: _show_trash(window))
    file_menu.addAction(trash_action)
    file_menu.addSeparator()
    quit_action = QAction(translate("menus", "&Quit"), window)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    quit_action.triggered.connect(window.quit_app)
    file_menu.addAction(quit_action)

    edit_menu = bar.addMenu(translate("menus", "&Edit"))
    edit_menu.addAction(window.undo_action)
    edit_menu.addAction(window.redo_action)
    edit_menu.addSeparator()
    tags_action = QAction(translate("menus", "T&ags…"), window)
    tags_action.triggered.connect(lambda: _show_tags(window))
    edit_menu.addAction(tags_action)

    view_menu = bar.addMenu(translate("menus", "&View"))
    kiosk = QAction(translate("menus", "&Kiosk mode"), window)
    kiosk.triggered.connect(lambda: open_kiosk(window, staff=False))
    view_menu.addAction(kiosk)
    pulse = QAction(translate("menus", "&Staff pulse kiosk"), window)
    pulse.triggered.connect(lambda: open_kiosk(window, staff=True))
    view_menu.addAction(pulse)

    go_menu = bar.addMenu(translate("menus", "&Go"))
    for action in page_actions:
        go_menu.addAction(action)
    go_menu.addSeparator()
    go_menu.addAction(window.refresh_action)

    help_menu = bar.addMenu(translate("menus", "&Help"))
    guide = QAction(translate("menus", "CX Journal &help"), window)
    guide.setShortcut(QKeySequence.StandardKey.HelpContents)
    guide.triggered.connect(lambda: _show_help(window))
    help_menu.addAction(guide)
    help_menu.addSeparator()
    folder = QAction(translate("menus", "Open the &data folder"), window)
    folder.triggered.connect(lambda: _open_folder(_data_folder(window)))
    help_menu.addAction(folder)
    errors = QAction(translate("menus", "Open the &error log folder"), window)
    errors.triggered.connect(lambda: _open_folder(log_path().parent))
    help_menu.addAction(errors)
    help_menu.addSeparator()
    about = QAction(translate("menus", "&About CX Journal"), window)
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(lambda: _show_about(window))
    help_menu.addAction(about)
    return Menus(
        {"file": file_menu, "edit": edit_menu, "view": view_menu, "go": go_menu, "help": help_menu},
        data_anchor,
        trash_action,
        about,
    )


def _open_shared(window: QMainWindow) -> None:
    from PySide6.QtWidgets import QMessageBox

    from cxjournal.errors import CXJournalError
    from cxjournal.ui.dialogs.shared_journal import open_shared_journal

    try:
        if open_shared_journal(window) is not None:
            window.update_title()
    except CXJournalError as exc:  # the check passed but opening failed: the old journal stays
        QMessageBox.warning(window, "CX Journal", str(exc))


def open_kiosk(window: QMainWindow, *, staff: bool):
    """The kiosk in place of the window: the journal hides until the owner's PIN lets the kiosk
    go, so a customer at the counter never sees it."""
    from cxjournal.ui.kiosk.window import KioskWindow

    kiosk = KioskWindow(staff=staff)
    window.kiosk = kiosk  # kept alive while it runs
    kiosk.left.connect(window.show)
    window.hide()
    kiosk.show_full_screen()
    return kiosk


def _show_about(window: QMainWindow) -> None:
    from cxjournal.ui.dialogs.about import show_about

    show_about(window, window.context.journal_path())


def _show_help(window: QMainWindow) -> None:
    from cxjournal.ui.dialogs.help_page import show_help

    show_help(window)


def _show_tags(window: QMainWindow) -> None:
    from cxjournal.ui.dialogs.tags_dialog import show_tags

    window.tags_dialog = show_tags(window)  # kept alive while it is open


def _show_trash(window: QMainWindow) -> None:
    from cxjournal.ui.dialogs.trash_dialog import show_trash

    show_trash(window)


def _data_folder(window: QMainWindow):
    path = window.context.journal_path()
    return path.parent if path is not None else None
