"""The Journal's tabs are not painted again whole at each search: a search that moves the
selection changes the detail pane's size hints, and a plain QTabWidget answered by repainting the
whole page (filters, table, pane). Laying out tabs still works as a QTabWidget's does."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget, QVBoxLayout, QWidget

from cxjournal.ui.widgets.steady_tabs import SteadyTabWidget
from tests.builders import a_customer, an_entry
from tests.helpers import open_page


class _Paints(QObject):
    """The times a widget is painted whole though it neither moved nor changed size (the
    window settling its own size moves it, and that repaint is due)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.whole: list = []
        self._moved = False
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize):
            self._moved = True
        elif event.type() == QEvent.Type.Paint:
            if event.rect() == watched.rect() and not self._moved:
                self.whole.append(event.rect())
            self._moved = False
        return False


def test_a_search_moving_the_selection_does_not_repaint_the_journal_whole(qtbot, fake_clock):
    shop = a_customer("Amélie Château", organisation="Boulangerie des Quatre Saisons du Marché")
    other = a_customer("Léa Roux")
    an_entry(shop, title="Four en panne depuis ce matin", occurred_at="2026-11-02 09:00")
    an_entry(other, title="Pain", occurred_at="2026-11-03 09:00")
    window, page = open_page(qtbot, "journal")
    window.resize(1280, 720)
    searches = ("four", "pain", "four")
    for text in searches:  # the window grown to what the pane needs for each entry, once
        page.apply_search_now(text)
        QApplication.processEvents()
    paints = _Paints(page.views)
    for text in searches:
        page.apply_search_now(text)  # the pane shows another entry each time
        QApplication.processEvents()
        assert page.detail.title.text().lower().startswith(text)
    assert paints.whole == []


def _tabs(qtbot, kind):
    tabs = kind()
    qtbot.addWidget(tabs)
    page = QWidget()
    grows = QLabel("short")
    QVBoxLayout(page).addWidget(grows)
    tabs.addTab(page, "Entries")
    tabs.addTab(QWidget(), "Ratings")
    tabs.resize(400, 300)
    tabs.show()
    qtbot.waitExposed(tabs)
    return tabs, grows


def test_steady_tabs_lay_out_as_a_qtabwidget(qtbot):
    steady, steady_label = _tabs(qtbot, SteadyTabWidget)
    plain, plain_label = _tabs(qtbot, QTabWidget)
    for tabs, label in ((steady, steady_label), (plain, plain_label)):
        before = tabs.minimumSizeHint()
        label.setMinimumHeight(500)  # a page needing more room: the layouts above are told
        QApplication.processEvents()
        assert tabs.minimumSizeHint().height() > before.height()
        tabs.setTabText(0, "Entries and everything said about them")  # the tab bar grows
        QApplication.processEvents()
    assert steady.tabBar().geometry() == plain.tabBar().geometry()
    assert steady.tabBar().tabRect(0) == plain.tabBar().tabRect(0)
    assert steady.currentWidget().geometry() == plain.currentWidget().geometry()
    assert steady.minimumSizeHint() == plain.minimumSizeHint()
