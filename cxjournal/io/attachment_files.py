"""Files on disk in and out of an entry's attachments: reading the files the owner chose (checked
before anything is written: missing, unreadable, a folder, too big), attaching them all or none,
and saving one attached file back to disk as a private file."""

from __future__ import annotations

import os
from pathlib import Path

from cxjournal.errors import ValidationError
from cxjournal.files import write_private_bytes
from cxjournal.i18n import tr
from cxjournal.services import attachments
from cxjournal.services.attachments import AttachmentInfo


def _read_one(path: Path, limit: int) -> bytes:
    """The bytes of ``path``; never more than ``limit`` + 1 are read (a huge file is refused
    without being loaded)."""
    try:
        if path.is_dir():
            raise ValidationError(tr("{path} is a folder, not a file.", "attach").format(path=path))
        size = path.stat().st_size
        if size > limit:
            raise ValidationError(attachments.too_big_message(path.name, size, limit))
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise ValidationError(
            tr("{path} does not exist. Nothing was attached.", "attach").format(path=path)
        ) from None
    except OSError as exc:
        raise ValidationError(
            tr("{path} cannot be read ({reason}). Nothing was attached.", "attach").format(
                path=path, reason=exc.strerror or exc
            )
        ) from exc
    if len(data) > limit:  # it grew while it was read
        raise ValidationError(attachments.too_big_message(path.name, len(data), limit))
    return data


def read_files(paths: list[str | os.PathLike[str]]) -> list[tuple[str, bytes]]:
    """Each file's name and bytes; the first that cannot be attached refuses them all."""
    limit = attachments.limit_bytes()
    return [(Path(p).name, _read_one(Path(p).expanduser(), limit)) for p in paths]


def attach_paths(entry_id: int, paths: list[str | os.PathLike[str]]) -> list[AttachmentInfo]:
    """Attach the files at ``paths`` to the entry: all of them, or none."""
    return attachments.attach_files(entry_id, read_files(paths))


def save_attachment(info: AttachmentInfo, path: str | os.PathLike[str]) -> Path:
    """Write one attached file to ``path`` (private to the user, whole or not at all)."""
    target = Path(path).expanduser()
    if target.is_dir():
        target = target / info.name
    if not target.parent.is_dir():
        raise ValidationError(
            tr("The folder {path} does not exist.", "export").format(path=target.parent)
        )
    return write_private_bytes(target, attachments.attachment_data(info.id), make_folders=False)
