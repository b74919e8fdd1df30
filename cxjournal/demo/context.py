"""What every step of a demo shares (the random generator, the words, the span of time) and the
bulk insert that keeps every column of every row."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cxjournal.demo.authors import Authors
from cxjournal.demo.words import Words

_BATCH = 400


@dataclass
class Demo:
    rng: random.Random  # the story
    ids: random.Random  # the journal's and people's uuids, apart so they never change the story
    words: Words
    begin: datetime
    now: datetime  # the morning of the demo's last day; no clock is read after this
    link: random.Random = field(default_factory=random.Random)  # demo.link's own stream
    pace: dict = field(default_factory=dict)  # the month's pace of answers to staff (demo.link)
    authors: Authors = field(default_factory=lambda: Authors("en", ""))  # who recorded what
    ends: random.Random = field(default_factory=random.Random)  # demo.endings' and demo.emails'
    emails: dict[int, str] = field(default_factory=dict)  # people's addresses, by id
    teams: dict[int, str] = field(default_factory=dict)  # staff's department names, by id
    calendar: Any = None  # demo.calendar.Calendar: its open days, made with the first entry

    def seeded_uuid(self) -> str:
        return str(uuid.UUID(int=self.ids.getrandbits(128), version=4))


def insert_rows(model, rows: list[dict]) -> None:
    """Insert ``rows`` in batches. peewee's ``insert_many`` takes its columns from the first row
    and silently drops keys the first row lacks, so every row is given every column first (the
    field's default where a row has none)."""
    columns = list(dict.fromkeys(key for row in rows for key in row))
    fields = model._meta.fields
    if any(len(row) != len(columns) for row in rows):
        rows = [
            {name: row[name] if name in row else _default(fields.get(name)) for name in columns}
            for row in rows
        ]
    for start in range(0, len(rows), _BATCH):
        model.insert_many(rows[start : start + _BATCH]).execute()


def _default(field):
    default = getattr(field, "default", None)
    return default() if callable(default) else default
