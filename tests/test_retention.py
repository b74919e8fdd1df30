"""How long people are kept (GDPR): the list of those past the period with a fake clock, the
periods the owner may only shorten, erasing after confirmation, the monthly review, and
``cxjournal retention``'s exit codes. Both engines."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from cxjournal import clock
from cxjournal.cli import main
from cxjournal.errors import ValidationError
from cxjournal.services import entries, followups, retention, settings
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.models import Erasure, Person
from tests.builders import a_customer, a_followup, a_staff_member, an_entry

T0 = datetime(2023, 3, 10, 10, 0)


@pytest.fixture
def at():
    """Put the clock at ``when`` (the fake clock, injected)."""
    fake = clock.FakeClock(T0)
    clock.use_clock(fake)
    return fake.set


def listed(now: datetime) -> list[str]:
    return [d.name for d in retention.due_for_deletion(now)]


def test_a_customer_is_due_three_years_after_their_last_own_contact(at):
    lea = a_customer("Léa")
    an_entry(lea, occurred_at=T0)
    three_years = datetime(2026, 3, 10, 10, 0)
    assert listed(three_years - timedelta(days=1)) == []
    due = retention.due_for_deletion(three_years + timedelta(days=1))
    assert [(d.name, d.counted_from, d.due_since) for d in due] == [("Léa", T0, three_years)]


def test_a_reminder_or_an_answer_from_the_shop_does_not_extend_it(at):
    lea = a_customer("Léa")
    entry = an_entry(lea, occurred_at=T0)
    at(datetime(2025, 6, 1, 9, 0))
    entries.respond(entry, "Nous pensons à vous")
    followups.complete_followup(a_followup("Relancer Léa", person=lea, due_at="2025-06-01 09:00"))
    assert Person.get_by_id(lea.id).last_contact_at == datetime(2025, 6, 1, 9, 0)
    assert listed(datetime(2026, 3, 11, 10, 0)) == ["Léa"]


def test_her_own_new_contact_restarts_it(at):
    lea = a_customer("Léa")
    an_entry(lea, occurred_at=T0)
    at(datetime(2025, 6, 1, 9, 0))
    an_entry(lea, kind="praise")
    assert listed(datetime(2026, 3, 11, 10, 0)) == []


def test_staff_are_kept_five_years_after_their_last_entry_check_ins_included(at):
    sam = a_staff_member("Sam")
    an_entry(sam, kind="concern", occurred_at=T0)
    at(datetime(2024, 1, 5, 9, 0))
    an_entry(sam, kind="check-in")
    assert listed(datetime(2028, 3, 11, 10, 0)) == []
    assert listed(datetime(2029, 1, 6, 9, 0)) == ["Sam"]


def test_someone_never_in_touch_counts_from_the_day_they_were_added(at):
    a_customer("Zoë")
    assert listed(datetime(2026, 3, 9, 10, 0)) == []
    assert listed(datetime(2026, 3, 11, 10, 0)) == ["Zoë"]


def test_the_owner_may_shorten_the_periods_but_not_lengthen_them(at):
    lea = a_customer("Léa")
    an_entry(lea, occurred_at=T0)
    settings.set_setting("keep_customers_months", "12")
    assert listed(datetime(2024, 3, 11, 10, 0)) == ["Léa"]
    for wrong in ("37", "0", "-1", "trois"):
        with pytest.raises(ValidationError):
            settings.set_setting("keep_customers_months", wrong)
    with pytest.raises(ValidationError):
        settings.set_setting("keep_staff_months", "61")
    assert settings.get_setting("keep_customers_months") == "12"


def test_nothing_is_erased_until_the_owner_confirms_then_it_is_an_erasure(at):
    lea, zoe = a_customer("Léa"), a_customer("Zoë")
    an_entry(lea, occurred_at=T0)
    an_entry(zoe, occurred_at=T0)
    later = datetime(2026, 3, 11, 10, 0)
    assert listed(later) == ["Léa", "Zoë"]
    assert Person.select().count() == 2  # listing deleted nothing
    assert retention.erase_due(later, [lea.id]) == 1
    assert [p.name for p in Person.select()] == ["Zoë"]
    assert [e.person_uuid for e in Erasure.select()] == [lea.uuid]  # the register, as erase does


def test_someone_back_in_touch_since_the_list_was_shown_is_kept(at):
    lea = a_customer("Léa")
    an_entry(lea, occurred_at=T0)
    shown = datetime(2026, 3, 11, 10, 0)
    assert listed(shown) == ["Léa"]
    at(shown)
    an_entry(lea, kind="question")
    assert retention.erase_due(shown, [lea.id]) == 0
    assert Person.select().count() == 1


def test_the_list_is_offered_once_a_month_while_someone_is_due(at):
    lea = a_customer("Léa")
    an_entry(lea, occurred_at=T0)
    march = datetime(2026, 3, 11, 10, 0)
    assert not retention.review_wanted(datetime(2026, 3, 9, 10, 0))  # nobody due yet
    assert retention.review_wanted(march)
    retention.mark_reviewed(march)
    assert not retention.review_wanted(march + timedelta(days=10))
    assert retention.review_wanted(datetime(2026, 4, 1, 9, 0))


def _cli(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_lists_and_erases_with_exit_codes(journal, at, capsys):
    lea = a_customer("Léa")
    an_entry(lea, occurred_at=T0)
    a_customer("Zoë", email="zoe@example.fr")
    at(datetime(2025, 1, 1, 9, 0))
    an_entry(Person.get(Person.name == "Zoë"), occurred_at=datetime(2025, 1, 1, 9, 0))
    at(datetime(2026, 3, 11, 10, 0))
    close_journal()
    code, out, _ = _cli(capsys, "retention", "--json")
    assert code == 0
    assert [(d["name"], d["due_since"]) for d in json.loads(out)["due"]] == [
        ("Léa", "2026-03-10T10:00:00")
    ]
    code, out, _ = _cli(capsys, "retention")
    assert code == 0 and "Léa" in out and "2026-03-10" in out and "Zoë" not in out
    code, out, err = _cli(capsys, "retention", "erase")
    assert code == 2 and len(err.strip().splitlines()) == 1 and "--yes" in err
    open_journal(journal)
    assert Person.select().count() == 2  # bad input changes nothing
    close_journal()
    code, out, _ = _cli(capsys, "retention", "erase", "--yes")
    assert code == 0 and "1 person" in out
    open_journal(journal)
    assert [p.name for p in Person.select()] == ["Zoë"]
    assert settings.get_setting("retention_reviewed") == "2026-03"
