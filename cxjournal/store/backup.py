"""Backups of the journal file: a consistent copy made with SQLite's online backup API (safe while the
app is open), checked after writing; the daily automatic backup with its rotation (7 daily, 4 weekly,
12 monthly); restoring a backup (the current file is kept beside it); and checking a file's health.
The daily backup of a journal on a server is a ``copy-to`` into a local file with the same rotation,
in ``server-backups/<journal id>/`` of the app's data folder, on the computers where the owner
turned it on.

Every file written here is private to the user (0600, folders 0700), like the journal itself.

Each journal's backups live beside it, in ``<journal file name>-backups/`` (``shop.db`` ->
``shop.db-backups/``), not in one folder for all journals: the folder is found from the path alone,
so it is there even when the journal cannot be opened (the case where a backup is most wanted);
two journals never share it, even when one started as a copy of the other (same identity); and it
moves with the journal's folder. Which journal a backup was made from is told by the journal's
identity stored inside it (``store.identity``), so a backup moved elsewhere is still recognised.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path

from cxjournal.errors import ValidationError
from cxjournal.files import copy_private, private_folder, private_output
from cxjournal.i18n import tr
from cxjournal.store.connection import (
    APPLICATION_ID,
    SQLITE_MAGIC,
    current_location,
    forget_checks,
)
from cxjournal.store.location import ServerAddress
from cxjournal.store.readonly import connect_read_only

PAGES_PER_STEP = 4096  # the backup copies this many pages, then reports progress
AUTO_PREFIX = "journal-"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12


def journal_file() -> Path:
    """The open journal's file, for what only a file allows (a backup, a restore, a check of the
    file). A journal on a server is refused in plain words rather than taken for a path: its
    backups are the server's, and ``copy-to`` saves it to a file (``store.copying``)."""
    location = current_location()
    if isinstance(location, ServerAddress):
        raise ValidationError(
            tr(
                "The journal is on a server ({address}): backups, restores and checks here are "
                "for journal files. The server keeps its own backups; to save the journal to a "
                "file, use: cxjournal copy-to FILE",
                "backup",
            ).format(address=location)
        )
    if location is None:
        raise ValidationError(tr("No journal is open.", "backup"))
    return location


def backups_folder(journal: str | os.PathLike[str]) -> Path:
    """Where the backups of the journal file ``journal`` go (see the module's docstring)."""
    journal = Path(journal).expanduser()
    return journal.with_name(f"{journal.name}-backups")


def _problems(con: sqlite3.Connection) -> list[str]:
    found = []
    rows = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()]
    if rows != ["ok"]:
        found += [tr("Damaged: {detail}", "backup").format(detail=r) for r in rows[:20]]
    for table, rowid, parent, _ in con.execute("PRAGMA foreign_key_check").fetchall()[:20]:
        found.append(
            tr("Row {rowid} of {table} points to a missing {parent}.", "backup").format(
                rowid=rowid, table=table, parent=parent
            )
        )
    return found


