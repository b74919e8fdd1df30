"""The trash: what was deleted (people, entries, promises, follow-ups), putting an item back, and
deleting for good — an item, or everything in the trash — which is the only way anything leaves the
journal short of erasing a person on request. Deleting for good leaves nothing readable in the
file (see ``privacy.forget``), but is not an erasure on request: it is not registered, so restoring
an older backup brings the item back, as the owner may want after a mistake."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cxjournal.errors import ValidationError
from cxjournal.i18n import tr
from cxjournal.services import entries, followups, people, promises
from cxjournal.services.common import action, fetch
from cxjournal.services.privacy import forget
from cxjournal.store.connection import scrub
from cxjournal.store.models import Entry, FollowUp, Person, Promise

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
    _in_trash(kind, item_id)  # an item not in the trash is said so, not "restored"
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


@action
def _delete_forever(kind: str, item_id: int) -> None:
    forget([_in_trash(kind, item_id)])


def delete_forever(kind: str, item_id: int) -> None:
    """Delete one item of the trash for good (a person goes with all their history)."""
    _delete_forever(kind, item_id)
    scrub()  # after the commit, so the -wal lets go of the deleted text


@action
def _empty_trash() -> int:
    rows = []
    for model in MODELS.values():
        rows.extend(model.select().where(model.deleted_at.is_null(False)))
    return forget(rows)


def empty_trash() -> int:
    """Delete everything in the trash for good; returns how many items went."""
    count = _empty_trash()
    scrub()
    return count
