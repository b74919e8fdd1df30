"""``cxjournal kiosk``: the kiosk on its own, without the journal's window (the journal is already
open: the command line opened it)."""

from __future__ import annotations

import sys


def run_kiosk(staff: bool = False) -> int:
    from PySide6.QtWidgets import QApplication

    from cxjournal.services.settings import get_setting
    from cxjournal.ui.kiosk.window import KioskWindow
    from cxjournal.ui.shell.translation import install_gui_translators

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("CX Journal")
    install_gui_translators(app, get_setting("language"))
    window = KioskWindow(staff=staff)
    window.left.connect(app.quit)
    window.show_full_screen()
    return app.exec()
