"""Keep in touch: each person's cadence, and who is losing touch.

A cadence is a number of days between contacts the owner wants with someone (a one-to-one every
2 weeks, a regular customer every 30 days). Its clock restarts on *any* contact logged with that
person (``Person.last_contact_at``: an entry, a response, a kept promise, a done follow-up), not
only on a follow-up. Regular customers (at least ``regular_customer_entries`` entries in six
months) with no contact for 45 days are losing touch too, cadence or not. Reading never writes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from peewee import fn

from cxjournal import vocabulary as v
from cxjournal.catalog import resolve_language
from cxjournal.errors import ValidationError
from cxjournal.formatting import format_short_date
from cxjournal.i18n import tr, trn
from cxjournal.names import sort_key
from cxjournal.services import settings
from cxjournal.store.contact_dates import as_time
from cxjournal.store.models import Entry, Person

MAX_DAYS = 3660  # ten years: longer is no cadence
REGULAR_WINDOW = timedelta(days=183)  # "at least N entries in six months"
REGULAR_SILENCE = timedelta(days=45)
REGULAR_SETTING = "regular_customer_entries"
CADENCE = "cadence"
REGULAR = "regular"
_OFF = ("off", "none", "no", "0", "")
_WRITTEN = re.compile(r"^\s*(\d+)\s*([dw]?)\s*$", re.IGNORECASE)


def clean_cadence(value: int | str | None) -> int | None:
    """Days between contacts from 30, "30", "30d", "2w" or "off" (None: no cadence)."""
    if value is None or (isinstance(value, str) and value.strip().lower() in _OFF):
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        days = value
    else:
        found = _WRITTEN.match(str(value))
        if found is None:
            raise ValidationError(_cadence_error(), field="keep_in_touch_days")
        days = int(found[1]) * (7 if found[2].lower() == "w" else 1)
    if days == 0:
        return None
    if not 1 <= days <= MAX_DAYS:
        raise ValidationError(_cadence_error(), field="keep_in_touch_days")
    return days


def _cadence_error() -> str:
    return tr(
        "Give the keep-in-touch cadence as days or weeks (30d, 2w) from 1 day to 10 years, or off."
    )


@dataclass(frozen=True)
class LosingTouch:
    """Someone past their cadence (or a regular customer gone quiet): since when, and why."""

    person_id: int
    name: str
    side: str
    last_contact: datetime | None
    due_since: datetime
    reason: str  # CADENCE or REGULAR
    cadence_days: int | None

    def as_dict(self) -> dict:
        return {
            "id": self.person_id,
            "name": self.name,
            "side": self.side,
            "last_contact": self.last_contact.isoformat() if self.last_contact else None,
            "due_since": self.due_since.isoformat(),
            "reason": self.reason,
            "keep_in_touch_days": self.cadence_days,
        }


def _listed():
    return Person.select().where(Person.deleted_at.is_null(), Person.archived == False)  # noqa: E712


def _regular_customer_ids(now: datetime) -> set[int]:
    least = settings.get_number(REGULAR_SETTING)
    if least <= 0:  # the owner switched the rule off
        return set()
    query = (
        Entry.select(Entry.person)
        .join(Person)
        .where(
            Person.side == v.CUSTOMER,
            Entry.deleted_at.is_null(),
            Entry.occurred_at >= now - REGULAR_WINDOW,
            Entry.occurred_at <= now,
        )
        .group_by(Entry.person)
        .having(fn.COUNT(Entry.id) >= least)
    )
    return {person_id for (person_id,) in query.tuples()}


def losing_touch(now: datetime) -> list[LosingTouch]:
    """Who is past their cadence, and the regular customers with no contact for 45 days, the
    longest overdue first. Someone never contacted counts from the day they were added."""
    found: dict[int, LosingTouch] = {}
    for person in _listed().where(Person.keep_in_touch_days.is_null(False)):
        last = as_time(person.last_contact_at)
        due = (last or as_time(person.created_at)) + timedelta(days=person.keep_in_touch_days)
        if due <= now:
            found[person.id] = _item(person, last, due, CADENCE)
    regular = _regular_customer_ids(now) - found.keys()
    if regular:
        for person in _listed().where(Person.id.in_(sorted(regular))):
            last = as_time(person.last_contact_at)
            due = (last or as_time(person.created_at)) + REGULAR_SILENCE
            if due <= now:
                found[person.id] = _item(person, last, due, REGULAR)
    return sorted(found.values(), key=lambda item: (item.due_since, sort_key(item.name)))


def _item(person: Person, last: datetime | None, due: datetime, reason: str) -> LosingTouch:
    return LosingTouch(
        person.id, person.name, person.side, last, due, reason, person.keep_in_touch_days
    )


def describe(item: LosingTouch, lang: str | None = None) -> str:
    """One line saying why someone is listed, e.g. "every 30 days; last contact 1 Sep 2026", its
    date written as the journal's language writes dates elsewhere (``lang`` overrides it)."""
    why = (
        trn("keep in touch every %n day", "keep in touch every %n days", item.cadence_days or 0)
        if item.reason == CADENCE
        else tr("regular customer, no contact for 45 days")
    )
    if item.last_contact is None:
        return tr("{why}; no contact yet").format(why=why)
    lang = lang or resolve_language(settings.get_setting("language"))
    day = format_short_date(item.last_contact.date(), lang)
    return tr("{why}; last contact {date}").format(why=why, date=day)
