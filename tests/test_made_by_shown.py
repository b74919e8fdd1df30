"""Who recorded each item, shown (issue 18): in the person's timeline, the entry's detail pane and
the person report (a data-access request says who recorded what), in English and French; an
unknown author (older rows) shows nothing or a dash, never "None". On a file, where the rows'
authors can be set as a shared journal records them (a server never lets ``made_by`` change)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cxjournal.reports.building import PERSON, ReportRequest, build_report
from cxjournal.reports.person_history import build_person_report
from cxjournal.services import entries, timeline
from cxjournal.store.models import Entry, FollowUp, Promise, Response
from cxjournal.ui.widgets.entry_detail import EntryDetail
from cxjournal.ui.widgets.person_view import PersonView
from tests.builders import a_customer, a_followup, a_promise, an_entry
from tests.report_pdf import flat

pytestmark = pytest.mark.file_only


def _recorded(person):
    """Items by "lea" and "marc" (as on a shared journal) and one older item with nobody known."""
    known = an_entry(person, title="Four cassé")
    unknown = an_entry(person, kind="praise", title="Merci pour le pain")
    answer = entries.respond(known, "Rappelée, excuses")
    promise = a_promise(person, what="Gâteau offert")
    followup = a_followup("Rappeler Amélie", person=person)
    Entry.update(made_by="lea").where(Entry.id == known.id).execute()
    Entry.update(made_by=None).where(Entry.id == unknown.id).execute()
    Response.update(made_by="marc").where(Response.id == answer.id).execute()
    Promise.update(made_by="marc").where(Promise.id == promise.id).execute()
    FollowUp.update(made_by="lea").where(FollowUp.id == followup.id).execute()
    return known, unknown


def test_the_timeline_says_who_recorded_each_item(journal, fake_clock):
    amelie = a_customer("Amélie")
    _recorded(amelie)
    found = {item.title: item.made_by for item in timeline.person_timeline(amelie)}
    assert found == {
        "Four cassé": "lea",
        "Merci pour le pain": None,
        "Gâteau offert": "marc",
        "Rappeler Amélie": "lea",
    }


def test_the_person_page_shows_a_recorded_by_column(qtbot, journal, fake_clock):
    amelie = a_customer("Amélie")
    _recorded(amelie)
    view = PersonView()
    qtbot.addWidget(view)
    view.show_person(amelie.id)
    model = view.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index("Recorded by")
    cells = {
        model.index(r, 2).data(): model.index(r, column).data() for r in range(model.rowCount())
    }
    assert cells["Four cassé"] == "lea" and cells["Merci pour le pain"] == ""
    assert "None" not in cells.values()


def test_the_detail_pane_says_who_recorded_the_entry_and_each_response(qtbot, journal, fake_clock):
    amelie = a_customer("Amélie")
    known, unknown = _recorded(amelie)
    pane = EntryDetail()
    qtbot.addWidget(pane)
    pane.show_entry(known.id)
    assert "recorded by lea" in pane.heading.text()
    assert "marc — Rappelée, excuses" in pane.history.text()
    pane.show_entry(unknown.id)
    assert "recorded by" not in pane.heading.text() and "None" not in pane.heading.text()


def test_the_person_report_says_who_recorded_each_item_in_both_languages(
    journal, tmp_path, fake_clock
):
    amelie = a_customer("Amélie")
    _recorded(amelie)
    english, french = tmp_path / "en.pdf", tmp_path / "fr.pdf"
    build_person_report(english, amelie, lang="en")
    build_report(ReportRequest(PERSON, person_id=amelie.id, lang="fr"), french)
    text = flat(english)
    assert "Recorded by" in text and "by marc: Rappelée" in text
    assert text.count("lea") == 2 and text.count("marc") == 2 and "None" not in text
    text = flat(french)
    assert "Saisi par" in text and "par marc" in text and "None" not in text
