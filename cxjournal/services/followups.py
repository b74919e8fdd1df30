"""Follow-ups: one-off or recurring reminders (RFC 5545 RRULE), completing, snoozing, listing.

A recurring follow-up is a chain of rows: completing one creates the next occurrence, computed from the
rule anchored on the series' first occurrence, so "every month on the 31st" lands on the last day of
short months and never drifts. Times are local wall-clock, so 9:00 stays 9:00 across DST changes.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from cxjournal import clock
from cxjournal import vocabulary as v
from cxjournal.errors import ValidationError
from cxjournal.i18n import tr
from cxjournal.services import assignment, edits
from cxjournal.services import validation as check
from cxjournal.services.common import (
    Fresh,
    action,
    fetch,
    in_chunks,
    move_to_trash,
    now_or,
    restore_from_trash,
)
from cxjournal.store import contact_dates
from cxjournal.store.models import Department, Entry, FollowUp, Person, Promise

if TYPE_CHECKING:
    from dateutil.rrule import rrule

MORNING = time(9, 0)


def cadence_rule(cadence: str, start: datetime) -> str | None:
    """The RRULE for a department check-in cadence starting at ``start`` (None for "none")."""
    cadence = check.one_of(cadence, v.CADENCES, tr("cadence"))
    if cadence == "none":
        return None
    if cadence in ("weekly", "fortnightly"):
        return "FREQ=WEEKLY" + (";INTERVAL=2" if cadence == "fortnightly" else "")
    interval = ";INTERVAL=3" if cadence == "quarterly" else ""
    if start.day > 28:
        # "Every month on the 31st" means the last day of shorter months, not skipping them.
        return f"FREQ=MONTHLY{interval};BYMONTHDAY={start.day},-1;BYSETPOS=1"
    return f"FREQ=MONTHLY{interval}"


def parse_rule(rule: str | None, start: datetime) -> rrule | None:
    """A dateutil rule from RRULE text ("FREQ=MONTHLY;BYDAY=1MO", "RRULE:" optional), or None."""
    text = (rule or "").strip()
    if not text:
        return None
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    if "DTSTART" in text.upper() or "\n" in text:
        raise ValidationError(tr("Give only the repeat rule (FREQ=...), not a start date."))
    # Loaded when a rule is first read (adding or completing a repeating follow-up), not at start.
    from dateutil.rrule import rrule, rrulestr

    try:
        parsed = rrulestr(text, dtstart=start)
    except (ValueError, TypeError) as exc:
        raise ValidationError(
            tr("“{rule}” is not a repeat rule CX Journal understands ({reason}).").format(
                rule=rule, reason=exc
            ),
            field="rrule",
        ) from None
    if not isinstance(parsed, rrule):
        raise ValidationError(tr("Give a single repeat rule."), field="rrule")
    return parsed


def normalise_rule(rule: str | None, start: datetime) -> str | None:
    parsed = parse_rule(rule, start)
    if parsed is None:
        return None
    text = rule.strip()
    return text[6:] if text.upper().startswith("RRULE:") else text


def followup_person(item: FollowUp) -> Person | None:
    """Whom a follow-up is about: its person, else the person of its entry or promise."""
    if item.person_id:
        return item.person
    if item.entry_id and item.entry.person_id:
        return item.entry.person
    if item.promise_id:
        return item.promise.person
    return None


def _recompute_contact(item: FollowUp) -> None:
    """A done follow-up is a contact with its person: keep their contact dates right."""
    if item.done_at is not None:
        who = followup_person(item)
        contact_dates.recompute([who.id if who else None])


def followup_about(item: FollowUp) -> str:
    """Whom or what a follow-up is about, in words: the person, "Anonymous" for an anonymous
    entry's, the department for a check-in; "" when it is about nobody in particular."""
    person = followup_person(item)
    if person is not None:
        return person.name
    if item.entry_id:
        return v.who(None)
    return item.department.name if item.department_id else ""


def effective_due(item: FollowUp) -> datetime:
    """When a follow-up wants attention: its due time, or later if it was snoozed."""
    if item.snoozed_until and item.snoozed_until > item.due_at:
        return item.snoozed_until
    return item.due_at


def snooze_presets(now: datetime | None = None) -> dict[str, datetime]:
    """The usual snoozes: in one hour, tomorrow morning, next Monday morning."""
    now = now or clock.now()
    tomorrow = datetime.combine(now.date() + timedelta(days=1), MORNING)
    monday = now.date() + timedelta(days=7 - now.weekday())
    return {
        "hour": now + timedelta(hours=1),
        "tomorrow": tomorrow,
        "next-week": datetime.combine(monday, MORNING),
    }


def _due(value: datetime | date | str | None) -> datetime | None:
    """When a follow-up is due; a day without a time means that morning."""
    due = check.as_datetime(value, tr("Due"))
    date_only = isinstance(value, str) and len(value.strip()) == 10
    if due is not None and (
        date_only or (isinstance(value, date) and not isinstance(value, datetime))
    ):
        due = datetime.combine(due.date(), MORNING)
    return due


