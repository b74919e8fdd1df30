"""Schema version 4: undo the department check-ins that earlier versions marked done by themselves.

Before version 4, every reminder check (every 30 s in the window, and every ``cxjournal due``) marked
a department's open repeating check-in follow-up done whenever the department had a check-in entry in
the last period, which created the next occurrence, which the next check marked done in turn.

The signature of such a completion: a check-in follow-up done before it was due, with no check-in
entry of its department in its period (from one cadence step before its due time up to when it was
marked done), whose successor in the series was created in the very second it was marked done. The
repair makes it open again and deletes the successors invented after it, the whole chain; a chain
that holds a follow-up a person completed (or a check-in entry answered) is left as it is.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from dateutil.relativedelta import relativedelta

from cxjournal.i18n import tr
from cxjournal.store.models import Department, Entry, FollowUp, Person, Setting

REPAIR_KEY = "repair_v4_checkins_undone"  # how many completions the upgrade undid (a Setting row)
# The cadences as earlier versions stepped them (a fixed past: this repair does not follow changes).
_STEPS = {
    "weekly": relativedelta(weeks=1),
    "fortnightly": relativedelta(weeks=2),
    "monthly": relativedelta(months=1),
    "quarterly": relativedelta(months=3),
}


def _checkin_logged(department_id: int | None, since: datetime, until: datetime) -> bool:
    if department_id is None:
        return False
    return (
        Entry.select()
        .join(Person)
        .where(
            Person.department == department_id,
            Entry.kind == "check-in",
            Entry.deleted_at.is_null(),
            Entry.occurred_at > since,
            Entry.occurred_at <= until,
        )
        .exists()
    )


def _invented_completion(row: FollowUp, successor: FollowUp | None, steps: dict) -> bool:
    """Whether ``row`` was marked done by the old check-in rule rather than by anyone."""
    if row.done_at is None or successor is None or successor.created_at != row.done_at:
        return False
    if row.due_at <= row.done_at:
        return False  # the old rule only completed early; a late one was a person's doing
    step = steps.get(row.department_id, _STEPS["monthly"])
    return not _checkin_logged(row.department_id, row.due_at - step, row.done_at)


def _repair_chain(chain: list[FollowUp], steps: dict, now: datetime) -> int:
    undone, i = 0, 0
    while i < len(chain):
        row = chain[i]
        if not _invented_completion(row, chain[i + 1] if i + 1 < len(chain) else None, steps):
            i += 1
            continue
        invented, j = [], i + 1
        while j < len(chain):
            later = chain[j]
            following = chain[j + 1] if j + 1 < len(chain) else None
            if later.done_at is not None and not _invented_completion(later, following, steps):
                invented = None  # someone acted on an occurrence after it: leave the chain alone
                break
            invented.append(later)
            j += 1
            if later.done_at is None:
                break  # the open occurrence the last invented completion made
        if invented is not None:
            FollowUp.update(done_at=None, updated_at=now).where(FollowUp.id == row.id).execute()
            ids = [later.id for later in invented]
            FollowUp.delete().where(FollowUp.id.in_(ids)).execute()
            undone += 1 + sum(1 for later in invented if later.done_at is not None)
        i = j
    return undone


def repair_checkins(now: datetime) -> int:
    """Undo the completions the old check-in rule made; returns how many it undid."""
    steps = {
        d.id: _STEPS.get(d.checkin_cadence, _STEPS["monthly"])
        for d in Department.select(Department.id, Department.checkin_cadence)
    }
    chains: dict[int, list[FollowUp]] = defaultdict(list)
    query = FollowUp.select().where(FollowUp.origin == "check-in", FollowUp.deleted_at.is_null())
    for row in query.order_by(FollowUp.due_at, FollowUp.id):
        chains[row.series or row.id].append(row)
    undone = sum(_repair_chain(chain, steps, now) for chain in chains.values())
    if undone:
        Setting.delete().where(Setting.key == REPAIR_KEY).execute()
        Setting.create(key=REPAIR_KEY, value=str(undone))
    return undone


def repaired_count() -> int:
    """How many check-in completions the upgrade to version 4 undid in this journal (0 if none)."""
    row = Setting.get_or_none(Setting.key == REPAIR_KEY)
    return int(row.value) if row is not None and row.value.isdigit() else 0


def repair_message(count: int) -> str:
    """What the repair did, in the owner's words."""
    return tr(
        "Check-in follow-ups that an earlier version had marked done by itself (no one did them), "
        "undone when this journal was upgraded: {count}. They are open again; check them on the "
        "Follow-ups page."
    ).format(count=count)
