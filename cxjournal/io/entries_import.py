"""Importing a journal's history from a spreadsheet (CSV, French Excel, Excel's "Unicode Text"),
whole or not at all.

The file is read as people files are (``io.csv_people``: encodings, separators, unclosed quotes) and
each row checked as an entry typed in the app (``io.entry_rows``). Each row names its person by
name, e-mail or phone: someone already in the journal, else a new person on the row's side (or the
side given), proposed by a dry run and added by the import. A row repeating an entry of the journal
or of the file (same person, time and title) is skipped and counted. By default one bad row stops
the import and the report lists every bad row with its line number; ``skip_invalid`` imports the
others. An answer becomes a ``Response`` at its time and sets the entry's first response and
status as ``entries.respond`` and ``entries.resolve_entry`` do, so the month's figures read the same
as for history typed in the app. The writes are batched in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from cxjournal import clock
from cxjournal import vocabulary as v
from cxjournal.errors import CXJournalError, ValidationError
from cxjournal.i18n import tr
from cxjournal.io import csv_people, entry_rows
from cxjournal.io.people_import import WRITTEN_COLUMNS
from cxjournal.io.people_import import _clean as clean_person
from cxjournal.io.people_import import _keys as person_keys
from cxjournal.phones import phone_key
from cxjournal.services import accounts, checkins
from cxjournal.services import validation as check
from cxjournal.services.entries import tag_key, tags_named
from cxjournal.services.people import _fold
from cxjournal.store import contact_dates, phone_keys, search
from cxjournal.store.bulk import insert_rows, refresh_statistics
from cxjournal.store.models import Entry, EntryTag, Person, Response
from cxjournal.store.transactions import trial_transaction, write_transaction

ENTRY_COLUMNS = ("side", "kind", "channel", "occurred_at", "title", "details",
                 "satisfaction", "status", "first_response_at", "resolved_at", "resolution",
                 "confidential", "waiting_on", "waits")  # fmt: skip


@dataclass
class HistoryReport:
    """What an import did (or would do): each row counted once, added, skipped or in error."""

    added: int = 0
    people_added: list[str] = field(default_factory=list)  # new people, proposed or created
    skipped: list[tuple[int, str]] = field(default_factory=list)  # duplicates: (line, reason)
    errors: list[tuple[int, str]] = field(default_factory=list)  # bad rows: (line, reason)
    written: bool = False


def read_table(path: str | Path) -> csv_people.CsvTable:
    """The file's header, rows and the fields its headers name (a guess the owner can change)."""
    return csv_people.read_csv(path, entry_rows.HEADERS)


def mapping_with(table: csv_people.CsvTable, overrides: dict[str, str]) -> dict[str, str]:
    """The guessed {field: header}, changed by ``overrides`` ({header: field}, "" to ignore a
    column), as ``--map "Colonne=field"`` gives them."""
    fields = entry_rows.entry_fields()
    mapping = dict(table.guessed_mapping)
    for header, key in overrides.items():
        if header not in table.headers:
            raise ValidationError(
                tr("The file has no column “{header}”; its columns are: {names}.", "import").format(
                    header=header, names=", ".join(table.headers)
                )
            )
        if key and key not in fields:
            raise ValidationError(
                tr("“{field}” is not a field; choose one of: {names}.", "import").format(
                    field=key, names=", ".join(fields)
                )
            )
        mapping = {k: h for k, h in mapping.items() if h != header}
        if key:
            mapping[key] = header
    return mapping


def _records(table: csv_people.CsvTable, mapping: dict[str, str]):
    for needed in ("when", "kind"):
        if not mapping.get(needed):
            raise ValidationError(
                tr("Say which column holds “{field}”: none was recognised.", "import").format(
                    field=entry_rows.entry_fields()[needed]
                )
            )
    index = {key: table.headers.index(h) for key, h in mapping.items() if h in table.headers}
    for line, cells in table.rows:
        yield line, {key: cells[i].strip() if i < len(cells) else "" for key, i in index.items()}


class _People:
    """The journal's people by name, e-mail and phone, and the new ones the file brings."""

    def __init__(self) -> None:
        self.known: dict[tuple[str, str], Person | dict] = {}
        for person in Person.select().where(Person.deleted_at.is_null()):
            held = {"name": person.name, "email": person.email, "phone": person.phone}
            for key in person_keys({**held, "phone_e164": person.phone_e164}):
                self.known.setdefault(key, person)
        self.region = phone_keys.journal_region()  # numbers compared in E.164, read in it
        self.new: list[dict] = []
        self.keys: dict[tuple[str, str, str], list] = {}  # a history names people again and again

    def find(self, values: dict, side: str) -> tuple[Person | dict | None, bool]:
        """The person of a row (None for an anonymous walk-in) and whether they are new to the
        journal and the file (made here, kept only once the row is found good)."""
        who = values.get("who", "")
        email = values.get("email") or (who if "@" in who else "")
        phone = values.get("phone", "")
        if not (who or email or phone):
            return None, False
        probe = {
            "name": who or email or phone,
            "email": email,
            "phone": phone,
            "phone_e164": phone_key(phone, self.region),
        }
        keys = self.keys.get((who, email, phone))
        if keys is None:
            keys = person_keys(probe)
            if "@" in who:
                keys = keys[1:]  # the cell holds an e-mail, not a name
            self.keys[(who, email, phone)] = keys
        match = next((self.known[k] for k in keys if k in self.known), None)
        if match is not None:
            return match, False
        return clean_person(probe, side, self.region), True

    def keep(self, person: dict) -> None:
        self.new.append(person)
        for key in person_keys(person):
            self.known.setdefault(key, person)


