"""Journal entries: logging feedback and concerns, responding, resolving, reopening, tags, trash."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import datetime

from cxjournal import vocabulary as v
from cxjournal.errors import PermissionDeniedError, ValidationError
from cxjournal.i18n import tr
from cxjournal.names import name_key
from cxjournal.services import aftercare, checkins, edits, gestures, waiting
from cxjournal.services import validation as check
from cxjournal.services.common import (
    Fresh,
    action,
    fetch,
    move_to_trash,
    now_or,
    restore_from_trash,
)
from cxjournal.store import answered, contact_dates, search
from cxjournal.store.collation import by_name
from cxjournal.store.models import Entry, EntryTag, Person, Response, Tag
from cxjournal.store.tag_rows import ensure_tags

ENTRY_FIELDS = (
    "kind",
    "channel",
    "occurred_at",
    "title",
    "details",
    "satisfaction",
    "priority",
    "confidential",
    "tags",
    "person",
)


def check_satisfaction(value: int | str | None) -> int | None:
    if value is None or value == "":
        return None
    try:
        score = int(str(value).strip())  # "4" and 4 pass; 2.5, "x" and True do not
    except (TypeError, ValueError):
        score = 0
    if isinstance(value, bool | float):
        score = 0
    if not 1 <= score <= 5:
        raise ValidationError(
            tr("Satisfaction must be a whole number from 1 to 5, not “{value}”.").format(
                value=value
            ),
            field="satisfaction",
        )
    return score


def check_priority(value: int | str | None) -> int:
    if value is None or value == "":
        return v.PRIORITY_BY_NAME["normal"]
    if isinstance(value, int) and value in v.PRIORITIES:
        return value
    name = check.one_of(str(value), tuple(v.PRIORITY_BY_NAME), tr("priority"))
    return v.PRIORITY_BY_NAME[name]


def tag_key(name: str) -> str:
    """What makes two tag names the same tag: case and accents ignored, as search ignores them
    ("Été" and "ete" are one tag, whichever was typed first keeps its spelling)."""
    return name_key(name)


def clean_tag(raw: str) -> str:
    return check.clean_line(raw.lstrip("#"), tr("Tag"), max_len=50)


def clean_tags(tags: Iterable[str] | str | None) -> list[str]:
    """Tag names as typed, trimmed, without duplicates (case and accents ignored); "a, b" is two
    tags."""
    if tags is None:
        return []
    if isinstance(tags, str):
        return list(_clean_tag_cell(tags))
    seen: dict[str, str] = {}
    for raw in tags:
        name = clean_tag(raw)
        if name and tag_key(name) not in seen:
            seen[tag_key(name)] = name
    return list(seen.values())


@functools.lru_cache(maxsize=1024)
def _clean_tag_cell(text: str) -> tuple[str, ...]:
    """``clean_tags`` of "a, b": a history repeats the same few cells on thousands of rows."""
    return tuple(clean_tags(text.split(",")))


def tags_by_key() -> dict[str, Tag]:
    """Every tag by ``tag_key`` (its stored ``key``); a journal holds tens or hundreds of tags."""
    return {tag.key: tag for tag in Tag.select().order_by(Tag.id)}


def tags_named(names: list[str]) -> list[Tag]:
    """The tags called ``names`` (case and accents aside), made when missing. A tag is inserted
    unless its key is there (``ON CONFLICT DO NOTHING``) and then read, so that the same new tag
    typed on two computers at once is one tag carried by both entries."""
    keys = [tag_key(name) for name in names]
    ids = ensure_tags(dict(zip(keys, names, strict=True)))
    return [Tag(id=ids[key], name=name, key=key) for key, name in zip(keys, names, strict=True)]


def _set_tags(entry: Entry, names: list[str]) -> None:
    """Only the tags taken off are deleted and only those put on added: the history of changes
    then says what really changed."""
    wanted = {tag.id: tag for tag in tags_named(names)}
    had = {row.tag_id for row in EntryTag.select(EntryTag.tag).where(EntryTag.entry == entry)}
    gone = had - wanted.keys()
    if gone:
        EntryTag.delete().where(EntryTag.entry == entry, EntryTag.tag.in_(list(gone))).execute()
    for tag_id, tag in wanted.items():
        if tag_id not in had:
            EntryTag.create(entry=entry, tag=tag)


def list_tags() -> list[str]:
    """Every tag used on an entry, alphabetically (for filters and completion)."""
    return [t.name for t in Tag.select(Tag.name).order_by(by_name(Tag.name))]


def entry_tags(entry: Entry | int) -> list[str]:
    entry_id = entry.id if isinstance(entry, Entry) else entry
    return [t.name for t in tags_query(entry_id)]


def tags_query(entry_id: int):
    """The names of an entry's tags, in name order (``entry_tags``, the detail pane)."""
    return (
        Tag.select(Tag.name)
        .join(EntryTag)
        .where(EntryTag.entry == entry_id)
        .order_by(by_name(Tag.name))
    )


