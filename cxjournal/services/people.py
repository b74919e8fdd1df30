"""Customers and staff: adding, editing, archiving, trashing and finding people; departments."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import datetime
from functools import lru_cache
from types import SimpleNamespace

from peewee import JOIN, fn

from cxjournal import vocabulary as v
from cxjournal.errors import NotFoundError, ValidationError
from cxjournal.i18n import tr, trn
from cxjournal.names import name_key as department_key
from cxjournal.phones import phone_key
from cxjournal.services import checkins, edits
from cxjournal.services import validation as check
from cxjournal.services.common import (
    MAX_ID,
    action,
    fetch,
    move_to_trash,
    now_or,
    restore_from_trash,
)
from cxjournal.services.keep_in_touch import clean_cadence
from cxjournal.store import phone_keys, search
from cxjournal.store.collation import by_name
from cxjournal.store.models import Department, Entry, Person, insert_new

PERSON_FIELDS = (
    "name",
    "side",
    "organisation",
    "department",
    "role",
    "email",
    "phone",
    "notes",
    "keep_in_touch_days",
)


def _department_ref(ref: Department | int | str | None) -> Department | None:
    if ref is None or ref == "":
        return None
    if isinstance(ref, Department | int):
        return fetch(Department, ref, tr("Department"))
    name = check.clean_line(ref, tr("Department"), max_len=100)
    found = Department.get_or_none(Department.key == department_key(name))
    if found is None:
        raise NotFoundError(tr("There is no department called “{name}”.").format(name=name))
    return found


def _cleaned(values: dict) -> dict:
    out = {}
    if "name" in values:
        out["name"] = check.clean_line(values["name"], tr("Name"), required=True)
    if "side" in values:
        out["side"] = check.one_of(values["side"], v.SIDES, tr("side"))
    for key in ("organisation", "role"):
        if key in values:
            out[key] = check.clean_line(values[key], tr(key.capitalize()))
    if "email" in values:
        out["email"] = check.clean_email(values["email"])
    if "phone" in values:
        out["phone"] = check.clean_phone(values["phone"])
        out["phone_e164"] = phone_key(out["phone"], phone_keys.journal_region())
    if "notes" in values:
        out["notes"] = check.clean_text(values["notes"], tr("Notes"))
    if "department" in values:
        out["department"] = _department_ref(values["department"])
    if "keep_in_touch_days" in values:
        out["keep_in_touch_days"] = clean_cadence(values["keep_in_touch_days"])
    return out


@action
def add_person(
    name: str,
    side: str,
    *,
    organisation: str = "",
    department: Department | int | str | None = None,
    role: str = "",
    email: str = "",
    phone: str = "",
    notes: str = "",
    keep_in_touch_days: int | str | None = None,
    now: datetime | None = None,
) -> Person:
    """Add a customer or a staff member."""
    values = _cleaned(
        dict(
            name=name,
            side=side,
            organisation=organisation,
            department=department,
            role=role,
            email=email,
            phone=phone,
            notes=notes,
            keep_in_touch_days=keep_in_touch_days,
        )
    )
    if values["department"] is not None and values["side"] != v.STAFF:
        raise ValidationError(tr("Only staff members belong to a department."), field="department")
    stamp = now_or(now)
    row = Person.create(**values, created_at=stamp, updated_at=stamp)
    if row.department_id is not None:
        checkins.schedule_checkin(row.department, stamp)
    return row


def namesake_notice(person: Person) -> str | None:
    """A note when someone else in the journal has the same name (not an error: two Marie Martin
    may well exist, but a duplicate by mistake should be seen at once); None otherwise."""
    folded = _fold(" ".join(person.name.split()))
    others = [
        p
        for p in Person.select().where(Person.id != person.id, Person.deleted_at.is_null())
        if _fold(" ".join(p.name.split())) == folded
    ]
    if not others:
        return _same_phone_notice(person)
    return tr(
        "Note: someone else is already called “{name}” ({ids}); use the #id to tell them apart."
    ).format(name=person.name, ids=", ".join(f"#{p.id}" for p in others))


def _same_phone_notice(person: Person) -> str | None:
    """A note when someone else has the same phone number, however either was written."""
    if not person.phone_e164:
        return None
    others = list(
        Person.select(Person.id, Person.name).where(
            Person.id != person.id,
            Person.deleted_at.is_null(),
            Person.phone_e164 == person.phone_e164,
        )
    )
    if not others:
        return None
    return trn(
        "Note: {names} already has this phone number; the same person twice?",
        "Note: {names} already have this phone number; the same person twice?",
        len(others),
    ).format(names=", ".join(f"{p.name} (#{p.id})" for p in others))


def person_values(row: Person, names) -> dict:
    """What ``row`` holds now for the editable fields ``names``."""
    return {name: getattr(row, name) for name in names if name in PERSON_FIELDS}


@action
def edit_person(
    person: Person | int, *, base: dict | None = None, now: datetime | None = None, **changes
) -> Person:
    """Change some of a person's details; entries are re-indexed when the name changes. Only the
    fields that change are written; ``base`` (the values the editor started from) is checked as
    in ``entries.edit_entry``."""
    unknown = set(changes) - set(PERSON_FIELDS)
    if unknown:
        raise ValidationError(
            tr("Unknown detail: {names}.").format(names=", ".join(sorted(unknown)))
        )
    row = fetch(Person, person, tr("Person"), lock=True)
    edits.check_base(person_values(row, base or ()), base, changes, fields=PERSON_FIELDS)
    values = _cleaned(changes)
    side = values.get("side", row.side)
    department = values.get("department", row.department)
    if department is not None and side != v.STAFF:
        raise ValidationError(tr("Only staff members belong to a department."), field="department")
    if "side" in values and values["side"] != row.side and row.entries.count():
        raise ValidationError(
            tr("{name} already has journal entries as a {side}; the side cannot change.").format(
                name=row.name, side=v.label(row.side).lower()
            )
        )
    written = edits.save_changed(row, values, now_or(now))
    if "department" in written and values["department"] is not None:
        checkins.schedule_checkin(values["department"], row.updated_at)
    if {"name", "organisation"} & set(written):
        search.reindex_entries(e.id for e in Entry.select(Entry.id).where(Entry.person == row))
    return row


@action
def archive_person(
    person: Person | int, archived: bool = True, *, now: datetime | None = None
) -> Person:
    """Hide a person from everyday lists while keeping their history (or bring them back)."""
    row = fetch(Person, person, tr("Person"), lock=True)
    row.archived = archived
    row.updated_at = now_or(now)
    row.save(only=row.dirty_fields)  # what this action changed: others' changes stay
    _back_in_department(row)
    return row


def _back_in_department(row: Person) -> None:
    """A staff member back in everyday lists (unarchived, restored): their department's check-ins
    follow its cadence again, should it have had nobody to check in with meanwhile."""
    if not row.archived and row.deleted_at is None and row.department_id is not None:
        checkins.schedule_checkin(row.department)


@action
def trash_person(person: Person | int, *, now: datetime | None = None) -> Person:
    """Move a person to the trash; their entries stay, and ``restore_person`` brings them back."""
    row = move_to_trash(Person, person, tr("Person"), now)
    return row


@action
def restore_person(person: Person | int) -> Person:
    row = restore_from_trash(Person, person, tr("Person"))
    _back_in_department(row)
    return row


def get_person(person: Person | int) -> Person:
    return fetch(Person, person, tr("Person"))


def get_person_shown(person_id: int) -> Person:
    """The person with their department in one statement, as a person's view shows them (on a
    server each read is a round trip: the department was read lazily, one more)."""
    row = None
    if isinstance(person_id, int) and 0 < person_id <= MAX_ID:
        row = (
            Person.select(Person, Department)
            .join(Department, JOIN.LEFT_OUTER, on=(Person.department == Department.id))
            .where(Person.id == person_id, Person.deleted_at.is_null())
            .first()
        )
    return row if row is not None else get_person(person_id)  # not there: get_person says so


def _fold(text: str) -> str:
    """Lower case without accents, for matching names as people type them."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_key(text: str) -> str:
    """The key to sort names by: Élodie with the E's, not after Z."""
    return _fold(text)


