"""One-line makers of journal content for tests: people, entries, promises and follow-ups, each
made through the real services (so they are checked, stamped and indexed as the app does).

Every argument of the service can be given; the defaults only fill in what a test does not care
about, e.g. ``an_entry(lea, kind="complaint")`` or ``a_promise(lea, due="2026-11-20")``.
"""

from __future__ import annotations

from cxjournal.services import entries, followups, people, promises
from cxjournal.store.models import Entry, FollowUp, Person, Promise


def a_customer(name: str = "Amélie", **fields) -> Person:
    """A customer, e.g. ``a_customer("Léa", phone="06 12 34 56 78")``."""
    return people.add_person(name, "customer", **fields)


def a_staff_member(name: str = "Sam", **fields) -> Person:
    """A staff member; ``department`` may name one, which is made if the journal has none so named."""
    department = fields.get("department")
    if isinstance(department, str) and department:
        known = {d.name.lower(): d for d in people.list_departments()}
        fields["department"] = known.get(department.lower()) or people.add_department(department)
    return people.add_person(name, "staff", **fields)


def an_entry(person: Person | int | None = None, *, kind: str = "complaint", **fields) -> Entry:
    """An entry about ``person`` (or an anonymous one, given ``side=``); the title defaults to
    the kind, capitalised."""
    fields.setdefault("title", kind.capitalize())
    return entries.log_entry(person=person, kind=kind, **fields)


def a_promise(
    person: Person | int | None = None,
    *,
    what: str = "Croissants offerts",
    due="2026-11-20",
    **fields,
) -> Promise:
    """A promise to ``person`` (a new customer when none is given), due on ``due``."""
    if person is None:
        person = a_customer()
    return promises.make_promise(person=person, what=what, due=due, **fields)


def a_followup(title: str = "Rappeler", *, due_at="2026-11-16 10:00", **fields) -> FollowUp:
    """A follow-up, once (or repeating, given ``rrule=``), by default due on the fake clock's day."""
    return followups.add_followup(title=title, due_at=due_at, **fields)