def _side_of(person: Person | dict | None, written: str, default: str) -> str:
    side = entry_rows.read_side(written, default)
    have = person.side if isinstance(person, Person) else person["side"] if person else None
    if have and written.strip() and side != have:
        name = person.name if isinstance(person, Person) else person["name"]
        raise ValidationError(
            tr("{name} is a {side}.").format(name=name, side=v.label(have).lower())
        )
    return have or side


def _repeats(earlier: int, title: str) -> str:
    if earlier:
        return tr("Repeats line {line}: {title}.", "import").format(line=earlier, title=title)
    return tr("Already in the journal: {title}.", "import").format(title=title)


def _sort_rows(rows, side: str, now: datetime) -> tuple[HistoryReport, _People, list[dict]]:
    people = _People()
    seen = {  # an entry's (person, time, title): 0 when in the journal, else the line it is on
        (person_id, str(at)[:19], _fold(title)): 0
        for person_id, at, title in Entry.select(Entry.person, Entry.occurred_at, Entry.title)
        .where(Entry.deleted_at.is_null())
        .tuples()
    }
    report, entries = HistoryReport(), []
    for line, values in rows:
        try:
            person, is_new = people.find(values, entry_rows.read_side(values.get("side", ""), side))
            entry = entry_rows.clean_entry(
                values, _side_of(person, values.get("side", ""), side), now
            )
        except CXJournalError as exc:
            report.errors.append((line, str(exc)))
            continue
        who = person.id if isinstance(person, Person) else ("new", id(person)) if person else None
        key = (who, entry["occurred_at"].isoformat(sep=" "), _fold(entry["title"]))
        if key in seen:
            report.skipped.append((line, _repeats(seen[key], entry["title"])))
            continue
        seen[key] = line
        if is_new:
            people.keep(person)
        entries.append(dict(entry, person=person))
    report.added = len(entries)
    report.people_added = [p["name"] for p in people.new]
    return report, people, entries


def import_entries(
    path: str | Path,
    *,
    side: str = v.CUSTOMER,
    mapping: dict[str, str] | None = None,
    overrides: dict[str, str] | None = None,
    dry_run: bool = False,
    skip_invalid: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> HistoryReport:
    """Import the entries of a spreadsheet; see the module's rules. ``mapping`` is {field: header}
    (the guess by default), ``overrides`` {header: field} changes it. An owner's (issue 18)."""
    accounts.require("import")
    side = check.one_of(side, v.SIDES, tr("side"))
    table = read_table(path)  # parsing the file holds no lock
    if not table.rows:
        raise ValidationError(tr("This file holds no entry to import.", "import"))
    if mapping is None:
        mapping = mapping_with(table, overrides or {})
    rows = list(_records(table, mapping))
    now = clock.now()
    # A dry run only reads; a real import takes the write lock before comparing with the journal.
    with trial_transaction() if dry_run else write_transaction():
        report, people, entries = _sort_rows(rows, side, now)
        if dry_run or (report.errors and not skip_invalid):
            return report
        _write(people.new, entries, now, progress)
    report.written = True
    return report


def _write(
    new_people: list[dict],
    entries: list[dict],
    now: datetime,
    progress: Callable[[int, int], None] | None,
) -> None:
    stamp = now.replace(microsecond=0)
    made = [[*(p[key] for key in WRITTEN_COLUMNS), stamp, stamp] for p in new_people]
    columns = (*WRITTEN_COLUMNS, "created_at", "updated_at")
    person_ids = {
        id(p): i
        for p, i in zip(new_people, insert_rows(Person, columns, made, ids=True), strict=True)
    }
    rows = []
    for entry in entries:
        person = entry["person"]
        who = person.id if isinstance(person, Person) else person_ids.get(id(person))
        rows.append([who, *(entry[key] for key in ENTRY_COLUMNS), stamp, stamp])
    columns = ("person", *ENTRY_COLUMNS, "created_at", "updated_at")
    ids = insert_rows(Entry, columns, rows, ids=True)
    if progress:
        progress(len(ids) // 2, len(ids))
    answers = [
        [i, e["response_at"], e["response"]]
        for i, e in zip(ids, entries, strict=True)
        if e["response_at"] is not None
    ]
    insert_rows(Response, ("entry", "at", "text"), answers)
    _write_tags(ids, entries)
    refresh_statistics(Person, Entry, Response, EntryTag)
    search.reindex_entries(ids)
    for entry_id, entry in zip(ids, entries, strict=True):
        if entry["kind"] == "check-in":  # answers a department's check-in, as when logged
            checkins.record_checkin(Entry.get_by_id(entry_id), stamp)
    contact_dates.recompute(r[0] for r in rows)
    if progress:
        progress(len(ids), len(ids))


def _write_tags(ids: list[int], entries: list[dict]) -> None:
    """Link each entry to its tags (case and accents aside), making the tags no journal has."""
    names: dict[str, str] = {}
    for entry in entries:
        for name in entry["tags"]:
            names.setdefault(tag_key(name), name)
    tags = {tag.key: tag.id for tag in tags_named(list(names.values()))}
    links = list(
        dict.fromkeys(
            (entry_id, tags[tag_key(name)])
            for entry_id, entry in zip(ids, entries, strict=True)
            for name in entry["tags"]
        )
    )
    links = [list(link) for link in links]
    insert_rows(EntryTag, ("entry", "tag"), links)