def _ref(model, value, what):
    if value is None or value == "":
        return None
    return fetch(model, value, what)


@action
def add_followup(
    *,
    title: str,
    due_at: datetime | date | str,
    rrule: str | None = None,
    person: Person | int | Fresh[Person] | None = None,
    entry: Entry | int | Fresh[Entry] | None = None,
    promise: Promise | int | None = None,
    department: Department | int | None = None,
    notes: str = "",
    origin: str = "manual",
    assigned_to: str | None = None,
    now: datetime | None = None,
) -> FollowUp:
    """Add a reminder, once or repeating (``rrule`` such as "FREQ=WEEKLY;INTERVAL=2"), assigned
    to an account of a shared journal or to nobody (``services.assignment``)."""
    stamp = now_or(now)
    due = _due(due_at)
    if due is None:
        raise ValidationError(tr("Say when to follow up."), field="due")
    rule = normalise_rule(rrule, due)
    return FollowUp.create(
        title=check.clean_line(title, tr("Title"), required=True),
        due_at=due,
        rrule=rule,
        series_start=due if rule else None,
        person=_ref(Person, person, tr("Person")),
        entry=_ref(Entry, entry, tr("Entry")),
        promise=_ref(Promise, promise, tr("Promise")),
        department=_ref(Department, department, tr("Department")),
        notes=check.clean_text(notes, tr("Notes")),
        origin=origin,
        assigned_to=assignment.checked_assignee(assigned_to),
        created_at=stamp,
        updated_at=stamp,
    )


def next_occurrence(item: FollowUp) -> datetime | None:
    """The occurrence after this one in its series, or None (one-off, or the series has ended)."""
    if not item.rrule:
        return None
    rule = parse_rule(item.rrule, item.series_start or item.due_at)
    return rule.after(item.due_at, inc=False)


@action
def complete_followup(
    item: FollowUp | int, *, at: datetime | str | None = None, now: datetime | None = None
) -> FollowUp | None:
    """Mark it done; for a recurring one, schedule and return the next occurrence."""
    row = fetch(FollowUp, item, tr("Follow-up"), lock=True)
    if row.done_at is not None:
        raise ValidationError(tr("This follow-up is already done."))
    stamp = now_or(now)
    row.done_at = check.happened(at, tr("When"), stamp) or stamp
    row.updated_at = stamp
    row.save(only=row.dirty_fields)  # what this action changed: others' changes stay
    _recompute_contact(row)
    upcoming = next_occurrence(row)
    if upcoming is None:
        return None
    return FollowUp.create(
        title=row.title,
        due_at=upcoming,
        rrule=row.rrule,
        series_start=row.series_start,
        series=row.series or row.id,
        person=row.person_id,
        entry=row.entry_id,
        promise=row.promise_id,
        department=row.department_id,
        notes=row.notes,
        origin=row.origin,
        assigned_to=row.assigned_to,  # the series stays with whoever has it
        created_at=stamp,
        updated_at=stamp,
    )


@action
def snooze_followup(
    item: FollowUp | int, until: datetime | str, *, now: datetime | None = None
) -> FollowUp:
    """Keep it quiet until ``until`` (a time, or "hour", "tomorrow", "next-week")."""
    row = fetch(FollowUp, item, tr("Follow-up"), lock=True)
    if row.done_at is not None:
        raise ValidationError(tr("This follow-up is already done."))
    stamp = now_or(now)
    presets = snooze_presets(stamp)
    when = presets[until] if isinstance(until, str) and until in presets else None
    when = when or check.as_datetime(until, tr("Snooze until"))
    if when is None or when <= stamp:
        raise ValidationError(tr("Snooze until a time in the future."), field="until")
    row.snoozed_until = when
    row.updated_at = stamp
    row.save(only=row.dirty_fields)  # what this action changed: others' changes stay
    return row


FOLLOWUP_FIELDS = ("title", "due_at", "notes", "rrule", "assigned_to")


def followup_values(row: FollowUp, names) -> dict:
    """What ``row`` holds now for the editable fields ``names``."""
    return {name: getattr(row, name) for name in names if name in FOLLOWUP_FIELDS}


