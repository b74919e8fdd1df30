"""Today's reminders (48 h for a customer complaint, 24 h for a staff concern, clock hours) and
an entry waiting on the customer or a supplier: a waiting entry raises none, and once it runs
again its reminder comes as much later as it waited — the rule its response targets follow."""

from __future__ import annotations

from datetime import timedelta

from cxjournal.cli import main
from cxjournal.services import reminders, targets, waiting
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.models import Entry
from tests.builders import a_customer, a_staff_member, an_entry
from tests.helpers import START

H = timedelta(hours=1)


def _keys(now):
    return [r.key for r in reminders.due_reminders(now)]


def test_a_waiting_complaint_raises_no_reminder_and_its_wait_is_left_out(fake_clock):
    complaint = an_entry(a_customer("Léa"), occurred_at=START, title="Pain rassis")
    waiting.wait_on(complaint, "le fournisseur", now=START + 10 * H)
    assert _keys(START + 48 * H) == []  # waiting: nothing, at 48 h
    assert _keys(START + 200 * H) == []  # nor ever while it waits
    waiting.resume(complaint, now=START + 30 * H)  # it waited 20 h
    assert _keys(START + 67 * H) == []
    (due,) = reminders.due_reminders(START + 68 * H)
    assert (due.key, due.due_at) == (f"complaint:{complaint.id}", START + 68 * H)
    # the same waits are what its response target leaves out (one rule for both clocks)
    clock = targets.running_clock(Entry.get_by_id(complaint.id), START + 68 * H)
    assert clock is not None and not clock.paused


def test_a_waiting_staff_concern_raises_none_either(fake_clock):
    concern = an_entry(a_staff_member("Sam"), kind="concern", occurred_at=START)
    other = an_entry(a_staff_member("Karim"), kind="concern", occurred_at=START)
    waiting.wait_on(concern, "la direction", now=START + H)
    assert _keys(START + 24 * H) == [f"concern:{other.id}"]
    assert targets.running_clock(Entry.get_by_id(concern.id), START + 24 * H).paused


def test_cxjournal_due_leaves_out_a_waiting_entry(journal, fake_clock, capsys):
    waits = an_entry(a_customer("Léa"), occurred_at=START, title="Attend le client")
    an_entry(a_customer("Zoë"), occurred_at=START, title="Sans réponse")
    waiting.wait_on(waits, "la cliente", now=START + H)
    fake_clock.set(START + 49 * H)
    close_journal()
    assert main(["due"]) == 0
    open_journal(journal)
    out = capsys.readouterr().out
    assert "Sans réponse" in out and "Attend le client" not in out


def test_an_unanswered_email_follows_the_same_reminder_and_target_rules(fake_clock):
    from datetime import date
    from pathlib import Path

    from cxjournal.io import email_import

    mail = Path(__file__).parent / "fixtures" / "email" / "thunderbird-complaint.eml"
    email_import.import_emails([mail], kind="complaint")
    entry = Entry.get()
    assert entry.channel == "email" and entry.occurred_at.date() == date(2026, 11, 9)
    (due,) = reminders.due_reminders(START)
    assert (due.key, due.due_at) == (f"complaint:{entry.id}", entry.occurred_at + 48 * H)
    assert targets.running_clock(entry, START).missed  # 16 opening hours were long gone
    waiting.wait_on(entry, "la cliente", now=START)
    assert _keys(START + 300 * H) == []  # waiting: no reminder, whatever its channel
