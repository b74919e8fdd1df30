"""What wants the owner's attention now: due follow-ups, unanswered complaints and concerns, promises
coming due or overdue, missed department check-ins, and which of these were already announced.

Every reminder occurrence has a stable ``key``; a key is announced once (the ``announcement`` table
survives restarts), so the same occurrence never pops up twice while a snooze, a renegotiated date or
the next occurrence of a series makes a new key and is announced again.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import NamedTuple

from dateutil.relativedelta import relativedelta

from cxjournal import vocabulary as v
from cxjournal.catalog import resolve_language
from cxjournal.formatting import format_datetime, format_short_date
from cxjournal.i18n import tr, trn
from cxjournal.services import assignment, followups, suggestions, visibility, waiting
from cxjournal.services.common import action, in_chunks, now_or
from cxjournal.services.settings import get_flag, get_number, get_setting
from cxjournal.store.models import (
    Announcement,
    Department,
    Entry,
    FollowUp,
    Person,
    Promise,
    claims_of_this_account,
    insert_new,
    this_account,
)

MORNING = followups.MORNING
CHECKIN_ORIGIN = "check-in"
CADENCE_STEPS = {
    "weekly": relativedelta(weeks=1),
    "fortnightly": relativedelta(weeks=2),
    "monthly": relativedelta(months=1),
    "quarterly": relativedelta(months=3),
}


class Reminder(NamedTuple):
    """One occurrence of something that wants attention, and what to open for it."""

    key: str  # stable, e.g. "followup:12:2026-11-20T09:00", "complaint:34", "promise-overdue:7:..."
    kind: str  # followup, check-in, complaint, concern, promise-due, promise-overdue
    title: str  # the item's own words, or a generic title when it is confidential
    person: str  # who it is about ("" for nobody in particular)
    due_at: datetime  # when it wants attention
    target: tuple[str, int]  # what to open: ("followup" | "entry" | "promise", id)
    note: str = ""  # why now, in a few words
    confidential: bool = False
    assigned_to: str | None = None  # the account that has it (a shared journal), None: nobody

    @property
    def headline(self) -> str:
        return f"{self.title} — {self.person}" if self.person else self.title


def _stamp(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M")


def _followup_reminders(
    limit: datetime,
    confidential: visibility.Confidential,
    show: bool,
    lang: str,
    counter: str | None,
):
    query = (
        FollowUp.select()
        .where(FollowUp.done_at.is_null(), FollowUp.deleted_at.is_null())
        .where((FollowUp.due_at <= limit) | (FollowUp.snoozed_until <= limit))
    )
    for item in query:
        due = followups.effective_due(item)
        if due > limit or not assignment.reminds(item.assigned_to, counter):
            continue
        shown = visibility.shown_followup(item, confidential, show)
        if shown is None:
            continue
        checkin = item.origin == CHECKIN_ORIGIN
        yield Reminder(
            key=f"followup:{item.id}:{_stamp(due)}",
            kind="check-in" if checkin else "followup",
            title=shown.title,
            person=shown.person,
            due_at=due,
            target=("followup", item.id),
            note=tr("Follow-up due {when}").format(when=format_datetime(due, lang)),
            confidential=shown.confidential,
            assigned_to=item.assigned_to,
        )


def _unanswered_reminders(limit: datetime, show: bool):
    rules = (
        (visibility.COMPLAINT, v.CUSTOMER, "complaint_reminder_hours"),
        (visibility.CONCERN, v.STAFF, "concern_reminder_hours"),
    )
    for kind, side, setting in rules:
        hours = get_number(setting)
        if hours <= 0:
            continue
        # A waiting entry raises none (its status leaves it out), and once it runs again its
        # reminder comes as much later as it waited: the rule its response targets follow too
        # (``waiting.clock_stopped``, ``waiting.time_waited``; README, "Clock hours or opening hours").
        query = Entry.select().where(
            Entry.kind == kind,
            Entry.side == side,
            Entry.status.in_(v.ACTIVE_ENTRY_STATUSES),
            Entry.status != v.WAITING,
            Entry.first_response_at.is_null(),
            Entry.deleted_at.is_null(),
            Entry.occurred_at <= limit - timedelta(hours=hours),
        )
        for entry in query:
            person = entry.person if entry.person_id else None
            if person is not None and person.deleted_at is not None:
                continue
            due = entry.occurred_at + timedelta(hours=hours) + waiting.time_waited(entry, limit)
            if due > limit or waiting.clock_stopped(entry):
                continue
            yield Reminder(
                key=f"{kind}:{entry.id}",
                kind=kind,
                title=visibility.heading(kind, entry.title, entry.confidential, show),
                person=person.name if person else "",
                due_at=due,
                target=("entry", entry.id),
                note=trn("No response after %n hour", "No response after %n hours", int(hours)),
                confidential=entry.confidential,
            )


def promise_reminder_times(due: date, days_before: int) -> tuple[datetime | None, datetime]:
    """When a promise due on ``due`` is announced as coming due (None when off) and as overdue."""
    coming = datetime.combine(due - timedelta(days=days_before), MORNING) if days_before else None
    return coming, datetime.combine(due + timedelta(days=1), MORNING)


def _promise_reminders(
    now: datetime,
    limit: datetime,
    confidential: visibility.Confidential,
    show: bool,
    lang: str,
    counter: str | None,
):
    days_before = get_number("promise_reminder_days")
    overdue_on = get_flag("overdue_promise_reminder")
    if not days_before and not overdue_on:
        return
    query = (
        Promise.select(Promise, Person)
        .join(Person)
        .where(
            Promise.status == v.PROMISE_OPEN,
            Promise.deleted_at.is_null(),
            Person.deleted_at.is_null(),
            Promise.due_date <= (limit + timedelta(days=days_before)).date(),
        )
    )
    for promise in query:
        if not assignment.reminds(promise.assigned_to, counter):
            continue
        coming, overdue = promise_reminder_times(promise.due_date, days_before)
        hidden = confidential.promise(promise.id)
        title = visibility.heading(visibility.PROMISE, promise.what, hidden, show)
        shown_due = promise.due_date.isoformat()
        if now.date() > promise.due_date:
            if not (overdue_on and overdue <= limit):
                continue
            kind, when, note = "promise-overdue", overdue, tr("Promise overdue since {date}")
        elif coming is not None and coming <= limit:
            kind, when, note = "promise-due", coming, tr("Promise due {date}")
        else:
            continue
        yield Reminder(
            key=f"{kind}:{promise.id}:{shown_due}",
            kind=kind,
            title=title,
            person=promise.person.name,
            due_at=when,
            target=("promise", promise.id),
            note=note.format(date=format_short_date(promise.due_date, lang)),
            confidential=hidden,
            assigned_to=promise.assigned_to,
        )


def due_reminders(
    now: datetime | None = None, *, horizon: timedelta | None = None
) -> list[Reminder]:
    """Everything wanting attention by ``now`` (plus ``horizon``, to look ahead), soonest first."""
    now = now_or(now)
    limit = now + (horizon or timedelta(0))
    show = visibility.show_confidential_text()
    lang = resolve_language(get_setting("language"))
    confidential = visibility.confidential_ids()
    counter = assignment.reminded_counter()  # a counter: what is its own or nobody's only
    found = [
        *_followup_reminders(limit, confidential, show, lang, counter),
        *_unanswered_reminders(limit, show),
        *_promise_reminders(now, limit, confidential, show, lang, counter),
    ]
    return sorted(found, key=lambda r: (r.due_at, r.key))


# Department check-ins ---------------------------------------------------------------------------


def last_checkin(department: Department) -> datetime | None:
    """When someone of the department last had a check-in entry (None if never)."""
    members = Person.select(Person.id).where(Person.department == department)
    row = (
        Entry.select(Entry.occurred_at)
        .where(
            Entry.kind == "check-in",
            Entry.person.in_(members),
            Entry.deleted_at.is_null(),
        )
        .order_by(Entry.occurred_at.desc())
        .first()
    )
    return row.occurred_at if row else None


def next_checkin_due(department: Department) -> datetime | None:
    """When the department's next check-in is due by its cadence (None without a cadence)."""
    step = CADENCE_STEPS.get(department.checkin_cadence)
    if step is None:
        return None
    return (last_checkin(department) or department.created_at) + step


