"""The welcome step's three ways to begin: an empty journal, a demo journal to try things on first,
or the shop's contacts imported now.

The demo is a separate file beside the journal (``demo-journal.db``), never the shop's own journal:
made-up people and complaints mixed into real ones could not be told apart later. The window then
opens the demo; the next start opens the shop's journal again, empty and ready.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QButtonGroup, QGroupBox, QRadioButton, QVBoxLayout

from cxjournal.errors import CXJournalError

EMPTY, DEMO, IMPORT = "empty", "demo", "import"
DEMO_FILE = "demo-journal.db"


class StartChoice(QGroupBox):
    """Three choices, "start empty" first and chosen."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("How would you like to start?"))
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        for key, text in (
            (EMPTY, self.tr("With an &empty journal: note what people tell you from today")),
            (
                DEMO,
                self.tr(
                    "&Try a demo journal first: a made-up shop's year, in a separate file "
                    "(your journal stays empty)"
                ),
            ),
            (IMPORT, self.tr("By &importing your contacts (a CSV or vCard file)")),
        ):
            button = QRadioButton(text)
            button.setObjectName(f"start-{key}")
            self.group.addButton(button)
            self.buttons[key] = button
            layout.addWidget(button)
        self.buttons[EMPTY].setChecked(True)
        from cxjournal.store.connection import current_location

        # a shared journal on a server has no folder to put a demo beside
        self.buttons[DEMO].setVisible(isinstance(current_location(), Path))

    def choice(self) -> str:
        return next(key for key, button in self.buttons.items() if button.isChecked())


def demo_location(journal: Path) -> Path:
    """Where the demo journal of the journal at ``journal`` is kept: beside it."""
    return journal.with_name(DEMO_FILE)


def open_demo(language: str) -> Path:
    """Close the shop's (file) journal and open the demo beside it, made on first use in
    ``language`` ("system" follows the catalogue's choice); returns its path. Raises
    CXJournalError when it cannot be made or opened: the shop's journal is opened again then."""
    from cxjournal.catalog import resolve_language
    from cxjournal.demo import fill_demo
    from cxjournal.services.journal import journal_is_empty
    from cxjournal.store.connection import close_journal, current_location, open_journal

    journal = current_location()
    assert isinstance(journal, Path), "the demo choice is offered for a journal file only"
    path = demo_location(journal)
    close_journal()
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a few seconds, once
    try:
        open_journal(path)
        if journal_is_empty():
            fill_demo(lang=resolve_language(language))
    except Exception as exc:  # a full disk, a damaged demo file: back to the shop's journal
        close_journal()
        open_journal(journal)
        text = QCoreApplication.translate(
            "StartChoice", "The demo journal could not be made: {reason}"
        )
        raise CXJournalError(text.format(reason=exc)) from exc
    finally:
        QApplication.restoreOverrideCursor()
    return path