def check_journal(path: str | os.PathLike[str]) -> list[str]:
    """What is wrong with the journal file at ``path``, in plain words ([] when healthy).
    Reads only: the file is never changed."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                return [tr("{path} is not a CX Journal file.", "backup").format(path=path)]
        con = connect_read_only(path)
        try:
            if con.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                return [tr("{path} is not a CX Journal file.", "backup").format(path=path)]
            return _problems(con)
        finally:
            con.close()
    except (OSError, sqlite3.DatabaseError) as exc:
        return [tr("{path} cannot be read: {reason}", "backup").format(path=path, reason=exc)]


def _copy_checked(source: Path, part: Path, step) -> None:
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    try:
        out = sqlite3.connect(part)
        try:
            src.backup(out, pages=PAGES_PER_STEP, progress=step)
            out.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            problems = _problems(out)
        finally:
            out.close()
    finally:
        src.close()
    if problems:
        raise ValidationError(
            tr("The backup failed its check: {problems}", "backup").format(
                problems="; ".join(problems)
            )
        )


def backup_to(
    dest: str | os.PathLike[str],
    progress: Callable[[int, int], None] | None = None,
    *,
    source: str | os.PathLike[str] | None = None,
) -> Path:
    """Copy the open journal (or ``source``) to ``dest``: written to a ``.part`` file, checked,
    made private, then renamed into place. Returns ``dest``."""
    source = Path(source) if source else journal_file()
    dest = Path(dest).expanduser()
    if dest.resolve() == source.resolve():
        raise ValidationError(tr("A backup cannot replace the journal itself.", "backup"))

    def step(status: int, remaining: int, total: int) -> None:
        if progress:
            progress(total - remaining, total)

    try:
        # Written to a private .part, checked, then renamed into place (removed if anything fails).
        with private_output(dest) as part:
            _copy_checked(source, part, step)
    except sqlite3.Error as exc:
        raise ValidationError(
            tr("The backup could not be written to {path}: {reason}", "backup").format(
                path=dest, reason=exc
            )
        ) from exc
    return dest


def backups_to_keep(days: Iterable[date], today: date) -> set[date]:
    """Which daily backups to keep: the last 7 days that have one, the newest of each of the last
    4 weeks, the newest of each of the last 12 months."""
    ordered = sorted({d for d in days if d <= today}, reverse=True)
    keep = set(ordered[:KEEP_DAILY])
    for key, count in (
        (lambda d: d.isocalendar()[:2], KEEP_WEEKLY),
        (lambda d: (d.year, d.month), KEEP_MONTHLY),
    ):
        seen: list = []
        for day in ordered:
            if key(day) not in seen:
                seen.append(key(day))
                if len(seen) > count:
                    break
                keep.add(day)
    return keep


def _auto_backups(folder: Path) -> dict[date, Path]:
    found = {}
    for path in folder.glob(f"{AUTO_PREFIX}????-??-??.db"):
        try:
            found[date.fromisoformat(path.stem[len(AUTO_PREFIX) :])] = path
        except ValueError:
            continue
    return found


def server_backups_folder(data_folder: Path, journal_id: str) -> Path:
    """Where this computer keeps the copies of the server journal ``journal_id``: in the app's
    data folder, one folder per journal (a server journal has no file to put them beside)."""
    return Path(data_folder) / "server-backups" / journal_id


def copy_server_journal(dest: Path) -> Path:
    """The open server journal copied into the new journal file ``dest`` (``copy-to``, read in
    one snapshot, checked table by table), written under a temporary name first so that a copy
    cut short never passes for a finished one."""
    from cxjournal.store.copying import copy_to

    part = dest.with_name(f".{dest.name}.part")
    for leftover in (part, part.with_name(part.name + "-wal"), part.with_name(part.name + "-shm")):
        leftover.unlink(missing_ok=True)  # a copy cut short by a crash
    copy_to(part)
    os.replace(part, dest)
    return dest


def _make_backup(dest: Path) -> Path:
    if isinstance(current_location(), ServerAddress):
        return copy_server_journal(dest)
    return backup_to(dest)


def daily_server_backup(data_folder: Path, today: date) -> Path | None:
    """Today's automatic copy of the open server journal, into this computer's data folder."""
    from cxjournal.store.identity import journal_id

    return auto_backup(server_backups_folder(data_folder, journal_id()), today)


def auto_backup(folder: str | os.PathLike[str], today: date) -> Path | None:
    """Today's automatic backup in ``folder`` if there is none yet, then the rotation. Returns the
    new backup, or None when today's already existed. Backups the owner made by hand (other
    names) are never removed."""
    folder = Path(folder)
    private_folder(folder)
    existing = _auto_backups(folder)
    made = None
    if today not in existing:
        made = _make_backup(folder / f"{AUTO_PREFIX}{today.isoformat()}.db")
        existing[today] = made
    keep = backups_to_keep(existing, today)
    for day, path in existing.items():
        if day not in keep:
            path.unlink(missing_ok=True)
    return made


def read_register(path: str | os.PathLike[str]) -> list[tuple[str, date]]:
    """The register of erasures of the journal file at ``path``, read only: (uuid, date) pairs;
    [] when the file has none (older version) or cannot be read."""
    try:
        con = connect_read_only(path)
        try:
            rows = con.execute("SELECT person_uuid, erased_on FROM erasure").fetchall()
        finally:
            con.close()
    except sqlite3.Error:
        return []
    return [(person_uuid, date.fromisoformat(str(day)[:10])) for person_uuid, day in rows]


def restore_from(backup: str | os.PathLike[str], current: str | os.PathLike[str]) -> Path:
    """Put ``backup`` in place of the journal file ``current`` (which must be closed). The backup
    is checked first; the current file is kept beside it, and that path is returned."""
    backup, current = Path(backup), Path(current)
    if not backup.is_file():
        raise ValidationError(tr("{path} does not exist.", "backup").format(path=backup))
    problems = check_journal(backup)
    if problems:
        raise ValidationError(
            tr("{path} cannot be restored: {problems}", "backup").format(
                path=backup, problems=" ".join(problems)
            )
        )
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = current.with_name(f"{current.name}.before-restore-{stamp}")
    if current.exists():
        os.replace(current, kept)
        for suffix in ("-wal", "-shm"):
            side = Path(f"{current}{suffix}")
            if side.exists():
                os.replace(side, Path(f"{kept}{suffix}"))
    copy_private(backup, current)
    forget_checks(current)
    return kept
