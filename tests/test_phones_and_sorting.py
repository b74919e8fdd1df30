"""Issue 23: phone numbers in one form (E.164 beside what was typed, read in the business's
country) so that people are found and told apart by phone however it is written; names sorted as
the language sorts them ("Émile" with the E's) in the CLI, a table and a report, on both engines."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from cxjournal.cli import main
from cxjournal.io.entries_import import import_entries
from cxjournal.io.json_export import export_json, import_json
from cxjournal.io.people_import import import_people
from cxjournal.phones import phone_key
from cxjournal.reports import monthly_data
from cxjournal.services import people, settings
from cxjournal.store import migrations
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.models import Person, SchemaVersion, db

# One number per country, written the ways people write it there.
WRITTEN = {
    "FR": ("+33612345678", ["0612345678", "06 12 34 56 78", "+33 6 12 34 56 78", "06.12.34.56.78"]),
    "BE": (
        "+32470123456",
        ["0470 12 34 56", "0470123456", "+32 470 12 34 56", "0032 470 12 34 56"],
    ),
    "CH": (
        "+41791234567",
        ["079 123 45 67", "0791234567", "+41 79 123 45 67", "0041 79 123 45 67"],
    ),
    "CA": ("+15145550123", ["(514) 555-0123", "514-555-0123", "+1 514 555 0123", "1 514 555 0123"]),
}
NAMES = ["Zoé Martin", "Victor Hugo", "Émile Zola", "emma Roux", "Édith Piaf", "Albert Camus"]
IN_ORDER = ["Albert Camus", "Édith Piaf", "Émile Zola", "emma Roux", "Victor Hugo", "Zoé Martin"]


@pytest.fixture
def cli(journal, capsys):
    """The command line run in this process; the journal is open again afterwards."""

    def run(*args: str) -> tuple[int, str, str]:
        close_journal()
        code = main([*args])
        open_journal(journal)
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.mark.parametrize("country", WRITTEN)
def test_one_number_found_however_it_is_written(country):
    settings.set_setting("country", country)
    e164, ways = WRITTEN[country]
    for i, typed in enumerate(ways):
        someone = people.add_person(f"Client {i}", "customer", phone=typed)
        assert (someone.phone, Person.get_by_id(someone.id).phone_e164) == (typed, e164)
    for typed in ways:
        found = people.find_people(typed)
        assert sorted(p.name for p in found) == [f"Client {i}" for i in range(len(ways))], typed


def test_a_number_is_read_in_the_business_country_and_rekeyed_when_it_changes():
    lea = people.add_person("Léa", "customer", phone="0470 12 34 56")
    assert Person.get_by_id(lea.id).phone_e164 == "+33470123456"  # no country set: France
    settings.set_setting("country", "be")
    assert Person.get_by_id(lea.id).phone_e164 == "+32470123456"
    assert [p.name for p in people.find_people("+32 470 12 34 56")] == ["Léa"]
    people.edit_person(lea, phone="not a phone: 12")
    assert Person.get_by_id(lea.id).phone_e164 == ""  # kept as typed, matched as text only


def test_a_bad_country_is_refused_and_nothing_changes(cli):
    code, _, err = cli("settings", "set", "country", "Belgique")
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert settings.get_setting("country") == ""


def test_people_import_finds_duplicates_by_phone(tmp_path):
    settings.set_setting("country", "CH")
    people.add_person("Anna Keller", "customer", phone="079 123 45 67")
    path = tmp_path / "people.csv"
    path.write_text(
        "Name,Phone\nA. Keller,+41 79 123 45 67\nBruno Meier,0041 78 765 43 21\n"
        "B. Meier,078 765 43 21\n",
        encoding="utf-8",
    )
    report = import_people(path)
    assert report.added == 1 and [line for line, _ in report.skipped] == [2, 4]
    assert Person.get(Person.name == "Bruno Meier").phone_e164 == "+41787654321"


def test_history_import_finds_the_person_by_phone(tmp_path):
    settings.set_setting("country", "CA")
    marc = people.add_person("Marc Tremblay", "customer", phone="(514) 555-0123")
    path = tmp_path / "history.csv"
    path.write_text(
        "Date,Phone,Kind,Title\n2025-10-01 10:00,+1 514 555 0123,complaint,Cold coffee\n"
        "2025-10-02 10:00,438 555 0199,praise,Warm welcome\n",
        encoding="utf-8",
    )
    report = import_entries(path)
    assert report.added == 2 and len(report.people_added) == 1
    assert [e.title for e in Person.get_by_id(marc.id).entries] == ["Cold coffee"]
    assert Person.get(Person.phone == "438 555 0199").phone_e164 == "+14385550199"


@pytest.mark.file_only
def test_the_upgrade_converts_the_numbers_already_there(journal):
    settings.set_setting("country", "BE")
    someone = people.add_person("Lotte Peeters", "customer", phone="0470/12.34.56")
    Person.update(phone_e164="").execute()  # as a journal of version 21 held it
    db.execute_sql('DROP INDEX "person_phone_e164"')
    db.execute_sql('ALTER TABLE "person" DROP COLUMN "phone_e164"')
    SchemaVersion.delete().where(SchemaVersion.version > 21).execute()
    SchemaVersion.insert(version=21, changed_at=datetime(2026, 1, 1)).on_conflict_ignore().execute()
    close_journal()
    open_journal(journal)
    assert migrations.stored_version() == migrations.SCHEMA_VERSION
    assert Person.get_by_id(someone.id).phone_e164 == "+32470123456"
    assert [p.id for p in people.find_people("+32 470 12 34 56")] == [someone.id]


def test_the_number_in_one_form_goes_through_the_json_export(tmp_path, journal):
    settings.set_setting("country", "FR")
    people.add_person("Zoé", "customer", phone="06 12 34 56 78")
    out = tmp_path / "export.json"
    export_json(out)
    row = json.loads(out.read_text(encoding="utf-8"))["tables"]["person"][0]
    assert (row["phone"], row["phone_e164"]) == ("06 12 34 56 78", "+33612345678")
    for r in (rows := json.loads(out.read_text(encoding="utf-8")))["tables"]["person"]:
        del r["phone_e164"]  # an export made before version 23
    older = tmp_path / "older.json"
    older.write_text(json.dumps(rows), encoding="utf-8")
    Person.delete().execute()
    import_json(older)
    assert Person.get(Person.name == "Zoé").phone_e164 == "+33612345678"


def test_phone_key_leaves_what_is_not_a_number():
    assert phone_key("", "FR") == phone_key("12", "FR") == phone_key("le matin", "FR") == ""
    assert phone_key("+41 79 123 45 67", "FR") == "+41791234567"  # its own country code wins


def test_cli_lists_people_as_the_language_sorts_names(cli):
    for name in NAMES:
        people.add_person(name, "customer")
    code, out, _ = cli("person", "list", "--json")
    assert code == 0
    assert [p["name"] for p in json.loads(out)] == IN_ORDER
    assert [p.name for p in people.find_people()] == IN_ORDER


def test_departments_sorted_as_the_language_sorts_names():
    for name in ("Zinc", "Équipe du soir", "atelier", "Vente"):
        people.add_department(name, "monthly")
    assert [d.name for d in people.list_departments()] == [
        "atelier",
        "Équipe du soir",
        "Vente",
        "Zinc",
    ]


def test_monthly_report_orders_departments_as_the_language_does(fake_clock):
    for name in ("Zinc", "Équipe du soir", "atelier", "Vente"):
        people.add_department(name, "monthly")
    rows = monthly_data.checkins(2026, 3, datetime(2026, 3, 31, 23, 0))
    assert [r.department for r in rows] == ["atelier", "Équipe du soir", "Vente", "Zinc"]


def test_a_table_sorts_accented_text_with_its_letter(qtbot):
    from PySide6.QtCore import Qt

    from cxjournal.ui.models.table_model import Column, RowsModel

    model = RowsModel([Column("Name", lambda name: name)])
    model.set_rows(NAMES)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.rows() == IN_ORDER


def test_adding_someone_with_a_known_number_is_noted(cli):
    settings.set_setting("country", "FR")
    people.add_person("Zoé Martin", "customer", phone="06 12 34 56 78")
    code, _, err = cli("person", "add", "Z. Martin", "--phone", "+33 6 12 34 56 78")
    assert code == 0
    assert "Zoé Martin (#1) already has this phone number" in err


def test_the_settings_page_sets_the_country(qtbot):
    from cxjournal.ui.pages.settings import Page

    page = Page()
    qtbot.addWidget(page)
    assert page.values()["country"] == ""  # France, the setting left empty
    page.country.combo.setCurrentIndex(page.country.combo.findData("BE"))
    assert page.save()
    assert settings.get_setting("country") == "BE"
