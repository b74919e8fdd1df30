"""The main window: side bar of pages (Today, Journal, Customers, Staff, Promises, Follow-ups, Reports,
Settings), shortcuts, and remembering its size and layout between runs."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cxjournal.changes import ChangeNotice, Kind
from cxjournal.services.settings import get_setting
from cxjournal.ui.pages import PAGE_MODULES
from cxjournal.ui.shell.bus import bus
from cxjournal.ui.shell.context import AppContext
from cxjournal.ui.shell.edit_history import EditHistory, undo_actions
from cxjournal.ui.shell.menus import build_menus
from cxjournal.ui.shell.window_fit import brought_on_screen, first_geometry

PREFERRED_SIZE = QSize(1200, 760)  # cut down to the screen's available area (window_fit)

# The side bar follows the system palette (light or dark); only spacing and shape are set here.
NAV_STYLE = """
QListWidget#navigation { border: none; background: palette(window); padding-top: 8px; }
QListWidget#navigation::item { padding: 7px 12px; margin: 1px 6px; border-radius: 5px; }
QListWidget#navigation::item:selected { background: palette(highlight);
    color: palette(highlighted-text); }
QListWidget#navigation::item:hover:!selected { background: palette(midlight); }
"""


class _LazyPages(dict):
    """The window's pages by key; a page is built on first use."""

    def __init__(self, build) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, key: str) -> QWidget:
        page = self[key] = self._build(key)
        return page


