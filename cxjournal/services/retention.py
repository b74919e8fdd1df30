"""How long people are kept (GDPR): who is past the period the owner set, and erasing them once
the owner confirms.

A customer is due ``keep_customers_months`` after their last own contact (the CNIL's reference:
3 years after the last contact *the person* initiated; a reminder or an answer from the shop does
not restart it), a staff member ``keep_staff_months`` after their last entry. Someone with no such
contact counts from the day they were added. Nothing is deleted by the list: erasing is the
owner's decision, and then it is the same erasure as ``cxjournal erase person``. Once a month the
window offers the list; the month it was reviewed is kept in the journal's settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from dateutil.relativedelta import relativedelta
from peewee import fn

from cxjournal import vocabulary as v
from cxjournal.services import settings
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
    query = (
        Entry.select(Entry.person, fn.MAX(Entry.occurred_at))
        .join(Person)
        .where(Person.side == v.STAFF, Entry.deleted_at.is_null())
        .group_by(Entry.person)
        .tuples()
    )
    return {person_id: as_time(at) for person_id, at in query}


def due_for_deletion(now: datetime) -> list[Due]:
    """Everyone (archived and in the trash too: they still hold data) past the period, the
    longest overdue first."""
    periods = {side: relativedelta(months=keep_months(side)) for side in v.SIDES}
    staff_last = _last_staff_entries()
    found = []
    query = Person.select(
        Person.id, Person.name, Person.side, Person.created_at, Person.last_own_contact_at
    )
    for row in query:
        if row.side == v.STAFF:
            basis = staff_last.get(row.id)
        else:
            basis = as_time(row.last_own_contact_at)
        basis = basis or as_time(row.created_at)
        due = basis + periods[row.side]
        if due <= now:
            found.append(Due(row.id, row.name, row.side, basis, due))
    return sorted(found, key=lambda d: (d.due_since, d.person_id))


def erase_due(now: datetime, person_ids: list[int] | None = None) -> int:
    """Erase those of ``person_ids`` (by default everyone listed) who are still due at ``now``:
    someone back in touch since the list was shown is kept. Returns how many people went."""
    still = {d.person_id for d in due_for_deletion(now)}
    chosen = still if person_ids is None else still & set(person_ids)
    return erase_people(sorted(chosen))


@action
def mark_reviewed(now: datetime) -> None:
    """The owner looked at this month's list (erased some, all, or none)."""
    settings.set_setting(REVIEWED, now.strftime("%Y-%m"))


def review_wanted(now: datetime) -> bool:
    """Whether to offer the list: someone is due and it was not reviewed this month."""
    if settings.get_setting(REVIEWED) == now.strftime("%Y-%m"):
        return False
    return bool(due_for_deletion(now))
