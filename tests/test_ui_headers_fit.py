"""The Promises and Follow-ups pages' column headers are never cut, in either language (the side
column read "Client ou personn" in French)."""

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from cxjournal.ui.shell.translation import install_gui_translators
from tests.helpers import open_page


@pytest.fixture(params=["fr", "en"])
def language(request, qtbot):
    install_gui_translators(QCoreApplication.instance(), request.param)
    yield request.param
    install_gui_translators(QCoreApplication.instance(), "en")


@pytest.mark.parametrize("key", ["promises", "followups"])
def test_every_header_shows_its_whole_words(qtbot, fake_clock, language, key):
    _window, page = open_page(qtbot, key)
    header = page.tree.header()
    model = header.model()
    metrics = header.fontMetrics()
    for column in range(model.columnCount() - 1):  # the last one stretches to the edge
        words = model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= metrics.horizontalAdvance(words) + 12, words


def test_the_journal_tag_filter_shows_its_whole_words_at_1280_by_720(qtbot, fake_clock, language):
    from cxjournal.ui.shell.main_window import MainWindow
    from tests.helpers import show_active

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 690)
    show_active(qtbot, window)
    tag = window.show_page("journal").tag
    words = tag.fontMetrics().horizontalAdvance(tag.currentText())
    assert tag.width() >= words + 24, (tag.currentText(), tag.width())
