"""The people kept past the retention period by the owner's decision, outside the record of
processing (issue 18): ``cxjournal retention --json`` lists them apart from those due, the plain
list says how many; Settings ▸ Privacy counts them, Show… lists them (name, side, period ended,
until, why) and Stop keeping… asks first, then puts them back on the list of who is due. Both
engines; only an owner may stop a keep."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from PySide6.QtWidgets import QMessageBox

from cxjournal.cli import main
from cxjournal.errors import ValidationError
from cxjournal.services import retention
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.models import Person
from cxjournal.ui.dialogs.kept_dialog import KeptDialog
from tests.builders import a_customer, a_staff_member, an_entry
from tests.helpers import START, open_page

LONG_AGO = datetime(2020, 5, 2, 10, 0)  # past both periods by START (2026-11-16)


@pytest.fixture
def kept_two(fake_clock):
    """Léa kept until a day, Sam (staff) kept for a reason, Marc due, Zoé recent."""
    fake_clock.set(LONG_AGO)
    lea, marc, sam = a_customer("Léa"), a_customer("Marc"), a_staff_member("Sam")
    for who in (lea, marc):
        an_entry(who, occurred_at=LONG_AGO)
    an_entry(sam, kind="concern", occurred_at=LONG_AGO)
    fake_clock.set(START)
    an_entry(a_customer("Zoé"), occurred_at=START)
    retention.keep_person(lea.id, START, until="2027-01-31")
    retention.keep_person(sam.id, START, reason="Prud'hommes en cours")
    return lea, marc, sam


def _cli(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_lists_the_kept_apart_and_counts_them_in_text(journal, kept_two, capsys):
    close_journal()
    code, out, _ = _cli(capsys, "retention", "--json")
    assert code == 0
    listed = json.loads(out)
    assert [d["name"] for d in listed["due"]] == ["Marc"]
    kept = {k["name"]: k for k in listed["kept"]}
    assert set(kept) == {"Léa", "Sam"}
    assert kept["Léa"]["side"] == "customer" and kept["Léa"]["keep_until"] == "2027-01-31"
    assert kept["Léa"]["keep_reason"] == "" and kept["Léa"]["due_since"] == "2023-05-02T10:00:00"
    assert kept["Sam"]["side"] == "staff" and kept["Sam"]["keep_until"] is None
    assert kept["Sam"]["keep_reason"] == "Prud'hommes en cours"
    code, out, _ = _cli(capsys, "retention")
    assert code == 0 and "Marc" in out and "Léa" not in out and "Sam" not in out
    assert "2 people past the period are kept by your decision" in out
    open_journal(journal)


def test_nobody_kept_says_nothing_about_keeping(journal, fake_clock, capsys):
    fake_clock.set(LONG_AGO)
    an_entry(a_customer("Marc"), occurred_at=LONG_AGO)
    fake_clock.set(START)
    close_journal()
    code, out, _ = _cli(capsys, "retention")
    assert code == 0 and "Marc" in out and "kept" not in out
    code, out, _ = _cli(capsys, "retention", "--json")
    assert json.loads(out)["kept"] == []
    open_journal(journal)


def test_ending_a_keep_puts_them_back_on_the_list(kept_two):
    lea, _marc, _sam = kept_two
    retention.end_keep(lea.id)
    assert [d.name for d in retention.due_for_deletion(START)] == ["Marc", "Léa"] or [
        d.name for d in retention.due_for_deletion(START)
    ] == ["Léa", "Marc"]
    assert {k.name for k in retention.kept_past_period(START)} == {"Sam"}
    lea = Person.get_by_id(lea.id)
    assert lea.keep_until is None and lea.keep_reason == ""
    with pytest.raises(ValidationError):
        retention.end_keep(987654)  # nobody: refused in plain words


def test_settings_privacy_counts_lists_and_stops_a_keep_after_asking(qtbot, kept_two, monkeypatch):
    lea, _marc, sam = kept_two
    _window, page = open_page(qtbot, "settings")
    section = page.privacy
    assert "2 people kept past these periods" in section.kept.text()
    assert section.kept_button.isEnabled()
    answers = []

    def answer(*args, **_kwargs):
        answers.append(args[2])
        return answer.reply

    monkeypatch.setattr("cxjournal.ui.widgets.feedback.QMessageBox.question", answer)
    dialog = KeptDialog(section)
    qtbot.addWidget(dialog)
    rows = [
        [dialog.model.index(r, c).data() for c in range(5)] for r in range(dialog.model.rowCount())
    ]
    assert ["Léa", "Customer", "2 May 2023", "31 Jan 2027", ""] in rows
    assert ["Sam", "Staff", "2 May 2025", "", "Prud'hommes en cours"] in rows
    row = next(r for r in range(2) if dialog.model.row_at(r).name == "Sam")
    dialog.table.selectRow(row)
    answer.reply = QMessageBox.StandardButton.No
    assert dialog.stop_keeping() == 0
    assert "Stop keeping 1 person past the period: Sam?" in answers[0]
    assert Person.get_by_id(sam.id).keep_reason == "Prud'hommes en cours"  # "No" changed nothing
    answer.reply = QMessageBox.StandardButton.Yes
    assert dialog.stop_keeping() == 1
    assert Person.get_by_id(sam.id).keep_reason == ""
    assert [dialog.model.row_at(r).name for r in range(dialog.model.rowCount())] == ["Léa"]
    assert "Sam" in [d.name for d in retention.due_for_deletion(START)]
    dialog.accept()
    section.count_kept()
    assert "1 person kept past these periods" in section.kept.text()
    assert Person.get_by_id(lea.id).keep_until is not None


@pytest.mark.server_only
def test_only_an_owner_stops_a_keep(journal, kept_two, monkeypatch):
    import os
    import uuid

    from cxjournal.errors import PermissionDeniedError
    from cxjournal.services import accounts
    from tests.test_server_roles import PASSWORD, _back_as_admin, _open_as

    lea, _marc, _sam = kept_two
    manager = f"k_manager_{uuid.uuid4().hex[:6]}"
    accounts.add_account(manager, "manager", PASSWORD)
    admin_password = os.environ.get("PGPASSWORD")
    try:
        _open_as(journal, manager, monkeypatch)
        with pytest.raises(PermissionDeniedError):
            retention.end_keep(lea.id)
    finally:
        _back_as_admin(journal, monkeypatch, admin_password)
        accounts.remove_account(manager)
    assert Person.get_by_id(lea.id).keep_until is not None  # refused: nothing changed