def _person_and_side(
    person: Person | int | Fresh[Person] | None, side: str | None
) -> tuple[Person | None, str]:
    if person is None or person == "":
        if not side:
            raise ValidationError(
                tr("Say who this is about, or whether it comes from a customer or staff.")
            )
        return None, check.one_of(side, v.SIDES, tr("side"))
    row = fetch(Person, person, tr("Person"))
    if side and check.one_of(side, v.SIDES, tr("side")) != row.side:
        raise ValidationError(
            tr("{name} is a {side}.").format(name=row.name, side=v.label(row.side).lower())
        )
    return row, row.side


def _check_kind(kind: str, side: str) -> str:
    allowed = v.KINDS_BY_SIDE[side]
    code = (kind or "").strip().lower()
    if code not in allowed:
        raise ValidationError(
            tr("“{kind}” is not a kind of {side} entry; choose one of: {choices}.").format(
                kind=kind, side=v.label(side).lower(), choices=", ".join(allowed)
            ),
            field="kind",
        )
    return code


@action
def log_entry(
    *,
    kind: str,
    title: str,
    person: Person | int | Fresh[Person] | None = None,
    side: str | None = None,
    details: str = "",
    channel: str = "in-person",
    occurred_at: datetime | str | None = None,
    satisfaction: int | str | None = None,
    priority: int | str | None = None,
    tags: Iterable[str] | str | None = None,
    confidential: bool = False,
    message_id: str = "",
    now: datetime | None = None,
) -> Entry:
    """Record one interaction: a complaint, praise, a staff concern, a check-in... ``message_id``:
    the e-mail it was logged from (io.email_import)."""
    stamp = now_or(now)
    who, side = _person_and_side(person, side)
    occurred = check.happened(occurred_at, tr("When"), stamp) or stamp
    entry = Entry.create(
        person=who,
        side=side,
        kind=_check_kind(kind, side),
        channel=check.one_of(channel or "in-person", v.CHANNELS, tr("channel")),
        occurred_at=occurred,
        title=check.clean_line(title, tr("Title"), required=True),
        details=check.clean_text(details, tr("Details")),
        satisfaction=check_satisfaction(satisfaction),
        priority=check_priority(priority),
        confidential=bool(confidential),
        message_id=message_id,
        created_at=stamp,
        updated_at=stamp,
    )
    _set_tags(entry, clean_tags(tags))
    search.reindex_entries([entry.id])
    checkins.record_checkin(entry, stamp)
    contact_dates.bump(entry.person_id, occurred, own=entry.kind not in contact_dates.SHOP_KINDS)
    return entry


