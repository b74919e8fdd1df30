"""Recording a whole conversation at once (the quick-capture dialog, Ctrl+N): who — an existing
person, a new customer or staff member, or an anonymous walk-in —, the entry, and optionally what was
promised by when and when to follow up. One transaction: everything is saved, or nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from cxjournal.errors import ValidationError
from cxjournal.i18n import tr
from cxjournal.services import entries, followups, people, promises
from cxjournal.services.common import Fresh, action
from cxjournal.store.models import Entry, FollowUp, Person, Promise


@dataclass(frozen=True)
class Captured:
    entry: Entry
    person: Person | None
    new_person: bool
    promise: Promise | None
    followup: FollowUp | None


@action
def capture(
    *,
    kind: str,
    title: str,
    person: Person | int | None = None,
    new_person_name: str = "",
    side: str | None = None,
    details: str = "",
    channel: str = "in-person",
    satisfaction: int | str | None = None,
    tags: str | list[str] | None = None,
    promised: str = "",
    promise_due: date | str | None = None,
    follow_up_on: date | datetime | str | None = None,
    follow_up_title: str = "",
) -> Captured:
    """Save one conversation. ``person`` is someone already in the journal; otherwise
    ``new_person_name`` (with ``side``) adds them; with neither, the entry is an anonymous walk-in
    of ``side``. ``promised`` needs ``promise_due`` and someone to promise it to."""
    who: Person | None = None
    created = False
    if person is not None:
        who = people.get_person(person)
    elif new_person_name.strip():
        if not side:
            raise ValidationError(
                tr("Say whether {name} is a customer or staff.", "capture").format(
                    name=new_person_name.strip()
                )
            )
        who = people.add_person(new_person_name, side)
        created = True
    # The person and the entry are read once, here, and handed on as they are (Fresh), not read
    # again by each service below.
    known = Fresh(who) if who is not None else None
    entry = entries.log_entry(
        kind=kind,
        title=title,
        person=known,
        side=None if who else side,
        details=details,
        channel=channel,
        satisfaction=satisfaction,
        tags=tags,
    )
    promise = None
    if promised.strip() or promise_due:
        if who is None:
            raise ValidationError(
                tr("A promise is made to someone: say who, not an anonymous visitor.", "capture")
            )
        if not promise_due:
            raise ValidationError(tr("Say by when the promise is due."))
        promise = promises.make_promise(
            person=known, what=promised, due=promise_due, entry=Fresh(entry)
        )
    followup = None
    if follow_up_on:
        followup = followups.add_followup(  # a date alone means 09:00 that day
            title=follow_up_title.strip()
            or tr("Follow up: {title}", "capture").format(title=entry.title),
            due_at=follow_up_on,
            person=known,
            entry=Fresh(entry),
        )
    return Captured(entry, who, created, promise, followup)