def find_people(
    text: str = "",
    *,
    side: str | None = None,
    include_archived: bool = False,
    limit: int | None = None,
) -> list[Person]:
    """People whose name, organisation, email or phone contains ``text`` (accents and case
    ignored), or whose phone is the number ``text`` however it is written ("06 12 34 56 78" finds
    "+33612345678"); sorted by name as the language sorts names."""
    query = Person.select().where(Person.deleted_at.is_null()).order_by(by_name(Person.name))
    if side:
        query = query.where(Person.side == check.one_of(side, v.SIDES, tr("side")))
    if not include_archived:
        query = query.where(Person.archived == False)  # noqa: E712 (peewee expression)
    needle = _fold(text.strip())
    number = phone_key(text, phone_keys.journal_region()) if needle else ""
    people = [
        p
        for p in query
        if not needle
        or needle in _fold(f"{p.name} {p.organisation} {p.email} {p.phone}")
        or (number and p.phone_e164 == number)
    ]
    return people[:limit] if limit else people


def person_detail(person: Person, departments: Mapping[int, str] | None = None) -> str:
    """What tells a person from a namesake: their organisation, else department, else e-mail, else
    their #id (always there, so two people never read the same). ``departments``: the names of
    the departments by id, read once for a whole list (else each person's is read: on a server, a
    round trip per person)."""
    if person.organisation:
        return person.organisation
    if person.department_id:
        if departments is not None and person.department_id in departments:
            return departments[person.department_id]
        return person.department.name
    return person.email or f"#{person.id}"


