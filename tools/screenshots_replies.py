"""Screenshots of the reply templates: an entry's response box with a template chosen, and
Settings ▸ Reply templates, on a demo journal, for reviewing the UI in French and English.

    xvfb-run -a -s "-screen 0 1400x900x24" python tools/screenshots_replies.py --out docs/screenshots --lang fr

Builds a small demo journal in a temporary folder (never touches yours) and saves
``reply-box-<lang>.png`` and ``reply-templates-settings-<lang>.png``.
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
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CONFIG_HOME"] = tmp
        os.environ["XDG_DATA_HOME"] = tmp
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from cxjournal.demo import fill_demo
        from cxjournal.services.settings import set_setting
        from cxjournal.store.connection import close_journal, open_journal
        from cxjournal.store.models import Entry
        from cxjournal.ui.shell.main_window import MainWindow
        from cxjournal.ui.shell.translation import install_gui_translators

        app = QApplication(sys.argv[:1])
        open_journal(Path(tmp) / "demo.db")
        fill_demo(people=40, entries=300, months=3, seed=11, lang=args.lang)
        set_setting("language", args.lang)
        install_gui_translators(app, args.lang)
        window = MainWindow()
        window.resize(1280, 760)
        window.show()
        entry = (
            Entry.select()
            .where(
                Entry.side == "customer",
                Entry.status.in_(("open", "in-progress")),
                Entry.person.is_null(False),
                Entry.confidential == False,  # noqa: E712
            )
            .order_by(Entry.occurred_at.desc())
            .first()
        )

        def reply_box() -> None:
            page = window.show_page("journal")
            page.detail.show_entry(entry.id)
            picker = page.detail.templates
            picker.load()
            picker.pick(picker.combo.itemText(3))  # the one that resolves with a refund
            QTimer.singleShot(400, lambda: _save(page.detail, "reply-box", settings_page))

        def settings_page() -> None:
            page = window.show_page("settings")
            page.templates.list.setCurrentRow(2)
            page.findChild(type(page.layout().itemAt(0).widget())).ensureWidgetVisible(
                page.templates
            )
            QTimer.singleShot(
                400, lambda: _save(page.templates, "reply-templates-settings", app.quit)
            )

        def _save(widget, name: str, then) -> None:
            path = args.out / f"{name}-{args.lang}.png"
            widget.grab().save(str(path))
            print(path)
            then()

        if entry is None:
            print("the demo has no open customer entry to answer", file=sys.stderr)
            return 1
        QTimer.singleShot(500, reply_box)
        app.exec()
        close_journal()
    return 0


if __name__ == "__main__":
    sys.exit(main())
