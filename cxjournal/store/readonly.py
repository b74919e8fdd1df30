"""Reading a journal file without writing a byte beside it (vetting a file, reading a backup's
identity or register of erasures).

``mode=ro`` still creates an empty ``-wal`` and a 32 KiB ``-shm`` beside a file in WAL mode, so a
file that is then refused would leave litter behind. ``immutable=1`` creates nothing; it is used
unless a ``-wal`` already lies beside the file (a crash, or the journal open elsewhere), whose
content must be read: then ``mode=ro``, and the -shm that goes with that -wal is SQLite's own.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def connect_read_only(path: str | os.PathLike[str], *, timeout: float = 5) -> sqlite3.Connection:
    """A read-only connection to the SQLite file at ``path`` that leaves nothing beside it."""
    path = Path(path)
    has_wal = path.with_name(path.name + "-wal").exists()
    mode = "mode=ro" if has_wal else "immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True, timeout=timeout)
