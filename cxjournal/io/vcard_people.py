"""Reading people from vCard files (.vcf): vCard 4.0 and 3.0, and 2.1 as phones export it
(QUOTED-PRINTABLE values, CHARSET parameters). Each line is read by the ``vobject`` library.

No value is ever cut, and no line is ever skipped:
- quoted-printable soft line breaks (a line ending in "=") are joined before a line is read: vobject's
  reader would skip the continuation line, log "Skipped line" and keep half the name;
- a line vobject cannot read fails the whole file with its line number;
- vobject's vCard behaviour is not applied: it keeps a text value only up to its first comma, and
  vCard 2.1 does not escape commas. Values are unescaped with vobject's own function instead."""

from __future__ import annotations

import re
from pathlib import Path

from cxjournal.errors import ValidationError
from cxjournal.i18n import tr
from cxjournal.io.contact_values import first_and_others, notes_with_others, phone_text
from cxjournal.io.csv_people import read_text

LINE_BREAK = re.compile(r"\r\n|\r|\n")
Card = dict[str, list]  # lower-case property name -> vobject ContentLines, in the file's order


def content_lines(text: str) -> list[tuple[int, str]]:
    """(line number in the file, line) for each content line, with folded lines (a line starting
    with a space continues the one before) and quoted-printable soft line breaks joined."""
    lines: list[tuple[int, str]] = []
    quoted_printable = soft_break = False
    for number, line in enumerate(LINE_BREAK.split(text), 1):
        if soft_break:
            lines[-1] = (lines[-1][0], lines[-1][1][:-1] + line)
        elif line[:1] in (" ", "\t") and lines:
            lines[-1] = (lines[-1][0], lines[-1][1] + line[1:])
        elif not line.strip():
            quoted_printable = soft_break = False
            continue
        else:
            lines.append((number, line))
            quoted_printable = "QUOTED-PRINTABLE" in line.split(":", 1)[0].upper()
        # in quoted-printable a literal "=" is written "=3D": a final "=" is always a soft break
        current = lines[-1][1].rstrip(" \t")
        soft_break = quoted_printable and current.endswith("=")
        if soft_break:
            lines[-1] = (lines[-1][0], current)
    return lines


def _unreadable(bad: list[tuple[int, str]]) -> ValidationError:
    shown = bad[0][1] if len(bad[0][1]) <= 60 else bad[0][1][:59] + "…"
    if len(bad) == 1:
        message = tr("Line {line} of this vCard file cannot be read: “{text}”.", "import")
    else:
        message = tr(
            "Lines {lines} of this vCard file cannot be read (the first: “{text}”).", "import"
        )
    return ValidationError(
        message.format(line=bad[0][0], lines=", ".join(str(n) for n, _ in bad), text=shown)
    )


def _cards(lines: list[tuple[int, str]]) -> list[tuple[int, Card]]:
    """(line where the card begins, its properties) for each card; a card nested in another (a
    vCard 2.1 AGENT) belongs to its property and is not a person of its own."""
    from vobject.base import VObjectError, textLineToContentLine

    cards: list[tuple[int, Card]] = []
    bad: list[tuple[int, str]] = []
    depth, start, card = 0, 0, {}
    for number, line in lines:
        try:
            item = textLineToContentLine(line, number)  # also decodes quoted-printable
        except (VObjectError, LookupError, UnicodeError, ValueError):
            bad.append((number, line))
            continue
        name, value = item.name.upper(), str(item.value).strip().upper()
        if name == "BEGIN" and value == "VCARD":
            depth += 1
            if depth == 1:
                start, card = number, {}
        elif name == "END" and value == "VCARD":
            if depth == 0:
                bad.append((number, line))
                continue
            depth -= 1
            if depth == 0:
                cards.append((start, card))
        elif depth == 1:
            card.setdefault(item.name.lower(), []).append(item)
    if bad:
        raise _unreadable(bad)
    if depth:
        raise ValidationError(
            tr("The vCard that begins on line {line} never ends (no END:VCARD).", "import").format(
                line=start
            )
        )
    return cards


def _values(item, separator: str | None = None) -> list[str]:
    """The text of a property, unescaped; ``separator`` splits structured values (N, ORG)."""
    from vobject.icalendar import stringToTextValues

    return [" ".join(part.split()) for part in stringToTextValues(str(item.value), separator)]


def _text(card: Card, name: str) -> str:
    items = card.get(name)
    if not items:
        return ""
    if name == "note":  # the only text whose line breaks are kept
        return _note(items[0])
    return ";".join(part for part in _values(items[0], ";" if name == "org" else None) if part)


def _note(item) -> str:
    from vobject.icalendar import stringToTextValues

    return stringToTextValues(str(item.value), None)[0].strip()


def _preferred_first(items: list) -> list:
    """PREF (vCard 2.1), TYPE=pref (3.0) or PREF=1 (4.0) first; otherwise the file's order."""

    def preferred(item) -> bool:
        params = {k.upper(): [str(p).lower() for p in v] for k, v in item.params.items()}
        singletons = [str(p).upper() for p in item.singletonparams]
        return (
            "pref" in params.get("TYPE", [])
            or "1" in params.get("PREF", [])
            or ("PREF" in singletons)
        )

    return sorted(items, key=lambda item: not preferred(item))


def _all(card: Card, name: str, clean=lambda text: text) -> tuple[str, list[str]]:
    items = _preferred_first(card.get(name, []))
    return first_and_others([clean(_values(item)[0]) for item in items])


def _name(card: Card) -> str:
    formatted = _text(card, "fn")
    if formatted or "n" not in card:
        return formatted
    family, given = [*_values(card["n"][0], ";"), "", ""][:2]
    return " ".join(f"{given} {family}".split())


def _person(card: Card) -> dict[str, str]:
    email, other_emails = _all(card, "email")
    phone, other_phones = _all(card, "tel", phone_text)
    return {
        "name": _name(card),
        "organisation": _text(card, "org"),
        "email": email,
        "phone": phone,
        "role": _text(card, "title"),
        "notes": notes_with_others(_text(card, "note"), other_emails, other_phones),
    }


def read_vcards(path: str | Path) -> list[tuple[int, dict[str, str]]]:
    """(line where the card begins, {field: text}) for each card of the file."""
    text, _ = read_text(path)
    if "BEGIN:VCARD" not in text.upper():
        raise ValidationError(tr("This file holds no vCard.", "import"))
    return [(start, _person(card)) for start, card in _cards(content_lines(text))]
