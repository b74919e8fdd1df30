"""The "Assigned to" choice in the follow-up and promise dialogs and the pages' column (issue 18):
on a shared journal only, with the accounts the signed-in account may choose; none on a file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cxjournal.services import people
from cxjournal.store.models import FollowUp, Promise
from cxjournal.ui.dialogs.followup_dialog import FollowUpDialog
from cxjournal.ui.dialogs.promise_dialog import PromiseDialog
from tests.helpers import open_page
from tests.test_assignment import make_team, open_as


@pytest.fixture
def team(journal, monkeypatch):
    yield from make_team(journal, monkeypatch)


@pytest.mark.file_only
def test_a_journal_file_offers_no_assignment(qtbot, fake_clock):
    dialog = FollowUpDialog()
    qtbot.addWidget(dialog)
    assert dialog.assignee is None
    promise = PromiseDialog()
    qtbot.addWidget(promise)
    assert promise.assignee is None
    _window, page = open_page(qtbot, "followups")
    headers = [page.tree.model().headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert page.tree.model().columnCount() == 4 and "Assigned to" not in headers


@pytest.mark.server_only
def test_a_manager_assigns_in_the_dialogs_and_the_pages_show_it(
    qtbot, team, monkeypatch, fake_clock
):
    address, logins = team
    people.add_person("Amélie Durand", "customer")
    open_as(address, logins["manager"], monkeypatch)
    dialog = FollowUpDialog()
    qtbot.addWidget(dialog)
    choices = [dialog.assignee.itemData(i) for i in range(dialog.assignee.count())]
    assert choices[0] is None and logins["counter"] in choices and logins["kiosk"] not in choices
    dialog.title.setText("Rappeler Amélie")
    dialog.assignee.set_assignee(logins["counter"])
    dialog.accept()
    saved = FollowUp.get_by_id(dialog.saved.id)
    assert saved.assigned_to == logins["counter"]
    edit = FollowUpDialog(item=saved)
    qtbot.addWidget(edit)
    assert edit.assignee.assignee() == logins["counter"]
    edit.assignee.set_assignee(None)
    edit.accept()
    assert FollowUp.get_by_id(saved.id).assigned_to is None

    promise = PromiseDialog()
    qtbot.addWidget(promise)
    promise.person.setText("Amélie Durand")
    promise.what.setPlainText("Gâteau offert")
    promise.assignee.set_assignee(logins["owner"])
    promise.accept()
    assert Promise.get_by_id(promise.promise.id).assigned_to == logins["owner"]
    _window, page = open_page(qtbot, "promises")
    model = page.tree.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index("Assigned to")
    cells = []
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        cells += [model.index(r, column, parent).data() for r in range(model.rowCount(parent))]
    assert logins["owner"] in cells


@pytest.mark.server_only
def test_a_counter_is_offered_itself_only_and_keeps_a_colleagues_assignee(
    qtbot, team, monkeypatch, fake_clock
):
    address, logins = team
    from cxjournal.services import followups

    theirs = followups.add_followup(
        title="Rappeler", due_at="2026-11-17 09:00", assigned_to=logins["counter2"]
    )
    open_as(address, logins["counter"], monkeypatch)
    dialog = FollowUpDialog()
    qtbot.addWidget(dialog)
    assert [dialog.assignee.itemData(i) for i in range(dialog.assignee.count())] == [
        None,
        logins["counter"],
    ]
    edit = FollowUpDialog(item=FollowUp.get_by_id(theirs.id))
    qtbot.addWidget(edit)
    assert edit.assignee.assignee() == logins["counter2"]
    edit.title.setText("Rappeler demain")
    edit.accept()  # the title changes; the colleague keeps it
    saved = FollowUp.get_by_id(theirs.id)
    assert (saved.title, saved.assigned_to) == ("Rappeler demain", logins["counter2"])
