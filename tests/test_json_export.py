"""The whole journal as JSON and back: a round trip reproduces every table; CSV per table."""

from __future__ import annotations

import csv
import json

import pytest

from cxjournal.demo import fill_demo
from cxjournal.errors import ValidationError
from cxjournal.io import json_export
from cxjournal.services import entries, people
from cxjournal.services.entry_query import EntryFilter, count_entries
from cxjournal.store.connection import close_journal, open_journal


def snapshot() -> dict:
    return {m._meta.table_name: json_export._rows(m) for m in json_export.TABLES}


def test_round_trip_into_an_empty_journal(tmp_path, fake_clock):
    fill_demo(people=40, entries=300, months=3, seed=5, lang="fr")
    zoe = people.add_person("Zoë <b>& Fils</b>", "customer", notes="Ligne 1\nLigne 2 😀")
    entries.trash_entry(entries.log_entry(kind="praise", title="Dans la corbeille", person=zoe))
    before = snapshot()
    out = json_export.export_json(tmp_path / "export.json")
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "cxjournal-export"
    close_journal()
    open_journal(tmp_path / "fresh.db")
    count = json_export.import_json(out)
    assert count == sum(len(rows) for rows in before.values())
    assert snapshot() == before
    assert count_entries(EntryFilter(text="corbeille")) == 0  # trash stays out of search
    assert count_entries(EntryFilter(text="fils")) == 0
    with pytest.raises(ValidationError, match="empty journal"):
        json_export.import_json(out)


@pytest.mark.parametrize(
    "content, message",
    [
        ("{not json", "not a readable"),
        ('{"format": "other"}', "not a CX Journal export"),
        ('{"format": "cxjournal-export", "schema_version": 99}', "newer"),
        (
            '{"format": "cxjournal-export", "tables": {"person": [{"id": 1, "nope": 2}]}}',
            "unknown column",
        ),
    ],
)
def test_bad_exports_are_refused_and_nothing_lands(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValidationError, match=message):
        json_export.import_json(path)
    assert json_export.is_empty()


def test_csv_per_table_with_a_bom(tmp_path):
    people.add_person("Amélie Château", "customer", email="amelie@example.fr")
    written = json_export.export_csv(tmp_path / "csv")
    person = tmp_path / "csv" / "person.csv"
    assert person in written
    assert person.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(person.open(encoding="utf-8-sig")))
    assert rows[0]["name"] == "Amélie Château" and rows[0]["email"] == "amelie@example.fr"
