"""Response targets: how much of an entry's time to answer and to resolve it is used, in the
shop's opening hours, with its waits left out. Computed from the entry's times whenever asked
(reading never writes), so a change of opening hours or of a target applies to every entry.

Statistics and insights keep clock hours (``services.stats``); only targets count opening time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from peewee import JOIN

from cxjournal import clock
from cxjournal import opening_hours as oh
from cxjournal import response_targets as rt
from cxjournal import vocabulary as v
from cxjournal.i18n import tr, trn
from cxjournal.services import visibility
from cxjournal.services.settings import all_settings
from cxjournal.services.waiting import clock_stopped, waits
from cxjournal.store.models import Entry, Person
from cxjournal.store.plan_hints import not_by_index

WARN_SHARE = 0.8  # Today marks a target once this share of it is used


@dataclass(frozen=True)
class Rules:
    """The shop's hours and targets, read once for a list of entries."""

    hours: oh.OpeningHours
    zone: str
    targets: dict[str, int]  # target setting -> opening hours (0: none)

    def target_seconds(self, side: str, kind: str, stage: str) -> float:
        return self.targets.get(rt.target_key(side, kind, stage), 0) * 3600.0


def current_rules() -> Rules:
    values = all_settings()
    try:
        hours = oh.parse(values["opening_hours"], values["closed_days"])
    except oh.HoursError:  # written by another program: the defaults rather than no targets
        hours = oh.parse(oh.DEFAULT_OPENING_HOURS, oh.DEFAULT_CLOSED_DAYS)
    targets = {key: int(values[key]) for key in rt.target_settings() if values[key].isdigit()}
    return Rules(hours, clock.journal_zone_name(), targets)


@dataclass(frozen=True)
class TargetClock:
    entry_id: int
    stage: str  # response_targets.RESPONSE or RESOLUTION
    target: float  # seconds of opening time
    used: float  # seconds of opening time used so far (or until done), waits left out
    done: bool  # answered (or resolved) already
    paused: bool  # the entry waits on someone now

    @property
    def left(self) -> float:
        return self.target - self.used

    @property
    def missed(self) -> bool:
        return self.used > self.target

    @property
    def nearly_used(self) -> bool:
        return self.used >= WARN_SHARE * self.target


def _used(entry: Entry, end: datetime, rules: Rules) -> float:
    start = entry.occurred_at
    total = oh.opening_seconds(start, end, rules.hours, rules.zone)
    for first, last in waits(entry):
        a, b = max(first, start), min(last or end, end)
        total -= oh.opening_seconds(a, b, rules.hours, rules.zone)
    return max(total, 0.0)


def entry_clocks(entry: Entry, now: datetime, rules: Rules | None = None) -> list[TargetClock]:
    """The entry's targets that apply to it (first response, resolution), each with its use."""
    rules = rules or current_rules()
    done_at = {rt.RESPONSE: entry.first_response_at, rt.RESOLUTION: entry.resolved_at}
    clocks = []
    for stage in rt.STAGES:
        target = rules.target_seconds(entry.side, entry.kind, stage)
        if not target:
            continue
        end = done_at[stage] or now
        clocks.append(
            TargetClock(
                entry_id=entry.id,
                stage=stage,
                target=target,
                used=_used(entry, max(end, entry.occurred_at), rules),
                done=done_at[stage] is not None,
                paused=clock_stopped(entry),
            )
        )
    return clocks


def running_clock(entry: Entry, now: datetime, rules: Rules | None = None) -> TargetClock | None:
    """The target counting now: the first response until there is one, then the resolution."""
    pending = [c for c in entry_clocks(entry, now, rules) if not c.done]
    return pending[0] if pending else None


def missed_targets(entry: Entry, now: datetime, rules: Rules | None = None) -> list[TargetClock]:
    return [c for c in entry_clocks(entry, now, rules) if c.missed]


