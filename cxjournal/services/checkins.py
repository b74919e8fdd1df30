"""Department check-ins: each department with a cadence and active staff has one repeating check-in
follow-up, and logging a check-in entry for one of its staff completes the occurrence it answers.

Only a person's action changes them: setting a cadence, a staff member joining the department,
logging a check-in, or completing the follow-up. Reading what is due never creates or completes one
(reminders computed every 30 seconds once marked the series done again and again).
"""

from __future__ import annotations

from datetime import datetime

from peewee import IntegrityError

from cxjournal.i18n import tr
from cxjournal.services import followups
from cxjournal.services.common import now_or
from cxjournal.services.reminders import CADENCE_STEPS, CHECKIN_ORIGIN, next_checkin_due
from cxjournal.store.models import Department, Entry, FollowUp, Person
from cxjournal.store.transactions import write_transaction


def open_checkins(department: Department | int) -> list[FollowUp]:
    """The department's check-in follow-ups not done (nor in the trash), soonest first."""
    return list(
        FollowUp.select()
        .where(
            FollowUp.department == department,
            FollowUp.origin == CHECKIN_ORIGIN,
            FollowUp.done_at.is_null(),
            FollowUp.deleted_at.is_null(),
        )
        .order_by(FollowUp.due_at, FollowUp.id)
    )


def _has_active_staff(department: Department) -> bool:
    return (
        Person.select()
        .where(
            Person.department == department,
            Person.archived == False,  # noqa: E712
            Person.deleted_at.is_null(),
        )
        .exists()
    )


def _follow_cadence(department: Department, pending: list[FollowUp], now: datetime) -> None:
    """A new cadence repeats from the occurrence already planned."""
    for item in pending:
        rule = followups.cadence_rule(department.checkin_cadence, item.due_at)
        if rule != item.rrule:
            item.rrule, item.series_start, item.updated_at = rule, item.due_at, now
            item.save()


def _add_checkin(department: Department, now: datetime) -> FollowUp | None:
    """The department's check-in, made in a savepoint: when another computer made one a moment
    ago, the index of open check-ins refuses this one and that one is used (None is returned)."""
    due = next_checkin_due(department)
    try:
        with write_transaction():  # a savepoint: losing the race leaves the transaction usable
            return followups.add_followup(
                title=tr("Check in with {department}").format(department=department.name),
                due_at=due,
                rrule=followups.cadence_rule(department.checkin_cadence, due),
                department=department,
                origin=CHECKIN_ORIGIN,
                now=now,
            )
    except IntegrityError:
        if not open_checkins(department):
            raise  # refused for another reason
        _follow_cadence(department, open_checkins(department), now)
        return None


def schedule_checkin(department: Department, now: datetime | None = None) -> FollowUp | None:
    """After a person changed a department (its cadence, its staff): make its check-in series
    follow the cadence. Returns the follow-up created, if one was. Call inside an action."""
    now = now_or(now)
    pending = open_checkins(department)
    if department.checkin_cadence not in CADENCE_STEPS:
        for item in pending:  # no more check-ins wanted: out of the way, restorable from the trash
            followups.trash_followup(item, now=now)
        return None
    if pending:
        _follow_cadence(department, pending, now)
        return None
    if not _has_active_staff(department):
        return None
    return _add_checkin(department, now)


def record_checkin(entry: Entry, now: datetime | None = None) -> FollowUp | None:
    """A check-in entry was logged: complete the open check-in occurrence of the person's department
    that it answers (logged within that occurrence's period or after it). Returns the one completed.
    Call inside the action that logs the entry."""
    if entry.kind != "check-in" or not entry.person_id:
        return None
    department_id = entry.person.department_id
    if department_id is None:
        return None
    department = Department.get_by_id(department_id)
    step = CADENCE_STEPS.get(department.checkin_cadence)
    for item in open_checkins(department):
        if step is not None and entry.occurred_at <= item.due_at - step:
            continue  # logged before this occurrence's period: it answered an earlier one
        upcoming = followups.complete_followup(item, at=entry.occurred_at, now=now)
        if upcoming is not None and upcoming.due_at <= entry.occurred_at:
            # A series left behind restarts after this check-in rather than being overdue at once.
            rule = followups.parse_rule(upcoming.rrule, upcoming.series_start or upcoming.due_at)
            later = rule.after(entry.occurred_at, inc=False)
            if later is not None:
                upcoming.due_at = later
                upcoming.save()
        return item
    return None
