"""Exports and reports read one consistent snapshot: a write another computer commits in the
middle of an export is either wholly in it or wholly out of it (on a server, READ COMMITTED would
let it land in some tables and not in others). Staged with two connections (threads)."""

from __future__ import annotations

import csv
import json
import threading

import pytest

from cxjournal.errors import StorageError
from cxjournal.io import json_export
from cxjournal.services import entries, people
from cxjournal.store.models import Entry, db
from cxjournal.store.transactions import read_transaction


def _on_another_computer(work) -> None:
    """Run ``work`` to its commit on another connection, while this one waits."""
    errors: list[BaseException] = []

    def run():
        try:
            work()
        except BaseException as exc:  # handed to the test
            errors.append(exc)
        finally:
            db.close()  # that thread's own connection

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=30)
    if errors:
        raise errors[0]


def _a_customer_and_complaint() -> None:
    who = people.add_person("Noé Midway", "customer")
    entries.log_entry(person=who, kind="complaint", title="Arrived during the export")


def _write_once_after_the_people(monkeypatch, reader_name: str) -> None:
    """Make ``json_export.<reader_name>`` commit the other computer's write right after it has
    read the people, before it reads the entries."""
    original = getattr(json_export, reader_name)
    done = []

    def reading(model, *args, **kwargs):
        rows = original(model, *args, **kwargs)
        if model._meta.table_name == "person" and not done:
            done.append(True)
            _on_another_computer(_a_customer_and_complaint)
        return rows

    monkeypatch.setattr(json_export, reader_name, reading)


def test_a_write_committed_during_the_json_export_is_wholly_out_of_it(tmp_path, monkeypatch):
    people.add_person("Léa", "customer")
    _write_once_after_the_people(monkeypatch, "_rows")
    out = json_export.export_json(tmp_path / "export.json")
    tables = json.loads(out.read_text(encoding="utf-8"))["tables"]
    assert [p["name"] for p in tables["person"]] == ["Léa"]
    assert tables["entry"] == []
    assert Entry.select().count() == 1  # it did land, after the snapshot


def test_a_write_committed_during_the_csv_export_is_wholly_out_of_it(tmp_path, monkeypatch):
    people.add_person("Léa", "customer")
    _write_once_after_the_people(monkeypatch, "_shared_rows")
    json_export.export_csv(tmp_path / "csv")
    with open(tmp_path / "csv" / "entry.csv", encoding="utf-8-sig") as handle:
        assert list(csv.DictReader(handle)) == []
    with open(tmp_path / "csv" / "person.csv", encoding="utf-8-sig") as handle:
        assert [row["name"] for row in csv.DictReader(handle)] == ["Léa"]


def test_a_read_transaction_writes_nothing():
    with pytest.raises(StorageError), read_transaction():
        people.add_person("Ghost", "customer")
    assert people.find_people() == []