@action
def edit_followup(
    item: FollowUp | int, *, base: dict | None = None, now: datetime | None = None, **changes
) -> FollowUp:
    """Change a follow-up's title, time, notes, repetition or assignee; only the fields that change are
    written, and ``base`` (the values the editor started from) is checked as in ``edit_entry``."""
    row = fetch(FollowUp, item, tr("Follow-up"), lock=True)
    unknown = set(changes) - set(FOLLOWUP_FIELDS)
    if unknown:
        raise ValidationError(
            tr("Unknown detail: {names}.").format(names=", ".join(sorted(unknown)))
        )
    edits.check_base(followup_values(row, base or ()), base, changes, fields=FOLLOWUP_FIELDS)
    values: dict = {}
    if "title" in changes:
        values["title"] = check.clean_line(changes["title"], tr("Title"), required=True)
    if "due_at" in changes:
        values["due_at"] = _due(changes["due_at"]) or row.due_at
        if values["due_at"] != row.due_at:
            values["snoozed_until"] = None
    if "notes" in changes:
        values["notes"] = check.clean_text(changes["notes"], tr("Notes"))
    if "assigned_to" in changes:
        values["assigned_to"] = assignment.checked_assignee(changes["assigned_to"])
    if "rrule" in changes:
        anchor = values.get("due_at", row.due_at)
        values["rrule"] = normalise_rule(changes["rrule"], anchor)
        if values["rrule"] != row.rrule or values.get("due_at", row.due_at) != row.due_at:
            values["series_start"] = anchor if values["rrule"] else None
    edits.save_changed(row, values, now_or(now))
    return row


@action
def trash_followup(item: FollowUp | int, *, now: datetime | None = None) -> FollowUp:
    row = move_to_trash(FollowUp, item, tr("Follow-up"), now)
    _recompute_contact(row)
    return row


@action
def restore_followup(item: FollowUp | int) -> FollowUp:
    row = fetch(FollowUp, item, tr("Follow-up"), include_deleted=True)
    if row.origin == "check-in" and row.department_id and row.done_at is None:
        _refuse_a_second_open_checkin(row)
    row = restore_from_trash(FollowUp, row, tr("Follow-up"))
    _recompute_contact(row)
    return row


def _refuse_a_second_open_checkin(row: FollowUp) -> None:
    """A department has one open check-in at a time (the journal's rule, kept by the database)."""
    other = (
        FollowUp.select()
        .where(
            FollowUp.department == row.department_id,
            FollowUp.origin == "check-in",
            FollowUp.done_at.is_null(),
            FollowUp.deleted_at.is_null(),
            FollowUp.id != row.id,
        )
        .first()
    )
    if other is not None:
        raise ValidationError(
            tr(
                "This department already has an open check-in, due {due}: complete it or move it "
                "to the trash first."
            ).format(due=other.due_at.strftime("%Y-%m-%d"))
        )


def series_id(item: FollowUp) -> int:
    """The id naming a follow-up's whole series: the same for every occurrence of a repeating one."""
    return item.series or item.id


def get_followup(item: FollowUp | int) -> FollowUp:
    return fetch(FollowUp, item, tr("Follow-up"))


def _by_id(model, ids) -> dict:
    rows = {}
    for part in in_chunks(sorted({i for i in ids if i})):
        rows.update({row.id: row for row in model.select().where(model.id.in_(part))})
    return rows


def _attach_links(items: list[FollowUp]) -> list[FollowUp]:
    """Load whom and what the follow-ups are about (person; entry and its person; promise with its
    person and entry; department) in a few queries for the whole list, not a few per row, and only
    for the links there are."""
    entries = _by_id(Entry, (i.entry_id for i in items))
    promises = _by_id(Promise, (i.promise_id for i in items))
    entries.update(
        _by_id(Entry, (p.entry_id for p in promises.values() if p.entry_id not in entries))
    )
    people = _by_id(
        Person,
        [i.person_id for i in items]
        + [e.person_id for e in entries.values()]
        + [p.person_id for p in promises.values()],
    )
    departments = _by_id(Department, (i.department_id for i in items))

    def link(row, name: str, rows: dict) -> None:
        found = rows.get(getattr(row, f"{name}_id"))
        if found is not None:
            setattr(row, name, found)  # what the row would otherwise fetch on first use

    for row in entries.values():
        link(row, "person", people)
    for row in promises.values():
        link(row, "person", people)
        link(row, "entry", entries)
    for item in items:
        link(item, "person", people)
        link(item, "entry", entries)
        link(item, "promise", promises)
        link(item, "department", departments)
    return items


def list_followups(
    *,
    state: str = "open",
    due_before: datetime | None = None,
    person: Person | int | None = None,
) -> list[FollowUp]:
    """Follow-ups soonest first: ``state`` open (not done), done, or all.

    ``due_before`` keeps those wanting attention by then, snoozes taken into account.
    """
    state = check.one_of(state, ("open", "done", "all"), tr("state"))
    query = FollowUp.select().where(FollowUp.deleted_at.is_null())
    if state == "open":
        query = query.where(FollowUp.done_at.is_null())
    elif state == "done":
        query = query.where(FollowUp.done_at.is_null(False))
    if person is not None:
        query = query.where(
            FollowUp.person == (person.id if isinstance(person, Person) else person)
        )
    if due_before is not None:
        query = query.where(FollowUp.due_at <= due_before)
    items = sorted(query, key=lambda f: (effective_due(f), f.id))
    if due_before is not None:
        items = [f for f in items if effective_due(f) <= due_before]
    return _attach_links(items)
