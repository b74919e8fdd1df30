"""Reading people from CSV files as spreadsheets and address books write them: the app's own export,
Google Contacts, Outlook, and French Excel (semicolons, Windows-1252 or UTF-8 with a BOM, or its
"Unicode Text": UTF-16 with tabs). The encoding and the delimiter are detected; the header is mapped
to person fields (a guess the owner can change). Only the stdlib ``csv`` module parses the file, in
strict mode: a quote that is never closed refuses the file instead of swallowing the rows after it.

A person with several e-mails or phones (Google's " ::: " cells, Outlook's phone columns) keeps the
first one filled in, in the order of ``HEADERS``; the others go to the notes."""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from cxjournal.errors import ValidationError
from cxjournal.i18n import tr
from cxjournal.io.contact_values import first_and_others, notes_with_others, split_cell

MAX_BYTES = 50 * 2**20
ENCODINGS = ("utf-8-sig", "cp1252")  # cp1252 accepts almost any byte: tried last
FIELDS = ("name", "first_name", "last_name", "organisation", "email", "phone", "role", "notes")

# Header names as exporters write them (compared without accents, case or punctuation).
HEADERS = {
    "name": ["name", "display name", "full name", "nom complet", "nom et prenom", "contact"],
    "first_name": ["first name", "given name", "prenom"],
    "last_name": ["last name", "family name", "surname", "nom", "nom de famille"],
    "organisation": [
        "organisation", "organization", "company", "organization 1 - name", "organization name",
        "societe", "entreprise", "organisation 1 - name",
    ],
    # Several columns of an export may hold e-mails or phones: the first filled in, in this order,
    # is the person's; the others are noted. Mobiles first: the number an owner calls back.
    "email": [
        "email", "e-mail", "e-mail address", "email address", "e-mail 1 - value", "courriel",
        "adresse e-mail", "adresse mail", "mail", "e-mail 2 address", "e-mail 2 - value",
        "e-mail 3 address", "e-mail 3 - value",
    ],
    "phone": [
        "phone", "telephone", "mobile phone", "mobile", "portable", "phone 1 - value",
        "primary phone", "business phone", "home phone", "company main phone", "business phone 2",
        "home phone 2", "other phone", "car phone", "phone 2 - value", "phone 3 - value", "tel",
        "tel.", "telephone portable", "telephone fixe",
    ],
    "role": [
        "role", "job title", "title", "organization 1 - title", "organization title", "fonction",
        "poste",
    ],
    "notes": ["notes", "note", "commentaire", "commentaires", "remarques"],
}  # fmt: skip


def fold(text: str) -> str:
    """Lower case, no accents, no surrounding spaces or quotes: how headers are compared."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.casefold().replace("_", " ").split()).strip("\"' ")


@dataclass
class CsvTable:
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (line number in the file, cells)
    encoding: str
    delimiter: str
    guessed_mapping: dict[str, str] = field(default_factory=dict)  # field -> header


def decode(data: bytes) -> tuple[str, str]:
    """The text of ``data`` and the encoding that read it."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Excel's "Unicode Text"
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise ValidationError(
                tr("The characters of this file cannot be read.", "import")
            ) from exc
    if b"\x00" in data[:4096]:
        raise ValidationError(
            tr("This file is not a text file (it looks like a binary file).", "import")
        )
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise ValidationError(tr("The characters of this file cannot be read.", "import"))


def _delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t|").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in ";,\t"}
        return max(counts, key=counts.get)


def guess_mapping(headers: list[str], known: dict[str, list[str]] | None = None) -> dict[str, str]:
    """{field: header} for the headers recognised by ``known`` (people's ``HEADERS`` by default;
    the journal history importer gives its own)."""
    found: dict[str, str] = {}
    folded = [fold(h) for h in headers]
    for key, names in (HEADERS if known is None else known).items():
        for name in names:
            if name in folded and headers[folded.index(name)] not in found.values():
                found[key] = headers[folded.index(name)]
                break
    if "name" in found and "last_name" in found and found["last_name"] == found["name"]:
        del found["last_name"]
    return found


def _rows(text: str, delimiter: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header and the (line where the row begins, cells) of each non-empty row."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    start = 1
    try:
        headers = [h.strip() for h in next(reader)]
        start = reader.line_num + 1
        rows = []
        for cells in reader:
            if any(c.strip() for c in cells):
                rows.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        lines = re.split(r"\r\n|\r|\n", text)[start - 1 : reader.line_num]
        if any('"' in line for line in lines):
            raise ValidationError(
                tr(
                    'A quote (") opened on line {line} is not closed properly: the rows after it '
                    "would be read as one cell.",
                    "import",
                ).format(line=start)
            ) from exc
        raise ValidationError(
            tr("Line {line} cannot be read as CSV: {reason}", "import").format(
                line=reader.line_num, reason=exc
            )
        ) from exc
    return headers, rows


def read_text(path: str | Path) -> tuple[str, str]:
    """The text of a file to import and the encoding it was in; refused when it cannot be read or
    is too large to be a contact list."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            tr("{path} cannot be read: {reason}", "import").format(path=path, reason=exc.strerror)
        ) from exc
    if len(data) > MAX_BYTES:
        raise ValidationError(tr("This file is too large to import (over 50 MB).", "import"))
    return decode(data)


def read_csv(path: str | Path, known: dict[str, list[str]] | None = None) -> CsvTable:
    """The header and rows of a CSV file, whatever its encoding and separator, with the fields
    its headers name (see ``guess_mapping``)."""
    text, encoding = read_text(path)
    if not text.strip():
        raise ValidationError(tr("This file is empty.", "import"))
    delimiter = _delimiter(text)
    headers, rows = _rows(text, delimiter)
    return CsvTable(headers, rows, encoding, delimiter, guess_mapping(headers, known))


def records(table: CsvTable, mapping: dict[str, str] | None = None):
    """(line, {field: text}) for each row, through ``mapping`` (field -> header)."""
    mapping = mapping if mapping is not None else table.guessed_mapping
    if not (mapping.get("name") or mapping.get("first_name") or mapping.get("last_name")):
        raise ValidationError(
            tr("Say which column holds the names: none was recognised.", "import")
        )
    index = {key: table.headers.index(h) for key, h in mapping.items() if h in table.headers}
    more = {key: _more_columns(table.headers, key, mapping) for key in ("email", "phone")}
    for line, cells in table.rows:
        values = {key: cells[i].strip() if i < len(cells) else "" for key, i in index.items()}
        name = values.pop("name", "")
        first, last = values.pop("first_name", ""), values.pop("last_name", "")
        values["name"] = name or " ".join(p for p in (first, last) if p)
        others = {}
        for key in ("email", "phone"):
            if key in index:
                found = split_cell(values[key])
                found += [v for i in more[key] if i < len(cells) for v in split_cell(cells[i])]
                values[key], others[key] = first_and_others(found)
        if others.get("email") or others.get("phone"):
            values["notes"] = notes_with_others(
                values.get("notes", ""), others.get("email", []), others.get("phone", [])
            )
        yield line, values


def _more_columns(headers: list[str], key: str, mapping: dict[str, str]) -> list[int]:
    """The other columns of the file holding ``key`` (e-mails or phones), in ``HEADERS`` order;
    none when the owner said the file has no such column."""
    if not mapping.get(key):
        return []
    folded = [fold(h) for h in headers]
    taken = set(mapping.values())
    return [
        folded.index(name)
        for name in HEADERS[key]
        if name in folded and headers[folded.index(name)] not in taken
    ]
