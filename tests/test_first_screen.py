"""The Today page's figures for the first paint are read on a thread of their own while the window
is built (ui/shell/first_screen.py): the page shows what that thread read and does not read it
again; when that read failed, the page reads itself; later refreshes read as always."""

from __future__ import annotations

import threading

import pytest

from cxjournal.services import entries, people, promises
from cxjournal.services import today as today_service
from cxjournal.ui.pages import today as today_page
from cxjournal.ui.shell import first_screen
from cxjournal.ui.shell.main_window import MainWindow


def _journal_with_a_day():
    lea = people.add_person("Léa Martin", "customer")
    promises.make_promise(
        person=lea, what="Rembourser le gâteau", due="2026-11-12", made_at="2026-11-10 10:00"
    )
    entries.log_entry(kind="complaint", title="Pain rassis", person=lea)


def _window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    return window.show_page("today")


@pytest.fixture
def nothing_pending():
    first_screen.take()  # nothing left over from another test
    yield
    first_screen.take()


def test_the_first_refresh_shows_what_the_thread_read(
    qtbot, fake_clock, nothing_pending, monkeypatch
):
    _journal_with_a_day()
    read_by = []
    real = today_service.today_screen

    def reading(*args, **kwargs):
        read_by.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(first_screen, "today_screen", reading)
    monkeypatch.setattr(today_page, "today_screen", reading)
    first_screen.start_reading()
    page = _window(qtbot)
    assert read_by == ["cxjournal-first-screen"]  # read once, by the thread, not again
    assert [row.title for row in page.due_model.rows()] == ["Rembourser le gâteau"]
    assert [row.title for row in page.problem_model.rows()] == ["Pain rassis"]
    assert not any(t.name == "cxjournal-first-screen" for t in threading.enumerate())
    page.refresh()  # a later refresh reads again, on the GUI thread
    assert read_by == ["cxjournal-first-screen", threading.current_thread().name]


def test_a_failed_first_read_is_read_again_by_the_page(
    qtbot, fake_clock, nothing_pending, monkeypatch
):
    _journal_with_a_day()

    def failing(*args, **kwargs):
        raise RuntimeError("the server went away")

    monkeypatch.setattr(first_screen, "today_screen", failing)
    first_screen.start_reading()
    page = _window(qtbot)
    assert [row.title for row in page.due_model.rows()] == ["Rembourser le gâteau"]
    assert first_screen.take() is None


def test_the_screen_holds_the_panels_the_page_read_one_by_one(fake_clock):
    """``today_screen`` reads what the page's panels read themselves (keep in touch, time left,
    people due for deletion)."""
    from cxjournal import clock
    from cxjournal.services import keep_in_touch, retention, targets

    _journal_with_a_day()
    now = clock.now()
    screen = today_service.today_screen(now)
    assert screen.view == today_service.today_view(now)
    assert screen.losing_touch == keep_in_touch.losing_touch(now)
    assert screen.time_left == targets.time_left_on_problems(now)
    assert screen.retention_due == retention.to_review(now)
