"""What the owner sees when the journal file cannot be opened (damaged, truncated, locked, another
program's file, made by a newer version): the reason in plain words and four ways on — open another
file, create a new journal, restore a backup, quit. The refused file is never modified; the reason
says so (the CLI shows the same reason), so the dialog does not say it a second time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

OPEN, NEW, RESTORE, QUIT = "open", "new", "restore", "quit"


def ask_after_refusal(reason: str, parent: QWidget | None = None, *, restore: bool = True) -> str:
    """Show why the journal was refused; returns OPEN, NEW, RESTORE or QUIT (no RESTORE without
    ``restore``: a journal on a server is not restored from a backup file here)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("refused", "The journal cannot be opened"))
    box.setText(reason)
    box.setInformativeText(QCoreApplication.translate("refused", "What would you like to do?"))
    open_button = box.addButton(
        QCoreApplication.translate("refused", "Open another file…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    new_button = box.addButton(
        QCoreApplication.translate("refused", "Create a new journal…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    restore_button = box.addButton(
        QCoreApplication.translate("refused", "Restore a backup…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    restore_button.setVisible(restore)
    quit_button = box.addButton(
        QCoreApplication.translate("refused", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(open_button)
    box.setEscapeButton(quit_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_button:
        return OPEN
    if clicked is new_button:
        return NEW
    if clicked is restore_button:
        return RESTORE
    return QUIT


def pick_journal(start: Path, parent: QWidget | None = None) -> Path | None:
    """A journal file to open or create (a new name creates an empty journal)."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("refused", "Open or create a journal"),
        str(start.parent),
        QCoreApplication.translate("refused", "CX Journal files (*.db);;All files (*)"),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    return Path(name) if name else None


def pick_new_journal(start: Path, parent: QWidget | None = None) -> Path | None:
    """A name for a new, empty journal beside ``start``; an existing file is never taken (opening
    it would not give a new journal, and replacing it would lose it), so the owner picks again."""
    translate = QCoreApplication.translate
    folder = str(start.parent)
    while True:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            translate("refused", "Create a new journal"),
            folder,
            translate("refused", "CX Journal files (*.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # "Replace it?" would be wrong here
        )
        if not name:
            return None
        chosen = Path(name) if Path(name).suffix else Path(name).with_suffix(".db")
        if not chosen.exists():
            return chosen
        QMessageBox.warning(
            parent,
            translate("refused", "Create a new journal"),
            translate(
                "refused",
                "{name} already exists. Choose a name for the new journal that is not used yet.",
            ).replace("{name}", chosen.name),
        )
        folder = str(chosen.parent)  # the dialog opens again where the owner was


def pick_backup(start: Path, parent: QWidget | None = None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("refused", "Choose a backup to restore"),
        str(start),
        QCoreApplication.translate(
            "refused", "CX Journal backups (*.db *.sqlite *.bak);;All files (*)"
        ),
    )
    return Path(name) if name else None
