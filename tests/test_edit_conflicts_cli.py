"""``--expect FIELD=VALUE`` on the CLI's edit commands: the base of the edit. A field someone
changed meanwhile is one line on stderr naming it and what it holds now, exit 75, nothing written;
a malformed ``--expect`` is bad input (exit 2). Runs on the journal under test (file or server)."""

from __future__ import annotations

import pytest

from cxjournal.cli import main
from cxjournal.services import entries, followups, people, promises
from cxjournal.store.connection import open_journal
from tests.builders import a_customer, a_followup, a_promise, an_entry


@pytest.fixture
def cli(capsys, journal):
    def run(*args):
        code = main(list(args))
        out, err = capsys.readouterr()
        open_journal(journal)  # the command closed it; the test reads what it left
        return code, out, err

    return run


def test_an_entry_edit_expecting_the_old_title_is_refused_with_exit_75_and_one_line(cli):
    entry = an_entry(side="customer", title="Four en panne")
    entries.edit_entry(entry.id, title="Four cassé")  # another computer, meanwhile
    code, _, err = cli(
        "entry", "edit", str(entry.id), "--title", "Four réparé", "--expect", "title=Four en panne"
    )
    assert code == 75
    assert err.count("\n") == 1 and "Title" in err and "Four cassé" in err
    assert "Traceback" not in err
    assert entries.get_entry(entry.id).title == "Four cassé"


def test_an_entry_edit_expecting_what_is_there_is_saved(cli):
    entry = an_entry(side="customer", title="Four en panne", satisfaction=2)
    code, _, err = cli(
        "entry",
        "edit",
        str(entry.id),
        "--title",
        "Four réparé",
        "--expect",
        "title=Four en panne",
        "--expect",
        "satisfaction=2",
    )
    assert code == 0, err
    assert entries.get_entry(entry.id).title == "Four réparé"


def test_a_malformed_expect_is_bad_input_and_changes_nothing(cli):
    entry = an_entry(side="customer", title="Four")
    code, _, err = cli("entry", "edit", str(entry.id), "--title", "X", "--expect", "title")
    assert code == 2 and err.count("\n") == 1
    code, _, err = cli("entry", "edit", str(entry.id), "--title", "X", "--expect", "colour=red")
    assert code == 2 and err.count("\n") == 1
    assert entries.get_entry(entry.id).title == "Four"


def test_promise_followup_and_person_edits_take_expect_too(cli):
    anne = a_customer("Anne", email="anne@example.fr")
    promise = a_promise(anne, what="Rappeler", due="2026-12-20")
    item = a_followup("Relancer")
    people.edit_person(anne.id, email="anne@boulangerie.fr")
    code, _, err = cli(
        "person", "edit", f"#{anne.id}", "--email", "a@b.fr", "--expect", "email=anne@example.fr"
    )
    assert code == 75 and "anne@boulangerie.fr" in err
    code, _, err = cli(
        "promise", "edit", str(promise.id), "--due", "2026-12-28", "--expect", "due=2026-12-20"
    )
    assert code == 0, err
    assert str(promises.get_promise(promise.id).due_date) == "2026-12-28"
    code, _, err = cli(
        "followup", "edit", str(item.id), "--title", "Relancer Anne", "--expect", "title=Autre"
    )
    assert code == 75 and "Relancer" in err
    assert followups.get_followup(item.id).title == "Relancer"
    assert people.get_person(anne.id).email == "anne@boulangerie.fr"
