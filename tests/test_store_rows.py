"""Rows as JSON values (store.rows), the one helper the JSON export and the data-access file share."""

import json
from datetime import date, datetime

from cxjournal.services import people, privacy
from cxjournal.store.models import Person
from cxjournal.store.rows import json_value, json_values


def test_dates_and_times_become_iso_text_and_the_rest_stays():
    assert json_value(datetime(2026, 11, 16, 9, 30)) == "2026-11-16T09:30:00"
    assert json_value(date(2026, 11, 16)) == "2026-11-16"
    assert [json_value(v) for v in (None, 3, 1.5, "Léa", True)] == [None, 3, 1.5, "Léa", True]
    row = {"id": 1, "created_at": datetime(2026, 11, 16, 9, 0), "due": date(2026, 11, 20)}
    assert json.loads(json.dumps(json_values(row))) == {
        "id": 1,
        "created_at": "2026-11-16T09:00:00",
        "due": "2026-11-20",
    }


def test_a_persons_file_writes_their_row_as_the_export_does(fake_clock):
    lea = people.add_person("Léa Martin", "customer", email="lea@example.fr")
    data = privacy.person_data(lea)
    row = Person.select().where(Person.id == lea.id).dicts().get()
    assert data["person"] == json_values(row)
    assert data["person"]["created_at"] == "2026-11-16T09:00:00"
