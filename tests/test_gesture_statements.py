"""How many statements the window's gestures send (issue 17's budgets on a server, where each
statement is a round trip): a block of the Journal's rows in one, the detail pane in four, nothing
for the pane when a search leaves the same entry selected and nothing changed, and namesakes'
departments (People pages, Journal) read once for a whole list, never once per person. Counted
from peewee's statement log, the same on both engines."""

from __future__ import annotations

import logging

import pytest

from cxjournal.services import attachments, entries, people
from cxjournal.services import entry_query as eq
from cxjournal.store.models import on_server
from cxjournal.ui.models.journal_model import Col, JournalModel
from cxjournal.ui.widgets.entry_detail import EntryDetail
from tests.builders import a_customer, a_staff_member, an_entry
from tests.helpers import libpq_trace, open_page


@pytest.fixture(autouse=True)
def settings_kept():
    """The settings kept in memory, as the app's window keeps them (ui/shell/app.py)."""
    from cxjournal.services.settings import keep_settings_cached

    keep_settings_cached(True)
    yield
    keep_settings_cached(False)


def _sent(caplog, work) -> tuple[object, list[str]]:
    caplog.clear()
    with caplog.at_level(logging.DEBUG, logger="peewee"):
        result = work()
    return result, [str(r.msg[0]) for r in caplog.records if r.name == "peewee"]


def _journal(count: int = 30) -> list:
    """Entries of two namesakes and someone else, newest last."""
    shop = [
        a_customer("Céline Michel", organisation="Hôtel du Parc"),
        a_customer("Céline Michel", email="celine@example.fr"),
        a_customer("Léa Roux"),
    ]
    return [
        an_entry(shop[n % 3], title=f"Four {n}", occurred_at=f"2026-11-{1 + n % 14:02d} 09:{n:02d}")
        for n in range(count)
    ]


def test_a_block_of_rows_is_read_in_one_statement(caplog, fake_clock):
    _journal()
    flt = eq.EntryFilter(text="four")
    eq.page_rows(flt, limit=10)  # the namesakes are read once, then kept until people change
    rows, sent = _sent(caplog, lambda: eq.page_rows(flt, limit=10, offset=5, counted=30))
    ids, by_ids = _sent(caplog, lambda: eq.page_ids(flt, limit=10, offset=5, counted=30))
    same, by_rows = _sent(caplog, lambda: eq.entry_rows(ids))
    assert rows == same
    # the ids and their rows in one statement (a file may first count the matches to choose
    # how to walk them: that statement stays)
    assert len(by_rows) == 1 and len(sent) == len(by_ids), sent
    assert len(rows) == 10 and "Céline Michel (Hôtel du Parc)" in {row[3] for row in rows}
    model = JournalModel()
    model.set_filter(flt)  # on a server the first block comes with the count, in its statement
    title, sent = _sent(caplog, lambda: model.index(0, Col.TITLE).data())
    assert title and len(sent) == (0 if on_server() else len(by_ids)), sent


def _pane_and_an_entry_with_everything(qtbot) -> tuple[list, EntryDetail]:
    """Three entries, the first with a response, tags and a file, and a detail pane showing the
    second (the namesakes are read once, then kept)."""
    made = _journal(3)
    entries.respond(made[0].id, "Rappelée")
    entries.edit_entry(made[0].id, tags="four, pain")
    attachments.attach_files(made[0].id, [("note.txt", b"chaud")])
    detail = EntryDetail()
    qtbot.addWidget(detail)
    detail.show_entry(made[1].id)
    return made, detail


def test_the_detail_pane_reads_an_entry_in_four_statements(qtbot, caplog, fake_clock):
    made, detail = _pane_and_an_entry_with_everything(qtbot)
    entry = made[0]
    _none, sent = _sent(caplog, lambda: detail.show_entry(entry.id))
    # the entry with its person and namesakes' mark, its tags, responses and files: 6 before
    assert len(sent) == 4, sent
    assert detail.heading.text().startswith("Céline Michel (Hôtel du Parc)")
    assert detail.tags.text() == "four, pain"
    assert "Rappelée" in detail.history.text()
    assert [info.name for info in detail.attached.shown] == ["note.txt"]


def test_a_search_keeping_the_selected_entry_does_not_read_it_again(qtbot, caplog, fake_clock):
    made = _journal(5)
    _window, page = open_page(qtbot, "journal")
    page.apply_search_now("")
    newest = max(made, key=lambda e: (e.occurred_at, e.id))
    assert page.detail.entry_id == newest.id
    _none, sent = _sent(caplog, lambda: page.apply_search_now("four"))
    assert page.detail.entry_id == newest.id
    # the count (a file counts twice to choose how to walk the matches) and the first block; a
    # server sends them in one statement with the count's plan setting (2 before); no pane
    most = 1 if on_server() else 3
    assert len(sent) <= most and not any('"response"' in s or '"attachment"' in s for s in sent), (
        sent
    )
    entries.edit_entry(newest.id, title="Four froid")  # a change: the pane reads it again
    page.refresh()
    assert page.detail.title.text() == "Four froid"
    _none, sent = _sent(caplog, lambda: page.apply_search_now("froid"))
    assert page.detail.entry_id == newest.id and len(sent) <= most, sent


