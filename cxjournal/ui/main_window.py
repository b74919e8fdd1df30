"""The main window (first version: the business name and a placeholder for the pages to come)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from cxjournal.services.settings import get_setting


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        name = get_setting("business_name")
        self.setWindowTitle(
            self.tr("CX Journal — {name}").format(name=name) if name else self.tr("CX Journal")
        )
        self.setCentralWidget(QLabel(self.tr("Welcome to CX Journal.")))
        self.resize(1100, 720)
