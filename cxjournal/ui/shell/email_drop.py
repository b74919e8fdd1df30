"""Saved e-mails dropped on the main window: each ``.eml`` file logged as an entry, or as the shop's
reply (``io.email_import``). A dry run first says who is not in the journal yet; the window offers
to add them, as customers or as staff, and then logs every file or none. An Outlook ``.msg`` gets
the one line that says to save it as ``.eml``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from cxjournal import vocabulary as v
from cxjournal.changes import Kind
from cxjournal.ui.widgets.feedback import attempt, attempt_write

if TYPE_CHECKING:  # the e-mail reading is imported when a file is dropped, not at start-up
    from cxjournal.io import email_import

MAIL_SUFFIXES = (".eml", ".msg")


def mail_files(mime) -> list[str]:
    """The saved e-mails among the files being dragged (nothing when any other file is there)."""
    if mime is None or not mime.hasUrls():
        return []
    paths = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
    if not paths or any(Path(p).suffix.lower() not in MAIL_SUFFIXES for p in paths):
        return []
    return paths


class EmailDrop(QObject):
    """Listens for drops on ``window`` (which it makes accept them)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.last_report: email_import.EmailReport | None = None
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and mail_files(event.mimeData()):
            event.acceptProposedAction()
            return True
        if kind == QEvent.Type.Drop:
            paths = mail_files(event.mimeData())
            if paths:
                event.acceptProposedAction()
                self.log_files(paths)
                return True
        return super().eventFilter(watched, event)

    def log_files(self, paths: list[str]) -> email_import.EmailReport | None:
        """Log the e-mails at ``paths``, asking first where unknown senders go."""
        from cxjournal.io import email_import

        preview = attempt(
            self.window, email_import.import_emails, paths, dry_run=True, changed=None
        )
        if preview is None:  # a bad file: its one line was shown, nothing logged
            return None
        side = v.CUSTOMER
        if preview.people_added:
            side = self.ask_side(preview.people_added)
            if side is None:
                return None
        report = attempt_write(
            self.window,
            email_import.import_emails,
            paths,
            side=side,
            changed=(Kind.ENTRY, Kind.PERSON),
        )
        if report is not None:
            self.last_report = report
            self._tell(report)
        return report

    def ask_side(self, people: list[tuple[str, str]]) -> str | None:
        """Where the senders not in the journal go: customers, staff, or None (nothing logged)."""
        box = QMessageBox(self.window)
        box.setObjectName("unknown-senders")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Log e-mails"))
        names = "\n".join(f"{name} <{address}>" for name, address in people)
        box.setText(
            self.tr(
                "%n sender(s) not in the journal yet. Add them, as customers or as staff?",
                "",
                len(people),
            )
        )
        box.setInformativeText(names)
        customers = box.addButton(self.tr("Add as customers"), QMessageBox.ButtonRole.AcceptRole)
        staff = box.addButton(self.tr("Add as staff"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(customers)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is customers:
            return v.CUSTOMER
        if clicked is staff:
            return v.STAFF
        return None

    def _tell(self, report: email_import.EmailReport) -> None:
        logged, answered = len(report.logged), len(report.responses)
        parts = [self.tr("%n e-mail(s) logged", "", logged)]
        if answered:
            parts.append(self.tr("%n reply(ies) recorded as responses", "", answered))
        if report.skipped:
            parts.append(self.tr("%n already in the journal", "", len(report.skipped)))
        status = getattr(self.window, "statusBar", None)
        if status is not None:
            status().showMessage(", ".join(parts), 10_000)
