"""The journal as a whole: whether anything was recorded in it yet (the first-run welcome asks its two
questions only then)."""

from __future__ import annotations

from cxjournal.store.models import Entry, Person


def journal_is_empty() -> bool:
    """True while nobody and nothing was recorded: no person and no entry, not even archived, in
    the trash or anonymous (a walk-in's entry has no person)."""
    return not Person.select().exists() and not Entry.select().exists()
