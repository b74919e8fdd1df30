"""What attached photos cost: 1,000 generated photos of about 300 KB each attached to a demo
journal, then the journal's size and the time of ``cxjournal backup`` and of a ``copy-to`` into a
new file, before and after (issue 23).

    python benchmarks/attachments.py [--photos 1000] [--kb 300] [--data benchmarks/out]

A "photo" is random bytes behind a JPEG header: JPEG data is already compressed, so random bytes
are what SQLite stores for a real photo of that size (nothing compresses either). Prints one JSON
object; a measuring tool, not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _cli(db: Path, *args: str) -> float:
    """Seconds taken by one whole ``cxjournal`` command (a new process, as the owner runs it)."""
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "cxjournal", "--db", str(db), *args],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    return time.perf_counter() - start


def _measure(db: Path, folder: Path, label: str) -> dict:
    backup, copy = folder / f"{label}-backup.db", folder / f"{label}-copy.db"
    for stale in (backup, copy):
        stale.unlink(missing_ok=True)
    return {
        f"{label}_journal_mb": round(db.stat().st_size / 1e6, 1),
        f"{label}_backup_s": round(_cli(db, "backup", "--out", str(backup)), 2),
        f"{label}_copy_to_s": round(_cli(db, "copy-to", str(copy)), 2),
    }


def _attach(db: Path, photos: int, kb: int) -> float:
    """Attach ``photos`` photos to the demo's entries, 10 per command; returns the seconds."""
    from cxjournal.store.connection import close_journal, open_journal
    from cxjournal.store.models import Entry

    open_journal(db)
    ids = [e.id for e in Entry.select(Entry.id).order_by(Entry.id).limit(photos)]
    close_journal()
    rng = random.Random(23)
    incoming = db.parent / "photos"
    incoming.mkdir(exist_ok=True)
    took = 0.0
    for start in range(0, photos, 10):
        paths = []
        for n in range(start, min(start + 10, photos)):
            size = int(kb * 1024 * rng.uniform(0.8, 1.2))
            path = incoming / f"photo-{n:04d}.jpg"
            path.write_bytes(b"\xff\xd8\xff\xe0" + rng.randbytes(size - 4))
            paths.append(str(path))
        took += _cli(db, "entry", "attach", str(ids[start % len(ids)]), *paths)
        for path in paths:
            os.unlink(path)
    return took


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--photos", type=int, default=1000)
    parser.add_argument("--kb", type=int, default=300)
    parser.add_argument("--data", type=Path, default=ROOT / "benchmarks" / "out" / "attachments")
    args = parser.parse_args()
    args.data.mkdir(parents=True, exist_ok=True)
    db = args.data / "journal.db"
    for stale in args.data.glob("journal.db*"):
        stale.unlink()
    _cli(db, "demo", "--people", "200", "--entries", "5000", "--months", "12")
    figures = {"photos": args.photos, "photo_kb": args.kb}
    figures.update(_measure(db, args.data, "before"))
    figures["attach_s"] = round(_attach(db, args.photos, args.kb), 1)
    figures.update(_measure(db, args.data, "after"))
    print(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
