"""Screenshots of the main window's pages on a demo journal, for the README and for reviewing the UI.

    xvfb-run -a -s "-screen 0 1280x720x24" python tools/screenshots.py --out docs/screenshots --lang fr
    xvfb-run -a -s "-screen 0 1920x1080x24" python tools/screenshots.py --out /tmp/big --lang en --dialogs

Builds a demo journal in a temporary folder (never touches yours), opens the real window on a real X
server (Xvfb) at the size it takes on that screen (all of it: the worst case of a small laptop), or
``--size WxH``, and saves one PNG per page, the Reports page with its preview built. ``--dialogs``
adds the help page, quick capture, the Resolve dialog and the welcome step.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DIALOGS = ("help", "quick-capture", "resolve", "welcome")


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.partition("x")
    return int(width), int(height)


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--lang", choices=("fr", "en"), default="en")
    parser.add_argument("--pages", nargs="*", help="page keys (default: all)")
    parser.add_argument("--size", type=_size, help="window size WxH (default: the whole screen)")
    parser.add_argument("--dialogs", action="store_true", help="also " + ", ".join(DIALOGS))
    return parser.parse_args()


def _grab_dialog(app, window, key: str, path: Path) -> None:
    """Open dialog ``key`` over the window, save it, close it (never saving anything)."""
    from PySide6.QtCore import QTimer

    if key == "help":
        from cxjournal.ui.dialogs.help_page import show_help

        dialog = show_help(window)
        app.processEvents()
        dialog.grab().save(str(path))
        dialog.close()
        return
    if key == "quick-capture":
        from cxjournal.ui.dialogs.quick_capture import QuickCaptureDialog

        dialog = QuickCaptureDialog(window)
    elif key == "welcome":  # as a new journal shows it (closed unanswered: nothing is saved)
        from cxjournal.ui.dialogs.welcome import WelcomeDialog

        dialog = WelcomeDialog(window)
    else:
        from cxjournal.store.models import Entry
        from cxjournal.ui.dialogs.resolve_dialog import ResolveDialog

        # a customer's open complaint: the dialog then offers to ask how it went
        open_complaints = Entry.select().where(
            (Entry.status != "resolved") & (Entry.kind == "complaint") & Entry.person.is_null(False)
        )
        entry = open_complaints.order_by(Entry.id.desc()).get()
        dialog = ResolveDialog(entry.id, "", window)

    def save() -> None:
        dialog.grab().save(str(path))
        dialog.done(0)

    QTimer.singleShot(300, save)
    dialog.exec()


def main() -> int:
    args = _arguments()
    args.out.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CONFIG_HOME"] = tmp  # window geometry from QSettings stays out of yours
        os.environ["XDG_DATA_HOME"] = tmp
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from cxjournal.demo import fill_demo
        from cxjournal.services.settings import set_setting
        from cxjournal.store.connection import close_journal, open_journal
        from cxjournal.ui.pages import PAGE_MODULES
        from cxjournal.ui.shell.main_window import MainWindow
        from cxjournal.ui.shell.translation import install_gui_translators

        app = QApplication(sys.argv[:1])
        app.setApplicationName("CX Journal screenshots")
        open_journal(Path(tmp) / "demo.db")
        fill_demo(people=120, entries=4000, months=14, seed=11, lang=args.lang)
        set_setting("language", args.lang)
        install_gui_translators(app, args.lang)
        window = MainWindow()
        available = app.primaryScreen().availableGeometry()
        window.resize(*(args.size or (available.width(), available.height())))
        window.show()
        keys = args.pages or list(PAGE_MODULES)

        def shoot(index: int = 0) -> None:
            if index >= len(keys):
                for key in DIALOGS if args.dialogs else ():
                    _grab_dialog(app, window, key, _path(key))
                app.quit()
                return
            page = window.show_page(keys[index])
            if keys[index] == "reports":
                page.build_preview()
                QTimer.singleShot(400, lambda: _when_previewed(page, index))
            elif keys[index] == "insights":  # its charts are drawn off the GUI thread
                QTimer.singleShot(400, lambda: _when_drawn(page, index))
            else:
                QTimer.singleShot(400, lambda: _save(index))

        def _when_previewed(page, index: int) -> None:
            if page.save_button.isEnabled():
                QTimer.singleShot(300, lambda: _save(index))
            else:
                QTimer.singleShot(200, lambda: _when_previewed(page, index))

        def _when_drawn(page, index: int) -> None:
            if page.busy.isVisible():
                QTimer.singleShot(200, lambda: _when_drawn(page, index))
            else:
                QTimer.singleShot(300, lambda: _save(index))

        def _path(key: str) -> Path:
            return args.out / f"{key}-{args.lang}.png"

        def _save(index: int) -> None:
            window.grab().save(str(_path(keys[index])))
            print(_path(keys[index]))
            shoot(index + 1)

        QTimer.singleShot(500, shoot)
        app.exec()
        close_journal()
    return 0


if __name__ == "__main__":
    sys.exit(main())
