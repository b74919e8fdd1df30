"""How long people are kept (GDPR): who is past the period the owner set, and erasing them once
the owner confirms.

A customer is due ``keep_customers_months`` after their last own contact (the CNIL's reference:
3 years after the last contact *the person* initiated; a reminder or an answer from the shop does
not restart it), a staff member ``keep_staff_months`` after their last entry. Someone with no such
contact counts from the day they were added. Nothing is deleted by the list: erasing is the
owner's decision, and then it is the same erasure as ``cxjournal erase person``. Once a month the
window offers the list; the month it was reviewed is kept in the journal's settings. The owner may
keep someone instead: until a day (they come back on the list after it) or for a reason that
exempts them (a warranty, a dispute), both kept on the person (``keep_person``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta
from peewee import fn

from cxjournal import vocabulary as v
from cxjournal.errors import ValidationError
from cxjournal.i18n import tr
from cxjournal.services import accounts, settings
from cxjournal.services import validation as check
from cxjournal.services.account_event_retention import forget_old_account_events
from cxjournal.services.common import action
from cxjournal.services.privacy import erase_people
from cxjournal.store.contact_dates import as_time
from cxjournal.store.models import Entry, Person

SETTING_BY_SIDE = {v.CUSTOMER: "keep_customers_months", v.STAFF: "keep_staff_months"}
REVIEWED = "retention_reviewed"


@dataclass(frozen=True)
class Due:
    """Someone past the period: since when the period counts, and the day it ended."""

    person_id: int
    name: str
    side: str
    counted_from: datetime
    due_since: datetime

    def as_dict(self) -> dict:
        return {
            "id": self.person_id,
            "name": self.name,
            "side": self.side,
            "counted_from": self.counted_from.isoformat(),
            "due_since": self.due_since.isoformat(),
        }


def keep_months(side: str) -> int:
    return settings.get_number(SETTING_BY_SIDE[side])


def _last_staff_entries() -> dict[int, datetime]:
    # One look-up per staff member in the (person, occurred_at) index, rather than grouping every
    # entry of the journal: Today asks this at each refresh.
    last = Entry.select(fn.MAX(Entry.occurred_at)).where(
        Entry.person == Person.id, Entry.deleted_at.is_null()
    )
    query = Person.select(Person.id, last).where(Person.side == v.STAFF).tuples()
    return {person_id: as_time(at) for person_id, at in query if at is not None}


@dataclass(frozen=True)
class Kept:
    """Someone past the period whom the owner chose to keep: until a day, for a reason, or both."""

    person_id: int
    name: str
    side: str
    due_since: datetime
    keep_until: date | None
    keep_reason: str

    def as_dict(self) -> dict:
        return {
            "id": self.person_id,
            "name": self.name,
            "side": self.side,
            "due_since": self.due_since.isoformat(),
            "keep_until": self.keep_until.isoformat() if self.keep_until else None,
            "keep_reason": self.keep_reason,
        }


def _past_period(now: datetime, *, kept: bool) -> list[tuple[Due, date | None, str]]:
    """Everyone past the period, either not kept by the owner (``kept=False``) or kept
    (``kept=True``: a reason, or a day to keep them until that has not passed)."""
    periods = {side: relativedelta(months=keep_months(side)) for side in v.SIDES}
    staff_last = _last_staff_entries()
    today = now.date()
    # spelt out both ways: a NULL day would make a negated condition NULL, leaving people out
    not_kept = (Person.keep_reason == "") & (
        Person.keep_until.is_null() | (Person.keep_until < today)
    )
    exempt = (Person.keep_reason != "") | (Person.keep_until >= today)
    # The database leaves out the customers clearly within their period (Today asks at each
    # refresh); the few days of slack leave the exact month arithmetic to the loop below.
    near = now - periods[v.CUSTOMER] + timedelta(days=4)
    query = (
        Person.select(
            Person.id,
            Person.name,
            Person.side,
            Person.created_at,
            Person.last_own_contact_at,
            Person.keep_until,
            Person.keep_reason,
        )
        .where(
            exempt if kept else not_kept,
            (Person.side == v.STAFF)
            | (fn.COALESCE(Person.last_own_contact_at, Person.created_at) <= near),
        )
        .tuples()
    )
    found = []
    for person_id, name, side, created_at, last_own, until, reason in query:
        basis = staff_last.get(person_id) if side == v.STAFF else as_time(last_own)
        basis = basis or as_time(created_at)
        due = basis + periods[side]
        if due <= now:
            found.append((Due(person_id, name, side, basis, due), until, reason))
    return sorted(found, key=lambda d: (d[0].due_since, d[0].person_id))


def due_for_deletion(now: datetime) -> list[Due]:
    """Everyone (archived and in the trash too: they still hold data) past the period and not
    kept by the owner, the longest overdue first."""
    return [due for due, _until, _reason in _past_period(now, kept=False)]


def kept_past_period(now: datetime) -> list[Kept]:
    """Everyone past the period whom the owner keeps (until a day still to come, or for a
    reason), the longest overdue first: the record of processing lists them, with until when
    and why."""
    return [
        Kept(due.person_id, due.name, due.side, due.due_since, until, reason)
        for due, until, reason in _past_period(now, kept=True)
    ]


def erase_due(now: datetime, person_ids: list[int] | None = None) -> int:
    """Erase those of ``person_ids`` (by default everyone listed) who are still due at ``now``:
    someone back in touch since the list was shown is kept. Returns how many people went. The
    account events past their year go too (``account_event_retention``)."""
    still = {d.person_id for d in due_for_deletion(now)}
    chosen = still if person_ids is None else still & set(person_ids)
    erased = erase_people(sorted(chosen))
    forget_old_account_events(now)
    return erased


@action
def keep_person(
    person_id: int, now: datetime, *, until: date | str | None = None, reason: str = ""
) -> None:
    """Keep someone past the period: until a later day, or for a reason (which exempts them until
    the owner clears it). One of the two is needed; giving neither refuses and changes nothing."""
    accounts.require("retention")
    day = check.as_date(until, tr("Keep until"))
    why = check.clean_line(reason, tr("Reason"), max_len=200)
    if day is None and not why:
        raise ValidationError(tr("Give a day to keep them until, or the reason to keep them."))
    if day is not None and day <= now.date():
        raise ValidationError(
            tr("The day to keep them until must be after today."), field="keep_until"
        )
    changed = Person.update(keep_until=day, keep_reason=why).where(Person.id == person_id).execute()
    if not changed:
        raise ValidationError(tr("That person is no longer in the journal."))


@action
def end_keep(person_id: int) -> None:
    """Stop keeping someone past the period (the owner's decision, asked for confirmation by the
    window): their day and reason are cleared, so the next list of who is due offers them again.
    Nothing is deleted here."""
    accounts.require("retention")
    changed = Person.update(keep_until=None, keep_reason="").where(Person.id == person_id).execute()
    if not changed:
        raise ValidationError(tr("That person is no longer in the journal."))


@action
def mark_reviewed(now: datetime) -> None:
    """The owner looked at this month's list (erased some, all, or none)."""
    settings.set_setting(REVIEWED, now.strftime("%Y-%m"))


def to_review(now: datetime) -> int:
    """How many people to offer the owner this month: 0 once this month's list was set aside."""
    if settings.get_setting(REVIEWED) == now.strftime("%Y-%m"):
        return 0
    return len(due_for_deletion(now))


def review_wanted(now: datetime) -> bool:
    """Whether to offer the list: someone is due and it was not reviewed this month."""
    return to_review(now) > 0
