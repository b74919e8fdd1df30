"""The "Last contact" column of the Customers and Staff pages: the language's short date, empty
for someone never contacted, sorted by the date itself."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from cxjournal.services.settings import set_setting
from cxjournal.ui.shell.main_window import MainWindow
from tests.builders import a_customer, a_staff_member, an_entry


@pytest.fixture
def window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    return window


def _column(page) -> int:
    model = page.model
    titles = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    return titles.index("Last contact")


def test_last_contact_sorts_by_date_not_by_text(window, fake_clock):
    now = fake_clock.now()
    # as text, "2 Nov" < "9 Oct"... sorting by date must not care
    a_customer("Anna")  # never contacted
    for name, days in (("Basile", 7), ("Chloé", 40), ("Denis", 380)):
        person = a_customer(name)
        an_entry(person, occurred_at=now - timedelta(days=days))
    page = window.show_page("customers")
    column = _column(page)
    page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    assert [p.name for p in page.model.rows()] == ["Denis", "Chloé", "Basile", "Anna"]
    texts = dict(zip([p.name for p in page.model.rows()], page.model.texts(column, 4), strict=True))
    assert texts["Anna"] == ""
    assert texts["Basile"] and texts["Basile"] != texts["Chloé"]
    page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert [p.name for p in page.model.rows()][1:] == ["Basile", "Chloé", "Denis"]


def test_last_contact_is_in_the_language_short_format(window, fake_clock):
    from cxjournal.formatting import format_short_date

    sam = a_staff_member("Sam")
    an_entry(sam, kind="concern", occurred_at=fake_clock.now() - timedelta(days=3))
    set_setting("language", "fr")
    page = window.show_page("staff")
    page.refresh()
    column = _column(page) if page.lang == "en" else 3
    day = (fake_clock.now() - timedelta(days=3)).date()
    assert page.model.texts(column, 1) == [format_short_date(day, "fr")]


def test_the_person_dialog_sets_and_clears_the_cadence(window, fake_clock):
    from cxjournal.store.models import Person

    lea = a_customer("Léa")
    page = window.show_page("customers")
    page.refresh()
    page.edit_button.click()
    field = page.dialog.keep_in_touch_days
    assert field.days() is None and field.custom.isHidden()
    field.choice.setCurrentIndex(3)  # Custom…
    assert not field.custom.isHidden()
    field.custom.setValue(45)
    page.dialog.save()
    assert Person.get_by_id(lea.id).keep_in_touch_days == 45
    page.edit_button.click()
    field = page.dialog.keep_in_touch_days
    assert field.days() == 45 and not field.custom.isHidden()
    field.choice.setCurrentIndex(1)  # every 2 weeks
    page.dialog.save()
    assert Person.get_by_id(lea.id).keep_in_touch_days == 14
    page.edit_button.click()
    page.dialog.keep_in_touch_days.choice.setCurrentIndex(0)  # off
    page.dialog.save()
    assert Person.get_by_id(lea.id).keep_in_touch_days is None


def test_today_lists_who_is_losing_touch_and_opens_them(window, fake_clock):
    now = fake_clock.now()
    sam = a_staff_member("Sam")
    from cxjournal.services import people

    people.edit_person(sam, keep_in_touch_days=14)
    an_entry(sam, kind="concern", occurred_at=now - timedelta(days=20))
    a_customer("Léa", keep_in_touch_days=30)  # added today: not yet
    page = window.show_page("today")
    page.refresh()
    section = page.losing_touch
    assert not section.isHidden()
    assert [i.name for i in section.model.rows()] == ["Sam"]
    assert "1 person" in section.title.text()
    assert section.model.texts(3, 1) == ["keep in touch every 14 days"]
    section.table.select_index(0)
    section._open()
    assert window.show_page("staff").selected_person().id == sam.id
