"""Helpers for the report tests: a fixed journal in place, PDF text read back, the journal's fingerprint."""

from __future__ import annotations

import hashlib
from pathlib import Path

from pypdf import PdfReader

from cxjournal.store.models import ALL_MODELS, db


def page_texts(path: Path) -> list[str]:
    """The text of each page, with no-break spaces read as plain spaces."""
    texts = [page.extract_text() for page in PdfReader(str(path)).pages]
    return [t.replace("\u202f", " ").replace("\u00a0", " ") for t in texts]


def flat(path: Path) -> str:
    """All pages' text with every run of white space as one space (cells wrap across lines)."""
    return " ".join(" ".join(page_texts(path)).split())


def journal_fingerprint(journal) -> tuple:
    """Row counts, last updates and a hash of every row's values; for a journal file also the
    changes made on this connection and the bytes of its files."""
    counts = tuple(model.select().count() for model in ALL_MODELS)
    stamps = tuple(
        str(model.select(model.updated_at).order_by(model.updated_at.desc()).scalar())
        for model in ALL_MODELS
        if "updated_at" in model._meta.fields
    )
    rows = hashlib.sha256()
    for model in ALL_MODELS:
        for row in model.select().order_by(*model._meta.sorted_fields).tuples():
            rows.update(repr(row).encode())
    if not isinstance(journal, Path):  # a server: no file to look at
        return counts, stamps, rows.hexdigest()
    files = tuple(
        hashlib.sha256(p.read_bytes()).hexdigest()
        for p in (journal, Path(f"{journal}-wal"))
        if p.exists()
    )
    return counts, stamps, rows.hexdigest(), db.obj.connection().total_changes, files
