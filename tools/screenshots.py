"""Screenshots of the main window's pages on a demo journal, for the README and for reviewing the UI.

    xvfb-run -s "-screen 0 1400x900x24" python tools/screenshots.py --out docs/screenshots [--lang fr]

Builds a demo journal in a temporary folder (never touches yours), opens the real window at 1280x760
on a real X server (Xvfb), and saves one PNG per page.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--lang", choices=("fr", "en"), default="en")
    parser.add_argument("--pages", nargs="*", help="page keys (default: all)")
    args = parser.parse_args()
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
        window.resize(1280, 760)
        window.show()
        keys = args.pages or list(PAGE_MODULES)

        def shoot(index: int = 0) -> None:
            if index >= len(keys):
                app.quit()
                return
            window.show_page(keys[index])
            QTimer.singleShot(400, lambda: _save(index))

        def _save(index: int) -> None:
            path = args.out / f"{keys[index]}-{args.lang}.png"
            window.grab().save(str(path))
            print(path)
            shoot(index + 1)

        QTimer.singleShot(500, shoot)
        app.exec()
        close_journal()
    return 0


if __name__ == "__main__":
    sys.exit(main())
