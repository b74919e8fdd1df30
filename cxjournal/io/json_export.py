"""The whole journal as one JSON file — every table, trash and settings included — and back: an
import into an empty journal reproduces the same data, ids and all. Also one CSV per table, for
spreadsheets (UTF-8 with a BOM, so Excel shows accents right)."""

from __future__ import annotations

import csv
import json
import os
from datetime import date, datetime
from pathlib import Path

from peewee import DateField, DateTimeField

from cxjournal import __version__
from cxjournal.errors import ValidationError
from cxjournal.i18n import tr
from cxjournal.store import search
from cxjournal.store.migrations import SCHEMA_VERSION, stored_version
from cxjournal.store.models import (
    ALL_MODELS,
    Department,
    Entry,
    FollowUp,
    Person,
    Promise,
    SchemaVersion,
)
from cxjournal.store.transactions import read_transaction, write_transaction

FORMAT = "cxjournal-export"
TABLES = [m for m in ALL_MODELS if m is not SchemaVersion]  # in an order foreign keys accept


def _plain(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _rows(model) -> list[dict]:
    return [
        {k: _plain(v) for k, v in row.items()}
        for row in model.select().order_by(*model._meta.get_primary_keys()).dicts()
    ]


def _write_private(path: Path, write) -> Path:
    path = Path(path).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
        write(handle)
    os.replace(part, path)
    return path


def export_json(path: str | Path) -> Path:
    """Write the whole journal to ``path`` (private to the user, written whole or not at all)."""
    with read_transaction():  # one consistent snapshot
        document = {
            "format": FORMAT,
            "schema_version": stored_version(),
            "app_version": __version__,
            "exported_at": datetime.now().replace(microsecond=0).isoformat(),
            "tables": {m._meta.table_name: _rows(m) for m in TABLES},
        }
    return _write_private(
        Path(path), lambda h: json.dump(document, h, ensure_ascii=False, indent=1)
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
        out[column.name] = value
    return out


def is_empty() -> bool:
    return not any(m.select().exists() for m in (Person, Entry, Department, Promise, FollowUp))


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
                model.delete().execute()  # e.g. settings written by the welcome step
                rows = [_typed(model, row) for row in tables.get(model._meta.table_name, [])]
                for start in range(0, len(rows), 500):
                    model.insert_many(rows[start : start + 500]).execute()
                count += len(rows)
            search.rebuild_index()
    except (ValueError, TypeError, AttributeError) as exc:
        raise ValidationError(
            tr("The export is damaged and was not loaded: {reason}", "export").format(reason=exc)
        ) from exc
    return count


def export_csv(folder: str | Path) -> list[Path]:
    """One CSV per table in ``folder``."""
    folder = Path(folder).expanduser()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    written = []
    with read_transaction():
        for model in TABLES:
            rows = _rows(model)
            columns = [f.column_name for f in model._meta.sorted_fields]

            def write(handle, rows=rows, columns=columns):
                handle.write("\ufeff")
                writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
                writer.writeheader()
                writer.writerows(rows)

            written.append(_write_private(folder / f"{model._meta.table_name}.csv", write))
    return written
