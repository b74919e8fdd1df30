"""The whole journal as one JSON file — every table, trash and settings included — and back: an
import into an empty journal reproduces the same data, ids and all. Also one CSV per table, for
spreadsheets (UTF-8 with a BOM, so Excel shows accents right).

An export names its journal (top-level ``journal_id``) and keeps every person's uuid. Loading it
into an empty journal is a restore of that journal, so the empty journal takes the export's
identity (an export made before journals had one leaves the empty journal's own).
"""

from __future__ import annotations

import base64
import binascii
import csv
import json
from datetime import date, datetime
from pathlib import Path

from peewee import BlobField, DateField, DateTimeField

from cxjournal import __version__
from cxjournal.errors import ValidationError
from cxjournal.files import private_folder, write_private
from cxjournal.i18n import tr
from cxjournal.names import name_key
from cxjournal.services import accounts
from cxjournal.store import contact_dates, identity, phone_keys, search
from cxjournal.store.migrations import SCHEMA_VERSION, stored_version
from cxjournal.store.models import (
    ALL_MODELS,
    ChangeLog,
    Department,
    Entry,
    FollowUp,
    Person,
    Promise,
    PulseAnswer,
    Rating,
    SchemaVersion,
    Tag,
    new_uuid,
    sync_id_sequences,
)
from cxjournal.store.rows import json_values
from cxjournal.store.transactions import read_transaction, write_transaction

FORMAT = "cxjournal-export"
TABLES = [m for m in ALL_MODELS if m is not SchemaVersion]  # in an order foreign keys accept


def _rows(model) -> list[dict]:
    return [
        json_values(row) for row in model.select().order_by(*model._meta.get_primary_keys()).dicts()
    ]


