"""The system tray icon (Open, New entry, Quit; closing the window can keep the app there) and the
wiring that starts reminders for a main window: notifier, banner, "missed" dialog, opening items."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QSystemTrayIcon,
    QWidget,
)

from cxjournal.services.settings import get_flag
from cxjournal.ui.shell.icons import app_icon
from cxjournal.ui.shell.notifier import ReminderNotifier
from cxjournal.ui.shell.reminder_banner import MissedRemindersDialog, ReminderBanner


def bring_to_front(window: QWidget) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()


def open_item(window: QMainWindow, kind: str, item_id: int) -> None:
    """Show the window on the page holding the item (and the item itself, if the page can)."""
    bring_to_front(window)
    window.context.show_item(kind, item_id)


class KeepInTray(QObject):
    """Event filter on the main window: with "keep in tray" on, closing hides it instead."""

    def __init__(self, window: QWidget, tray_visible: Callable[[], bool]) -> None:
        super().__init__(window)
        self._tray_visible = tray_visible
        self.quitting = False
        self.told = False  # the "still running" hint is shown once per run
        window.installEventFilter(self)

    def keeps(self) -> bool:
        return not self.quitting and self._tray_visible() and get_flag("keep_in_tray")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Close or not isinstance(watched, QWidget):
            return False
        if self.keeps():
            event.ignore()
            watched.hide()
            return True
        # Closing for real: with a tray the app does not quit by itself on the last window.
        QTimer.singleShot(0, QCoreApplication.quit)
        return False


def install_tray(window: QMainWindow) -> QSystemTrayIcon | None:
    """Put CX Journal in the system tray (None where there is no tray, e.g. offscreen)."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    tray = QSystemTrayIcon(app_icon(), window)
    tray.setToolTip(QCoreApplication.translate("tray", "CX Journal"))
    keeper = KeepInTray(window, tray.isVisible)
    menu = QMenu(window)
    menu.addAction(QCoreApplication.translate("tray", "Open CX Journal")).triggered.connect(
        lambda: bring_to_front(window)
    )
    new_entry = menu.addAction(QCoreApplication.translate("tray", "New entry…"))
    new_entry.triggered.connect(
        lambda: (bring_to_front(window), window.quick_capture_requested.emit())
    )
    menu.addSeparator()

    def quit_app() -> None:
        keeper.quitting = True
        window.close()  # saves the window's layout on the way out
        QCoreApplication.quit()

    menu.addAction(QCoreApplication.translate("tray", "Quit")).triggered.connect(quit_app)
    tray.setContextMenu(menu)
    tray.activated.connect(
        lambda reason: (
            bring_to_front(window) if reason == QSystemTrayIcon.ActivationReason.Trigger else None
        )
    )
    QApplication.setQuitOnLastWindowClosed(False)
    tray.show()
    window.tray_keeper = keeper
    return tray


def start_reminders(
    window: QMainWindow,
    *,
    tray: QSystemTrayIcon | None = None,
    banner: ReminderBanner | None = None,
) -> ReminderNotifier:
    """Start announcing reminders for ``window``: tray messages, else the banner; the "missed while
    closed" dialog at start; every "open" goes to ``open_item``."""
    notifier = ReminderNotifier(window, tray=tray, context=window.context)
    opener = lambda kind, item_id: open_item(window, kind, item_id)  # noqa: E731
    notifier.open_requested.connect(opener)
    if banner is not None:
        notifier.banner_requested.connect(banner.add_reminder)
        banner.open_requested.connect(opener)

    def show_missed(missed: list) -> None:
        dialog = MissedRemindersDialog(missed, window)
        dialog.open_requested.connect(opener)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        window.missed_dialog = dialog

    notifier.missed_found.connect(show_missed)
    notifier.start()
    window.reminder_notifier = notifier
    return notifier
