"""Unexpected errors in the window: written with their traceback to a log in the data folder, and shown
to the owner as a short, polite message instead of a crash. The journal itself is safe: every change is
already committed by the time a widget could fail."""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from cxjournal import __version__
from cxjournal.config import data_dir

LOG_NAME = "cxjournal-errors.log"
MAX_LOG_BYTES = 1_000_000


def log_path() -> Path:
    return data_dir() / "logs" / LOG_NAME


def write_crash_log(exc_type, exc, tb, path: Path | None = None) -> Path:
    """Append the error to the log (keeping it under ~1 MB) and return the log's path."""
    path = path or log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
        path.replace(path.with_suffix(".old.log"))
    stamp = datetime.now().isoformat(timespec="seconds")
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    with open(path, "a", encoding="utf-8") as log:
        log.write(f"--- {stamp} CX Journal {__version__}\n{text}\n")
    return path


def _show(path: Path) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    translate = QCoreApplication.translate
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("crash", "Something went wrong"))
    box.setText(
        translate(
            "crash",
            "CX Journal ran into an unexpected problem. What you saved before is safe in your journal.",
        )
    )
    box.setInformativeText(
        translate(
            "crash", "The details were written to {path}. Please send that file to support."
        ).replace("{path}", str(path))
    )
    box.exec()


def install_crash_handler(show=_show) -> None:
    """Route uncaught exceptions (including those raised inside Qt slots) to the log and a message."""
    showing = []

    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        try:
            path = write_crash_log(exc_type, exc, tb)
        except OSError:
            sys.__excepthook__(exc_type, exc, tb)
            return
        if not showing and QCoreApplication.instance() is not None:
            showing.append(True)  # one message at a time, even if the dialog itself fails
            try:
                show(path)
            finally:
                showing.clear()

    sys.excepthook = hook
