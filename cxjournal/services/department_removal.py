"""Removing a department so that the window can take it back: what was removed (its name, its
check-in cadence, who moved out of it) is returned, and ``bring_back_department`` makes it again
and moves those people back, for Ctrl+Z. The rules of removal are ``people.delete_department``'s."""

from __future__ import annotations

from typing import NamedTuple

from cxjournal.i18n import tr
from cxjournal.services import checkins, people
from cxjournal.services.common import action, fetch
from cxjournal.store.models import Department, Person


class RemovedDepartment(NamedTuple):
    name: str
    cadence: str
    moved: list[int]  # the people who belonged to it (the trash included)
    moved_to: int | None  # the department they joined


@action
def remove_department(
    department: Department | int, *, move_to: Department | int | str | None = None
) -> RemovedDepartment:
    """``people.delete_department``, saying what it removed."""
    row = fetch(Department, department, tr("Department"), lock=True)
    members = Person.select(Person.id).where(Person.department == row.id)
    moved = sorted(p.id for p in members)
    people.delete_department(row.id, move_to=move_to)
    target = Person.get_by_id(moved[0]).department_id if moved else None
    return RemovedDepartment(row.name, row.checkin_cadence, moved, target)


@action
def bring_back_department(removed: RemovedDepartment) -> Department:
    """The department again, and the people who moved out of it back in, unless they have been
    moved elsewhere since (their later move stays)."""
    row = people.add_department(removed.name, removed.cadence)
    if removed.moved:
        Person.update(department=row.id).where(
            Person.id.in_(removed.moved), Person.department == removed.moved_to
        ).execute()
    checkins.schedule_checkin(row)  # its check-ins go on as before
    return row