def test_namesakes_departments_are_read_once_for_a_whole_list(caplog, fake_clock):
    staff = [
        a_staff_member("Sam Petit", department=name)
        for name in ("Fournil", "Vente", "Livraison", "Pâtisserie", "Caisse")
    ]
    listed = people.find_people("", side="staff")  # as the Staff page reads them (no department)
    names, sent = _sent(caplog, lambda: people.distinguishing_names(listed))
    assert names == {p.id: f"Sam Petit ({p.department.name})" for p in staff}
    assert sum('"department"' in s for s in sent) == 1, sent  # 5 before, one per person


def test_the_staff_page_reads_no_department_per_row(qtbot, caplog, fake_clock):
    for n, name in enumerate(("Fournil", "Vente", "Livraison", "Pâtisserie")):
        a_staff_member(f"Sam Petit {n}", department=name)
        a_staff_member(f"Sam Petit {n}", department=name)  # namesakes in the same department
    _window, page = open_page(qtbot, "staff")
    _none, sent = _sent(caplog, page.refresh)
    column = page.model.texts(1, page.model.rowCount())
    assert sorted(set(column)) == ["Fournil", "Livraison", "Pâtisserie", "Vente"]
    # the list, the namesakes, the person on show: 3 whatever the number of rows
    assert sum('FROM "department"' in s for s in sent) <= 3, sent


def test_opening_a_person_reads_them_once_with_their_department(qtbot, caplog, fake_clock):
    baker = a_staff_member("Sam Petit", department="Fournil")
    for n in range(3):
        an_entry(baker, kind="concern", title=f"Four {n}", occurred_at=f"2026-11-0{1 + n} 09:00")
    other = a_staff_member("Léa Roux", department="Vente")
    window, customers = open_page(qtbot, "customers")
    customers.focus_item("person", other.id)  # the Staff page shown, as benchmarks/gui_probe does
    staff = window.current_page()
    _none, sent = _sent(caplog, lambda: customers.focus_item("person", baker.id))
    assert window.show_page("staff") is staff and staff.person_view.person.id == baker.id
    assert "Fournil" in staff.person_view.subtitle.text()
    # the person with their department, the summary, the timeline's size and first page, the
    # promises, the follow-ups: 9 before (the person read three times, the department once more)
    assert sum(s.count('FROM "person"') for s in sent) == 1, sent
    assert not any(s.startswith('SELECT "t1"."id", "t1"."name", "t1"."key"') for s in sent), sent
    assert len(sent) <= 6, sent


def _round_trips(work) -> tuple[int, int]:
    """How many times the journal's connection waited for the server while ``work`` ran (each
    run of messages sent, in libpq's trace, that got an answer), and the statements executed."""
    sent = libpq_trace(work)
    trips, last = 0, None
    for parts in sent:
        if parts[1] == "F" and last != "F":
            trips += 1
        last = parts[1]
    return trips, sum(1 for parts in sent if parts[1] == "F" and parts[3] in ("Query", "Execute"))


@pytest.mark.server_only
def test_on_a_server_the_detail_pane_reads_an_entry_in_one_round_trip(qtbot, fake_clock):
    made, detail = _pane_and_an_entry_with_everything(qtbot)
    entry = made[0]
    trips, statements = _round_trips(lambda: detail.show_entry(entry.id))
    # the entry, its tags, responses and files sent together: 4 round trips before
    assert (trips, statements) == (1, 4)
    assert detail.tags.text() == "four, pain" and "Rappelée" in detail.history.text()
    assert [info.name for info in detail.attached.shown] == ["note.txt"]
    detail.show_entry(made[2].id)  # nothing to show of the other parts: shown empty
    assert detail.tags.text() == "" and detail.attached.shown == []


@pytest.mark.server_only
def test_without_pipelines_the_pane_reads_the_same_one_statement_at_a_time(
    qtbot, fake_clock, monkeypatch
):
    import psycopg

    made, detail = _pane_and_an_entry_with_everything(qtbot)
    monkeypatch.setattr(psycopg.Pipeline, "is_supported", classmethod(lambda cls: False))
    trips, statements = _round_trips(lambda: detail.show_entry(made[0].id))
    assert (trips, statements) == (4, 4)  # libpq older than 14: as before, nothing lost
    assert detail.tags.text() == "four, pain" and "Rappelée" in detail.history.text()
    assert [info.name for info in detail.attached.shown] == ["note.txt"]
