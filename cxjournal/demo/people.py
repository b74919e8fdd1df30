"""The demo's departments, people (staff in departments, customers, a few for a company) and
tags. E-mail addresses are plain ASCII, as mail providers give them."""

from __future__ import annotations

import unicodedata

from cxjournal import vocabulary as v
from cxjournal.demo.context import Demo, insert_rows
from cxjournal.names import name_key
from cxjournal.phones import phone_key
from cxjournal.store import phone_keys
from cxjournal.store.models import Department, Person, Tag

NAMESAKE = (2, 10)  # the customers (after the staff) who share a name on purpose


def add_departments(demo: Demo) -> list[Department]:
    return [
        Department.create(
            name=name, key=name_key(name), checkin_cadence="monthly", created_at=demo.begin
        )
        for name in demo.words.departments
    ]


def add_people(demo: Demo, count: int, departments: list[Department]) -> tuple[list, list]:
    """``count`` people, about one in seven on the staff; returns (staff ids, customer ids)."""
    rng, words = demo.rng, demo.words
    staff_count = max(3, count * 15 // 100)
    rows, phones, names = [], set(), set()
    region = phone_keys.journal_region()
    for i in range(count):
        side = v.STAFF if i < staff_count else v.CUSTOMER
        first, last = rng.choice(words.first_names), rng.choice(words.last_names)
        company = rng.choice(words.companies) if side == v.CUSTOMER and rng.random() < 0.1 else ""
        if i == staff_count + NAMESAKE[1] and len(rows) > staff_count + NAMESAKE[0]:
            first, last, company = _namesake_of(rows[staff_count + NAMESAKE[0]], words)
        else:
            first, last = _free_name(first, last, names, words)
        names.add(f"{first} {last}")
        email = ascii_email(first, last, i, words.email_domain) if rng.random() < 0.7 else ""
        phone = _new_phone(rng, words.phone_pattern, phones)
        rows.append(
            dict(
                uuid=demo.seeded_uuid(),
                side=side,
                name=f"{first} {last}",
                organisation=company,
                department=departments[i % len(departments)].id if side == v.STAFF else None,
                role=rng.choice(words.roles) if side == v.STAFF else "",
                email=email,
                phone=phone if rng.random() < 0.6 else "",
                created_at=demo.begin,
                updated_at=demo.begin,
                # keep in touch: a one-to-one every 2 weeks with each staff member, and a monthly
                # word with one customer in twelve (every row names it: insert_many's columns)
                keep_in_touch_days=14 if side == v.STAFF else (30 if i % 12 == 0 else None),
                keep_until=None,
                keep_reason=words.keep_reason if side == v.CUSTOMER and i % 20 == 7 else "",
            )
        )
        rows[-1]["phone_e164"] = phone_key(rows[-1]["phone"], region)
    insert_rows(Person, rows)
    ids = [p.id for p in Person.select(Person.id).order_by(Person.id)]
    return ids[:staff_count], ids[staff_count:]


def _free_name(first: str, last: str, taken: set[str], words) -> tuple[str, str]:
    """``first last``, or the first free name with the next surnames of the list (then with a
    middle initial): two customers with one name would look like one typed twice. No draw is
    added, so the rest of the demo stays as it was."""
    surnames = words.last_names
    start = surnames.index(last)
    for middle in ("", *(f"{c}. " for c in "ABCDEFGHIJKLMNOPRSTVW")):
        for step in range(len(surnames)):
            candidate = surnames[(start + step) % len(surnames)]
            if f"{first} {middle}{candidate}" not in taken:
                return f"{first} {middle}".strip(), candidate
    return first, last  # a demo of tens of thousands of people: namesakes happen


def _namesake_of(row: dict, words) -> tuple[str, str, str]:
    """The one namesake the demo means: another customer of the same name, told apart by the
    organisation they buy for (the Journal and the detail pane show it beside the name)."""
    first, last = row["name"].rsplit(" ", 1)
    others = [c for c in words.companies if c != row["organisation"]]
    return first, last, others[0]


def _new_phone(rng, pattern: str, taken: set[str]) -> str:
    """A number written as ``pattern`` says (each ``#`` a digit) that nobody else in the demo has:
    two customers sharing a phone would look like one person typed twice."""
    while True:
        phone = "".join(str(rng.randint(0, 9)) if c == "#" else c for c in pattern)
        if phone not in taken or len(taken) >= 10 ** pattern.count("#"):
            taken.add(phone)
            return phone


def add_tags(demo: Demo) -> list[int]:
    return [Tag.create(name=name, key=name_key(name)).id for name in demo.words.tags]


def ascii_word(text: str) -> str:
    """``Lefèvre`` as ``lefevre``, ``O'Brien`` as ``obrien``: what a mail provider accepts."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "".join(c for c in folded.lower() if c.isalnum())


def ascii_email(first: str, last: str, number: int, domain: str) -> str:
    return f"{ascii_word(first)}.{ascii_word(last)}{number}@{domain}"
