"""A tab widget that does not repaint itself whole each time something inside a page changes size."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QTabWidget


class SteadyTabWidget(QTabWidget):
    """A ``QTabWidget`` answers every layout request from inside its pages by placing its tab
    bar and pages again and repainting itself whole, though neither moved (Qt's
    ``QTabWidget::setUpLayout`` ends in ``update()``). On the Journal each search that moves the
    selection changes the detail pane's size hints, and the whole page (filters, table, pane, 80
    widgets) was painted again: 7 to 10 ms of CPU per search here (README "On a server"). Here
    such a request only tells the layouts above that the size hints may have changed; when the
    tab bar's own size hint changed (a tab's text, the style), the tab widget lays out as Qt does.
    Adding, removing and renaming tabs, and resizing, lay out as before (Qt does it directly)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._laid_out_for: QSize | None = None  # the tab bar's size hint when last laid out

    def showEvent(self, event) -> None:
        super().showEvent(event)  # Qt lays out here: what follows needs no layout of its own
        self._laid_out_for = self.tabBar().sizeHint()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)  # and here
        self._laid_out_for = self.tabBar().sizeHint()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            bar = self.tabBar().sizeHint()
            if bar == self._laid_out_for:
                self.updateGeometry()  # what Qt's layout would also do, without the repaint
                return True
            self._laid_out_for = bar
        return super().event(event)
