"""Files attached to an entry (a photo of the burnt cake, a receipt, a delivery note): attaching
several at once (all or none), listing them without their bytes, reading one file's bytes, and
taking one off.

The bytes live in the journal itself (``store.models.Attachment``), so a backup, an export and a
copy carry them; a file is seen exactly when its entry is (confidential on a server through the
table's policies) and goes with its entry or its person. Lists never read the bytes: only
``attachment_data`` does, for one file at a time. Nothing here runs or interprets a file.
"""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath

from cxjournal.errors import NotFoundError, ValidationError
from cxjournal.formatting import format_size
from cxjournal.i18n import tr
from cxjournal.services.common import Fresh, action, fetch, now_or
from cxjournal.services.settings import get_number
from cxjournal.store.models import Attachment, Entry

LIMIT_KEY = "attachment_limit_mb"
MEGABYTE = 1024 * 1024
# every column but the bytes: what a list shows
_LISTED = (
    Attachment.id,
    Attachment.entry,
    Attachment.name,
    Attachment.mime_type,
    Attachment.size,
    Attachment.sha256,
    Attachment.added_at,
    Attachment.made_by,
)


@dataclass(frozen=True)
class AttachmentInfo:
    """One attached file, without its bytes."""

    id: int
    entry_id: int
    name: str
    mime_type: str
    size: int
    sha256: str
    added_at: datetime
    made_by: str | None

    @property
    def is_image(self) -> bool:
        return self.mime_type.startswith("image/")

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "entry": self.entry_id,
            "name": self.name,
            "type": self.mime_type,
            "size": self.size,
            "sha256": self.sha256,
            "added_at": self.added_at.isoformat(sep=" "),
            "added_by": self.made_by,
        }


def limit_bytes() -> int:
    """The largest file that may be attached (the setting, in megabytes)."""
    return get_number(LIMIT_KEY) * MEGABYTE


def too_big_message(name: str, size: int, limit: int, lang: str = "en") -> str:
    return tr(
        "“{name}” is {size}: larger than the {limit} a file may be (Settings ▸ Attachments). "
        "Nothing was attached."
    ).format(name=name, size=format_size(size, lang), limit=format_size(limit, lang))


def mime_type_of(name: str) -> str:
    """The type told by the file's name (only a name: nothing is read from the file for it)."""
    return mimetypes.guess_type(name, strict=False)[0] or "application/octet-stream"


def _clean_name(name: str) -> str:
    """The file's own name, without any folder (a name is never a path into the file system)."""
    text = PurePath(str(name).replace("\\", "/")).name.strip()
    text = "".join(ch for ch in text if ch.isprintable())[:255]
    if not text or text in (".", ".."):
        raise ValidationError(tr("An attached file needs a name."))
    return text


def _free_name(name: str, taken: set[str]) -> str:
    """``name``, or "name (2).ext" when the entry already has a file of that name."""
    if name.casefold() not in taken:
        return name
    path = PurePath(name)
    number = 2
    while True:
        candidate = f"{path.stem} ({number}){path.suffix}"
        if candidate.casefold() not in taken:
            return candidate
        number += 1


def attachment_info(row) -> AttachmentInfo:
    return AttachmentInfo(
        row.id,
        row.entry_id,
        row.name,
        row.mime_type,
        row.size,
        row.sha256,
        row.added_at,
        row.made_by,
    )


@action
def attach_files(
    entry: Entry | int, files: list[tuple[str, bytes]], *, at: datetime | None = None
) -> list[AttachmentInfo]:
    """Attach ``files`` (name, bytes) to ``entry``: all of them or, when one is refused (too big,
    no name), none. A name the entry already has gets a number ("photo (2).jpg")."""
    row = fetch(Entry, entry, tr("Entry"))
    limit = limit_bytes()
    for name, data in files:
        if len(data) > limit:
            raise ValidationError(too_big_message(_clean_name(name), len(data), limit))
    taken = {
        n.casefold()
        for (n,) in Attachment.select(Attachment.name).where(Attachment.entry == row).tuples()
    }
    when = now_or(at).replace(microsecond=0)
    added = []
    for name, data in files:
        clean = _free_name(_clean_name(name), taken)
        taken.add(clean.casefold())
        new_id = Attachment.insert(
            entry=row.id,
            name=clean,
            mime_type=mime_type_of(clean),
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            added_at=when,
            data=data,
        ).execute()
        added.append(new_id)
    return _listed(Attachment.id.in_(added)) if added else []


def _listed(condition) -> list[AttachmentInfo]:
    query = Attachment.select(*_LISTED).where(condition).order_by(Attachment.id)
    return [attachment_info(row) for row in query]


def files_query(entry_id: int):
    """An entry's files, oldest first, without their bytes: rows for ``attachment_info``."""
    return Attachment.select(*_LISTED).where(Attachment.entry == entry_id).order_by(Attachment.id)


def files_of_entries(entry_ids: list[int]) -> dict[int, list[AttachmentInfo]]:
    """The files of each of these entries (those without any left out), without their bytes."""
    found: dict[int, list[AttachmentInfo]] = {}
    if entry_ids:
        for info in _listed(Attachment.entry.in_(list(entry_ids))):
            found.setdefault(info.entry_id, []).append(info)
    return found


def list_attachments(entry: Entry | int | Fresh[Entry]) -> list[AttachmentInfo]:
    """The files of ``entry``, oldest first, without their bytes (a ``Fresh`` entry is not read
    again)."""
    row = fetch(Entry, entry, tr("Entry"))
    return _listed(Attachment.entry == row.id)


def counts_for(entry_ids: list[int]) -> dict[int, int]:
    """How many files each of these entries has (entries without any are left out)."""
    from peewee import fn

    if not entry_ids:
        return {}
    query = (
        Attachment.select(Attachment.entry, fn.COUNT(Attachment.id))
        .where(Attachment.entry.in_(entry_ids))
        .group_by(Attachment.entry)
        .tuples()
    )
    return dict(query)


def find_attachment(entry: Entry | int, name: str) -> AttachmentInfo:
    """The file of ``entry`` called ``name`` (case aside), or a NotFoundError naming it."""
    row = fetch(Entry, entry, tr("Entry"))
    for info in _listed(Attachment.entry == row.id):
        if info.name.casefold() == str(name).casefold():
            return info
    raise NotFoundError(tr("Entry #{id} has no file called “{name}”.").format(id=row.id, name=name))


def attachment_data(attachment_id: int) -> bytes:
    """One file's bytes (read only when asked: to draw it, open it or save it)."""
    row = (
        Attachment.select(Attachment.data, Attachment.entry)
        .where(Attachment.id == attachment_id)
        .first()
    )
    if row is None:
        raise NotFoundError(tr("This file is no longer in the journal."))
    fetch(Entry, row.entry_id, tr("Entry"))  # not a file of an entry in the trash
    return bytes(row.data)


@action
def detach(attachment_id: int) -> tuple[AttachmentInfo, bytes]:
    """Take a file off its entry for good. Returns it, bytes and all, for an undo."""
    row = Attachment.select().where(Attachment.id == attachment_id).first()
    if row is None:
        raise NotFoundError(tr("This file is no longer in the journal."))
    fetch(Entry, row.entry_id, tr("Entry"), lock=True)
    info, data = attachment_info(row), bytes(row.data)
    Attachment.delete().where(Attachment.id == attachment_id).execute()
    return info, data
