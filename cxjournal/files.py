"""Private files: atomic write, 0600 files / 0700 folders.

Everything the app writes (reports, exports, backups, the error log) can carry what owners wrote
about people, so it is readable by its owner only, like the journal, whatever the umask. A file
is first written to a private ``.part`` file beside its target, then renamed into place: the
target is replaced whole or not at all, and a failed write leaves no ``.part`` behind. Folders
the app creates are 0700; a folder that already exists (the Desktop, chosen by the user) is never
changed.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def private_folder(folder: str | os.PathLike[str]) -> Path:
    """Create ``folder`` and any missing parents as 0700 (``mkdir(parents=True)`` would give the
    parents the umask's mode); folders that exist are left as they are."""
    folder = Path(folder).expanduser()
    missing = []
    for candidate in (folder, *folder.parents):
        if candidate.is_dir():
            break
        missing.append(candidate)
    for candidate in reversed(missing):
        try:
            candidate.mkdir(mode=FOLDER_MODE)
        except FileExistsError:
            if not candidate.is_dir():
                raise
            continue
        os.chmod(candidate, FOLDER_MODE)  # mkdir's mode is filtered by the umask
    return folder


def _new_private_file(path: Path) -> None:
    path.unlink(missing_ok=True)  # a stale .part from a crash, whatever its mode
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        os.fchmod(fd, FILE_MODE)
    finally:
        os.close(fd)


@contextmanager
def private_output(path: str | os.PathLike[str], *, make_folders: bool = True) -> Iterator[Path]:
    """Yield an empty private ``.part`` path for a writer that wants a file name (reportlab,
    SQLite); when the block succeeds it replaces ``path``, when it fails it is removed.
    Missing folders are created (0700) unless ``make_folders`` is false (then: FileNotFoundError).

    A writer that opens the ``.part`` again (mode "w"/"wb") truncates it and keeps its 0600 mode.
    """
    target = Path(path).expanduser()
    if make_folders:
        private_folder(target.parent)
    part = target.with_name(f".{target.name}.part")
    _new_private_file(part)
    try:
        yield part
        os.chmod(part, FILE_MODE)  # in case a writer re-created it
        os.replace(part, target)
    finally:
        part.unlink(missing_ok=True)


def write_private(
    path: str | os.PathLike[str],
    write: Callable[[IO], object],
    *,
    binary: bool = False,
    make_folders: bool = True,
) -> Path:
    """Write ``path`` privately and atomically: ``write(handle)`` fills an open text (UTF-8, no
    newline translation) or binary handle. Returns the path."""
    with private_output(path, make_folders=make_folders) as part:
        if binary:
            with open(part, "wb") as handle:
                write(handle)
        else:
            with open(part, "w", encoding="utf-8", newline="") as handle:
                write(handle)
    return Path(path).expanduser()


def write_private_text(path: str | os.PathLike[str], text: str) -> Path:
    return write_private(path, lambda handle: handle.write(text))


def write_private_bytes(
    path: str | os.PathLike[str], data: bytes, *, make_folders: bool = True
) -> Path:
    return write_private(
        path, lambda handle: handle.write(data), binary=True, make_folders=make_folders
    )


def copy_private(source: str | os.PathLike[str], dest: str | os.PathLike[str]) -> Path:
    """Copy ``source`` to ``dest`` (private, atomic); only the bytes, never the source's mode."""
    with open(source, "rb") as incoming:
        return write_private(dest, lambda out: shutil.copyfileobj(incoming, out), binary=True)
