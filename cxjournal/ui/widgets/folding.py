"""Folding a section of a page down to its title line (Today's four lists): an arrow before the
title shows or hides the list, the title keeps its count, and the choice is remembered.

At 1280×720 Today's four lists got about four rows each; a folded section gives its room to the
others (a QSplitter honours its children's maximum height), and the two lists an owner reads less
often start folded on a screen that short.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QBoxLayout, QToolButton, QWidget

UNLIMITED = 16777215  # QWIDGETSIZE_MAX: no maximum height
# Below this available height, the sections that start folded do (a 1080-pixel screen has room).
SHORT_SCREEN = 900


def short_screen(widget: QWidget | None = None) -> bool:
    """Whether the screen the window is on (or the primary one) is too short for every list."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen is not None and screen.availableGeometry().height() < SHORT_SCREEN


class Fold(QObject):
    """Makes ``section`` foldable: an arrow button first in ``bar`` hides ``body`` (and every
    widget in ``bar`` but the title, passed as ``keep``), and caps the section at its title's
    height so that a splitter gives the room to the others."""

    def __init__(
        self,
        section: QWidget,
        bar: QBoxLayout,
        body: QWidget,
        key: str,
        *,
        keep: QWidget,
        folded_on_short_screen: bool = False,
    ) -> None:
        super().__init__(section)
        self.section, self.bar, self.body, self.keep = section, bar, body, keep
        self.key = f"folds/{key}"
        self.button = QToolButton(section)
        self.button.setAutoRaise(True)
        self.button.setCheckable(True)
        self.button.setObjectName(f"fold-{key}")
        self.button.toggled.connect(self._toggled)
        bar.insertWidget(0, self.button)
        saved = QSettings().value(self.key)
        folded = str(saved) == "true" if saved is not None else None
        if folded is None:
            folded = folded_on_short_screen and short_screen(section)
        self.button.setChecked(not folded)
        self._show(not folded)

    @property
    def folded(self) -> bool:
        return not self.button.isChecked()

    def set_folded(self, folded: bool) -> None:
        self.button.setChecked(not folded)

    def _toggled(self, shown: bool) -> None:
        self._show(shown)
        QSettings().setValue(self.key, "false" if shown else "true")

    def _show(self, shown: bool) -> None:
        self.button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.button.setToolTip(self.tr("Hide this list") if shown else self.tr("Show this list"))
        self.button.setAccessibleName(self.button.toolTip())
        self.body.setVisible(shown)
        for index in range(self.bar.count()):
            widget = self.bar.itemAt(index).widget()
            if widget is not None and widget not in (self.button, self.keep):
                widget.setVisible(shown)
        if shown:
            self.section.setMaximumHeight(UNLIMITED)
        else:
            layout = self.section.layout()
            self.section.setMaximumHeight(layout.sizeHint().height() if layout else 32)
