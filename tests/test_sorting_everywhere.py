"""Issue 23: names and titles sorted as the language sorts them everywhere, on both engines: the
window's tables (a header click included) and completers, the command line's lists and the
reports ("Émile" between "Denis" and "Fabien", "Çelik" with the C's, "Œillet" as "oe", case
aside). The same words in another order would still come out in this one."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from PySide6.QtCore import Qt

from cxjournal.cli import main
from cxjournal.names import sort_key
from cxjournal.reports.person_history import build_person_report
from cxjournal.reports.weekly_sheet import build_week_sheet
from cxjournal.services import entries, people, promises
from cxjournal.services.entry_query import EntryFilter, list_entries
from cxjournal.store.connection import close_journal, open_journal
from tests.report_pdf import flat

WORDS = ["Victor", "Œillet", "fabien", "Émile", "Denis", "Çelik", "Omar", "Odile", "albert"]
IN_ORDER = ["albert", "Çelik", "Denis", "Émile", "fabien", "Odile", "Œillet", "Omar", "Victor"]


@pytest.fixture
def cli(journal, capsys):
    """The command line run in this process; the journal is open again afterwards."""

    def run(*args: str) -> tuple[int, str, str]:
        close_journal()
        code = main([*args])
        open_journal(journal)
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_the_key_reads_accents_case_and_ligatures_as_the_language_does():
    assert sorted(WORDS, key=sort_key) == IN_ORDER
    assert sorted(["Oeuvre", "Œuvre", "Odile"], key=sort_key)[0] == "Odile"
    assert sort_key("Œuvre")[0] == sort_key("OEUVRE")[0] == "oeuvre"


def test_cli_people_departments_and_tags_in_the_language_order(cli):
    for word in WORDS:
        people.add_person(word, "staff", department=people.add_department(f"{word} équipe"))
    entries.log_entry(kind="praise", side="customer", title="Merci", tags=WORDS)
    code, out, _ = cli("person", "list", "--json")
    assert code == 0 and [p["name"] for p in json.loads(out)] == IN_ORDER
    code, out, _ = cli("department", "list", "--json")
    assert code == 0 and [d["name"] for d in json.loads(out)] == [f"{w} équipe" for w in IN_ORDER]
    code, out, _ = cli("tag", "list", "--json")
    assert code == 0 and [t["name"] for t in json.loads(out)] == IN_ORDER
    assert entries.entry_tags(list_entries()[0].id) == IN_ORDER


def test_entries_sorted_by_title_in_the_language_order(cli):
    for word in WORDS:
        entries.log_entry(kind="praise", side="customer", title=word)
    shown = [e.title for e in list_entries(EntryFilter(sort="title", descending=False))]
    assert shown == IN_ORDER
    code, out, _ = cli("entry", "list", "--json")
    assert code == 0 and sorted((e["title"] for e in json.loads(out)), key=sort_key) == IN_ORDER


def test_the_journal_table_sorts_titles_by_a_header_click(qtbot):
    from cxjournal.ui.models.journal_model import Col, JournalModel

    for word in WORDS:
        entries.log_entry(kind="praise", side="customer", title=word)
    model = JournalModel()
    model.set_filter(model.filter)
    model.sort(Col.TITLE, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, Col.TITLE).data() for r in range(model.rowCount())] == IN_ORDER
    model.sort(Col.TITLE, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, Col.TITLE).data() for r in range(model.rowCount())] == IN_ORDER[::-1]


def test_the_people_page_and_its_header_click_sort_names_as_the_language_does(qtbot):
    from cxjournal.ui.pages.customers import Page

    for word in WORDS:
        people.add_person(word, "customer")
    page = Page()
    qtbot.addWidget(page)
    page.refresh()
    names = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert names == IN_ORDER
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    names = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert names == IN_ORDER[::-1]


def test_name_completers_offer_names_in_the_language_order(qtbot):
    from cxjournal.ui.dialogs.quick_capture import QuickCaptureDialog
    from cxjournal.ui.widgets.person_field import PersonField

    for word in WORDS:
        people.add_person(word, "customer")
    field = PersonField()
    qtbot.addWidget(field)
    offered = field.completer().model()
    assert [offered.index(r, 0).data() for r in range(offered.rowCount())] == IN_ORDER
    capture = QuickCaptureDialog()
    qtbot.addWidget(capture)
    offered = capture.who.completer().model()
    assert [offered.index(r, 0).data() for r in range(offered.rowCount())] == IN_ORDER


def test_week_sheet_lists_one_day_s_promises_in_the_language_order(fake_clock, tmp_path):
    someone = people.add_person("Léa", "customer")
    for word in WORDS:
        promises.make_promise(person=someone, what=f"{word} rappel", due="2026-11-18")
    out = tmp_path / "week.pdf"
    build_week_sheet(out, week_of=date(2026, 11, 16), lang="fr")
    text = flat(out)
    found = sorted(WORDS, key=lambda w: text.index(f"{w} rappel"))
    assert found == IN_ORDER


def test_person_report_lists_an_entry_s_tags_in_the_language_order(fake_clock, tmp_path):
    someone = people.add_person("Léa", "customer")
    entries.log_entry(person=someone, kind="praise", title="Merci", tags=WORDS)
    out = tmp_path / "person.pdf"
    build_person_report(out, someone.id, lang="fr")
    text = re.sub(r"\s+", " ", flat(out))
    assert ", ".join(IN_ORDER) in text


@pytest.mark.server_only
def test_accounts_and_assignees_listed_in_the_language_order(cli):
    import uuid

    from cxjournal.services import accounts, assignment

    suffix = uuid.uuid4().hex[:6]
    logins = [f"{word.lower()}_{suffix}" for word in WORDS]
    for login in logins:
        accounts.add_account(login, "counter", "correct horse 42")
    try:
        wanted = [f"{word.lower()}_{suffix}" for word in IN_ORDER]
        assert [a.name for a in accounts.list_accounts() if a.name.endswith(suffix)] == wanted
        code, out, _ = cli("account", "list", "--json")
        listed = [a["name"] for a in json.loads(out) if a["name"].endswith(suffix)]
        assert code == 0 and listed == wanted
        assert [n for n in assignment.assignable_accounts() if n.endswith(suffix)] == wanted
    finally:
        for login in logins:
            accounts.remove_account(login)