def overdue(entries: list[Entry], now: datetime | None = None) -> list[tuple[Entry, list]]:
    """The entries that missed a target (answered late, resolved late, or late still), with the
    targets they missed."""
    now = now or clock.now()
    rules = current_rules()
    found = [(e, missed_targets(e, now, rules)) for e in entries]
    return [(e, missed) for e, missed in found if missed]


def _hours(seconds: float) -> int:
    return max(1, round(abs(seconds) / 3600))


def left_text(target: TargetClock) -> str:
    """ "3 h left", "late by 2 h", "20 min left": the time left in opening hours, as Today and
    the command line show it."""
    if abs(target.left) < 3600:
        minutes = max(1, round(abs(target.left) / 60))
        if target.missed:
            return trn("late by %n min", "late by %n min", minutes)
        return trn("%n min left", "%n min left", minutes)
    if target.missed:
        return trn("late by %n h", "late by %n h", _hours(target.left))
    return trn("%n h left", "%n h left", _hours(target.left))


def stage_label(stage: str) -> str:
    return tr("to answer") if stage == rt.RESPONSE else tr("to resolve")


def stage_text(target: TargetClock) -> str:
    """ "to answer: 3 h left": which target, and its time left."""
    return tr("{stage}: {time}").format(stage=stage_label(target.stage), time=left_text(target))


@dataclass(frozen=True)
class TimeLeft:
    """One open complaint or concern on Today, with the time left on its running target."""

    entry_id: int
    side: str
    title: str  # its own words, or the generic heading when confidential
    person: str
    target: TargetClock

    @property
    def text(self) -> str:
        return stage_text(self.target)


def time_left_on_problems(now: datetime | None = None, limit: int = 20) -> list[TimeLeft]:
    """Open complaints and concerns with a running target, the least time left first."""
    now = now or clock.now()
    rules = current_rules()
    show_secret = visibility.show_confidential_text()
    query = (
        Entry.select(Entry, Person)
        .join(Person, JOIN.LEFT_OUTER, on=(Entry.person == Person.id))
        .where(
            Entry.deleted_at.is_null(),
            Person.deleted_at.is_null(),
            Entry.status.in_(v.ACTIVE_ENTRY_STATUSES),  # the few open ones lead (plan_hints)
            not_by_index(Entry.kind).in_(tuple(v.PROBLEM_KINDS.values())),
        )
    )
    found = []
    for entry in query:
        if entry.kind != v.PROBLEM_KINDS[entry.side]:
            continue
        running = running_clock(entry, now, rules)
        if running is None:
            continue
        title = visibility.heading(entry.kind, entry.title, entry.confidential, show_secret)
        person = v.who(entry.person.name if entry.person_id else None)
        found.append(TimeLeft(entry.id, entry.side, title, person, running))
    found.sort(key=lambda item: (item.target.paused, item.target.left, item.entry_id))
    return found[:limit]


@dataclass(frozen=True)
class WithinTarget:
    """Of a side's entries of a month that have a target: how many were answered (resolved)
    within it, out of those whose outcome is known (done, or already late)."""

    side: str
    answered: int
    answered_of: int
    resolved: int
    resolved_of: int


def month_within_target(
    entries: list[Entry], now: datetime | None = None
) -> dict[str, WithinTarget]:
    """Per side, the shares of ``entries`` (a month's) answered and resolved within target.
    An entry still within its time and not yet done is left out until it is one or the other."""
    now = now or clock.now()
    rules = current_rules()
    counts = {side: {stage: [0, 0] for stage in rt.STAGES} for side in v.SIDES}
    for entry in entries:
        for target in entry_clocks(entry, now, rules):
            if target.done or target.missed:
                tally = counts[entry.side][target.stage]
                tally[1] += 1
                tally[0] += target.done and not target.missed
    return {
        side: WithinTarget(side, *stages[rt.RESPONSE], *stages[rt.RESOLUTION])
        for side, stages in counts.items()
    }
