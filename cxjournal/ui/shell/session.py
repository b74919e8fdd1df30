"""Who is signed in to a shared journal in this window: File ▸ Sign out and File ▸ Switch user….

Sign out closes the journal at once (the pages are emptied, nothing of it stays on screen),
forgets the password this computer remembered for that account — someone signing out of a shared
computer expects the next person not to come in as them — and shows the sign-in dialog; cancelling
it quits. Switch user… asks for another account's name and password while the journal stays open
underneath; cancelling it changes nothing. Either way the window then adapts to the new account's
role (``MainWindow.apply_role``) and rebuilds its pages for it, and the account signed in is the
one offered at the next start.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QWidget

from cxjournal.store.location import ServerAddress


def _attempt(address: ServerAddress, password: str) -> None:
    from cxjournal.store.connection import close_journal, open_journal

    close_journal()
    open_journal(address, password=password)


def _check(address: ServerAddress, password: str) -> None:
    from cxjournal.store.server_login import check_server_journal  # loads the driver

    check_server_journal(address, password)


def shared_address() -> ServerAddress | None:
    """The open journal's server address (None for a journal file or none open)."""
    from cxjournal.store.connection import current_location

    location = current_location()
    return location if isinstance(location, ServerAddress) else None


def rebuild_pages_empty(window: QMainWindow) -> None:
    """Drop every page built so far: it was built, and read, for the account before."""
    for key in list(window.pages):
        page = window.pages.pop(key)
        placeholder = QWidget()
        window.stack.insertWidget(window.stack.indexOf(page), placeholder)
        window.stack.removeWidget(page)
        window._placeholders[key] = placeholder
        page.deleteLater()


def rebuild_for_account(window: QMainWindow) -> None:
    """The window offers what the account now signed in may do, from Today, with pages built
    again for it."""
    from cxjournal.ui.shell.bus import announce

    rebuild_pages_empty(window)
    window.apply_role()
    window.update_title()
    window.nav.setCurrentRow(-1)
    window.nav.setCurrentRow(0)
    announce()


def _sign_in_again(window: QMainWindow, address: ServerAddress, parent, ask) -> bool:
    """Ask for an account and its password, checked on a connection of its own; once one works
    the journal is opened again as it (until then the open one stays as it was)."""
    from cxjournal.ui.dialogs.shared_journal import LAST_JOURNAL_KEY
    from cxjournal.ui.dialogs.sign_in import sign_in

    checked: dict[str, str] = {}

    def check(where: ServerAddress, password: str) -> None:
        _check(where, password)  # a wrong password: the dialog says so and stays open
        checked["password"] = password

    signed = (ask or sign_in)(replace(address, user=""), check, parent)
    if signed is None:
        return False
    from cxjournal.ui.shell.journal_switch import (
        OpenElsewhereError,
        claim_guard,
        settle_guard,
        watch_again,
    )

    try:
        guard = claim_guard(window, signed)
    except OpenElsewhereError as exc:  # that account's window is open here: it came forward
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(parent, "CX Journal", str(exc))
        return False
    from cxjournal.ui.shell.capture_keeper import give_back_captures, set_aside_captures

    set_aside_captures(window, address.user)  # never saved as, nor shown to, the next account
    rebuild_pages_empty(window)
    try:
        _attempt(signed, checked["password"])
    except BaseException:
        settle_guard(window, guard, switched=False)
        raise
    settle_guard(window, guard, switched=True)
    if QSettings().value(LAST_JOURNAL_KEY):  # the account offered at the next start
        QSettings().setValue(LAST_JOURNAL_KEY, str(signed))
    watch_again(window)  # its listening connection was signed in as the account before
    rebuild_for_account(window)
    give_back_captures(window, signed.user)
    return True


def sign_out(window: QMainWindow, ask=None) -> bool:
    """Hide the journal, forget this account's remembered password, and ask who signs in next;
    False when nobody did (the app then quits). ``ask`` stands for the sign-in dialog (tests)."""
    from cxjournal.credentials import forget_password

    address = shared_address()
    if address is None:
        return False
    forget_password(address)
    rebuild_pages_empty(window)  # nothing the account read stays on screen
    window.hide()
    if not _sign_in_again(window, address, None, ask):
        window.quit_app()
        return False
    window.show()
    return True


def switch_user(window: QMainWindow, ask=None) -> bool:
    """Sign in as another account without quitting; True when it did (``ask`` as in
    ``sign_out``); cancelled, nothing changes."""
    address = shared_address()
    if address is None:
        return False
    return _sign_in_again(window, address, window, ask)


def add_session_actions(window: QMainWindow, file_menu) -> None:
    """File ▸ Sign out and File ▸ Switch user…, shown while the journal is a shared one."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QAction

    translate = QCoreApplication.translate
    switch = QAction(translate("menus", "S&witch user…"), window)
    switch.triggered.connect(lambda: switch_user(window))
    out = QAction(translate("menus", "Sign &out"), window)
    out.setToolTip(
        translate(
            "menus",
            "Close the journal on this computer and forget the password it remembered for "
            "your account; the next person signs in with their own.",
        )
    )
    out.triggered.connect(lambda: sign_out(window))
    file_menu.addAction(switch)
    file_menu.addAction(out)
    window.session_actions = (switch, out)

    def show_them() -> None:
        shared = shared_address() is not None
        for action in (switch, out):
            action.setVisible(shared)

    file_menu.aboutToShow.connect(show_them)
    show_them()
