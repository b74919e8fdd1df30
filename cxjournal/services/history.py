"""The history of changes of an entry, a promise or a follow-up: who did what and when, field by
field, read from the change log (``store.changelog``), which only the database's triggers write.

An item's history is shown to whoever may see the item (it is looked up as the item is, the trash
included); an entry's history includes its responses and its tags. Each change comes back as one
``HistoryLine`` with typed values; ``describe`` puts it in words.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime

from peewee import BooleanField, DateField, DateTimeField, Field

from cxjournal import vocabulary as v
from cxjournal.formatting import format_date, format_datetime
from cxjournal.i18n import tr
from cxjournal.services.common import fetch, in_chunks
from cxjournal.store import changelog
from cxjournal.store.changelog import TAGS
from cxjournal.store.models import ChangeLog, Entry, FollowUp, Promise, Response

# what a line says happened
CREATED, DELETED, CHANGED, TRASHED, RESTORED = (
    "created",
    "deleted",
    "changed",
    "trashed",
    "restored",
)
TAG_ADDED, TAG_REMOVED = "tag-added", "tag-removed"
_MODELS = {"entry": Entry, "response": Response, "promise": Promise, "followup": FollowUp}
_CODES = {"side", "kind", "channel", "status", "priority"}  # stored codes shown by their label


@dataclass(frozen=True)
class HistoryLine:
    """One change: when (local time), who (None: another program), what happened to which item
    (``kind``: entry, response, promise, followup) and, for a field, from what to what."""

    at: datetime
    who: str | None
    kind: str
    item_id: int
    what: str
    field: str | None = None
    old: object = None
    new: object = None

    def as_dict(self) -> dict:
        def plain(value):
            return value.isoformat() if isinstance(value, date | datetime) else value

        return {
            "at": self.at.isoformat(sep=" "),
            "who": self.who,
            "item": self.kind,
            "id": self.item_id,
            "what": self.what,
            "field": self.field,
            "from": plain(self.old),
            "to": plain(self.new),
        }


def _typed(field: Field | None, value: object) -> object:
    """A value as the triggers logged it (text, 0/1 on a file; JSON types on a server) made the
    field's own type, so both engines read the same."""
    if value is None or field is None:
        return value
    if isinstance(field, BooleanField):
        return bool(value)
    if isinstance(field, DateTimeField) and isinstance(value, str):
        return datetime.fromisoformat(value)
    if isinstance(field, DateField) and isinstance(value, str):
        return date.fromisoformat(value[:10])
    return value


def _local(at: datetime | str) -> datetime:
    if isinstance(at, str):
        at = datetime.fromisoformat(at)
    return at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None, microsecond=0)


def _lines(kind: str, item_id: int, row) -> list[HistoryLine]:
    """The lines one log row makes: none for an update that changed nothing shown."""
    at, who = _local(row.at), row.who
    if row.op == "insert":
        return [HistoryLine(at, who, kind, item_id, CREATED)]
    if row.op == "delete":
        return [HistoryLine(at, who, kind, item_id, DELETED)]
    fields = _MODELS[kind]._meta.columns
    lines = []
    for column, (old, new) in json.loads(row.changes or "{}").items():
        if column == TAGS:
            what = TAG_ADDED if new is not None else TAG_REMOVED
            lines.append(HistoryLine(at, who, kind, item_id, what, TAGS, old, new))
        elif column == "deleted_at":
            lines.append(HistoryLine(at, who, kind, item_id, TRASHED if new else RESTORED))
        else:
            field = fields.get(column)
            lines.append(
                HistoryLine(
                    at, who, kind, item_id, CHANGED, column, _typed(field, old), _typed(field, new)
                )
            )
    return lines


def _history(items: dict[str, list[int]]) -> list[HistoryLine]:
    found = []
    for kind, ids in items.items():
        for part in in_chunks(ids):
            query = ChangeLog.select().where(ChangeLog.kind == kind, ChangeLog.item_id.in_(part))
            found += [(row.id, line) for row in query for line in _lines(kind, row.item_id, row)]
    return [line for _, line in sorted(found, key=lambda pair: pair[0])]  # oldest first


def entry_history(entry: Entry | int) -> list[HistoryLine]:
    """The changes of an entry, its tags and its responses (those deleted since included), oldest
    first."""
    row = fetch(Entry, entry, tr("Entry"), include_deleted=True)
    answers = [r.id for r in Response.select(Response.id).where(Response.entry == row)]
    answers += changelog.deleted_items("response", [row.id])  # answers deleted since: theirs too
    return _history({"entry": [row.id], "response": answers})


def promise_history(promise: Promise | int) -> list[HistoryLine]:
    row = fetch(Promise, promise, tr("Promise"), include_deleted=True)
    return _history({"promise": [row.id]})


def followup_history(item: FollowUp | int) -> list[HistoryLine]:
    row = fetch(FollowUp, item, tr("Follow-up"), include_deleted=True)
    return _history({"followup": [row.id]})


def _value(line: HistoryLine, value: object, lang: str | None) -> str:
    """A logged value in words: labels for codes, the language's dates (ISO when ``lang`` is
    None, for the command line), a dash for nothing."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if line.field in _CODES:
        return v.label(value)
    if line.field in ("person_id", "entry_id", "promise_id", "department_id"):
        return f"#{value}"
    if isinstance(value, datetime):
        return format_datetime(value, lang) if lang else f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, date):
        return format_date(value, lang) if lang else value.isoformat()
    return str(value)


def describe(line: HistoryLine, lang: str | None = None) -> str:
    """What happened, in words: "Created", "Status: Open → Resolved", "Tag added: bread"..."""
    response = line.kind == "response"
    if line.what == CHANGED:
        name = v.field_label(line.field or "")
        name = (
            tr("Response {id}: {field}").format(id=f"#{line.item_id}", field=name)
            if (response and line.field != "text")
            else name
        )
        return tr("{field}: {old} → {new}").format(
            field=name, old=_value(line, line.old, lang), new=_value(line, line.new, lang)
        )
    if line.what in (TAG_ADDED, TAG_REMOVED):
        name = line.new if line.what == TAG_ADDED else line.old
        text = tr("Tag added: {tag}") if line.what == TAG_ADDED else tr("Tag removed: {tag}")
        return text.format(tag=name or "—")
    words = {
        CREATED: tr("Response recorded") if response else tr("Created"),
        DELETED: tr("Response deleted") if response else tr("Deleted for good"),
        TRASHED: tr("Moved to the trash"),
        RESTORED: tr("Restored from the trash"),
    }
    return words[line.what]


def who_label(line: HistoryLine) -> str:
    """Who made the change; a change written by another program carries no name."""
    return line.who or tr("another program")
