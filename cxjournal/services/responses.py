"""A response already recorded on an entry, corrected or deleted (issue 23: every record editable).

What depends on an entry's responses follows: its first-response time (and so the time to first
response and the response targets in the statistics), its status when its only answer goes, the
search index (responses' words find the entry), and the people's contact dates. An edit names what
the editor started from (``base``), as every edit does (``services.edits``): an answer someone
else corrected meanwhile is an ``EditConflict``, never overwritten. A deletion is final in the
database (a response has no trash); the window undoes it by recording the same answer again
(``restore_response``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cxjournal import vocabulary as v
from cxjournal.errors import ValidationError
from cxjournal.i18n import tr
from cxjournal.services import edits, entries
from cxjournal.services import validation as check
from cxjournal.services.common import action, fetch, now_or
from cxjournal.store import contact_dates, search
from cxjournal.store.models import Entry, Response

RESPONSE_FIELDS = ("text", "at")


@dataclass(frozen=True)
class DeletedResponse:
    """What a deleted response held, enough to record it again."""

    entry_id: int
    text: str
    at: datetime
    message_id: str


def get_response(response: Response | int) -> Response:
    return fetch(Response, response, tr("Response"))


def response_values(row: Response, names=RESPONSE_FIELDS) -> dict:
    """What ``row`` holds now for the editable fields ``names``."""
    return {name: getattr(row, name) for name in names if name in RESPONSE_FIELDS}


def _locked(response: Response | int) -> tuple[Response, Entry]:
    """The response and its entry, both locked (the entry first, as ``entries.respond`` does)."""
    seen = fetch(Response, response, tr("Response"))
    entry = fetch(Entry, seen.entry_id, tr("Entry"), lock=True)
    return fetch(Response, seen.id, tr("Response"), lock=True), entry


def _refresh_entry(entry: Entry, stamp: datetime) -> None:
    """The entry's first-response time and status after one of its answers changed or went: the
    earliest answer left, or its resolution (resolving counts as a response)."""
    times = [r.at for r in Response.select(Response.at).where(Response.entry == entry.id)]
    if entry.resolved_at is not None:
        times.append(entry.resolved_at)
    entry.first_response_at = min(times) if times else None
    if entry.first_response_at is None and entry.status == v.IN_PROGRESS:
        entry.status = v.OPEN  # its only answer taken back: it waits for one again
    if entry.dirty_fields:
        entry.updated_at = stamp
        entry.save(only=entry.dirty_fields)  # what this action changed: others' changes stay
    search.reindex_entries([entry.id])
    contact_dates.recompute([entry.person_id])


@action
def edit_response(
    response: Response | int,
    *,
    base: dict | None = None,
    now: datetime | None = None,
    **changes,
) -> Response:
    """Correct what was answered (``text``) or when (``at``). ``base``: the values the editor
    started from; if someone else changed one of those meanwhile, ``EditConflict``."""
    unknown = set(changes) - set(RESPONSE_FIELDS)
    if unknown:
        raise ValidationError(
            tr("Unknown detail: {names}.").format(names=", ".join(sorted(unknown)))
        )
    row, entry = _locked(response)
    edits.check_base(response_values(row, base or ()), base, changes, fields=RESPONSE_FIELDS)
    stamp = now_or(now)
    written = []
    if "text" in changes:
        text = check.clean_text(changes["text"], tr("Response"), required=True)
        if text != row.text:
            row.text = text
            written.append(Response.text)
    if "at" in changes and changes["at"] not in (None, ""):
        when = check.happened(changes["at"], tr("When"), stamp)
        if when < entry.occurred_at:
            raise ValidationError(
                tr("A response cannot come before the entry it answers."), field="at"
            )
        if when != row.at:
            row.at = when
            written.append(Response.at)
    if written:
        row.save(only=written)
        _refresh_entry(entry, stamp)
    return row


@action
def delete_response(
    response: Response | int, *, base: dict | None = None, now: datetime | None = None
) -> DeletedResponse:
    """Delete a response; what it held is returned (to record it again on undo). ``base``: what
    the deleter last read (a redo in the window): corrected meanwhile, ``EditConflict``."""
    row, entry = _locked(response)
    edits.check_base(response_values(row, base or ()), base, {}, fields=RESPONSE_FIELDS)
    gone = DeletedResponse(entry.id, row.text, row.at, row.message_id or "")
    Response.delete().where(Response.id == row.id).execute()
    _refresh_entry(entry, now_or(now))
    return gone


@action
def restore_response(gone: DeletedResponse, *, now: datetime | None = None) -> Response:
    """Record again a response deleted earlier (undo), with its time and its e-mail's id."""
    return entries.respond(
        gone.entry_id, gone.text, at=gone.at, message_id=gone.message_id, now=now
    )
