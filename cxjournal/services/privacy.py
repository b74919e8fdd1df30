"""A person's own data: everything the journal holds about them as one JSON file (a data-access
request: their confidential entries included, with a note that others' names in them may need to be
removed before it is sent), and erasing them with their whole history (the right to erasure) — for
good, search index included."""

from __future__ import annotations

import json
from pathlib import Path

from cxjournal.files import write_private
from cxjournal.i18n import tr
from cxjournal.io.json_export import _plain
from cxjournal.services.common import action, fetch
from cxjournal.services.entries import entry_tags
from cxjournal.store.models import Entry, FollowUp, Person, Promise, Response
from cxjournal.store.search import reindex_entries


def _whom(person: Person | int) -> Person:
    return fetch(Person, person, tr("Person"), include_deleted=True)  # the trash too


def _dict(row) -> dict:
    return {k: _plain(v) for k, v in row.__data__.items()}


def person_data(person: Person | int) -> dict:
    who = _whom(person)
    items = Entry.select().where(Entry.person == who).order_by(Entry.occurred_at)
    return {
        "note": tr(
            "Everything this journal holds about this person, confidential entries included. "
            "Those entries may name other people: remove their names before you send this file.",
            "export",
        ),
        "person": _dict(who),
        "department": who.department.name if who.department_id else None,
        "entries": [
            dict(
                _dict(e),
                tags=entry_tags(e),
                responses=[_dict(r) for r in Response.select().where(Response.entry == e)],
            )
            for e in items
        ],
        "promises": [_dict(p) for p in Promise.select().where(Promise.person == who)],
        "followups": [_dict(f) for f in FollowUp.select().where(FollowUp.person == who)],
    }


def export_person(person: Person | int, path: str | Path) -> Path:
    data = person_data(person)
    return write_private(Path(path), lambda h: json.dump(data, h, ensure_ascii=False, indent=1))


@action
def erase_person(person: Person | int) -> int:
    """Delete the person and all their entries, responses, promises and follow-ups for good.
    Returns how many entries went with them."""
    who = _whom(person)
    ids = [e.id for e in Entry.select(Entry.id).where(Entry.person == who)]
    who.delete_instance()  # foreign keys cascade to their history
    reindex_entries(ids)
    return len(ids)
