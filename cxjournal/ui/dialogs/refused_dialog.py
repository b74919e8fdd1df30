"""What the owner sees when the journal file cannot be opened (damaged, truncated, locked, another
program's file, made by a newer version): the reason in plain words and three ways on — open another
file, restore a backup, quit. The refused file is never modified."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

OPEN, RESTORE, QUIT = "open", "restore", "quit"


def ask_after_refusal(reason: str, parent: QWidget | None = None) -> str:
    """Show why the journal was refused; returns OPEN, RESTORE or QUIT."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("refused", "The journal cannot be opened"))
    box.setText(reason)
    box.setInformativeText(
        QCoreApplication.translate(
            "refused", "Nothing was changed in that file. What would you like to do?"
        )
    )
    open_button = box.addButton(
        QCoreApplication.translate("refused", "Open another file…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    restore_button = box.addButton(
        QCoreApplication.translate("refused", "Restore a backup…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    quit_button = box.addButton(
        QCoreApplication.translate("refused", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(open_button)
    box.setEscapeButton(quit_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_button:
        return OPEN
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
