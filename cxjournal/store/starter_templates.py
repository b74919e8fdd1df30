"""The reply templates shipped with the app (``resources/templates/<lang>.json``), added to a new
journal, to one upgraded to the version that brought templates, and by the demo, in the journal's
language. They are rows like any other afterwards: the owner edits or deletes them."""

from __future__ import annotations

import json
from datetime import datetime

from cxjournal import clock
from cxjournal.catalog import resolve_language
from cxjournal.resources import resource_path
from cxjournal.store.models import ReplyTemplate, Setting


def starter_set(lang: str) -> list[dict]:
    """The starter templates of ``lang`` ("fr" or "en"): name, text, status."""
    path = resource_path("templates", f"{lang if lang in ('fr', 'en') else 'en'}.json")
    return json.loads(path.read_text(encoding="utf-8"))["templates"]


def journal_language() -> str:
    """ "fr" or "en": the journal's language setting, or the system's when it follows it."""
    row = Setting.get_or_none(Setting.key == "language")
    return resolve_language(row.value if row else None)


def add_starter_templates(lang: str | None = None, now: datetime | None = None) -> int:
    """Add the starter set (inside the caller's transaction) unless the journal has templates.
    Returns how many were added."""
    if ReplyTemplate.select().exists():
        return 0
    lang = lang or journal_language()
    stamp = (now or clock.now()).replace(microsecond=0)
    rows = [
        {
            "name": item["name"],
            "text": item["text"],
            "status": item.get("status", ""),
            "language": lang,
            "position": position,
            "created_at": stamp,
            "updated_at": stamp,
        }
        for position, item in enumerate(starter_set(lang), start=1)
    ]
    ReplyTemplate.insert_many(rows).execute()
    return len(rows)


def is_untouched_starter_set() -> bool:
    """Whether the journal's templates are exactly one language's starter set, as shipped (so
    switching the journal's language may swap them for the other set without losing work)."""
    found = [(t.name, t.text, t.status) for t in ReplyTemplate.select().order_by(ReplyTemplate.id)]
    return any(
        found == [(i["name"], i["text"], i.get("status", "")) for i in starter_set(lang)]
        for lang in ("fr", "en")
    )


def follow_language(lang: str, now: datetime | None = None, *, renew: bool = False) -> bool:
    """The journal now speaks ``lang``: an untouched starter set of the other language is swapped
    for this one's (inside the caller's transaction). ``renew`` (the demo): the starter set is
    written again even in the same language, or added when there is none, stamped ``now``, so the
    same demo is the same journal. True when written."""
    languages = {row[0] for row in ReplyTemplate.select(ReplyTemplate.language).distinct().tuples()}
    if not renew and languages in ({lang}, set()):
        return False
    if languages and not is_untouched_starter_set():
        return False
    ReplyTemplate.delete().execute()
    add_starter_templates(lang, now)
    return True
