"""After a complaint is resolved: asking the customer, some days later, how it went, recording
their answer (satisfaction 1-5 after resolution) and the recovery rate it gives, month by month.

Helpdesks find that a rating asked after the close is the honest one: in the heat of a complaint,
or just after the fix, people answer the moment rather than the outcome. So resolving a customer
complaint plans a follow-up ``ask_after_days`` later (a setting, 7 by default, 0: never), and
doing that follow-up records the answer on the entry.

The recovery rate of a month: among the customer complaints resolved that month whose customer
answered, those who ended satisfied (4 or 5). The counts go beside it ("3 of 4"); a month where
nobody answered has no rate and is left out, never counted as 0 %.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from cxjournal import vocabulary as v
from cxjournal.errors import ValidationError
from cxjournal.i18n import tr
from cxjournal.months import month_bounds, months_ending
from cxjournal.services import followups, settings
from cxjournal.services.common import action, fetch, now_or
from cxjournal.store.models import Entry, FollowUp

ASK_ORIGIN = "ask-after"  # the follow-up's origin: doing it asks the 1-5 answer
SETTING = "ask_after_days"  # 7 unless the owner changed it (services.settings)
SATISFIED = 4  # 4 or 5 out of 5: the customer ended satisfied


def asked_after(entry: Entry) -> bool:
    """Whether resolving ``entry`` may plan "ask how it went": a customer complaint."""
    return entry.side == v.CUSTOMER and entry.kind == "complaint"


def default_days() -> int:
    """The setting's days (0: off)."""
    return settings.get_number(SETTING)


def parse_days(text: str | int | None) -> int | None:
    """``7d``, ``7``, ``off`` or ``0`` as days (0: do not ask); None for "the setting's"."""
    if text is None or text == "":
        return None
    if isinstance(text, int) and not isinstance(text, bool):
        days = text
    else:
        raw = str(text).strip().lower()
        if raw in ("off", "no", "non", "never"):
            return 0
        raw = raw.removesuffix("d").removesuffix("j").strip()
        days = int(raw) if raw.isdigit() else -1
    if not 0 <= days <= 365:
        raise ValidationError(
            tr(
                "Ask after a number of days from 0 to 365 (such as 7d), or off; not “{text}”."
            ).format(text=text),
            field="ask_after",
        )
    return days


def plan_ask_after(entry: Entry, days: int | None, resolved_at: datetime) -> FollowUp | None:
    """Inside the resolving transaction: the "ask how it went" follow-up, ``days`` after the
    resolution (None: the setting's days), or None when it is off or the entry is no complaint."""
    days = default_days() if days is None else days
    if not days or not asked_after(entry):
        return None
    return followups.add_followup(
        title=tr("Ask how it went: {title}").format(title=entry.title)[:200],
        due_at=(resolved_at + timedelta(days=days)).date(),
        person=entry.person_id,
        entry=entry.id,
        origin=ASK_ORIGIN,
        now=resolved_at,
    )


def check_score(value: int | str) -> int:
    try:
        score = int(str(value).strip())
    except ValueError:
        score = 0
    if isinstance(value, bool | float) or not 1 <= score <= 5:
        raise ValidationError(
            tr("Satisfaction must be a whole number from 1 to 5, not “{value}”.").format(
                value=value
            ),
            field="satisfaction_after",
        )
    return score


@action
def record_satisfaction_after(
    entry: Entry | int, score: int | str, *, now: datetime | None = None
) -> Entry:
    """The customer's answer to "how did it go?" on a resolved entry; the open "ask how it went"
    follow-ups of that entry are done with it."""
    row = fetch(Entry, entry, tr("Entry"), lock=True)
    if row.status in v.ACTIVE_ENTRY_STATUSES:
        raise ValidationError(tr("Satisfaction after resolution needs a resolved entry."))
    stamp = now_or(now)
    row.satisfaction_after = check_score(score)
    row.updated_at = stamp
    row.save(only=row.dirty_fields)
    asks = FollowUp.select(FollowUp.id).where(
        FollowUp.entry == row.id,
        FollowUp.origin == ASK_ORIGIN,
        FollowUp.done_at.is_null(),
        FollowUp.deleted_at.is_null(),
    )
    for ask in asks:
        followups.complete_followup(ask.id, now=stamp)
    return row


@dataclass(frozen=True)
class RecoveryFigures:
    """One month: complaints resolved, how many customers answered afterwards, how many of
    those ended satisfied (4 or 5)."""

    year: int
    month: int
    resolved: int
    answered: int
    satisfied: int

    @property
    def rate(self) -> float | None:
        return self.satisfied / self.answered if self.answered else None

    def to_dict(self) -> dict:
        return {
            "month": f"{self.year:04d}-{self.month:02d}",
            "resolved": self.resolved,
            "answered": self.answered,
            "satisfied": self.satisfied,
            "rate": None if self.rate is None else round(self.rate, 3),
        }


def recovery_by_month(
    until: tuple[int, int], months: int = 12, *, include_confidential: bool = False
) -> list[RecoveryFigures]:
    """The recovery rate of each of the ``months`` months ending with ``until``, oldest first,
    only months where at least one customer answered (read-only)."""
    span = months_ending(*until, months)
    start, end = month_bounds(*span[0])[0], month_bounds(*span[-1])[1]
    query = Entry.select(Entry.resolved_at, Entry.satisfaction_after).where(
        Entry.side == v.CUSTOMER,
        Entry.kind == "complaint",
        Entry.status == v.RESOLVED,
        Entry.deleted_at.is_null(),
        Entry.resolved_at >= start,
        Entry.resolved_at < end,
    )
    if not include_confidential:
        query = query.where(Entry.confidential == False)  # noqa: E712
    # Grouped here rather than in SQL: the same on both engines, and a year holds few complaints.
    tally: dict[tuple[int, int], list[int]] = {key: [0, 0, 0] for key in span}
    for resolved_at, after in query.tuples():
        counts = tally[(resolved_at.year, resolved_at.month)]
        counts[0] += 1
        if after is not None:
            counts[1] += 1
            counts[2] += after >= SATISFIED
    return [
        RecoveryFigures(year, month, *counts)
        for (year, month), counts in tally.items()
        if counts[1]
    ]


def ask_due_on(entry: Entry) -> date | None:
    """When the open "ask how it went" of ``entry`` is due, if one is planned."""
    ask = (
        FollowUp.select(FollowUp.due_at)
        .where(
            FollowUp.entry == entry.id,
            FollowUp.origin == ASK_ORIGIN,
            FollowUp.done_at.is_null(),
            FollowUp.deleted_at.is_null(),
        )
        .first()
    )
    return ask.due_at.date() if ask else None