def _entry_values(row: Entry, changes: dict, now: datetime | None) -> dict:
    """``changes`` checked and cleaned into column values (tags apart)."""
    values: dict = {}
    if "person" in changes:
        who, side = _person_and_side(changes["person"], None if changes["person"] else row.side)
        if side != row.side:
            raise ValidationError(tr("An entry cannot move between customers and staff."))
        values["person"] = who
    if "kind" in changes:
        values["kind"] = _check_kind(changes["kind"], row.side)
    if "channel" in changes:
        values["channel"] = check.one_of(changes["channel"], v.CHANNELS, tr("channel"))
    if "occurred_at" in changes:
        values["occurred_at"] = (
            check.happened(changes["occurred_at"], tr("When"), now_or(now)) or row.occurred_at
        )
    if "title" in changes:
        values["title"] = check.clean_line(changes["title"], tr("Title"), required=True)
    if "details" in changes:
        values["details"] = check.clean_text(changes["details"], tr("Details"))
    if "satisfaction" in changes:
        values["satisfaction"] = check_satisfaction(changes["satisfaction"])
    if "priority" in changes:
        values["priority"] = check_priority(changes["priority"])
    if "confidential" in changes:
        values["confidential"] = bool(changes["confidential"])
    return values


def entry_values(row: Entry, names) -> dict:
    """What ``row`` holds now for the editable fields ``names`` (tags as a list of names)."""
    return {
        name: entry_tags(row) if name == "tags" else getattr(row, name)
        for name in names
        if name in ENTRY_FIELDS
    }


@action
def edit_entry(
    entry: Entry | int, *, base: dict | None = None, now: datetime | None = None, **changes
) -> Entry:
    """Change what was recorded; the kind must still suit the side of the person. Only the fields
    that change are written. ``base``: the values the editor started from, for the fields they
    change; if someone else changed one of those meanwhile, ``EditConflict`` and nothing written."""
    unknown = set(changes) - set(ENTRY_FIELDS)
    if unknown:
        raise ValidationError(
            tr("Unknown detail: {names}.").format(names=", ".join(sorted(unknown)))
        )
    row = fetch(Entry, entry, tr("Entry"), lock=True)
    edits.check_base(entry_values(row, base or ()), base, changes, fields=ENTRY_FIELDS)
    was_about = row.person_id
    was_checkin = row.kind == "check-in"
    stamp = now_or(now)
    written = edits.save_changed(row, _entry_values(row, changes, now), stamp)
    if "tags" in changes:
        tags = clean_tags(changes["tags"])
        if sorted(map(tag_key, tags)) != sorted(map(tag_key, entry_tags(row))):
            _set_tags(row, tags)
            written.append("tags")
            if len(written) == 1:  # only the tags: the entry itself still says when it changed
                Entry.update(updated_at=stamp).where(Entry.id == row.id).execute()
                row.updated_at = stamp
    if written:
        search.reindex_entries([row.id])
    if row.kind == "check-in" and not was_checkin:  # corrected into a check-in: it answers one
        checkins.record_checkin(row, row.updated_at)
    contact_dates.recompute([was_about, row.person_id])  # moved: both people's dates
    return row


@action
def respond(
    entry: Entry | int,
    text: str,
    *,
    at: datetime | str | None = None,
    message_id: str = "",
    now: datetime | None = None,
) -> Response:
    """Record an answer given to the person; the first one sets the time to first response.
    ``message_id``: the e-mail the shop sent it in (io.email_import)."""
    try:
        row, editable = fetch(Entry, entry, tr("Entry"), lock=True), True
    except PermissionDeniedError:  # a counter answering an entry someone else recorded
        row, editable = fetch(Entry, entry, tr("Entry")), False
    when = check.happened(at, tr("When"), now_or(now)) or now_or(now)
    if when < row.occurred_at:
        raise ValidationError(tr("A response cannot come before the entry it answers."), field="at")
    answer = Response.create(
        entry=row,
        at=when,
        text=check.clean_text(text, tr("Response"), required=True),
        message_id=message_id,
    )
    if not editable:  # the server marks it answered, and changes nothing else of it
        answered.note_answer(row.id, when, now_or(now))
    else:
        if row.first_response_at is None or when < row.first_response_at:
            row.first_response_at = when
        if row.status == v.OPEN:
            row.status = v.IN_PROGRESS
        row.updated_at = now_or(now)
        row.save(only=row.dirty_fields)  # what this action changed: others' changes stay
    contact_dates.bump(row.person_id, when)
    search.reindex_entries([row.id])  # its words find the entry
    return answer


