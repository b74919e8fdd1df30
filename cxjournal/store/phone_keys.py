"""Each person's phone number in one form (``Person.phone_e164``), read in the business's country
(the ``country`` setting): what the migration to it fills in, and what is redone when the country
changes (a number typed without its country code is then read in the new one)."""

from __future__ import annotations

from cxjournal.phones import phone_key, region_of
from cxjournal.store.models import Person, Setting

COUNTRY_KEY = "country"


def journal_region() -> str:
    """The region numbers without a country code are read in ("FR" when the setting is empty)."""
    row = Setting.get_or_none(Setting.key == COUNTRY_KEY)
    return region_of(row.value if row is not None else "")


def rekey_people(region: str | None = None) -> int:
    """Give every person's phone its E.164 form read in ``region`` (the journal's by default);
    only the rows whose form changes are written. Returns how many were."""
    region = region or journal_region()
    rows = Person.select(Person.id, Person.phone, Person.phone_e164).tuples()
    changed: dict[str, list[int]] = {}
    for person_id, phone, held in rows:
        key = phone_key(phone, region)
        if key != held:
            changed.setdefault(key, []).append(person_id)
    for key, ids in changed.items():
        for start in range(0, len(ids), 500):  # SQLite's limit on a statement's parameters
            Person.update(phone_e164=key).where(Person.id.in_(ids[start : start + 500])).execute()
    return sum(len(ids) for ids in changed.values())
