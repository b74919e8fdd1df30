"""Who a journal is: a UUID made when the journal is created (or upgraded) and kept in the
``setting`` table, so that it travels with every copy, backup and JSON export of that journal.
Backups and restores use it to tell one journal from another."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cxjournal.store.models import Setting, new_uuid, upsert
from cxjournal.store.readonly import connect_read_only

JOURNAL_ID_KEY = "journal_id"  # not an owner's setting: never listed nor editable


def journal_id() -> str:
    """The open journal's identity (given one now if it had none)."""
    row = Setting.get_or_none(Setting.key == JOURNAL_ID_KEY)
    if row is None:
        return set_journal_id(new_uuid())
    return row.value


def set_journal_id(value: str) -> str:
    upsert(Setting, key=JOURNAL_ID_KEY, value=value)
    return value


def journal_id_of(path: str | Path) -> str | None:
    """The identity stored in the journal file at ``path``, read only; None when it has none
    (made before journals had one) or cannot be read."""
    try:
        con = connect_read_only(path)
        try:
            row = con.execute(
                "SELECT value FROM setting WHERE key = ?", (JOURNAL_ID_KEY,)
            ).fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None
