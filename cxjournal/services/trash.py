"""The trash: what was deleted (people, entries, promises, follow-ups), putting an item back, and
deleting for good — an item, or everything in the trash — which is the only way anything leaves the
journal short of erasing a person on request."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cxjournal.errors import ValidationError
from cxjournal.i18n import tr
from cxjournal.services import entries, followups, people, promises
from cxjournal.services.common import action, fetch
from cxjournal.store.models import Entry, FollowUp, Person, Promise
from cxjournal.store.search import reindex_entries

PERSON, ENTRY, PROMISE, FOLLOWUP = "person", "entry", "promise", "followup"
MODELS = {PERSON: Person, ENTRY: Entry, PROMISE: Promise, FOLLOWUP: FollowUp}
RESTORERS = {
    PERSON: people.restore_person,
    ENTRY: entries.restore_entry,
    PROMISE: promises.restore_promise,
    FOLLOWUP: followups.restore_followup,
}


@dataclass(frozen=True)
class TrashItem:
    kind: str  # person | entry | promise | followup
    id: int
    label: str  # the name, title, promise or follow-up text
    deleted_at: datetime
    goes_with: int = 0  # for a person: entries, promises and follow-ups deleted with them for good


def _kind_name(kind: str) -> str:
    return {
        PERSON: tr("person", "trash"),
        ENTRY: tr("entry", "trash"),
        PROMISE: tr("promise", "trash"),
        FOLLOWUP: tr("follow-up", "trash"),
    }[kind]


def _label(kind: str, row) -> str:
    if kind == PERSON:
        return row.name
    if kind == PROMISE:
        return row.what
    return row.title


def _belongings(person_id: int) -> int:
    return sum(
        model.select().where(model.person == person_id).count()
        for model in (Entry, Promise, FollowUp)
    )


def list_trash() -> list[TrashItem]:
    """Everything in the trash, most recently deleted first."""
    found = []
    for kind, model in MODELS.items():
        for row in model.select().where(model.deleted_at.is_null(False)):
            goes_with = _belongings(row.id) if kind == PERSON else 0
            found.append(TrashItem(kind, row.id, _label(kind, row), row.deleted_at, goes_with))
    return sorted(found, key=lambda item: (item.deleted_at, item.kind, item.id), reverse=True)


def restore(kind: str, item_id: int):
    """Put one item back where it was."""
    if kind not in RESTORERS:
        raise ValidationError(tr("Unknown kind of item: {kind}.", "trash").format(kind=kind))
    return RESTORERS[kind](item_id)


def _in_trash(kind: str, item_id: int):
    model = MODELS.get(kind)
    if model is None:
        raise ValidationError(tr("Unknown kind of item: {kind}.", "trash").format(kind=kind))
    row = fetch(model, item_id, _kind_name(kind), include_deleted=True)
    if row.deleted_at is None:
        raise ValidationError(
            tr("This {kind} is not in the trash; move it there first.", "trash").format(
                kind=_kind_name(kind)
            )
        )
    return row


def _purge(kind: str, row) -> None:
    entry_ids: list[int] = []
    if kind == ENTRY:
        entry_ids = [row.id]
    elif kind == PERSON:
        entry_ids = [e.id for e in Entry.select(Entry.id).where(Entry.person == row.id)]
    row.delete_instance()  # the database removes what depends on it (foreign keys cascade)
    if entry_ids:
        reindex_entries(entry_ids)  # and the search index forgets the text


@action
def delete_forever(kind: str, item_id: int) -> None:
    """Delete one item of the trash for good (a person goes with all their history)."""
    _purge(kind, _in_trash(kind, item_id))


@action
def empty_trash() -> int:
    """Delete everything in the trash for good; returns how many items went."""
    count = 0
    for kind, model in MODELS.items():
        for row in list(model.select().where(model.deleted_at.is_null(False))):
            if model.get_or_none(model.id == row.id) is not None:  # may have gone with a person
                _purge(kind, row)
                count += 1
    return count
