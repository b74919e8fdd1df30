"""Today at 1280×720: each list folds to its title line with its count (remembered), giving its room
to the others; late items say when they were due, in the tables' date style."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cxjournal.services import people, promises
from cxjournal.ui.shell.main_window import MainWindow
from cxjournal.ui.widgets import folding
from tests.builders import a_customer, a_followup, an_entry
from tests.helpers import show_active


def _today(qtbot, size=(1280, 690)):
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(*size)
    show_active(qtbot, window)
    return window, window.show_page("today")


def test_a_late_item_says_when_it_was_due(qtbot, fake_clock):
    lea = people.add_person("Léa Martin", "customer")
    promises.make_promise(person=lea, what="Rembourser", due="2026-11-12", made_at="2026-11-10")
    _window, page = _today(qtbot)
    index = page.due_model.index(0, 0)
    assert page.due_model.data(index) == "12 Nov 2026, 4\u00a0days late"


def test_a_folded_list_gives_its_room_and_stays_folded(qtbot, fake_clock):
    for n in range(12):
        a_followup(f"Rappeler {n}", due_at="2026-11-16 08:00")
        an_entry(a_customer(f"Client {n}"), title=f"Problème {n}")
    window, page = _today(qtbot)
    fold = page.folds["today-problems"]
    assert not fold.folded and page.problem_table.isVisible()
    before = page.due_table.height()
    qtbot.mouseClick(fold.button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: page.due_table.height() > before + 60, timeout=2000)
    assert fold.folded and not page.problem_table.isVisible()
    assert not page.open_problem_button.isVisible()
    assert "12" in page.problem_title.text() and page.problem_title.isVisible()  # count kept
    assert fold.button.accessibleName() == "Show this list"
    window.close()
    _window2, again = _today(qtbot)
    assert again.folds["today-problems"].folded
    assert not again.folds["today-due"].folded
    again.folds["today-problems"].set_folded(False)
    assert again.problem_table.isVisible()


def test_the_lists_read_less_often_start_folded_only_on_a_short_screen(qtbot, fake_clock):
    for key in ("today-time-left", "today-losing-touch"):
        _window, page = _today(qtbot)
        assert page.folds[key].folded == folding.short_screen(page)
        assert not page.folds["today-due"].folded