class MainWindow(QMainWindow):
    quick_capture_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.history = EditHistory(self)
        self.context = AppContext(
            show_page=self.show_page, quick_capture_for=self.quick_capture_for, history=self.history
        )
        # Made after the first paint (see app.after_the_first_paint), or with the menus.
        self.tray_keeper = None  # tray.KeepInTray, with a system tray
        self.reminder_banner = None  # reminder_banner.ReminderBanner, without one
        self.connection_banner = None  # connection_banner.ConnectionBanner
        self.reminder_notifier = None  # notifier.ReminderNotifier
        self.missed_dialog = None  # reminders missed while the app was closed, when shown
        self.data_actions: list[QAction] = []
        self._titles = {
            "today": self.tr("Today"),
            "journal": self.tr("Journal"),
            "customers": self.tr("Customers"),
            "staff": self.tr("Staff"),
            "promises": self.tr("Promises"),
            "followups": self.tr("Follow-ups"),
            "reports": self.tr("Reports"),
            "insights": self.tr("Insights"),
            "settings": self.tr("Settings"),
        }
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setFixedWidth(180)
        self.nav.setStyleSheet(NAV_STYLE)
        self.stack = QStackedWidget()
        # Pages are built the first time they are shown (or asked for), so the window opens fast.
        self.pages: dict[str, QWidget] = _LazyPages(self._build_page)
        self._placeholders: dict[str, QWidget] = {}
        for key in PAGE_MODULES:
            placeholder = QWidget()
            self._placeholders[key] = placeholder
            self.stack.addWidget(placeholder)
            QListWidgetItem(self._titles[key], self.nav)
        self.nav.currentRowChanged.connect(self._show_row)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        self.banner_slot = right  # the reminder banner goes above the pages
        right.addWidget(self.stack, 1)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)
        self._make_actions()
        self.quick_capture_requested.connect(lambda: self.quick_capture_for(None))
        bus().changed.connect(self._on_changed)
        bus().edited.connect(self.history.record_edit)
        self.update_title()
        self._restore_state()
        self.apply_role()
        self.nav.setCurrentRow(0)
        from cxjournal.ui.shell.email_drop import EmailDrop

        self.email_drop = EmailDrop(self)  # .eml files dropped on the window are logged

    # pages ------------------------------------------------------------------------------------

    def _build_page(self, key: str) -> QWidget:
        module = importlib.import_module(f"cxjournal.ui.pages.{key}")
        page = module.Page(self.context, self)
        page.setObjectName(f"page-{key}")
        placeholder = self._placeholders.pop(key)
        index = self.stack.indexOf(placeholder)
        showing = self.stack.currentIndex() == index
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if showing:
            self.stack.setCurrentIndex(index)
        return page

    def apply_role(self) -> None:
        """Offer what the signed-in account may do: a counter has no Staff or Reports page and
        no data actions, a manager no export, import or backup (the server refuses them anyway;
        this keeps the window from offering what would only fail)."""
        from cxjournal.services.accounts import current_role, may

        self.role = current_role()
        allowed = {
            "staff": may("staff", self.role),
            "reports": may("reports", self.role),
            "insights": may("staff", self.role),  # it sets staff figures beside customers'
        }
        for row, key in enumerate(PAGE_MODULES):
            shown = allowed.get(key, True)
            self.nav.item(row).setHidden(not shown)
            self.go_actions[key].setVisible(shown)
            self.go_actions[key].setEnabled(shown)
        for action in self.data_actions:
            action.setVisible(may("export", self.role))
            action.setEnabled(may("export", self.role))

    def page_allowed(self, key: str) -> bool:
        """Whether the signed-in account sees the page ``key`` in this window."""
        return not self.nav.item(PAGE_MODULES.index(key)).isHidden()

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        page = self.pages[PAGE_MODULES[row]]
        self.stack.setCurrentIndex(row)
        page.refresh()

    def show_page(self, key: str) -> QWidget:
        """Show a page and put the keyboard in it, so its shortcuts work at once (a page the
        account may not see leaves the window where it is)."""
        if not self.page_allowed(key):
            return self.current_page()
        self.nav.setCurrentRow(PAGE_MODULES.index(key))
        page = self.pages[key]
        if not page.isAncestorOf(QApplication.focusWidget()):
            target = getattr(page, "initial_focus", None)
            if target is None:
                target = next(
                    (
                        child
                        for child in page.findChildren(QWidget)
                        if child.focusPolicy() & Qt.FocusPolicy.TabFocus
                        and child.isEnabled()
                        and child.isVisibleTo(page)
                    ),
                    None,
                )
            if target is not None:
                target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return page

    def current_page(self) -> QWidget:
        return self.pages[self.current_page_key()]

    def current_page_key(self) -> str:
        return PAGE_MODULES[self.stack.currentIndex()]

    def _on_changed(self, notice: ChangeNotice) -> None:
        """Refresh the page on show if it shows what changed; the others refresh when shown, and
        the page that made the change has refreshed itself already."""
        if Kind.SETTING in notice.kinds:
            self.update_title()
        page = self.current_page()
        if page is not notice.initiator and notice.touches(page.SHOWS):
            page.refresh()

    def update_title(self) -> None:
        name = get_setting("business_name")
        self.setWindowTitle(
            self.tr("CX Journal — {name}").format(name=name) if name else self.tr("CX Journal")
        )

    # actions ----------------------------------------------------------------------------------

    def _make_actions(self) -> None:
        capture = QAction(self.tr("New entry…"), self)
        capture.setShortcut(QKeySequence.StandardKey.New)
        capture.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        capture.triggered.connect(self.quick_capture_requested)
        self.addAction(capture)
        self.capture_action = capture
        page_actions = []
        self.go_actions: dict[str, QAction] = {}
        for number, key in enumerate(PAGE_MODULES, start=1):
            go = QAction(self._titles[key], self)
            go.setShortcut(QKeySequence(f"Ctrl+{number}"))
            go.triggered.connect(lambda _=False, k=key: self.show_page(k))
            self.addAction(go)
            page_actions.append(go)
            self.go_actions[key] = go
        self.undo_action, self.redo_action = undo_actions(self, self.history)
        refresh = QAction(self.tr("Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(lambda: self.current_page().refresh())
        self.addAction(refresh)
        self.refresh_action = refresh
        built = build_menus(self, page_actions)
        self.menus = built.by_name
        self.data_menu_anchor, self.trash_action, self.about_action = (
            built.data_anchor,
            built.trash,
            built.about,
        )
        from cxjournal.ui.shell.data_actions import install_data_actions

        install_data_actions(self)

    def quick_capture_for(self, person_id: int | None) -> None:
        """The quick-capture dialog, about ``person_id`` if given."""
        from cxjournal.ui.dialogs.quick_capture import open_quick_capture

        saved = open_quick_capture(self, person_id)
        if saved is not None:
            message = self.tr("Saved: {title}").format(title=saved.entry.title)
            from cxjournal.services.people import namesake_notice  # not needed before a capture

            notice = namesake_notice(saved.person) if saved.new_person else None
            if notice:  # a new person who shares a name with someone: say so where it is seen
                message = f"{message} — {notice}"
            self.statusBar().showMessage(message, 15000 if notice else 5000)

    def quit_app(self) -> None:
        """Quit for real, even when closing the window would only hide it in the tray."""
        keeper = self.tray_keeper
        if keeper is not None:
            keeper.quitting = True
        self.close()  # saves the window's layout on the way out
        QApplication.quit()

    # state ------------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.setGeometry(
                first_geometry(
                    PREFERRED_SIZE, self._available_area(), minimum=self.minimumSizeHint()
                )
            )
        elif not self.isMaximized() and not self.isFullScreen():
            self.setGeometry(
                brought_on_screen(
                    self.geometry(), self._available_area(), minimum=self.minimumSizeHint()
                )
            )
        state = settings.value("main/state")
        if state is not None:
            self.restoreState(state)

    def _available_area(self):
        """The available area of the screen the window opens on (where its saved place was)."""
        screen = QGuiApplication.screenAt(self.geometry().center()) or self.screen()
        return screen.availableGeometry()

    def closeEvent(self, event) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        super().closeEvent(event)
