"""The monthly retention review (issue 18): keeping someone past the period (until a day, or for a
reason) is remembered on the person and leaves them off the list; Today's notice for the owner,
with a fake clock, shown in a month with people due, hidden after "Not this month" until the next
month; erasing from the review only after confirmation, through the erasure service. Both engines."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QMessageBox

from cxjournal.errors import ValidationError
from cxjournal.services import retention
from cxjournal.store.models import Erasure, Person
from cxjournal.ui.dialogs.retention_dialog import RetentionDialog
from tests.builders import a_customer, a_staff_member, an_entry
from tests.helpers import START, open_page, version_before

LONG_AGO = datetime(2022, 5, 2, 10, 0)  # past the 3 years by START (2026-11-16)


def listed(now: datetime = START) -> list[str]:
    return [d.name for d in retention.due_for_deletion(now)]


@pytest.fixture
def two_due(fake_clock):
    """Léa and Marc, customers whose last own contact was in 2022; Zoé, seen this week."""
    fake_clock.set(LONG_AGO)
    lea, marc = a_customer("Léa"), a_customer("Marc")
    for who in (lea, marc):
        an_entry(who, occurred_at=LONG_AGO)
    fake_clock.set(START)
    an_entry(a_customer("Zoé"), occurred_at=START)
    return lea, marc


def test_kept_until_a_day_they_leave_the_list_and_come_back_after_it(two_due):
    lea, _marc = two_due
    retention.keep_person(lea.id, START, until="2027-01-31")
    assert Person.get_by_id(lea.id).keep_until == date(2027, 1, 31)
    assert listed() == ["Marc"]
    assert listed(datetime(2027, 2, 1, 9, 0)) == ["Léa", "Marc"]


def test_kept_for_a_reason_they_stay_off_the_list(two_due):
    lea, _marc = two_due
    retention.keep_person(lea.id, START, reason="  Garantie   du four, jusqu'en 2028 ")
    assert Person.get_by_id(lea.id).keep_reason == "Garantie du four, jusqu'en 2028"
    assert listed(datetime(2029, 6, 1)) == ["Marc"]


@pytest.mark.parametrize(
    ("until", "reason", "message"),
    [
        (None, "   ", "Give a day to keep them until, or the reason to keep them."),
        ("2026-11-16", "", "The day to keep them until must be after today."),
        ("31/02/2027", "", "is not a valid date"),
    ],
)
def test_keeping_without_a_later_day_or_a_reason_is_refused_and_changes_nothing(
    two_due, until, reason, message
):
    lea, _marc = two_due
    with pytest.raises(ValidationError, match=message):
        retention.keep_person(lea.id, START, until=until, reason=reason)
    row = Person.get_by_id(lea.id)
    assert (row.keep_until, row.keep_reason) == (None, "")
    assert listed() == ["Léa", "Marc"]


def test_a_staff_member_kept_is_left_out_too(fake_clock):
    fake_clock.set(datetime(2020, 1, 6, 9, 0))
    sam = a_staff_member("Sam")
    an_entry(sam, kind="concern", occurred_at=datetime(2020, 1, 6, 9, 0))
    fake_clock.set(START)
    assert listed() == ["Sam"]
    retention.keep_person(sam.id, START, reason="Prud'hommes en cours")
    assert listed() == []


# -- Today's notice and the review dialog (pytest-qt) --------------------------------------------


def test_the_notice_shows_in_a_month_with_people_due_and_dismissal_hides_it_until_next_month(
    qtbot, two_due, fake_clock
):
    _window, page = open_page(qtbot, "today")
    notice = page.retention_notice
    assert notice.isVisible()
    assert notice.text.text() == "2 people due for deletion under your retention rules."
    notice.dismiss_button.click()
    assert not notice.isVisible()
    fake_clock.set(datetime(2026, 11, 30, 18, 0))  # later the same month: still hidden
    page.refresh()
    assert not notice.isVisible()
    fake_clock.set(datetime(2026, 12, 1, 8, 0))  # a new month: the list is offered again
    page.refresh()
    assert notice.isVisible()
    assert listed() == ["Léa", "Marc"]  # dismissing deleted nobody


def test_no_notice_when_nobody_is_due(qtbot, fake_clock):
    an_entry(a_customer("Zoé"), occurred_at=START)
    _window, page = open_page(qtbot, "today")
    assert not page.retention_notice.isVisible()


def _select(dialog: RetentionDialog, *names: str) -> None:
    dialog.table.clearSelection()
    model = dialog.model
    for row in range(model.rowCount()):
        if model.row_at(row).name in names:
            dialog.table.selectionModel().select(
                model.index(row, 0),
                dialog.table.selectionModel().SelectionFlag.Select
                | dialog.table.selectionModel().SelectionFlag.Rows,
            )


def test_the_review_lists_name_side_and_last_own_contact(qtbot, two_due):
    dialog = RetentionDialog()
    qtbot.addWidget(dialog)
    rows = [[dialog.model.index(r, c).data() for c in range(3)] for r in range(2)]
    assert rows == [["Léa", "Customer", "2 May 2022"], ["Marc", "Customer", "2 May 2022"]]


def test_erasing_from_the_review_asks_first_and_goes_through_the_erasure(
    qtbot, two_due, monkeypatch
):
    lea, marc = two_due
    answers = []

    def answer(*args, **kwargs):
        answers.append(args[2])
        return answer.reply

    monkeypatch.setattr("cxjournal.ui.widgets.feedback.QMessageBox.question", answer)
    dialog = RetentionDialog()
    qtbot.addWidget(dialog)
    _select(dialog, "Léa")
    answer.reply = QMessageBox.StandardButton.No
    assert dialog.erase_selected() == 0
    assert "Erase 1 person and everything recorded about them" in answers[0]
    assert Person.get_or_none(Person.id == lea.id) is not None  # "No" deleted nothing
    answer.reply = QMessageBox.StandardButton.Yes
    assert dialog.erase_selected() == 1
    assert Person.get_or_none(Person.id == lea.id) is None
    assert [e.person_uuid for e in Erasure.select()] == [lea.uuid]  # the register of erasures
    assert [dialog.model.row_at(r).name for r in range(dialog.model.rowCount())] == ["Marc"]
    assert Person.get_or_none(Person.id == marc.id) is not None


def test_keeping_from_the_review_takes_them_off_the_list(qtbot, two_due):
    lea, _marc = two_due
    dialog = RetentionDialog()
    qtbot.addWidget(dialog)
    _select(dialog, "Léa")
    assert dialog.keep_selected(reason="Litige en cours")
    assert Person.get_by_id(lea.id).keep_reason == "Litige en cours"
    assert [dialog.model.row_at(r).name for r in range(dialog.model.rowCount())] == ["Marc"]
    assert listed() == ["Marc"]


def test_a_refused_keep_is_said_in_the_review_and_keeps_nobody(qtbot, two_due):
    dialog = RetentionDialog()
    qtbot.addWidget(dialog)
    _select(dialog, "Léa", "Marc")
    assert not dialog.keep_selected(until=date(2020, 1, 1), reason="")
    assert dialog.summary.text() == "The day to keep them until must be after today."
    assert listed() == ["Léa", "Marc"]


# -- the columns that remember it ----------------------------------------------------------------


@pytest.mark.file_only  # an upgrade of a journal file made by version 13
def test_the_upgrade_adds_the_keep_columns_empty(journal, fake_clock):
    from cxjournal.store import migrations
    from cxjournal.store.connection import close_journal, open_journal
    from cxjournal.store.models import SchemaVersion, db

    lea = a_customer("Léa")
    for column in ("keep_until", "keep_reason"):
        db.execute_sql(f'ALTER TABLE "person" DROP COLUMN "{column}"')
    SchemaVersion.update(version=version_before("keep_reason")).execute()
    close_journal()
    open_journal(journal)
    assert migrations.stored_version() == migrations.SCHEMA_VERSION
    row = Person.get_by_id(lea.id)
    assert (row.keep_until, row.keep_reason) == (None, "")
    retention.keep_person(lea.id, START, until="2027-03-01", reason="Litige")
    assert Person.get_by_id(lea.id).keep_until == date(2027, 3, 1)


def test_what_was_kept_goes_through_the_json_export_and_back(two_due, tmp_path):
    from cxjournal.io import json_export
    from cxjournal.store.connection import close_journal, open_journal

    lea, _marc = two_due
    retention.keep_person(lea.id, START, until="2027-01-31", reason="Garantie")
    out = json_export.export_json(tmp_path / "export.json")
    close_journal()
    open_journal(tmp_path / "fresh.db")
    json_export.import_json(out)
    kept = Person.get_by_id(lea.id)
    assert (kept.keep_until, kept.keep_reason) == (date(2027, 1, 31), "Garantie")
    assert listed() == ["Marc"]


def test_the_keep_dialogs_labels_have_their_fields_as_buddies(qtbot):
    from PySide6.QtWidgets import QLabel

    from cxjournal.ui.dialogs.retention_dialog import KeepDialog

    dialog = KeepDialog(["Léa"])
    qtbot.addWidget(dialog)
    buddies = {w.text(): w.buddy() for w in dialog.findChildren(QLabel) if "&" in w.text()}
    assert buddies["Keep &until"] is dialog.until  # else the "&" is shown as it is
    assert buddies["or for this &reason"] is dialog.reason