# Announcements ----------------------------------------------------------------------------------


def announced_keys(keys: Iterable[str]) -> set[str]:
    wanted = list(dict.fromkeys(keys))
    found: set[str] = set()
    for part in in_chunks(wanted):
        query = Announcement.select(Announcement.key).where(
            Announcement.key.in_(part), claims_of_this_account()
        )
        found.update(row.key for row in query)
    return found


def unannounced(reminders: Iterable[Reminder]) -> list[Reminder]:
    """The reminders not yet shown to the owner (in any earlier run too)."""
    reminders = list(reminders)
    done = announced_keys(r.key for r in reminders)
    return [r for r in reminders if r.key not in done]


@action
def mark_announced(keys: Iterable[str], now: datetime | None = None) -> None:
    """Remember that these occurrences were shown, so they are never shown again."""
    stamp = now_or(now)
    mine = this_account()
    rows = [{"key": key, "account": mine, "announced_at": stamp} for key in dict.fromkeys(keys)]
    for part in in_chunks(rows):
        Announcement.insert_many(part).on_conflict_ignore().execute()


def missed_since_last_run(now: datetime | None = None) -> list[Reminder]:
    """Reminders that came due while the app was closed (or never got shown): shown together at start."""
    return unannounced(due_reminders(now))


@action
def claim_new_reminders(now: datetime | None = None, *, tidy: bool = False) -> list[Reminder]:
    """The due reminders never announced to this account, marked announced in the same
    transaction: two windows or programs of one account checking at once never both show one
    (each account gets its own), and a check that cannot write shows nothing.
    ``tidy`` (once per run) first forgets old announcements."""
    now = now_or(now)
    if tidy:
        forget_old_announcements(now)
    suggestions.file_waiting(now)  # the box of past days, into the journal (services.suggestions)
    new = unannounced(due_reminders(now))
    mine = this_account()
    rows = [{"key": k, "account": mine, "announced_at": now} for k in sorted({r.key for r in new})]
    claimed: set[str] = set()
    for part in in_chunks(rows):  # INSERT … ON CONFLICT DO NOTHING RETURNING key
        claimed.update(
            insert_new(
                Announcement, Announcement.key, list(part), also_unique=[Announcement.account]
            )
        )
    # a key another computer claimed a moment ago comes back from no insert: it shows there only
    return [r for r in new if r.key in claimed]


@action
def forget_old_announcements(now: datetime | None = None, *, keep_days: int = 60) -> int:
    """Drop records of announcements older than ``keep_days`` whose reminder is no longer due."""
    now = now_or(now)
    still_due = {r.key for r in due_reminders(now)}
    old = [
        row.key
        for row in Announcement.select(Announcement.key).where(
            Announcement.announced_at < now - timedelta(days=keep_days), claims_of_this_account()
        )
        if row.key not in still_due
    ]
    for part in in_chunks(old):
        Announcement.delete().where(Announcement.key.in_(part), claims_of_this_account()).execute()
    return len(old)