def _department_names(people: list[Person]) -> dict[int, str]:
    """The names of the departments that tell these people apart, in one statement (none when no
    one needs one)."""
    wanted = {p.department_id for p in people if not p.organisation and p.department_id}
    if not wanted:
        return {}
    query = Department.select(Department.id, Department.name).where(Department.id.in_(wanted))
    return dict(query.tuples())


def _repeated_names() -> set[str]:
    """The names (folded) that more than one person in the journal has."""
    counts = Counter(
        _fold(" ".join(name.split()))
        for (name,) in Person.select(Person.name).where(Person.deleted_at.is_null()).tuples()
    )
    return {name for name, count in counts.items() if count > 1}


def distinguishing_names(people: Iterable[Person]) -> dict[int, str]:
    """The name to show for each person (by id): the name alone, or "name (detail)" when someone
    else in the journal has the same name; "name (detail, #id)" when even the detail repeats."""
    people = list(people)
    repeated = _repeated_names()
    shown = {p.id: p.name for p in people}
    namesakes = [p for p in people if _fold(" ".join(p.name.split())) in repeated]
    shown.update(_told_apart(namesakes, _department_names(namesakes)))
    return shown


def _told_apart(
    namesakes: list[Person], departments: Mapping[int, str] | None = None
) -> dict[int, str]:
    """ "name (detail)" for each of ``namesakes``; "name (detail, #id)" when the detail repeats."""
    detail = {p.id: person_detail(p, departments) for p in namesakes}
    shown = {p.id: f"{p.name} ({detail[p.id]})" for p in namesakes}
    uses = Counter(_folded_name(text) for text in shown.values())
    for p in namesakes:
        if uses[_folded_name(shown[p.id])] > 1:
            shown[p.id] = f"{p.name} ({detail[p.id]}, #{p.id})"
    return shown


