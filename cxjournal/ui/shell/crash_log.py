"""Unexpected errors in the window: written with their traceback to a log in the data folder, and shown
to the owner as a short, polite message instead of a crash. The journal itself is safe: every change is
already committed by the time a widget could fail.

The log says where it failed (exception types, files, lines, functions, the chain of causes) and
nothing the owner typed: exception messages and values are left out, since they can carry entry text
or names (an OSError keeps only its error code). It keeps the last ``MAX_REPORTS`` reports, under
``MAX_LOG_BYTES``, and is private (0600, in a 0700 folder), rewritten whole each time."""

from __future__ import annotations

import errno
import re
import sys
import traceback
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from cxjournal import __version__
from cxjournal.config import data_dir
from cxjournal.errors import CXJournalError
from cxjournal.files import write_private_text

LOG_NAME = "cxjournal-errors.log"
MAX_LOG_BYTES = 1_000_000
MAX_REPORTS = 20
# Reports written before messages were left out lack this mark, and are dropped on the next write.
SCRUBBED = "(no message text)"
_REPORT_START = re.compile(r"(?m)^(?=--- )")


def log_path() -> Path:
    return data_dir() / "logs" / LOG_NAME


def _kind(exc: BaseException) -> str:
    kind = type(exc)
    name = (
        kind.__qualname__
        if kind.__module__ == "builtins"
        else f"{kind.__module__}.{kind.__qualname__}"
    )
    code = getattr(exc, "errno", None) if isinstance(exc, OSError) else None
    return f"{name} [{errno.errorcode.get(code, code)}]" if code is not None else name


def scrubbed_traceback(exc: BaseException, tb=None, _seen: set[int] | None = None) -> str:
    """The traceback of ``exc`` and its causes, each exception shown by its type only."""
    seen = _seen if _seen is not None else set()
    seen.add(id(exc))
    text = ""
    cause, context = exc.__cause__, exc.__context__
    if cause is not None and id(cause) not in seen:
        text = scrubbed_traceback(cause, None, seen)
        text += "\nThe above exception was the direct cause of the following exception:\n\n"
    elif context is not None and not exc.__suppress_context__ and id(context) not in seen:
        text = scrubbed_traceback(context, None, seen)
        text += "\nDuring handling of the above exception, another exception occurred:\n\n"
    # Where, not what: file, line and function of each frame, without its source line.
    frames = [
        f'  File "{frame.f_code.co_filename}", line {line}, in {frame.f_code.co_name}\n'
        for frame, line in traceback.walk_tb(tb or exc.__traceback__)
    ]
    if frames:
        text += "Traceback (most recent call last):\n" + "".join(frames)
    return text + _kind(exc) + "\n"


def _earlier_reports(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    return [
        r
        for r in _REPORT_START.split(text)
        if r.startswith("--- ") and SCRUBBED in r.split("\n", 1)[0]
    ]


def write_crash_log(exc_type, exc, tb, path: Path | None = None) -> Path:
    """Add the error to the log (keeping the last reports only) and return the log's path."""
    path = path or log_path()
    if exc is None:
        exc = exc_type()
    stamp = datetime.now().isoformat(timespec="seconds")
    report = f"--- {stamp} CX Journal {__version__} {SCRUBBED}\n{scrubbed_traceback(exc, tb)}\n"
    reports = [*_earlier_reports(path), report][-MAX_REPORTS:]
    while len(reports) > 1 and len("".join(reports).encode("utf-8")) > MAX_LOG_BYTES:
        reports.pop(0)
    write_private_text(path, "".join(reports))
    path.with_suffix(".old.log").unlink(missing_ok=True)  # from before: it may hold messages
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


def _say(text: str) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    QMessageBox.warning(QApplication.activeWindow(), "CX Journal", text)


def install_crash_handler(show=_show, say=_say) -> None:
    """Route uncaught exceptions (including those raised inside Qt slots) to the log and a message.
    A problem the owner can act on (a damaged journal, a full disk: a ``CXJournalError``) is no
    crash: its own message is shown, once for as long as it stays the same, and nothing is logged."""
    showing = []
    said: set[str] = set()

    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if issubclass(exc_type, CXJournalError):
            from cxjournal.ui.shell.bus import report_if_lost

            if report_if_lost(exc):  # the connection banner, not a box per failed refresh
                return
            if str(exc) not in said and QCoreApplication.instance() is not None:
                said.add(str(exc))
                say(str(exc))
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
