"""What the Today page shows, as plain data: follow-ups and promises due today or overdue, open
complaints and staff concerns (most urgent and oldest first), and this month's pulse."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import NamedTuple

from peewee import JOIN, Case, fn

from cxjournal import clock
from cxjournal import vocabulary as v
from cxjournal.services import accounts, followups, keep_in_touch, retention, targets, visibility
from cxjournal.services.happy_index import (
    HappyFigures,
    happy_by_day,
    happy_of_month,
    hour_weekday_map,
)
from cxjournal.services.settings import get_flag
from cxjournal.services.stats import MonthSummary, month_summary
from cxjournal.store.models import Entry, Person, Promise
from cxjournal.store.plan_hints import not_by_index

FOLLOWUP, PROMISE = visibility.FOLLOWUP, visibility.PROMISE
PROBLEM_LIMIT = 200  # the page lists the most pressing ones; the count says how many there are


class DueItem(NamedTuple):
    """A follow-up or a promise wanting attention today (or already late)."""

    kind: str  # "followup" or "promise"
    item_id: int
    title: str
    person: str
    due_at: datetime  # a promise is due at the start of its day
    overdue: bool  # due before today
    days_late: int
    recurring: bool = False
    confidential: bool = False


class ProblemOpenNow(NamedTuple):
    """A complaint (customer) or concern (staff) open right now, as the Today page lists it: with
    its answered state and, when confidential, a generic heading instead of its title."""

    entry_id: int
    side: str
    kind: str
    title: str
    person: str
    occurred_at: datetime
    priority: int
    status: str
    age_days: int
    answered: bool
    confidential: bool = False


class TodayView(NamedTuple):
    day: date
    due: list[DueItem]
    problems: list[ProblemOpenNow]
    problem_count: int
    pulse: MonthSummary
    due_count: int = 0  # all that is due, when ``due`` holds only the most urgent
    due_late: int = 0
    happy_today: HappyFigures | None = None  # the customers' Happy Index today, with its count
    happy_month: HappyFigures | None = None  # and this month's
    # (weekday, hour) -> the index over the last HAPPY_MAP_WEEKS weeks: when they are least happy
    happy_map: dict[tuple[int, int], HappyFigures] | None = None


DUE_SHOWN = 100  # Today lists the most urgent; the Promises and Follow-ups pages list them all
HAPPY_MAP_WEEKS = 8


def due_items(now: datetime | None = None, limit: int | None = None) -> list[DueItem]:
    """Open follow-ups and promises due by the end of today, overdue first, soonest first
    (the first ``limit`` of them if given)."""
    now = now or clock.now()
    show_secret = visibility.show_confidential_text()
    return _most_urgent(
        _due_followups(now.date(), show_secret),
        _due_promises(now.date(), show_secret, limit),
        limit,
    )


def _most_urgent(
    followups_due: list[DueItem], promises_due: list[DueItem], limit: int | None
) -> list[DueItem]:
    items = followups_due + promises_due
    items.sort(key=lambda i: (not i.overdue, i.due_at, i.kind, i.item_id))
    return items[:limit] if limit else items


def due_counts(followups_due: list[DueItem], today: date) -> tuple[int, int]:
    """(all due, of which late): the follow-ups given plus every due promise, counted in one query."""
    late_promise = Case(None, [(Promise.due_date < today, 1)], 0)
    promises, late = (
        _due_promise_query(today, fn.COUNT(Promise.id), fn.SUM(late_promise), with_entry=False)
        .tuples()
        .get()
    )
    items = [i for i in followups_due if i.kind == FOLLOWUP]
    return promises + len(items), (late or 0) + sum(1 for i in items if i.overdue)


def _due_followups(today: date, show_secret: bool) -> list[DueItem]:
    end_of_day = datetime.combine(today + timedelta(days=1), time()) - timedelta(seconds=1)
    confidential = visibility.confidential_ids()
    items = []
    for item in followups.list_followups(due_before=end_of_day):
        shown = visibility.shown_followup(item, confidential, show_secret)
        if shown is None:
            continue
        due = followups.effective_due(item)
        items.append(
            DueItem(
                kind=FOLLOWUP,
                item_id=item.id,
                title=shown.title,
                person=shown.person,
                due_at=due,
                overdue=due.date() < today,
                days_late=max(0, (today - due.date()).days),
                recurring=bool(item.rrule),
                confidential=shown.confidential,
            )
        )
    return items


def _due_promise_query(today: date, *fields, with_entry: bool = True):
    query = Promise.select(*fields).join(Person, on=(Promise.person == Person.id)).switch(Promise)
    if with_entry:  # for its confidential flag; a count has no use for it
        query = query.join(Entry, JOIN.LEFT_OUTER, on=(Promise.entry == Entry.id))
    return query.where(
        Promise.deleted_at.is_null(),
        Person.deleted_at.is_null(),
        Promise.status == v.PROMISE_OPEN,
        Promise.due_date <= today,
    )


def _due_promises(today: date, show_secret: bool, limit: int | None = None) -> list[DueItem]:
    # Plain tuples, oldest first: a journal can have hundreds of late promises.
    query = _due_promise_query(
        today, Promise.id, Promise.what, Promise.due_date, Person.name, Entry.confidential
    ).order_by(Promise.due_date, Promise.id)
    if limit:
        query = query.limit(limit)
    items = []
    for promise_id, what, due, person, secret in query.tuples():
        hidden = bool(secret)
        items.append(
            DueItem(
                kind=PROMISE,
                item_id=promise_id,
                title=visibility.heading(PROMISE, what, hidden, show_secret),
                person=person,
                due_at=datetime.combine(due, time()),
                overdue=due < today,
                days_late=max(0, (today - due).days),
                confidential=hidden,
            )
        )
    return items


def _problem_query(*fields):
    side, kind = not_by_index(Entry.side), not_by_index(Entry.kind)
    return (
        Entry.select(*fields)
        .join(Person, on=(Entry.person == Person.id), join_type=JOIN.LEFT_OUTER)
        .where(
            Entry.deleted_at.is_null(),
            Person.deleted_at.is_null(),
            Entry.status.in_(v.ACTIVE_ENTRY_STATUSES),  # the few open ones lead (plan_hints)
            ((side == v.CUSTOMER) & (kind == v.PROBLEM_KINDS[v.CUSTOMER]))
            | ((side == v.STAFF) & (kind == v.PROBLEM_KINDS[v.STAFF])),
        )
    )


def problems_open_now(
    now: datetime | None = None,
    *,
    limit: int | None = PROBLEM_LIMIT,
    show_secret: bool | None = None,
) -> list[ProblemOpenNow]:
    """Open complaints and concerns: the most urgent first, then the oldest. Confidential titles
    are hidden unless ``show_secret`` (by default, the "confidential in reminders" setting)."""
    now = now or clock.now()
    if show_secret is None:
        show_secret = visibility.show_confidential_text()
    query = _problem_query(
        Entry.id,
        Entry.side,
        Entry.kind,
        Entry.title,
        Person.name,
        Entry.occurred_at,
        Entry.priority,
        Entry.status,
        Entry.first_response_at,
        Entry.confidential,
    ).order_by(Entry.priority.desc(), Entry.occurred_at, Entry.id)
    if limit:
        query = query.limit(limit)
    today = now.date()
    return [
        ProblemOpenNow(
            entry_id=entry_id,
            side=side,
            kind=kind,
            title=visibility.heading(v.PROBLEM_KINDS[side], title, bool(secret), show_secret),
            person=v.who(person),
            occurred_at=occurred,
            priority=priority,
            status=status,
            age_days=max(0, (today - occurred.date()).days),
            answered=responded is not None,
            confidential=bool(secret),
        )
        for (
            entry_id,
            side,
            kind,
            title,
            person,
            occurred,
            priority,
            status,
            responded,
            secret,
        ) in query.tuples()
    ]


def count_problems_open_now() -> int:
    return _problem_query().count()


def today_view(now: datetime | None = None) -> TodayView:
    """Everything the Today page shows, read in one go."""
    now = now or clock.now()
    today = now.date()
    pulse = month_summary(
        today.year,
        today.month,
        include_confidential=get_flag("include_confidential_in_reports"),
        today=today,
    )
    show_secret = visibility.show_confidential_text()
    followups_due = _due_followups(today, show_secret)  # all of them: few, and all are counted
    due = _most_urgent(followups_due, _due_promises(today, show_secret, DUE_SHOWN), DUE_SHOWN)
    due_count, due_late = due_counts(followups_due, today)
    return TodayView(
        day=today,
        due=due,
        problems=problems_open_now(now, show_secret=show_secret),
        problem_count=count_problems_open_now(),
        pulse=pulse,
        due_count=due_count,
        due_late=due_late,
        happy_today=happy_by_day(today, today)[0],
        happy_month=happy_of_month(today.year, today.month),
        happy_map=hour_weekday_map(today - timedelta(weeks=HAPPY_MAP_WEEKS, days=-1), today),
    )


class TodayScreen(NamedTuple):
    """What the Today page reads at each refresh: ``today_view`` and its side panels."""

    view: TodayView
    losing_touch: list  # keep_in_touch.LosingTouch, longest overdue first
    time_left: list  # targets.TimeLeft
    retention_due: int | None  # people due for deletion; None when the account may not erase


def today_screen(now: datetime | None = None) -> TodayScreen:
    """Everything the Today page and its panels show, read in one go (the window may read it on a
    thread of its own while it is being built: ui/shell/first_screen.py)."""
    now = now or clock.now()
    return TodayScreen(
        view=today_view(now),
        losing_touch=keep_in_touch.losing_touch(now),
        time_left=targets.time_left_on_problems(now),
        retention_due=retention.to_review(now) if accounts.may("retention") else None,
    )