@action
def resolve_entry(
    entry: Entry | int,
    resolution: str = "",
    *,
    without_action: bool = False,
    ask_after_days: int | str | None = None,
    amount: str | int | None = None,
    at: datetime | str | None = None,
    now: datetime | None = None,
) -> Entry:
    """Mark an entry resolved (or closed without action); resolving also counts as a response.
    Resolving a customer complaint plans "ask how it went" ``ask_after_days`` later (None: the
    setting's days; 0 or "off": not asked; see ``aftercare``). ``amount`` is what the resolution
    cost, as typed ("12,50"; see ``gestures.read_amount``)."""
    days = aftercare.parse_days(ask_after_days)
    cost = gestures.read_amount(amount)
    row = fetch(Entry, entry, tr("Entry"), lock=True)
    if row.status not in v.ACTIVE_ENTRY_STATUSES:
        raise ValidationError(
            tr("This entry is already resolved or closed without action; reopen it first.")
        )
    when = check.happened(at, tr("When"), now_or(now)) or now_or(now)
    if when < row.occurred_at:
        raise ValidationError(tr("An entry cannot be resolved before it happened."), field="at")
    if row.status == v.WAITING:
        waiting.end_wait(row, when)
    row.status = v.CLOSED if without_action else v.RESOLVED
    row.resolved_at = when
    row.resolution = check.clean_text(resolution, tr("Resolution"))
    row.resolution_amount = cost
    if row.first_response_at is None:
        row.first_response_at = when
    row.updated_at = now_or(now)
    row.save(only=row.dirty_fields)  # what this action changed: others' changes stay
    search.reindex_entries([row.id])
    contact_dates.bump(row.person_id, when)
    if not without_action:
        aftercare.plan_ask_after(row, days, when)
    return row


@action
def reopen_entry(entry: Entry | int, *, now: datetime | None = None) -> Entry:
    row = fetch(Entry, entry, tr("Entry"), lock=True)
    if row.status in v.ACTIVE_ENTRY_STATUSES:
        raise ValidationError(tr("This entry is already open."))
    row.status = v.IN_PROGRESS if row.first_response_at else v.OPEN
    row.resolved_at = None
    row.updated_at = now_or(now)
    row.save(only=row.dirty_fields)  # what this action changed: others' changes stay
    contact_dates.recompute([row.person_id])
    return row


@action
def trash_entry(entry: Entry | int, *, now: datetime | None = None) -> Entry:
    """Move an entry to the trash (it leaves lists, search and statistics until restored)."""
    row = move_to_trash(Entry, entry, tr("Entry"), now)
    search.reindex_entries([row.id])
    contact_dates.recompute([row.person_id])
    return row


@action
def restore_entry(entry: Entry | int) -> Entry:
    row = restore_from_trash(Entry, entry, tr("Entry"))
    search.reindex_entries([row.id])
    contact_dates.recompute([row.person_id])
    return row


def get_entry(entry: Entry | int) -> Entry:
    return fetch(Entry, entry, tr("Entry"))


def responses(entry: Entry | int) -> list[Response]:
    row = fetch(Entry, entry, tr("Entry"))
    return list(responses_query(row.id))


def responses_query(entry_id: int):
    """An entry's responses, oldest first (``responses``, the detail pane)."""
    return Response.select().where(Response.entry == entry_id).order_by(Response.at)