def _output_file(path: Path) -> Path:
    """A file the owner named: refused when it is a folder or its folder does not exist (a typo is
    not silently turned into new folders)."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise ValidationError(
            tr("{path} is a folder; give a file name to write to.", "export").format(path=path)
        )
    if not path.parent.is_dir():
        raise ValidationError(
            tr("The folder {path} does not exist.", "export").format(path=path.parent)
        )
    return path


def export_json(path: str | Path) -> Path:
    """Write the whole journal to ``path`` (private to the user, written whole or not at all).
    An owner's (issue 18): on a server another account's export would be partial anyway."""
    accounts.require("export")
    with read_transaction():  # one consistent snapshot
        document = {
            "format": FORMAT,
            "schema_version": stored_version(),
            "app_version": __version__,
            "exported_at": datetime.now().replace(microsecond=0).isoformat(),
            "journal_id": identity.journal_id(),
            "tables": {m._meta.table_name: _rows(m) for m in TABLES},
        }
    return write_private(
        _output_file(Path(path)),
        lambda h: json.dump(document, h, ensure_ascii=False, indent=1),
        make_folders=False,
    )


def _typed(model, row: dict) -> dict:
    out = {}
    for name, value in row.items():
        column = model._meta.columns.get(name) or model._meta.fields.get(name)
        if column is None:
            raise ValidationError(
                tr("The export has an unknown column {table}.{name}.", "export").format(
                    table=model._meta.table_name, name=name
                )
            )
        if value is not None and isinstance(column, DateTimeField):
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(column, DateField):
            value = date.fromisoformat(value)
        elif value is not None and isinstance(column, BlobField):
            value = _bytes(value)
        out[column.name] = value
    if model is Person and not out.get("uuid"):
        out["uuid"] = new_uuid()  # an export made before people had one
    if model in (Tag, Department) and not out.get("key"):
        out["key"] = name_key(str(out.get("name") or ""))  # an export made before version 6
    return out


def _bytes(text: object) -> bytes:
    """An attached file's bytes from the export's base64 (damage is a ``ValueError``)."""
    try:
        return base64.b64decode(str(text), validate=True)
    except binascii.Error as exc:
        raise ValueError(str(exc)) from exc


def is_empty() -> bool:
    kept = (Person, Entry, Department, Promise, FollowUp, Rating, PulseAnswer)
    return not any(m.select().exists() for m in kept)


def _load_table(model, tables: dict) -> int:
    """Replace ``model``'s rows by the export's (e.g. settings written by the welcome step)."""
    model.delete().execute()
    rows = [_typed(model, row) for row in tables.get(model._meta.table_name, [])]
    for start in range(0, len(rows), 500):
        model.insert_many(rows[start : start + 500]).execute()
    return len(rows)


def import_json(path: str | Path) -> int:
    """Load an export into this journal, which must be empty. Returns the number of rows."""
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError(
            tr("{path} is not a readable CX Journal export: {reason}", "export").format(
                path=path, reason=exc
            )
        ) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ValidationError(tr("{path} is not a CX Journal export.", "export").format(path=path))
    if document.get("schema_version", 0) > SCHEMA_VERSION:
        raise ValidationError(
            tr("This export comes from a newer CX Journal; update the app first.", "export")
        )
    tables = document.get("tables") or {}
    count = 0
    own_id = identity.journal_id()
    try:
        with write_transaction():  # the emptiness check too: nothing can slip in before the load
            if not is_empty():
                raise ValidationError(
                    tr(
                        "An export can only be loaded into an empty journal; this one has data.",
                        "export",
                    )
                )
            for model in TABLES:
                if model is not ChangeLog:
                    count += _load_table(model, tables)
            identity.set_journal_id(str(document.get("journal_id") or own_id))
            # derived: recomputed rather than trusted (an older export has none)
            contact_dates.recompute()
            phone_keys.rekey_people()  # phones in E.164 (an export made before version 23)
            count += _load_table(ChangeLog, tables)  # last: the log is the export's, not the load's
            sync_id_sequences(TABLES)  # the rows came with their ids
            search.rebuild_index()
    except (ValueError, TypeError, AttributeError) as exc:
        raise ValidationError(
            tr("The export is damaged and was not loaded: {reason}", "export").format(reason=exc)
        ) from exc
    return count


def _shared_rows(model, include_confidential: bool) -> list[dict]:
    """The rows of ``model`` fit to leave the journal: without confidential entries and what hangs
    on them (responses, tags, promises, follow-ups), unless they are asked for."""
    query = model.select(*[f for f in model._meta.sorted_fields if not isinstance(f, BlobField)])
    if not include_confidential:
        hidden = {
            Entry: Entry.select(Entry.id).where(Entry.confidential == True),  # noqa: E712
            Promise: Promise.select(Promise.id).where(
                Promise.entry.in_(Entry.select(Entry.id).where(Entry.confidential == True))  # noqa: E712
            ),
        }
        if model is Entry:
            query = query.where(Entry.confidential == False)  # noqa: E712
        for field, target in model._meta.refs.items():  # the foreign keys this table holds
            if target in hidden:
                query = query.where(field.is_null() | field.not_in(hidden[target]))
    ordered = query.order_by(*model._meta.get_primary_keys()).dicts()
    return [json_values(row) for row in ordered]


def export_csv(folder: str | Path, *, include_confidential: bool = False) -> list[Path]:
    """One CSV per table in ``folder`` (private files; the folder is made private if we create
    it). Confidential entries are left out unless ``include_confidential``. An owner's."""
    accounts.require("export")
    folder = Path(folder).expanduser()
    private_folder(folder)
    written = []
    with read_transaction():
        for model in TABLES:
            # an attached file's bytes are not spreadsheet material: its name, size, type stay
            fields = [f for f in model._meta.sorted_fields if not isinstance(f, BlobField)]
            columns = [f.column_name for f in fields]
            # rows name a foreign key by its field ("person"), the header by its column
            # ("person_id"): matched here, or every link was written empty
            rows = [
                {f.column_name: row.get(f.name) for f in fields}
                for row in _shared_rows(model, include_confidential)
            ]

            def write(handle, rows=rows, columns=columns):
                handle.write("\ufeff")
                writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
                writer.writeheader()
                writer.writerows(rows)

            written.append(write_private(folder / f"{model._meta.table_name}.csv", write))
    return written
