"""Calendar export: open follow-ups and promise due dates as an iCalendar (RFC 5545) file.

UIDs are stable (``followup-<series>@cxjournal``, ``promise-<id>@cxjournal``), so a calendar that
imports the file again updates its events instead of adding copies; a repeating follow-up is one event
with an RRULE starting at the series' current occurrence. Times are "floating" local times, like the
journal's own, so 9:00 stays 9:00 across daylight-saving changes. Confidential text is left out unless
the owner asks for it. Its words follow the journal's language setting, as reports do.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event, vRecur

from cxjournal import __version__
from cxjournal.catalog import resolve_language, translator_for
from cxjournal.errors import ValidationError
from cxjournal.files import write_private_bytes
from cxjournal.i18n import speaking, tr
from cxjournal.services import followups, visibility
from cxjournal.services.common import now_or
from cxjournal.services.promises import list_promises
from cxjournal.services.settings import get_setting
from cxjournal.store.models import FollowUp, Person, Promise
from cxjournal.store.transactions import read_transaction

PRODID = f"-//CX Journal//CX Journal {__version__}//EN"
UID_DOMAIN = "cxjournal"
FOLLOWUP_LENGTH = timedelta(minutes=15)
SUMMARY_MAX = 120
_SEQUENCE_EPOCH = datetime(2020, 1, 1)


def followup_uid(item: FollowUp) -> str:
    return f"followup-{followups.series_id(item)}@{UID_DOMAIN}"


def promise_uid(promise: Promise) -> str:
    return f"promise-{promise.id}@{UID_DOMAIN}"


def _utc(local: datetime) -> datetime:
    """A naive local time as UTC (DTSTAMP and LAST-MODIFIED must be UTC)."""
    return local.astimezone(UTC)


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= SUMMARY_MAX else line[: SUMMARY_MAX - 1].rstrip() + "…"


def _with_person(text: str, person: Person | None) -> str:
    return f"{text} — {person.name}" if person is not None else text


def _stamp(event: Event, updated_at: datetime, now: datetime) -> None:
    event.add("dtstamp", _utc(now))
    event.add("last-modified", _utc(updated_at))
    # Calendars that compare versions take the higher SEQUENCE as the newer event.
    event.add("sequence", max(0, int((updated_at - _SEQUENCE_EPOCH).total_seconds() // 60)))


def series_rule(item: FollowUp) -> vRecur | None:
    """The follow-up's RRULE for a calendar whose DTSTART is the current occurrence.

    A COUNT counts from the series' first occurrence, so it becomes the UNTIL of the last one.
    """
    if not item.rrule:
        return None
    recur = vRecur.from_ical(item.rrule)
    if "COUNT" in recur:
        rule = followups.parse_rule(item.rrule, item.series_start or item.due_at)
        last = list(rule)[-1]
        del recur["COUNT"]
        recur["UNTIL"] = [last]
    return recur


def followup_event(item: FollowUp, now: datetime, *, hide_text: bool) -> Event:
    event = Event()
    event.add("uid", followup_uid(item))
    person = followups.followup_person(item)
    title = tr("Confidential follow-up") if hide_text else _short(item.title)
    event.add("summary", _with_person(title, person))
    recur = series_rule(item)
    # A repeating series starts at its current occurrence (on the rule); a one-off at its snooze.
    start = item.due_at if recur is not None else followups.effective_due(item)
    event.add("dtstart", start)
    event.add("duration", FOLLOWUP_LENGTH)
    if recur is not None:
        event.add("rrule", recur)
    if item.notes and not hide_text:
        event.add("description", item.notes)
    event.add("categories", [tr("Follow-up")])
    _stamp(event, item.updated_at, now)
    return event


def promise_event(promise: Promise, now: datetime, *, hide_text: bool) -> Event:
    event = Event()
    event.add("uid", promise_uid(promise))
    what = tr("confidential") if hide_text else _short(promise.what)
    event.add(
        "summary", tr("Promise to {person}: {what}").format(person=promise.person.name, what=what)
    )
    event.add("dtstart", promise.due_date)  # a whole day
    event.add("dtend", promise.due_date + timedelta(days=1))
    if not hide_text:
        details = promise.what if not promise.note else f"{promise.what}\n\n{promise.note}"
        event.add("description", details)
    event.add("transp", "TRANSPARENT")  # a due date does not make the owner busy all day
    event.add("categories", [tr("Promise")])
    _stamp(event, promise.updated_at, now)
    return event


def open_followups() -> list[FollowUp]:
    """Open follow-ups not about a person or entry in the trash, one per series (its earliest open
    occurrence)."""
    seen: set[int] = set()
    chosen = []
    for item in followups.list_followups(state="open"):
        if visibility.about_trashed(item) or followups.series_id(item) in seen:
            continue
        seen.add(followups.series_id(item))
        chosen.append(item)
    return chosen


def build_calendar(now: datetime | None = None, *, include_confidential: bool = False) -> Calendar:
    """A calendar of open follow-ups and open promises' due dates."""
    now = now_or(now)
    confidential = visibility.confidential_ids()
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    name = get_setting("business_name")
    calendar.add("x-wr-calname", f"CX Journal — {name}" if name else "CX Journal")
    for item in open_followups():
        hidden = confidential.followup(item)
        calendar.add_component(
            followup_event(item, now, hide_text=hidden and not include_confidential)
        )
    for promise in list_promises(status="active"):
        hidden = confidential.promise(promise.id)
        calendar.add_component(
            promise_event(promise, now, hide_text=hidden and not include_confidential)
        )
    return calendar


def export_ics(
    path: str | os.PathLike[str],
    *,
    now: datetime | None = None,
    include_confidential: bool = False,
) -> int:
    """Write the calendar to ``path`` (replacing it whole, never half-written); returns the event count."""
    # The calendar speaks the journal's language, as reports do, whoever runs the export.
    with read_transaction(), speaking(translator_for(resolve_language(get_setting("language")))):
        calendar = build_calendar(now, include_confidential=include_confidential)
    target = Path(path).expanduser()
    try:
        write_private_bytes(target, calendar.to_ical(), make_folders=False)
    except OSError as exc:
        raise ValidationError(
            tr("Cannot write the calendar to {path}: {reason}").format(
                path=target, reason=exc.strerror or exc
            )
        ) from exc
    return len(calendar.walk("VEVENT"))
