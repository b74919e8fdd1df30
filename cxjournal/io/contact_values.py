"""A person's several e-mails or phones as address books export them: Google's cells holding many
values separated by " ::: ", Outlook's many phone columns, vCard's repeated TEL and EMAIL lines, and
vCard 4.0 phones written as ``tel:`` URIs. The journal keeps one e-mail and one phone per person: the
first value is kept, the others are written in the notes so that nothing is lost."""

from __future__ import annotations

import re
from urllib.parse import unquote

from cxjournal.i18n import tr

GOOGLE_SEPARATOR = " ::: "


def split_cell(text: str) -> list[str]:
    """The values of one cell: Google Contacts joins the values sharing one label with " ::: "."""
    return [part.strip() for part in (text or "").split(GOOGLE_SEPARATOR.strip()) if part.strip()]


def phone_text(value: str) -> str:
    """A phone number as the owner would write it: a ``tel:+33-6-12-34-56-78;ext=2`` URI (RFC 3966)
    becomes ``+33 6 12 34 56 78``; other text is kept as it is."""
    text = (value or "").strip()
    if text[:4].lower() != "tel:":
        return text
    number = unquote(text[4:].split(";", 1)[0])
    # RFC 3966's visual separators are "-" and "."; people write spaces
    return " ".join(re.sub(r"[-.]", " ", number).split())


def first_and_others(values: list[str]) -> tuple[str, list[str]]:
    """The first value and the others, each value once."""
    unique = list(dict.fromkeys(v for v in values if v))
    return (unique[0], unique[1:]) if unique else ("", [])


def notes_with_others(notes: str, emails: list[str], phones: list[str]) -> str:
    """``notes`` followed by the e-mails and phones the person's fields cannot hold."""
    lines = [notes] if notes else []
    if emails:
        lines.append(tr("Other e-mails: {values}", "import").format(values=", ".join(emails)))
    if phones:
        lines.append(tr("Other phones: {values}", "import").format(values=", ".join(phones)))
    return "\n".join(lines)
