"""The About dialog: version, where the data lives, licence."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from cxjournal import __version__


def about_text(journal: Path | None) -> str:
    translate = QCoreApplication.translate
    what = translate(
        "About", "Customer feedback, staff concerns, promises and follow-ups in one journal."
    )
    data = translate("About", "Your journal file:")
    licence = translate(
        "About", "Free software under the GNU General Public License, version 3 or later."
    )
    credits = translate(
        "About", "Fonts: DejaVu (Bitstream Vera licence). Built with Qt for Python (LGPL)."
    )
    path = escape(str(journal or ""))
    return (
        f"<h3>CX Journal {__version__}</h3><p>{escape(what)}</p>"
        f"<p>{escape(data)}<br><code>{path}</code></p><p>{escape(licence)}<br>{escape(credits)}</p>"
    )


def show_about(parent: QWidget | None, journal: Path | None) -> None:
    QMessageBox.about(
        parent, QCoreApplication.translate("About", "About CX Journal"), about_text(journal)
    )
