"""What the owner sees when the journal file cannot be opened (damaged, truncated, locked, another
program's file, made by a newer version): the reason in plain words and three ways on — open another
file, restore a backup, quit. The refused file is never modified."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

OPEN, RESTORE, QUIT = "open", "restore", "quit"


def _t(text: str) -> str:
    return QCoreApplication.translate("refused", text)


def ask_after_refusal(reason: str, parent: QWidget | None = None) -> str:
    """Show why the journal was refused; returns OPEN, RESTORE or QUIT."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(_t("The journal cannot be opened"))
    box.setText(reason)
    box.setInformativeText(_t("Nothing was changed in that file. What would you like to do?"))
    open_button = box.addButton(_t("Open another file…"), QMessageBox.ButtonRole.AcceptRole)
    restore_button = box.addButton(_t("Restore a backup…"), QMessageBox.ButtonRole.ActionRole)
    quit_button = box.addButton(_t("Quit"), QMessageBox.ButtonRole.RejectRole)
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
        _t("Open or create a journal"),
        str(start.parent),
        _t("CX Journal files (*.db);;All files (*)"),
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    return Path(name) if name else None


def pick_backup(start: Path, parent: QWidget | None = None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        _t("Choose a backup to restore"),
        str(start),
        _t("CX Journal backups (*.db *.sqlite *.bak);;All files (*)"),
    )
    return Path(name) if name else None