@lru_cache(maxsize=50_000)
def _folded_name(name: str) -> str:
    """A name as namesakes share it; kept, as a list reads every name of the journal each time."""
    return _fold(" ".join(name.split()))


_NAMESAKES: dict[tuple, dict[int, str]] = {}  # fingerprint of the people -> namesakes' names


def people_mark():
    """A subquery for the change log's last row about people or departments: it moves whenever
    anything a namesake's shown name rests on changes (a person added, removed, renamed, moved,
    their organisation or e-mail; a department renamed). Read through its index, and best as a
    column of a query that is sent anyway (``entry_query.entry_rows``): no round trip of its own."""
    from cxjournal.store.models import ChangeLog

    return ChangeLog.select(fn.MAX(ChangeLog.id)).where(
        ChangeLog.kind.in_(("person", "department"))
    )


def _all_namesakes() -> dict[int, str]:
    """Every namesake of the journal with the name to show (read whole, plain rows)."""
    rows = (
        Person.select(
            Person.id,
            Person.name,
            Person.organisation,
            Person.department,
            Department.name,
            Person.email,
        )
        .join(Department, JOIN.LEFT_OUTER, on=(Person.department == Department.id))
        .where(Person.deleted_at.is_null())
        .tuples()
    )
    groups: dict[str, list[tuple]] = {}
    for row in rows:
        groups.setdefault(_folded_name(row[1]), []).append(row)
    namesakes = [
        SimpleNamespace(
            id=i,
            name=name,
            organisation=org,
            department_id=dep,
            department=SimpleNamespace(name=dept_name),
            email=email,
        )
        for group in groups.values()
        if len(group) > 1
        for (i, name, org, dep, dept_name, email) in group
    ]
    return _told_apart(namesakes)


_READ_IT = object()  # names_told_apart's mark: not read by the caller


def names_told_apart(person_ids: Iterable[int], mark: object = _READ_IT) -> dict[int, str]:
    """For those of ``person_ids`` who have a namesake in the journal, the name to show as
    ``distinguishing_names`` gives it (the others are missing: their plain name says enough).

    Namesakes are found among everyone, so a list shows the same text as the People pages even
    when only one of them is in it. The Journal asks for every block of rows it paints: the
    answer is kept until the people change, as ``people_mark`` tells (``mark``: its value, read
    by the caller's own query; else read here), instead of reading and comparing every name
    again (2,000 people: 12 ms of CPU a block)."""
    from cxjournal.store.connection import journal_session

    wanted = set(person_ids)
    if not wanted:
        return {}
    if mark is _READ_IT:
        mark = people_mark().scalar()
    key = (journal_session(), mark)
    shown = _NAMESAKES.get(key)
    if shown is None:
        _NAMESAKES.clear()
        shown = _NAMESAKES[key] = _all_namesakes()
    return {person_id: shown[person_id] for person_id in wanted if person_id in shown}


def resolve_person(ref: str, *, side: str | None = None) -> Person:
    """The one person meant by ``ref``: ``#12`` or ``12`` for an id, else an exact name (any case)."""
    ref = (ref or "").strip()
    if not ref:
        raise ValidationError(tr("Say who: a name or #id."))
    if ref.lstrip("#").isascii() and ref.lstrip("#").isdigit():
        return get_person(int(ref.lstrip("#")))
    folded = _fold(" ".join(ref.split()))
    matches = [p for p in find_people(side=side, include_archived=True) if _fold(p.name) == folded]
    if not matches:
        raise NotFoundError(tr("Nobody called “{name}” is in the journal.").format(name=ref))
    if len(matches) > 1:
        ids = ", ".join(f"#{p.id}" for p in matches)
        raise ValidationError(
            tr("Several people are called “{name}” ({ids}); use the #id.").format(name=ref, ids=ids)
        )
    return matches[0]


# Departments -----------------------------------------------------------------------------------


