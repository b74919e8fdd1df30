"""Bringing a whole journal back — a backup file in place of the journal, or a JSON export into an
empty journal — without bringing back anyone erased since: the current journal's register of
erasures is carried into the restored journal, and everyone in it is erased again. A backup of
another journal (another identity) is refused unless the caller says the owner agreed."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cxjournal.errors import ValidationError
from cxjournal.i18n import tr
from cxjournal.io.json_export import import_json
from cxjournal.services import accounts
from cxjournal.services.privacy import reapply_erasures
from cxjournal.store import identity
from cxjournal.store.backup import check_journal, read_register, restore_from
from cxjournal.store.connection import close_journal, database_path, open_journal
from cxjournal.store.models import Erasure


@dataclass(frozen=True)
class Restored:
    kept: Path | None  # the journal file as it was before a restore (None after an import)
    rows: int  # rows loaded by an import
    erased_again: int  # people in the register of erasures removed again


def is_other_journal(backup: str | os.PathLike[str], current: str | os.PathLike[str]) -> bool:
    """True when ``backup`` is known to be a backup of another journal than ``current``."""
    theirs, mine = identity.journal_id_of(backup), identity.journal_id_of(current)
    return theirs is not None and mine is not None and theirs != mine


def restore_backup(
    backup: str | os.PathLike[str], current: str | os.PathLike[str], *, other_journal: bool = False
) -> Restored:
    """Put ``backup`` in place of the journal ``current`` (open or not) and open it; the current
    file is kept beside it. Everyone erased in either journal is erased again."""
    backup, current = Path(backup), Path(current)
    problems = check_journal(backup) if backup.is_file() else []
    if problems:
        raise ValidationError(" ".join(problems))
    if not other_journal and is_other_journal(backup, current):
        raise ValidationError(
            tr(
                "{path} is a backup of another journal, not of this one. Nothing was restored.",
                "restore",
            ).format(path=backup)
        )
    mine = identity.journal_id_of(current)
    register = read_register(current)
    if database_path() is not None:
        close_journal()
    try:
        kept = restore_from(backup, current)
    finally:
        open_journal(current)  # the restored journal, or the current one untouched
    if identity.journal_id_of(backup) is None and mine:
        identity.set_journal_id(mine)  # a backup made before journals had an identity
    return Restored(kept, 0, reapply_erasures(register))


def import_journal(path: str | os.PathLike[str]) -> Restored:
    """Load a JSON export into the open, empty journal; the register of erasures it already had
    and the export's own both apply. An owner's (issue 18)."""
    accounts.require("import")
    register = [(row.person_uuid, row.erased_on) for row in Erasure.select()]
    rows = import_json(Path(path))
    return Restored(None, rows, reapply_erasures(register))
