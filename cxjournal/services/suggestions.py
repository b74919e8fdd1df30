"""The staff's anonymous suggestion box: a suggestion dropped in (the staff kiosk's "Leave a
suggestion", ``cxjournal suggest``), and filing the box into the journal once a day is over.

A suggestion keeps no person, no account and no time finer than its day, as a pulse answer does
(``store.models.Suggestion``). It does not become an entry at once: an entry's id comes from a
sequence and its arrival is logged with its id and the moment, so an entry made at 10:12 sits
between the entries recorded at 10:05 and 10:20 for anyone who lists them, and its log row says
10:12. The box is filed instead when its day is over, every suggestion of a past day together, in
no particular order (``file_waiting``): the journal learns the day and nothing finer. Filing needs
an account that reads staff entries (an owner or a manager; a file's one user): the window's
reminder check and ``cxjournal due`` file the box as they pass.
"""

from __future__ import annotations

import random
from datetime import date, datetime

from cxjournal import vocabulary as v
from cxjournal.i18n import tr
from cxjournal.services import accounts
from cxjournal.services import validation as check
from cxjournal.services.common import action, now_or
from cxjournal.store import search
from cxjournal.store.bulk import insert_rows
from cxjournal.store.models import Entry, Suggestion, insert_unread

MAX_TEXT = 2000
TITLE_LEN = 80
_ENTRY_COLUMNS = (
    "person",
    "side",
    "kind",
    "channel",
    "occurred_at",
    "title",
    "details",
    "created_at",
    "updated_at",
    "made_by",
)


@action
def suggest(text: str, *, now: datetime | None = None) -> None:
    """Drop one suggestion in the box, dated by its day only. Nothing is read back and nothing
    returned: a kiosk's account may add it and read nothing, and no caller keeps which one it
    was."""
    body = check.clean_text(text, tr("Suggestion"), required=True, max_len=MAX_TEXT)
    insert_unread(Suggestion, day=now_or(now).date(), text=body)


def _title(body: str) -> str:
    title = " ".join(body.split())
    return title if len(title) <= TITLE_LEN else title[: TITLE_LEN - 1] + "…"


def _entry_row(day: date, body: str) -> tuple:
    midnight = datetime.combine(day, datetime.min.time())
    # made_by given as None: nobody recorded it (on a server the column's default would name the
    # account that files the box, which did not write it)
    return (None, v.STAFF, "idea", "other", midnight, _title(body), body, midnight, midnight, None)


@action
def file_waiting(now: datetime | None = None) -> int:
    """File every suggestion of a day before today into the journal as a staff idea with no
    person, no account and its day at midnight, in random order, and empty those days from the
    box. Returns how many were filed (0 for an account that may not see staff entries: the box
    waits for one that may)."""
    if not accounts.may("staff"):
        return 0
    today = now_or(now).date()
    waiting = list(
        Suggestion.select(Suggestion.id, Suggestion.day, Suggestion.text)
        .where(Suggestion.day < today)
        .tuples()
    )
    if not waiting:
        return 0
    random.SystemRandom().shuffle(waiting)  # the order they were written in is not kept
    ids = insert_rows(
        Entry, _ENTRY_COLUMNS, [_entry_row(day, body) for _, day, body in waiting], ids=True
    )
    search.reindex_entries(ids)
    for start in range(0, len(waiting), 500):
        part = [row_id for row_id, _, _ in waiting[start : start + 500]]
        Suggestion.delete().where(Suggestion.id.in_(part)).execute()
    return len(waiting)
