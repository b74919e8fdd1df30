"""Importing people from CSV or vCard files, whole or not at all.

Every row is checked first (the same rules as adding a person by hand). By default one bad row stops
the import and the report lists every bad row with its line number; ``skip_invalid`` imports the
good rows. People already in the journal — same email, same phone (however it is written: numbers are
compared in E.164, read in the business's country), or same name — and repeats within the file
are skipped or merged into the existing person. The writes are batched in one transaction.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cxjournal import clock
from cxjournal import vocabulary as v
from cxjournal.errors import CXJournalError, ValidationError
from cxjournal.i18n import tr
from cxjournal.io import csv_people
from cxjournal.phones import phone_key
from cxjournal.services import accounts
from cxjournal.services import validation as check
from cxjournal.services.people import _fold
from cxjournal.store import phone_keys
from cxjournal.store.bulk import insert_rows
from cxjournal.store.models import Person
from cxjournal.store.transactions import trial_transaction, write_transaction

BATCH = 500
PERSON_COLUMNS = ("name", "side", "organisation", "email", "phone", "role", "notes")
WRITTEN_COLUMNS = (*PERSON_COLUMNS, "phone_e164")  # what a new person's row holds


def person_fields() -> dict[str, str]:
    """Fields a column can hold, with their labels (for the column mapping)."""
    return {
        "name": tr("Name"),
        "first_name": tr("First name", "import"),
        "last_name": tr("Last name", "import"),
        "organisation": tr("Organisation", "import"),
        "email": tr("Email"),
        "phone": tr("Phone"),
        "role": tr("Role", "import"),
        "notes": tr("Notes"),
    }


@dataclass
class CsvPreview:
    headers: list[str]
    rows: list[list[str]]
    encoding: str
    delimiter: str
    guessed_mapping: dict[str, str]


@dataclass
class ImportReport:
    """What an import did (or would do); each row of the file is counted once, in one of ``added``,
    ``merged``, ``skipped`` or ``errors``."""

    added: int = 0
    merged: int = 0  # rows that filled in details of someone already known
    skipped: list[tuple[int, str]] = field(default_factory=list)  # duplicates: (line, reason)
    errors: list[tuple[int, str]] = field(default_factory=list)  # bad rows: (line, reason)
    written: bool = False


def preview_csv(path: str | Path, rows: int = 5) -> CsvPreview:
    table = csv_people.read_csv(path)
    first = [cells for _, cells in table.rows[:rows]]
    return CsvPreview(table.headers, first, table.encoding, table.delimiter, table.guessed_mapping)


def _phone_key(values: dict) -> str:
    """The number in E.164 when it is one, else its digits (a number libphonenumber does not
    know may still be typed twice)."""
    if values.get("phone_e164"):
        return values["phone_e164"]
    digits = re.sub(r"\D", "", values.get("phone") or "")
    return digits if len(digits) >= 6 else ""


def _keys(values: dict) -> list[tuple[str, str]]:
    keys = [("name", _fold(values["name"]))]
    if values.get("email"):
        keys.append(("email", values["email"].lower()))
    if _phone_key(values):
        keys.append(("phone", _phone_key(values)))
    return keys


def _clean(values: dict, side: str, region: str) -> dict:
    phone = check.clean_phone(values.get("phone"))
    return {
        "name": check.clean_line(values.get("name"), tr("Name"), required=True),
        "side": side,
        "organisation": check.clean_line(values.get("organisation"), tr("Organisation", "import")),
        "email": check.clean_email(values.get("email")),
        "phone": phone,
        "phone_e164": phone_key(phone, region),
        "role": check.clean_line(values.get("role"), tr("Role", "import")),
        "notes": check.clean_text(values.get("notes"), tr("Notes")),
    }


def _read(path: Path, mapping: dict[str, str] | None):
    if path.suffix.lower() in (".vcf", ".vcard"):
        from cxjournal.io.vcard_people import read_vcards

        return read_vcards(path)
    return list(csv_people.records(csv_people.read_csv(path), mapping))


MERGED_FIELDS = ("organisation", "email", "phone", "role", "notes")


def _fill(values: dict, have, fill: dict) -> bool:
    """Put in ``fill`` the details of ``values`` that ``have`` (a Person or a new row) lacks."""
    filled = False
    for key in MERGED_FIELDS:
        current = getattr(have, key) if isinstance(have, Person) else have[key]
        if values[key] and not current and not fill.get(key):
            fill[key] = values[key]
            filled = True
    if "phone" in fill:
        fill["phone_e164"] = values["phone_e164"]
    return filled


def _sort_rows(rows, side: str, merge: bool) -> tuple[ImportReport, list[dict], dict[int, dict]]:
    """Each row counted once: new (added), merged (it fills in details of someone already in the
    journal or earlier in the file), skipped (a duplicate that brings nothing, or any duplicate
    when not merging), or invalid. Returns the report, the new people, and {person id: details}."""
    known: dict[tuple[str, str], Person | dict] = {}
    for person in Person.select().where(Person.deleted_at.is_null()):
        held = {"name": person.name, "email": person.email, "phone": person.phone}
        for key in _keys({**held, "phone_e164": person.phone_e164}):
            known.setdefault(key, person)
    region = phone_keys.journal_region()
    report = ImportReport()
    new: list[dict] = []
    merges: dict[int, dict] = {}
    for line, raw in rows:
        try:
            values = _clean(raw, side, region)
        except CXJournalError as exc:
            report.errors.append((line, str(exc)))
            continue
        match = next((known[k] for k in _keys(values) if k in known), None)
        if match is None:
            new.append(values)
            for key in _keys(values):
                known[key] = values
            continue
        in_journal = isinstance(match, Person)
        fill = (merges.setdefault(match.id, {}) if in_journal else match) if merge else {}
        if merge and _fill(values, match, fill):
            report.merged += 1
            for key in _keys(values):
                known.setdefault(key, match)
            continue
        who = match.name if in_journal else match["name"]
        report.skipped.append(
            (line, tr("Already in the journal as {name}.", "import").format(name=who))
            if in_journal
            else (line, tr("Repeats {name}, earlier in the file.", "import").format(name=who))
        )
    report.added = len(new)
    return report, new, merges


def import_people(
    path: str | Path,
    *,
    side: str = v.CUSTOMER,
    mapping: dict[str, str] | None = None,
    dry_run: bool = False,
    skip_invalid: bool = False,
    duplicates: str = "skip",
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Import the people of a .csv or .vcf file as customers or staff; see the module's rules.
    An owner's (issue 18)."""
    accounts.require("import")
    side = check.one_of(side, v.SIDES, tr("side"))
    duplicates = check.one_of(duplicates, ("skip", "merge"), tr("duplicates", "import"))
    rows = _read(Path(path), mapping)  # parsing the file holds no lock
    if not rows:
        raise ValidationError(tr("This file holds nobody to import.", "import"))
    # A dry run only reads; a real import takes the write lock before comparing with the journal.
    with trial_transaction() if dry_run else write_transaction():
        report, new, merges = _sort_rows(rows, side, duplicates == "merge")
        if dry_run or (report.errors and not skip_invalid):
            return report
        _write_rows(new, merges, progress)
    report.written = True
    return report


def _write_rows(
    new: list[dict], merges: dict[int, dict], progress: Callable[[int, int], None] | None
) -> None:
    stamp = clock.now().replace(microsecond=0)
    total = len(new) + len(merges)
    # every row has _clean's keys; insert_rows skips peewee's node per value (most of the time
    # of a 10,000-row import on a server)
    columns = (*WRITTEN_COLUMNS, "created_at", "updated_at")
    for start in range(0, len(new), BATCH):
        chunk = [
            [row[key] for key in WRITTEN_COLUMNS] + [stamp, stamp]
            for row in new[start : start + BATCH]
        ]
        insert_rows(Person, columns, chunk)
        if progress:
            progress(min(start + BATCH, len(new)), total)
    for person_id, fill in merges.items():
        if fill:
            Person.update(**fill, updated_at=stamp).where(Person.id == person_id).execute()
    if progress:
        progress(total, total)
