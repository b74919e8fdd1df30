"""The main window fits the screen it opens on: a first opening cut down to the available area, and
a size saved on a larger screen brought back onto a smaller one."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtWidgets import QApplication

from cxjournal.ui.shell.main_window import MainWindow
from cxjournal.ui.shell.window_fit import MARGIN, brought_on_screen, first_geometry, fitted_size

LAPTOP = QRect(0, 0, 1280, 720)  # a small laptop, no panel
WITH_PANEL = QRect(0, 32, 1366, 736)  # a panel along the top
DESKTOP = QRect(0, 0, 1920, 1080)


def test_a_first_opening_fits_a_720_pixel_screen():
    rect = first_geometry(QSize(1200, 760), LAPTOP)
    assert rect.size() == QSize(1200, 720 - 2 * MARGIN)
    assert LAPTOP.contains(rect)
    assert rect.top() == MARGIN  # centred: room for the title bar above it


def test_a_first_opening_keeps_its_size_on_a_large_screen_and_respects_a_panel():
    assert first_geometry(QSize(1200, 760), DESKTOP).size() == QSize(1200, 760)
    rect = first_geometry(QSize(1200, 760), WITH_PANEL)
    assert rect.top() >= WITH_PANEL.top() + MARGIN
    assert WITH_PANEL.contains(rect)


def test_the_size_is_never_cut_below_one_pixel():
    assert fitted_size(QSize(1200, 760), QRect(0, 0, 40, 40)) == QSize(1, 1)


def test_a_geometry_that_fits_is_left_alone():
    saved = QRect(100, 80, 900, 500)
    assert brought_on_screen(saved, LAPTOP) == saved


def test_a_geometry_saved_on_a_larger_screen_is_fitted_onto_the_smaller_one():
    saved = QRect(300, 200, 1600, 950)  # on the 1920×1080 desktop
    rect = brought_on_screen(saved, LAPTOP)
    assert LAPTOP.contains(rect)
    assert rect.size() == QSize(1280 - 2 * MARGIN, 720 - 2 * MARGIN)


def test_a_window_left_off_the_edge_is_moved_back_without_changing_its_size():
    saved = QRect(1000, 600, 800, 500)  # was on the right-hand side of a wider screen
    rect = brought_on_screen(saved, LAPTOP)
    assert rect.size() == saved.size()
    assert LAPTOP.contains(rect)
    assert (rect.right(), rect.bottom()) == (LAPTOP.right(), LAPTOP.bottom())
    above = brought_on_screen(QRect(50, -200, 800, 500), WITH_PANEL)
    assert above.top() == WITH_PANEL.top()


def _available() -> QRect:
    return QApplication.primaryScreen().availableGeometry()


def test_the_window_fits_the_screen_it_opens_on(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert _available().contains(window.geometry())


def test_a_saved_geometry_too_large_for_the_screen_is_brought_back(qtbot):
    big = MainWindow()
    qtbot.addWidget(big)
    available = _available()
    big.setGeometry(QRect(200, 150, available.width() + 600, available.height() + 400))
    QSettings().setValue("main/geometry", big.saveGeometry())
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert available.contains(window.geometry())


def test_a_window_that_cannot_be_narrower_is_kept_whole_on_the_screen():
    rect = first_geometry(QSize(1200, 760), QRect(0, 0, 800, 600), minimum=QSize(790, 500))
    assert rect.size() == QSize(790, 600 - 2 * MARGIN)
    assert QRect(0, 0, 800, 600).contains(rect)
