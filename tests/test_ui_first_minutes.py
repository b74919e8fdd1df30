"""The first minutes with the app: the welcome step only on an empty journal, a line on every empty
page saying what goes there and how to add it, and a visible New entry button."""

from __future__ import annotations

import pytest

from cxjournal.services import entries, people
from cxjournal.ui.dialogs import welcome
from cxjournal.ui.shell.main_window import MainWindow
from tests.builders import a_customer, a_followup, a_promise, a_staff_member, an_entry


@pytest.fixture
def window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    return window


# welcome -------------------------------------------------------------------------------------------


def test_the_welcome_step_is_for_an_empty_journal():
    assert welcome.needs_welcome()


def test_no_welcome_on_a_journal_with_only_anonymous_entries():
    an_entry(side="customer", kind="praise")
    assert not welcome.needs_welcome()


@pytest.mark.parametrize("put_away", ["archived", "trashed"])
def test_no_welcome_on_a_journal_whose_people_are_all_put_away(put_away):
    lea = a_customer("Léa")
    if put_away == "archived":
        people.archive_person(lea.id)
    else:
        people.trash_person(lea.id)
    assert not welcome.needs_welcome()


def test_no_welcome_when_the_only_entry_is_in_the_trash():
    entries.trash_entry(an_entry(side="staff", kind="concern"))
    assert not welcome.needs_welcome()


# empty pages ---------------------------------------------------------------------------------------


def _fill(key: str) -> None:
    """Something for page ``key`` to list."""
    if key == "today":
        a_followup("Rappeler Mme Roux")  # due today on the fake clock
    elif key == "journal":
        an_entry(a_customer("Léa"), kind="praise")
    elif key == "customers":
        a_customer("Léa")
    elif key == "staff":
        a_staff_member("Sam")
    elif key == "promises":
        a_promise()
    elif key == "followups":
        a_followup()


@pytest.mark.usefixtures("fake_clock")
@pytest.mark.parametrize(
    "key, words",
    [
        ("today", "New entry"),
        ("journal", "No entry yet"),
        ("customers", "No customer yet"),
        ("staff", "No staff member yet"),
        ("promises", "New promise"),
        ("followups", "New follow-up"),
    ],
)
def test_an_empty_page_says_what_goes_there_and_hides_the_line_once_it_has_some(window, key, words):
    page = window.show_page(key)
    hint = page.empty_hint
    assert hint.isVisibleTo(page)
    assert words in hint.text()
    assert "Ctrl+" in hint.text()  # the key that adds something
    _fill(key)
    page.refresh()
    assert not hint.isVisibleTo(page)


def test_an_empty_journal_page_after_a_search_says_so_instead(window):
    an_entry(a_customer("Léa"), kind="praise", title="Merci")
    page = window.show_page("journal")
    page.apply_search_now("introuvable")
    assert page.empty_hint.isVisibleTo(page)
    assert "Clear filters" in page.empty_hint.text()
    page.clear_filters()
    assert not page.empty_hint.isVisibleTo(page)


def test_a_people_page_says_when_a_search_or_archiving_hides_everyone(window):
    lea = a_customer("Léa")
    page = window.show_page("customers")
    page.apply_search_now("Zoé")
    assert page.empty_hint.text() == "Nobody matches this search."
    page.apply_search_now("")
    assert not page.empty_hint.isVisibleTo(page)
    people.archive_person(lea.id)
    page.refresh()
    assert "Show archived" in page.empty_hint.text()
    page.show_archived.setChecked(True)
    assert not page.empty_hint.isVisibleTo(page)


# the New entry button -----------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["today", "journal", "customers", "staff"])
def test_the_new_entry_button_opens_the_quick_capture(window, monkeypatch, key):
    a_customer("Léa")  # someone on show: the button still asks about nobody, as Ctrl+N does
    asked = []
    monkeypatch.setattr(
        "cxjournal.ui.dialogs.quick_capture.open_quick_capture",
        lambda parent, person_id=None: asked.append((parent, person_id)),
    )
    page = window.show_page(key)
    button = page.new_entry_button
    assert button.isVisibleTo(page) and button.isEnabled()
    assert button.text() == "New entry (Ctrl+N)"
    button.click()
    assert asked == [(window, None)]


def test_a_page_built_without_a_window_has_the_button_disabled(qtbot):
    from cxjournal.ui.pages.today import Page

    page = Page()
    qtbot.addWidget(page)
    assert not page.new_entry_button.isEnabled()