@action
def add_department(name: str, cadence: str = "none", *, now: datetime | None = None) -> Department:
    name = check.clean_line(name, tr("Department name"), required=True, max_len=100)
    cadence = check.one_of(cadence, v.CADENCES, tr("check-in cadence"))
    row = {
        "name": name,
        "key": department_key(name),
        "checkin_cadence": cadence,
        "created_at": now_or(now),
    }
    # none inserted: the department is there already, or was made elsewhere a moment ago
    if not insert_new(Department, Department.key, [row]):
        raise ValidationError(tr("A department called “{name}” already exists.").format(name=name))
    return Department.get(Department.key == row["key"])


DEPARTMENT_FIELDS = ("name", "cadence")


def department_values(row: Department, names) -> dict:
    """What ``row`` holds now for the editable fields ``names``."""
    held = {"name": row.name, "cadence": row.checkin_cadence}
    return {name: held[name] for name in names if name in held}


@action
def edit_department(
    department: Department | int,
    *,
    name: str | None = None,
    cadence: str | None = None,
    base: dict | None = None,
) -> Department:
    """Rename a department or change its check-in cadence; ``base`` (the values the editor
    started from) is checked as in ``entries.edit_entry``: a rename made elsewhere meanwhile is
    an ``EditConflict``, not overwritten."""
    row = fetch(Department, department, tr("Department"), lock=True)
    mine = {key: value for key, value in (("name", name), ("cadence", cadence)) if value}
    edits.check_base(department_values(row, base or ()), base, mine, fields=DEPARTMENT_FIELDS)
    if name is not None:
        name = check.clean_line(name, tr("Department name"), required=True, max_len=100)
        clash = Department.get_or_none(
            (Department.key == department_key(name)) & (Department.id != row.id)
        )
        if clash:
            raise ValidationError(
                tr("A department called “{name}” already exists.").format(name=name)
            )
        row.name, row.key = name, department_key(name)
    if cadence is not None:
        row.checkin_cadence = check.one_of(cadence, v.CADENCES, tr("check-in cadence"))
    row.save(only=row.dirty_fields)  # what this action changed: others' changes stay
    if cadence is not None:
        checkins.schedule_checkin(row)
    return row


@action
def delete_department(
    department: Department | int, *, move_to: Department | int | str | None = None
) -> int:
    """Remove a department. While staff belong to it, it is refused, unless ``move_to`` names
    the department they join instead (those in the trash go with them). Returns how many moved."""
    row = fetch(Department, department, tr("Department"), lock=True)
    target = _department_ref(move_to)
    if target is not None and target.id == row.id:
        raise ValidationError(
            tr("Move its staff to another department than “{name}”.").format(name=row.name)
        )
    staying = (
        Person.select().where(Person.department == row.id, Person.deleted_at.is_null()).count()
    )
    if staying and target is None:
        raise ValidationError(
            trn(
                "%n staff member belongs to “{name}”; say which department they join instead.",
                "%n staff members belong to “{name}”; say which department they join instead.",
                staying,
            ).format(name=row.name)
        )
    moved = Person.update(department=target).where(Person.department == row.id).execute()
    row.delete_instance()
    if target is not None and staying:
        checkins.schedule_checkin(target)
    return moved


def list_departments(*, with_counts: bool = False) -> list[Department]:
    """Departments by name; ``with_counts``: each with ``staff_count``, its members not in the
    trash, counted in the same query."""
    if not with_counts:
        return list(Department.select().order_by(by_name(Department.name)))
    members = (Person.department == Department.id) & Person.deleted_at.is_null()
    query = (
        Department.select(Department, fn.COUNT(Person.id).alias("staff_count"))
        .join(Person, JOIN.LEFT_OUTER, on=members)
        .group_by(Department.id)
        .order_by(by_name(Department.name))
    )
    return list(query)


def find_department(ref: str | int) -> Department:
    return _department_ref(ref)
