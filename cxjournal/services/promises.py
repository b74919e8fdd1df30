"""Promises made to customers and staff: making, keeping, breaking, cancelling, renegotiating, listing.

Whether a promise is late or was kept on time is derived from its dates, never stored: a promise is
*due* on ``due_date`` (the date agreed now) and was *first promised* for ``original_due_date``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

from cxjournal import clock
from cxjournal import vocabulary as v
from cxjournal.errors import ValidationError
from cxjournal.i18n import tr
from cxjournal.services import assignment, edits, gestures
from cxjournal.services import validation as check
from cxjournal.services.common import (
    Fresh,
    action,
    fetch,
    move_to_trash,
    now_or,
    restore_from_trash,
)
from cxjournal.store import contact_dates
from cxjournal.store.models import Entry, FollowUp, Person, Promise

# Derived states shown to the owner (stored status in brackets):
# open (open, not yet due), due-today, overdue (open, past due), kept-on-time, kept-late (kept),
# broken, cancelled.
OVERDUE, DUE_TODAY, KEPT_ON_TIME, KEPT_LATE = "overdue", "due-today", "kept-on-time", "kept-late"


class PromiseState(NamedTuple):
    code: str  # open, due-today, overdue, kept-on-time, kept-late, broken, cancelled
    days_late: int  # days past the current due date (0 when not late)
    renegotiated: bool
    kept_as_first_promised: bool


def promise_state(promise: Promise, today: date | None = None) -> PromiseState:
    """What a promise looks like today: open, due today, overdue, kept on time or late, ..."""
    today = today or clock.now().date()
    renegotiated = promise.due_date != promise.original_due_date
    if promise.status == v.KEPT:
        kept_day = promise.fulfilled_at.date()
        late = max(0, (kept_day - promise.due_date).days)
        return PromiseState(
            KEPT_LATE if late else KEPT_ON_TIME,
            late,
            renegotiated,
            kept_day <= promise.original_due_date,
        )
    if promise.status in (v.BROKEN, v.CANCELLED):
        return PromiseState(promise.status, 0, renegotiated, False)
    late = (today - promise.due_date).days
    if late > 0:
        return PromiseState(OVERDUE, late, renegotiated, False)
    return PromiseState(DUE_TODAY if late == 0 else v.PROMISE_OPEN, 0, renegotiated, False)


def _check_due(due: date, made: datetime) -> None:
    if due < made.date():
        raise ValidationError(
            tr("The due date ({due}) is before the day the promise was made ({made}).").format(
                due=due.isoformat(), made=made.date().isoformat()
            ),
            field="due",
        )


@action
def make_promise(
    *,
    person: Person | int | Fresh[Person],
    what: str,
    due: date | str,
    entry: Entry | int | Fresh[Entry] | None = None,
    made_at: datetime | str | None = None,
    note: str = "",
    assigned_to: str | None = None,
    amount: str | int | None = None,
    now: datetime | None = None,
) -> Promise:
    """Record a promise made to someone, due on a date, assigned to an account of a shared
    journal or to nobody (``services.assignment``); ``amount`` is what it will cost, as typed
    ("12,50"; see ``gestures.read_amount``)."""
    stamp = now_or(now)
    cost = gestures.read_amount(amount)
    who = fetch(Person, person, tr("Person"))
    about = fetch(Entry, entry, tr("Entry")) if entry not in (None, "") else None
    if about is not None and about.person_id not in (None, who.id):
        raise ValidationError(tr("That entry is about someone else."), field="entry")
    made = check.happened(made_at, tr("Made on"), stamp) or stamp
    due_date = check.as_date(due, tr("Due date"))
    if due_date is None:
        raise ValidationError(tr("Say by when the promise is due."), field="due")
    _check_due(due_date, made)
    return Promise.create(
        person=who,
        entry=about,
        what=check.clean_text(what, tr("What was promised"), required=True, max_len=2000),
        made_at=made,
        due_date=due_date,
        original_due_date=due_date,
        note=check.clean_text(note, tr("Note")),
        assigned_to=assignment.checked_assignee(assigned_to),
        amount=cost,
        created_at=stamp,
        updated_at=stamp,
    )


def _settle(promise: Promise | int, status: str, at, note: str | None, now) -> Promise:
    row = fetch(Promise, promise, tr("Promise"), lock=True)
    if row.status != v.PROMISE_OPEN:
        raise ValidationError(
            tr("This promise is already {state}.").format(state=v.label(row.status).lower())
        )
    when = check.happened(at, tr("When"), now_or(now)) or now_or(now)
    if when < row.made_at:
        raise ValidationError(tr("A promise cannot be settled before it was made."), field="at")
    row.status = status
    row.fulfilled_at = when
    if note:
        row.note = check.clean_text(note, tr("Note"))
    row.updated_at = now_or(now)
    row.save(only=row.dirty_fields)  # what this action changed: others' changes stay
    contact_dates.recompute([row.person_id])
    return row


@action
def keep_promise(promise: Promise | int, *, at=None, note: str | None = None, now=None) -> Promise:
    """The promise was kept (on time or late, as its dates tell)."""
    return _settle(promise, v.KEPT, at, note, now)


@action
def break_promise(promise: Promise | int, *, at=None, note: str | None = None, now=None) -> Promise:
    """The promise will not be kept."""
    return _settle(promise, v.BROKEN, at, note, now)


@action
def cancel_promise(
    promise: Promise | int, *, at=None, note: str | None = None, now=None
) -> Promise:
    """Both sides agreed it no longer applies; it leaves the promise-keeping figures."""
    return _settle(promise, v.CANCELLED, at, note, now)


@action
def renegotiate_promise(
    promise: Promise | int, new_due: date | str, *, note: str | None = None, now=None
) -> Promise:
    """Agree a new due date; the first one is kept so statistics can tell the two apart."""
    row = fetch(Promise, promise, tr("Promise"), lock=True)
    if row.status != v.PROMISE_OPEN:
        raise ValidationError(tr("Only an open promise can be given a new date."))
    due_date = check.as_date(new_due, tr("New due date"))
    if due_date is None:
        raise ValidationError(tr("Give the new due date."), field="due")
    _check_due(due_date, row.made_at)
    row.due_date = due_date
    if note:
        row.note = check.clean_text(note, tr("Note"))
    row.updated_at = now_or(now)
    row.save(only=row.dirty_fields)  # what this action changed: others' changes stay
    return row


def _check_person_fits(who: Person, about: Entry | None) -> None:
    """The rules ``make_promise`` applies, for a promise given to someone else afterwards: a
    promise answering an entry is made to the person the entry is about, or for an anonymous
    entry to someone on its side."""
    if about is None:
        return
    if about.person_id not in (None, who.id):
        raise ValidationError(tr("That entry is about someone else."), field="person")
    if about.person_id is None and about.side != who.side:
        raise ValidationError(
            tr("{name} is a {side}.").format(name=who.name, side=v.label(who.side).lower()),
            field="person",
        )


PROMISE_FIELDS = ("what", "person", "due", "amount", "assigned_to")


def promise_values(row: Promise, names) -> dict:
    """What ``row`` holds now for the editable fields ``names``."""
    held = {"what": row.what, "person": row.person, "due": row.due_date, "amount": row.amount}
    held["assigned_to"] = row.assigned_to
    return {name: held[name] for name in names if name in held}


@action
def edit_promise(
    promise: Promise | int,
    *,
    what: str | None = None,
    person: Person | int | Fresh[Person] | None = None,
    due: date | str | None = None,
    assigned_to: str | object | None = assignment.UNCHANGED,
    amount: str | int | None = None,
    base: dict | None = None,
    now: datetime | None = None,
) -> Promise:
    """Correct what was promised, to whom, by when, or who has it (``assigned_to``: an
    account, or None or ``assignment.NOBODY`` for nobody). A new due date is a renegotiation: the
    date first promised is kept, and only an open promise can be given one. Only the fields that
    change are written; ``base`` (the values the editor started from) is checked as in
    ``edit_entry``. ``amount``: None keeps it, "" removes it, anything else is read as typed."""
    row = fetch(Promise, promise, tr("Promise"), lock=True)
    mine = {"what": what, "person": person, "due": due, "amount": amount}
    mine = {name: value for name, value in mine.items() if value not in (None, "")}
    if assigned_to is not assignment.UNCHANGED:
        mine["assigned_to"] = assignment.checked_assignee(assigned_to)  # type: ignore[arg-type]
    edits.check_base(promise_values(row, base or ()), base, mine, fields=PROMISE_FIELDS)
    was_for = row.person_id
    values: dict = {}
    if what is not None:
        values["what"] = check.clean_text(
            what, tr("What was promised"), required=True, max_len=2000
        )
    if person is not None and person != "":
        who = fetch(Person, person, tr("Person"))
        about = (
            fetch(Entry, row.entry_id, tr("Entry"), include_deleted=True) if row.entry_id else None
        )
        _check_person_fits(who, about)
        # Reminders about this promise that named its person now name the new one.
        FollowUp.update(person=who).where(
            FollowUp.promise == row.id, FollowUp.person == row.person_id
        ).execute()
        values["person"] = who
    if due is not None and due != "":
        due_date = check.as_date(due, tr("New due date"))
        if due_date != row.due_date:
            if row.status != v.PROMISE_OPEN:
                raise ValidationError(tr("Only an open promise can be given a new date."))
            _check_due(due_date, row.made_at)
            values["due_date"] = due_date
    if "assigned_to" in mine:
        values["assigned_to"] = mine["assigned_to"]
    if amount is not None:
        values["amount"] = gestures.read_amount(amount)
    edits.save_changed(row, values, now_or(now))
    contact_dates.recompute([was_for, row.person_id])
    return row


@action
def reopen_promise(promise: Promise | int, *, now=None) -> Promise:
    """Undo keeping, breaking or cancelling a promise."""
    row = fetch(Promise, promise, tr("Promise"), lock=True)
    row.status = v.PROMISE_OPEN
    row.fulfilled_at = None
    row.updated_at = now_or(now)
    row.save(only=row.dirty_fields)  # what this action changed: others' changes stay
    contact_dates.recompute([row.person_id])
    return row


@action
def trash_promise(promise: Promise | int, *, now=None) -> Promise:
    row = move_to_trash(Promise, promise, tr("Promise"), now)
    contact_dates.recompute([row.person_id])
    return row


@action
def restore_promise(promise: Promise | int) -> Promise:
    row = restore_from_trash(Promise, promise, tr("Promise"))
    contact_dates.recompute([row.person_id])
    return row


def get_promise(promise: Promise | int) -> Promise:
    return fetch(Promise, promise, tr("Promise"))


def list_promises(
    *,
    status: str | None = None,
    person: Person | int | None = None,
    due_before: date | None = None,
    due_from: date | None = None,
    include_confidential: bool = True,
) -> list[Promise]:
    """Promises, soonest due first. ``status`` is a stored status, or "overdue" / "active"."""
    query = (
        Promise.select(Promise, Person)
        .join(Person)
        .where(Promise.deleted_at.is_null(), Person.deleted_at.is_null())
    )
    if status == "active":
        query = query.where(Promise.status == v.PROMISE_OPEN)
    elif status == OVERDUE:
        query = query.where(Promise.status == v.PROMISE_OPEN, Promise.due_date < clock.now().date())
    elif status:
        query = query.where(
            Promise.status == check.one_of(status, v.PROMISE_STATUSES, tr("status"))
        )
    if person is not None:
        query = query.where(Promise.person == (person.id if isinstance(person, Person) else person))
    if due_before is not None:
        query = query.where(Promise.due_date <= due_before)
    if due_from is not None:
        query = query.where(Promise.due_date >= due_from)
    if not include_confidential:
        confidential = Entry.select(Entry.id).where(Entry.confidential == True)  # noqa: E712
        query = query.where(Promise.entry.is_null() | Promise.entry.not_in(confidential))
    return list(query.order_by(Promise.due_date, Promise.id))
