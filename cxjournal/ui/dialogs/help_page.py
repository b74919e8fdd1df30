"""The help page (F1): the daily workflows in a few lines and every shortcut of the window, read from
its actions when the page opens, so that the list cannot fall behind the menus."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMainWindow, QTextBrowser, QVBoxLayout


def _t(text: str) -> str:
    return QCoreApplication.translate("help", text)


def window_shortcuts(window: QMainWindow) -> list[tuple[str, str]]:
    """(keys, what they do) for every action of the window that has a shortcut, in the order the
    window made them (File, pages, Help…), each written as this system writes keys."""
    found = []
    for action in window.findChildren(QAction):
        if action.parent() is not window or action.shortcut().isEmpty():
            continue
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        what = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
        found.append((keys, what))
    return found


def _workflows() -> list[tuple[str, str]]:
    return [
        (
            _t("Record what was said"),
            _t(
                "Press Ctrl+N (or “New entry”) whenever a customer or a staff member tells you "
                "something: praise, a complaint, an idea, a concern. Choose the person (or type a "
                "new name), write a title, save. You can add a promise and a follow-up in the same "
                "step."
            ),
        ),
        (
            _t("Keep a promise"),
            _t(
                "The Promises page lists what you promised, by date. Mark one kept, broken or "
                "cancelled, or agree on a new date; promises due show up on Today."
            ),
        ),
        (
            _t("Follow up"),
            _t(
                "A follow-up reminds you to call someone back or check how things went, once or "
                "repeatedly. When it is due it appears on Today and in a reminder: mark it done or "
                "snooze it."
            ),
        ),
        (
            _t("The monthly report"),
            _t(
                "At the start of a month, open Reports, choose the monthly relationship report and "
                "the month, then print it or save it as a PDF to share with your team."
            ),
        ),
    ]


def help_html(window: QMainWindow) -> str:
    parts = [f"<h2>{escape(_t('How to use CX Journal'))}</h2>"]
    for title, text in _workflows():
        parts.append(f"<h3>{escape(title)}</h3><p>{escape(text)}</p>")
    parts.append(f"<h3>{escape(_t('Keyboard shortcuts'))}</h3><table cellpadding='3'>")
    for keys, what in window_shortcuts(window):
        parts.append(f"<tr><td><b>{escape(keys)}</b></td><td>{escape(what)}</td></tr>")
    parts.append("</table>")
    parts.append(
        "<p>"
        + escape(_t("Each page's own keys are written in the tips of its buttons (point at one)."))
        + "</p>"
    )
    return "".join(parts)


class HelpDialog(QDialog):
    """Shown beside the window (not modal), so the owner can read it while trying things."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("helpPage")
        self.setWindowTitle(_t("CX Journal help"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(help_html(window))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        available = window.screen().availableGeometry()
        self.resize(min(640, available.width() - 64), min(600, available.height() - 64))


def show_help(window: QMainWindow) -> HelpDialog:
    """Open the help page (again in front, when it is open already)."""
    dialog = window.findChild(HelpDialog)
    if dialog is None:
        dialog = HelpDialog(window)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
