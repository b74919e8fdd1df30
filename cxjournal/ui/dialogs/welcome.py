"""The first-run welcome step: the business's name (for the title bar and reports) and the language.
Shown once, on a new empty journal; a journal made by ``cxjournal demo`` skips it. Start saves the
answers off the GUI thread; if another program keeps the journal busy, the dialog stays open with
what was typed and says so. A shop whose journal is already on a server opens it from here instead
(Open a shared journal…): the welcome then ends, and the new empty file is left as it was. Start
begins empty, with a demo journal to try first, or by importing contacts (welcome_start)."""

from __future__ import annotations

import contextlib

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxjournal.errors import CXJournalError
from cxjournal.services.journal import journal_is_empty
from cxjournal.services.settings import get_flag, get_setting, set_settings
from cxjournal.ui.dialogs.welcome_start import DEMO, IMPORT, StartChoice, open_demo
from cxjournal.ui.widgets.feedback import write_waiting
from cxjournal.ui.widgets.palette import ERROR_STYLE

LANGUAGES = (("system", "Follow the system"), ("fr", "Français"), ("en", "English"))


def needs_welcome() -> bool:
    """True on a new empty journal (no person, no entry) nobody has set up yet: no name, welcome
    never completed. A journal with only archived people or anonymous entries is in use."""
    if get_flag("welcomed") or get_setting("business_name"):
        return False
    return journal_is_empty()


class WelcomeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved = False
        self.shared = None  # the shared journal opened instead, if any
        self.setWindowTitle(self.tr("Welcome to CX Journal"))
        intro = QLabel(
            self.tr(
                "One journal for what your customers and your staff tell you, the promises you "
                "make them and the follow-ups you plan. Two questions to start:"
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Business name"))
        self.name.setPlaceholderText(self.tr("e.g. Boulangerie Martin"))
        self.name.setMaxLength(120)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, label in LANGUAGES:
            shown = self.tr("Follow the system") if code == "system" else label
            self.language.addItem(shown, code)
        form = QFormLayout()
        form.addRow(self.tr("&Business name:"), self.name)
        form.addRow(self.tr("&Language:"), self.language)
        hint = QLabel(self.tr("You can change both later in Settings."))
        hint.setEnabled(False)
        self.start = StartChoice()  # empty, a demo journal first, or contacts imported now
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.accepted.connect(self.accept)
        self.shared_button = QPushButton(self.tr("Open a &shared journal…"))
        self.shared_button.setToolTip(
            self.tr("The shop's journal is on a server that several computers use.")
        )
        self.shared_button.clicked.connect(self.open_shared)
        buttons.addButton(self.shared_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.start)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def values(self) -> dict[str, str]:
        return {
            "business_name": self.name.text().strip(),
            "language": self.language.currentData(),
            "welcomed": "1",
        }

    def open_shared(self) -> None:
        from cxjournal.ui.dialogs.shared_journal import open_shared_journal

        try:
            self.shared = open_shared_journal(self)
        except CXJournalError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        if self.shared is not None:
            QDialog.accept(self)  # nothing to save: the shared journal is set up already

    def accept(self) -> None:
        try:
            write_waiting(set_settings, self.values())
        except CXJournalError as exc:  # the journal still busy: keep the answers, say why
            self.error.setText(str(exc))
            self.error.show()
            return
        self.saved = True
        if not self.begin(self.start.choice()):
            return
        super().accept()

    def begin(self, choice: str) -> bool:
        """Act on the way to start chosen; False (the dialog stays open) when the demo failed."""
        if choice == IMPORT:
            from cxjournal.ui.shell.data_actions import import_people

            import_people(self)  # into this journal; cancelling it still starts, empty
        elif choice == DEMO:
            try:
                open_demo(self.language.currentData())
            except CXJournalError as exc:
                self.error.setText(str(exc))
                self.error.show()
                return False
        return True


def run_welcome(parent: QWidget | None = None) -> bool:
    """Ask the two questions and save them (even "skip" marks the welcome as done). True if the
    language changed, so the caller reloads translations."""
    before = get_setting("language")
    dialog = WelcomeDialog(parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if dialog.shared is None and not dialog.saved:
        values = dialog.values() if accepted else {"welcomed": "1"}
        # Skipped: if the journal stays busy even for this, the welcome simply comes back next time.
        with contextlib.suppress(CXJournalError):
            write_waiting(set_settings, values)
    return get_setting("language") != before
