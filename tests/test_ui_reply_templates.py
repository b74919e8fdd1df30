"""The window's reply templates: chosen beside an entry's response box (the text filled for that
entry, the template's status given when the response is recorded), and Settings ▸ Reply
templates (add, edit, delete after a confirmation, move), driving real widgets."""

from __future__ import annotations

from datetime import timedelta

import pytest

from cxjournal import vocabulary as v
from cxjournal.services import reply_templates, settings
from cxjournal.store.models import Entry, ReplyTemplate, Response
from cxjournal.store.starter_templates import add_starter_templates
from tests.builders import a_customer, an_entry
from tests.helpers import START


@pytest.fixture
def english_set(journal):
    ReplyTemplate.delete().execute()
    add_starter_templates("en")


def test_choosing_a_template_fills_the_response_and_recording_sets_its_status(
    qtbot, fake_clock, english_set
):
    from cxjournal.ui.widgets.entry_detail import EntryDetail

    fake_clock.set(START + timedelta(hours=1))
    settings.set_setting("business_name", "Martin & Fils")
    cake = an_entry(a_customer("Zoë Château"), occurred_at=START, title="Burnt cake")
    pane = EntryDetail()
    qtbot.addWidget(pane)
    pane.show_entry(cake.id)
    picker = pane.templates
    assert picker.combo.count() == 1  # read only when the list is opened
    picker.pick("Resolved — refund")
    text = pane.response.toPlainText()
    assert text.startswith("Hello Zoë Château,") and "16 November 2026" in text
    assert "Martin & Fils" in text and "{" not in text
    assert "Resolved" in picker.status_note.text()
    pane.response.setPlainText(text + "\nPS: see you Saturday.")  # the owner edits it
    pane.show_entry(cake.id)  # a change made elsewhere: the typing and the choice stay
    assert picker.template_id() is not None and "PS: see you" in pane.response.toPlainText()
    with qtbot.waitSignal(pane.changed, timeout=5000):
        pane.record_response()
    row = Entry.get_by_id(cake.id)
    assert (row.status, row.resolution) == (v.RESOLVED, "Resolved — refund")
    assert Response.get(Response.entry == cake.id).text.endswith("PS: see you Saturday.")
    assert picker.template_id() is None and pane.response.toPlainText() == ""


def test_a_template_without_status_only_answers(qtbot, fake_clock, english_set):
    from cxjournal.ui.widgets.entry_detail import EntryDetail

    cake = an_entry(a_customer("Zoë"), occurred_at=START)
    pane = EntryDetail()
    qtbot.addWidget(pane)
    pane.show_entry(cake.id)
    pane.templates.pick("We are sorry")
    assert pane.templates.status_note.text() == ""
    with qtbot.waitSignal(pane.changed, timeout=5000):
        pane.record_response()
    assert Entry.get_by_id(cake.id).status == v.IN_PROGRESS


def test_settings_adds_edits_moves_and_deletes_templates(qtbot, monkeypatch, english_set):
    from PySide6.QtCore import QTimer

    from cxjournal.ui.pages import settings_templates
    from cxjournal.ui.pages.settings_templates import TemplatesSection

    section = TemplatesSection()
    qtbot.addWidget(section)
    assert section.list.count() == 6
    assert "(Resolved)" in section.list.item(2).text()

    def fill_and_save(name, text, status_index):
        dialog = next(
            w for w in section.findChildren(settings_templates.TemplateDialog) if w.isVisible()
        )
        dialog.name.setText(name)
        dialog.text.setPlainText(text)
        dialog.status.setCurrentIndex(status_index)
        dialog.save()

    QTimer.singleShot(0, lambda: fill_and_save("Ready", "Your order is ready, {name}.", 0))
    section.add()
    assert section.list.count() == 7 and section.selected().name == "Ready"
    QTimer.singleShot(0, lambda: fill_and_save("Ready to collect", "Ready, {name}!", 2))
    section.edit()
    saved = ReplyTemplate.get(ReplyTemplate.name == "Ready to collect")
    assert (saved.text, saved.status) == ("Ready, {name}!", v.RESOLVED)
    section.move(-1)
    assert [t.name for t in reply_templates.list_templates()][5] == "Ready to collect"
    assert section.list.currentRow() == 5
    asked = []
    monkeypatch.setattr(settings_templates, "confirm", lambda *a: asked.append(a[2]) or False)
    section.delete()
    assert ReplyTemplate.select().count() == 7  # "No" deletes nothing
    monkeypatch.setattr(settings_templates, "confirm", lambda *a: True)
    section.delete()
    assert ReplyTemplate.select().count() == 6 and "Ready to collect" in asked[0]
    assert not ReplyTemplate.select().where(ReplyTemplate.name == "Ready to collect").exists()


def test_the_settings_page_shows_the_section_and_follows_changes(qtbot, english_set):
    from cxjournal.changes import Kind
    from cxjournal.ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    page = window.show_page("settings")
    assert not page.templates.isHidden()
    assert Kind.TEMPLATE in page.SHOWS
    reply_templates.add_template("From elsewhere", "x")
    page.refresh()
    assert page.templates.list.item(page.templates.list.count() - 1).text() == "From elsewhere"


def test_settings_sets_what_makes_a_regular_customer(qtbot, journal):
    from cxjournal.ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    page = window.show_page("settings")
    spin = page.numbers["regular_customer_entries"]
    assert spin.value() == 3 and spin.isVisibleTo(page)
    spin.setValue(5)
    assert page.save()
    assert settings.get_setting("regular_customer_entries") == "5"
    spin.setValue(0)
    assert spin.text() == "Off" and page.save()
    assert settings.get_setting("regular_customer_entries") == "0"
