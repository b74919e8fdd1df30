"""Grouping promises and follow-ups the way the owner looks at them (overdue, due soon, later, done)
and saying a promise's state in words ("late by 3 days", "kept late"), without any Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from cxjournal import clock
from cxjournal import vocabulary as v
from cxjournal.i18n import tr, trn
from cxjournal.services.followups import cadence_rule, effective_due, list_followups
from cxjournal.services.promises import (
    DUE_TODAY,
    KEPT_LATE,
    KEPT_ON_TIME,
    OVERDUE,
    list_promises,
    promise_state,
)
from cxjournal.store.models import FollowUp, Promise

SOON_DAYS = 7  # "due soon" means within the next week
RECENT_DAYS = 30  # settled items stay visible this long under "done"

# group keys, in the order they are shown
P_OVERDUE, P_SOON, P_LATER, P_DONE = "overdue", "soon", "later", "done"
F_OVERDUE, F_TODAY, F_UPCOMING, F_DONE = "overdue", "today", "upcoming", "done"


@dataclass
class Group:
    key: str
    title: str
    items: list = field(default_factory=list)
    total: int | None = None  # how many there are when only some are listed (done: the recent ones)


def group_heading(group: Group) -> str:
    """A group's heading with its count: "Overdue (3)"; a group that lists only the latest says so
    ("Done: the 20 latest of 92"), so the owner does not take the recent ones for all of them."""
    shown = len(group.items)
    if group.total is None or group.total <= shown:
        return f"{group.title} ({shown})"
    if not shown:
        return trn(
            "Done: none in the last {days} days, %n earlier",
            "Done: none in the last {days} days, %n earlier",
            group.total,
        ).format(days=RECENT_DAYS)
    return trn("Done: the latest of {total}", "Done: the %n latest of {total}", shown).format(
        total=group.total
    )


def _days(n: int) -> str:
    return trn("%n day", "%n days", n)


def split_promises(
    promises: list[Promise], today: date, recent_days: int = RECENT_DAYS
) -> list[Group]:
    """Promises grouped as overdue / due soon / later / done (settled in the last ``recent_days``)."""
    groups = [
        Group(P_OVERDUE, tr("Overdue")),
        Group(P_SOON, tr("Due soon (next {n} days)").format(n=SOON_DAYS)),
        Group(P_LATER, tr("Later")),
        Group(P_DONE, tr("Done (kept, broken, cancelled)")),
    ]
    by_key = {g.key: g for g in groups}
    since = today - timedelta(days=recent_days)
    by_key[P_DONE].total = 0
    for promise in promises:
        if promise.status != v.PROMISE_OPEN:
            by_key[P_DONE].total += 1
            if promise.fulfilled_at and promise.fulfilled_at.date() >= since:
                by_key[P_DONE].items.append(promise)
        elif promise.due_date < today:
            by_key[P_OVERDUE].items.append(promise)
        elif promise.due_date <= today + timedelta(days=SOON_DAYS):
            by_key[P_SOON].items.append(promise)
        else:
            by_key[P_LATER].items.append(promise)
    # in the order of the date the page shows beside each one, latest first
    by_key[P_DONE].items.sort(key=lambda p: (p.due_date, p.fulfilled_at, p.id), reverse=True)
    return groups


def group_promises(today: date | None = None, *, include_confidential: bool = True) -> list[Group]:
    """All promises in the journal, grouped for the Promises page."""
    today = today or clock.now().date()
    return split_promises(list_promises(include_confidential=include_confidential), today)


def promise_words(promise: Promise, today: date | None = None) -> str:
    """A promise's state in words: "due in 3 days", "late by 2 days", "kept on time", ..."""
    today = today or clock.now().date()
    state = promise_state(promise, today)
    if state.code == OVERDUE:
        text = tr("late by {days}").format(days=_days(state.days_late))
    elif state.code == DUE_TODAY:
        text = tr("due today")
    elif state.code == v.PROMISE_OPEN:
        ahead = (promise.due_date - today).days
        text = tr("on time, due tomorrow") if ahead == 1 else tr("on time, due in {days}")
        text = text.format(days=_days(ahead))
    elif state.code == KEPT_ON_TIME:
        text = tr("kept on time")
    elif state.code == KEPT_LATE:
        text = tr("kept late (by {days})").format(days=_days(state.days_late))
    elif state.code == v.BROKEN:
        text = tr("broken")
    else:
        text = tr("cancelled")
    if state.renegotiated:
        text = tr("{state}, new date agreed").format(state=text)
    return text


def split_followups(
    followups: list[FollowUp], now: datetime, recent_days: int = RECENT_DAYS
) -> list[Group]:
    """Follow-ups grouped as overdue (before today) / today / upcoming / done recently."""
    groups = [
        Group(F_OVERDUE, tr("Overdue")),
        Group(F_TODAY, tr("Today")),
        Group(F_UPCOMING, tr("Upcoming")),
        Group(F_DONE, tr("Done")),
    ]
    by_key = {g.key: g for g in groups}
    today = now.date()
    since = now - timedelta(days=recent_days)
    by_key[F_DONE].total = 0
    for item in followups:
        if item.done_at is not None:
            by_key[F_DONE].total += 1
            if item.done_at >= since:
                by_key[F_DONE].items.append(item)
            continue
        due = effective_due(item).date()
        key = F_OVERDUE if due < today else F_TODAY if due == today else F_UPCOMING
        by_key[key].items.append(item)
    by_key[F_DONE].items.sort(key=lambda f: (f.done_at, f.id), reverse=True)
    return groups


def group_followups(now: datetime | None = None) -> list[Group]:
    """All follow-ups in the journal, grouped for the Follow-ups page."""
    return split_followups(list_followups(state="all"), now or clock.now())


def repeat_words(item: FollowUp) -> str:
    """How often a follow-up comes back: "", "every week", "every month", or "repeats" (other rules)."""
    if not item.rrule:
        return ""
    start = item.series_start or item.due_at
    words = {
        "weekly": tr("every week"),
        "fortnightly": tr("every two weeks"),
        "monthly": tr("every month"),
        "quarterly": tr("every three months"),
    }
    for cadence, text in words.items():
        if cadence_rule(cadence, start) == item.rrule:
            return text
    return tr("repeats")
