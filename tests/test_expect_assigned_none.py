"""``promise edit --expect assigned_to=none`` and ``followup edit --expect assigned_to=none``
(issue 18): "none" means nobody, so it matches an unassigned row (exit 0, the edit saved) and
conflicts with one someone assigned meanwhile (exit 75, nothing saved)."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from cxjournal.cli import main
from cxjournal.services import accounts, followups, people, promises
from cxjournal.store.connection import open_journal
from cxjournal.store.models import FollowUp, Promise
from tests.helpers import START

PASSWORD = "Croissant au beurre 9"


def _promise() -> int:
    anna = people.add_person("Anna Dupont", "customer")
    return promises.make_promise(person=anna, what="Gâteau", due=date(2026, 11, 20)).id


def test_expect_nobody_matches_an_unassigned_promise(journal, capsys, fake_clock):
    pid = _promise()
    code = main(["promise", "edit", str(pid), "--what", "Tarte", "--expect", "assigned_to=none"])
    _out, err = capsys.readouterr()
    assert code == 0, err
    open_journal(journal)  # the command closed it
    assert Promise.get_by_id(pid).what == "Tarte"


def test_expect_nobody_matches_an_unassigned_followup(journal, capsys, fake_clock):
    item = followups.add_followup(title="Call Anna", due_at=START)
    code = main(
        ["followup", "edit", str(item.id), "--title", "Call back", "--expect", "assigned_to=NONE"]
    )
    _out, err = capsys.readouterr()
    assert code == 0, err
    open_journal(journal)
    assert FollowUp.get_by_id(item.id).title == "Call back"


@pytest.mark.server_only
def test_expect_nobody_conflicts_when_someone_assigned_it_meanwhile(journal, capsys, fake_clock):
    pid = _promise()
    name = f"t_as_{uuid.uuid4().hex[:8]}"
    accounts.add_account(name, "counter", PASSWORD)
    try:
        promises.edit_promise(pid, assigned_to=name)  # someone else, meanwhile
        code = main(
            ["promise", "edit", str(pid), "--what", "Tarte", "--expect", "assigned_to=none"]
        )
        _out, err = capsys.readouterr()
        assert code == 75 and len(err.strip().splitlines()) == 1 and name in err
        open_journal(journal)
        assert Promise.get_by_id(pid).what == "Gâteau"
        Promise.update(assigned_to=None).where(Promise.id == pid).execute()
    finally:
        accounts.remove_account(name)
