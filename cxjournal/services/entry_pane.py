"""What the Journal's detail pane shows of one entry: the entry with its person, its tags, its
responses and its files, read together (on a server, one round trip instead of four at every
search or click that selects another entry)."""

from __future__ import annotations

from dataclasses import dataclass

from cxjournal.services import attachments, entries
from cxjournal.services.attachments import AttachmentInfo
from cxjournal.services.entry_query import shown_entry_query
from cxjournal.store.models import Entry, Response
from cxjournal.store.together import read_together


@dataclass(frozen=True)
class EntryInPane:
    entry: Entry  # with its person and ``people_mark`` (see ``entry_query.shown_entry_query``)
    tags: list[str]
    responses: list[Response]
    files: list[AttachmentInfo]


def entry_in_pane(entry_id: int) -> EntryInPane | None:
    """``entry_id`` as the pane shows it; None when it is missing or in the trash."""
    found, tags, answers, files = read_together(
        [
            shown_entry_query(entry_id),
            entries.tags_query(entry_id),
            entries.responses_query(entry_id),
            attachments.files_query(entry_id),
        ]
    )
    if not found:
        return None
    return EntryInPane(
        found[0],
        [tag.name for tag in tags],
        answers,
        [attachments.attachment_info(row) for row in files],
    )
