"""A person's own data: everything the journal holds about them as one JSON file (a data-access
request: their confidential entries included, with a note that others' names in them may need to be
removed before it is sent), and erasing them with their whole history (the right to erasure) — for
good: search index, tags only they had, free pages and the -wal included, so that nothing of them
can be read in the file afterwards. Erasing also writes the person's uuid in the register of erasures."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from peewee import JOIN

from cxjournal import clock
from cxjournal.files import write_private
from cxjournal.i18n import tr
from cxjournal.services import accounts
from cxjournal.services.common import action, fetch, in_chunks
from cxjournal.services.entries import entry_tags
from cxjournal.store import changelog
from cxjournal.store.connection import scrub
from cxjournal.store.models import (
    Attachment,
    Entry,
    EntryTag,
    Erasure,
    FollowUp,
    Person,
    Promise,
    Response,
    Tag,
)
from cxjournal.store.rows import json_values
from cxjournal.store.search import forget_deleted, reindex_entries
from cxjournal.store.transactions import read_transaction


def _whom(person: Person | int) -> Person:
    return fetch(Person, person, tr("Person"), include_deleted=True)  # the trash too


def _dict(row) -> dict:
    return json_values(row.__data__)


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
                attachments=[_dict(a) for a in Attachment.select().where(Attachment.entry == e)],
            )
            for e in items
        ],
        "promises": [_dict(p) for p in Promise.select().where(Promise.person == who)],
        "followups": [_dict(f) for f in FollowUp.select().where(FollowUp.person == who)],
    }


def export_person(person: Person | int, path: str | Path) -> Path:
    with read_transaction():  # one consistent snapshot of everything about them
        data = person_data(person)
    return write_private(Path(path), lambda h: json.dump(data, h, ensure_ascii=False, indent=1))


def tags_of(entry_ids: Iterable[int]) -> set[int]:
    found: set[int] = set()
    for part in in_chunks(list(entry_ids)):
        query = EntryTag.select(EntryTag.tag).where(EntryTag.entry.in_(part))
        found.update(row.tag_id for row in query)
    return found


def drop_unused_tags(tag_ids: Iterable[int]) -> None:
    """Delete those of these tags that no entry uses any more (a tag only erased entries had
    would otherwise keep their words)."""
    for part in in_chunks(list(tag_ids)):
        unused = (
            Tag.select(Tag.id)
            .join(EntryTag, JOIN.LEFT_OUTER)
            .where(Tag.id.in_(part), EntryTag.tag.is_null())
        )
        Tag.delete().where(Tag.id.in_([t.id for t in unused])).execute()


def _ids(query) -> list[int]:
    return [row[0] for row in query.tuples()]


def _logged_items(rows: list, entry_ids: list[int]) -> dict[str, list[int]]:
    """Everything whose fields the history of changes holds that goes with these rows: the
    entries, their responses, the promises and follow-ups of the people, entries and promises."""
    people = [r.id for r in rows if isinstance(r, Person)]
    promise_ids = [r.id for r in rows if isinstance(r, Promise)]
    followup_ids = [r.id for r in rows if isinstance(r, FollowUp)]
    responses: list[int] = []
    for part in in_chunks(entry_ids):
        responses += _ids(Response.select(Response.id).where(Response.entry.in_(part)))
    # and the answers deleted earlier, whose edits the log still holds (their old wording)
    responses += changelog.deleted_items("response", entry_ids)
    for part in in_chunks(people):
        promise_ids += _ids(Promise.select(Promise.id).where(Promise.person.in_(part)))
        followup_ids += _ids(FollowUp.select(FollowUp.id).where(FollowUp.person.in_(part)))
    for field, ids in ((FollowUp.entry, entry_ids), (FollowUp.promise, promise_ids)):
        for part in in_chunks(ids):
            followup_ids += _ids(FollowUp.select(FollowUp.id).where(field.in_(part)))
    return {
        "entry": entry_ids,
        "response": sorted(set(responses)),
        "promise": promise_ids,
        "followup": sorted(set(followup_ids)),
    }


def forget(rows: Iterable) -> int:
    """Delete these rows (people, entries, promises, follow-ups) for good, with what depends on
    them, their unused tags, their words in the search index and the fields the history of
    changes kept of them; inside the caller's transaction. A row already gone with another (e.g.
    with its person) is skipped. Returns how many went."""
    rows = list(rows)
    entry_ids: list[int] = []
    for row in rows:
        if isinstance(row, Person):
            entry_ids += [e.id for e in Entry.select(Entry.id).where(Entry.person == row.id)]
        elif isinstance(row, Entry):
            entry_ids.append(row.id)
    tags = tags_of(entry_ids)
    logged = _logged_items(rows, entry_ids)
    gone = 0
    for row in rows:
        model = type(row)
        gone += model.delete().where(model.id == row.id).execute()  # foreign keys cascade
    drop_unused_tags(tags)
    changelog.forget_changes(logged)
    if entry_ids:
        reindex_entries(entry_ids)  # their rows leave the index...
        forget_deleted()  # ...and their words its segments
    return gone


@action
def _erase(person: Person | int) -> int:
    accounts.require("erasure")
    who = _whom(person)
    Erasure.insert(
        person_uuid=who.uuid, erased_on=clock.now().date()
    ).on_conflict_ignore().execute()
    count = Entry.select().where(Entry.person == who).count()
    forget([who])
    return count


@action
def _erase_many(person_ids: list[int]) -> int:
    accounts.require("erasure")
    now = clock.now().date()
    people = list(Person.select().where(Person.id.in_(person_ids))) if person_ids else []
    for who in people:
        Erasure.insert(person_uuid=who.uuid, erased_on=now).on_conflict_ignore().execute()
    forget(people)
    return len(people)


def erase_people(person_ids: list[int]) -> int:
    """Erase several people at once, each exactly as ``erase_person`` does (one transaction, one
    scrub of the file afterwards). Returns how many people went."""
    count = 0
    for start in range(0, len(person_ids), 500):
        count += _erase_many(list(person_ids[start : start + 500]))
    if count:
        scrub()
    return count


def erase_person(person: Person | int) -> int:
    """Delete the person and all their entries, responses, promises and follow-ups for good, and
    note their uuid in the register of erasures. Returns how many entries went with them."""
    count = _erase(person)
    scrub()  # after the commit: the -wal still holds the deleted pages until then
    return count


@action
def _apply_register(extra: Iterable[tuple[str, date]]) -> int:
    for person_uuid, erased_on in extra:
        Erasure.insert(person_uuid=person_uuid, erased_on=erased_on).on_conflict_ignore().execute()
    erased = Person.select().where(Person.uuid.in_(Erasure.select(Erasure.person_uuid)))
    return forget(list(erased))


def reapply_erasures(extra: Iterable[tuple[str, date]] = ()) -> int:
    """Add ``extra`` (uuid, date) pairs to the register, then erase again everyone in it who is
    back in the journal (after a restore or an import). Returns how many people were removed."""
    count = _apply_register(list(extra))
    if count:
        scrub()
    return count
