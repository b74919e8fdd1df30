"""Reading people from vCard files (.vcf) through the ``vobject`` library: vCard 4.0 and 3.0, and 2.1
as phones export it (QUOTED-PRINTABLE values, CHARSET parameters)."""

from __future__ import annotations

import quopri
from pathlib import Path

from cxjournal.errors import ValidationError
from cxjournal.i18n import tr
from cxjournal.io.csv_people import MAX_BYTES, decode


def _text(card, name: str) -> str:
    item = getattr(card, name, None) if name in card.contents else None
    if item is None:
        return ""
    value = item.value
    if isinstance(value, list):
        value = ";".join(str(v) for v in value if v)
    value = str(value)
    params = {k.upper(): v for k, v in item.params.items()}
    encoding = " ".join(params.get("ENCODING", [])).upper()
    if "QUOTED-PRINTABLE" in encoding or "QUOTED-PRINTABLE" in item.singletonparams:
        charset = (params.get("CHARSET") or ["utf-8"])[0]
        try:
            value = quopri.decodestring(value.encode("latin-1")).decode(charset, "replace")
        except (LookupError, UnicodeEncodeError):
            pass
    return " ".join(value.split())


def _name(card) -> str:
    formatted = _text(card, "fn")
    if formatted:
        return formatted
    if "n" in card.contents:
        n = card.n.value
        parts = [getattr(n, "given", ""), getattr(n, "family", "")]
        return " ".join(str(p) for p in parts if p and str(p).strip())
    return ""


def read_vcards(path: str | Path) -> list[tuple[int, dict[str, str]]]:
    """(card number, {field: text}) for each card of the file."""
    import vobject

    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            tr("{path} cannot be read: {reason}", "import").format(path=path, reason=exc.strerror)
        ) from exc
    if len(data) > MAX_BYTES:
        raise ValidationError(tr("This file is too large to import (over 50 MB).", "import"))
    text, _ = decode(data)
    if "BEGIN:VCARD" not in text.upper():
        raise ValidationError(tr("This file holds no vCard.", "import"))
    found = []
    try:
        for number, card in enumerate(vobject.readComponents(text, ignoreUnreadable=True), 1):
            if card.name.upper() != "VCARD":
                continue
            found.append(
                (
                    number,
                    {
                        "name": _name(card),
                        "organisation": _text(card, "org"),
                        "email": _text(card, "email"),
                        "phone": _text(card, "tel"),
                        "role": _text(card, "title"),
                        "notes": _text(card, "note"),
                    },
                )
            )
    except Exception as exc:  # vobject raises many kinds of parse errors
        raise ValidationError(
            tr("This vCard file cannot be read: {reason}", "import").format(reason=exc)
        ) from exc
    return found
