"""The demo's attached files: the photo of a burnt cake on a few customer complaints, so that the
detail pane, exports and copies show what attachments look like."""

from __future__ import annotations

import hashlib
from importlib import resources

from cxjournal.demo.context import Demo, insert_rows
from cxjournal.store.models import Attachment

PHOTO = "burnt-cake.png"
HOW_MANY = 3  # enough to find one, few enough to keep the demo journal small


def add_attachments(demo: Demo, entries: list) -> int:
    """Attach the photo to the first few customer complaints; returns how many got it."""
    data = resources.files("cxjournal.demo").joinpath("data", PHOTO).read_bytes()
    chosen = [
        (entry_id, row)
        for entry_id, row, _story in entries
        if row["side"] == "customer" and row["kind"] == "complaint"
    ][:HOW_MANY]
    rows = [
        dict(
            entry=entry_id,
            name=PHOTO,
            mime_type="image/png",
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            added_at=row["occurred_at"],
            data=data,
        )
        for entry_id, row in chosen
    ]
    insert_rows(Attachment, rows)
    return len(rows)
