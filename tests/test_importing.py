"""Importing people: files as Google Contacts, Outlook, French Excel and phones write them; whole or
nothing; duplicates skipped or merged; a dry run writes nothing; any bytes give a report or a clear
error, never a crash or half an import."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cxjournal.errors import CXJournalError, ValidationError
from cxjournal.io.people_import import import_people, preview_csv
from cxjournal.services import people
from cxjournal.store.models import Person

FIXTURES = Path(__file__).parent / "fixtures" / "import"


def names() -> list[str]:
    return sorted(p.name for p in Person.select())


def test_google_contacts_export():
    report = import_people(FIXTURES / "google-contacts.csv")
    assert (report.added, report.errors, report.written) == (2, [], True)
    amelie = Person.get(Person.name == "Amélie Château")
    assert (amelie.email, amelie.phone, amelie.organisation, amelie.role, amelie.notes) == (
        "amelie.chateau@example.fr",
        "+33 6 12 34 56 78",
        "Boulangerie Château",
        "Gérante",
        "Cliente fidèle",
    )
    assert "Zoë Nguyễn" in names()


def test_outlook_export_in_windows_1252():
    preview = preview_csv(FIXTURES / "outlook.csv")
    assert preview.encoding == "cp1252" and preview.delimiter == ","
    assert preview.guessed_mapping["first_name"] == "First Name"
    import_people(FIXTURES / "outlook.csv", side="staff")
    francois = Person.get(Person.name == "François Lefèvre")
    assert (francois.side, francois.phone, francois.organisation, francois.role) == (
        "staff",
        "06 11 22 33 44",
        "Garage Lefèvre",
        "Chef d'atelier",
    )


@pytest.mark.parametrize(
    "name, encoding", [("excel-fr.csv", "cp1252"), ("excel-fr-utf8.csv", "utf-8-sig")]
)
def test_french_excel_semicolons(name, encoding):
    preview = preview_csv(FIXTURES / name)
    assert (preview.encoding, preview.delimiter) == (encoding, ";")
    assert preview.rows[0][:2] == ["Martin", "Léa"]
    import_people(FIXTURES / name)
    assert names() == ["Léa Martin", "Noël Garçon"]
    assert Person.get(Person.name == "Léa Martin").organisation == "Salon Léa"


def test_vcards_2_1_quoted_printable_3_0_and_4_0():
    import_people(FIXTURES / "phone-2.1.vcf")
    import_people(FIXTURES / "contacts-4.0-3.0.vcf")
    assert names() == ["Amélie Château", "Marc Dupont", "Søren Ærø", "王小明"]
    assert Person.get(Person.name == "Marc Dupont").organisation == "Quincaillerie Dupont"
    assert Person.get(Person.name == "Søren Ærø").notes == "Préfère être appelé le matin"


def test_one_bad_row_imports_nothing_and_every_bad_row_is_reported(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "name;email;phone\nAnne;anne@example.fr;0601020304\n;x@example.fr;\n"
        "Bob;not-an-email;\nCarl;;call me\n",
        encoding="utf-8",
    )
    report = import_people(bad)
    assert [line for line, _ in report.errors] == [3, 4, 5]
    assert "Name" in report.errors[0][1] and "email" in report.errors[1][1]
    assert not report.written and names() == []
    report = import_people(bad, skip_invalid=True)
    assert report.written and names() == ["Anne"]


def test_duplicates_are_skipped_or_merged(tmp_path):
    people.add_person("Léa Martin", "customer")  # no email yet
    people.add_person("Other", "customer", phone="+33 7 99 88 77 66")
    report = import_people(FIXTURES / "excel-fr.csv", dry_run=True)
    assert report.added == 1 and len(report.skipped) == 1 and not report.written
    assert names() == ["Léa Martin", "Other"]  # a dry run writes nothing
    report = import_people(FIXTURES / "excel-fr.csv", duplicates="merge")
    assert (report.added, report.merged) == (1, 1)
    assert Person.get(Person.name == "Léa Martin").email == "lea.martin@example.fr"
    again = tmp_path / "again.csv"
    again.write_text("name,phone\nNouveau,07 99 88 77 66\nAutre,\nautre,\n", encoding="utf-8")
    report = import_people(again)  # same phone as Other (+33 = 0); then a repeat in the file
    assert report.added == 1 and [line for line, _ in report.skipped] == [2, 4]
    assert "Other" in report.skipped[0][1] and "earlier in the file" in report.skipped[1][1]


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty"),
        (b"\x00\x01\x02binary", "not a text file"),
        (b"colour,size\nred,big\n", "which column holds the names"),
        (b"BEGIN:VCALENDAR\nEND:VCALENDAR\n", "no vCard"),
    ],
)
def test_unreadable_files_say_why(tmp_path, content, message):
    path = tmp_path / ("f.vcf" if content.startswith(b"BEGIN") else "f.csv")
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=message):
        import_people(path)
    assert names() == []


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=400) | st.text(max_size=300).map(lambda t: t.encode("utf-8")))
def test_any_csv_bytes_give_a_report_or_a_clear_error(tmp_path, data):
    _property(tmp_path / "any.csv", b"name;email\n" + data)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=st.text(max_size=200))
def test_any_vcard_text_gives_a_report_or_a_clear_error(tmp_path, body):
    _property(tmp_path / "any.vcf", f"BEGIN:VCARD\nVERSION:3.0\n{body}\nEND:VCARD\n".encode())


def _property(path: Path, data: bytes) -> None:
    before = Person.select().count()
    path.write_bytes(data)
    try:
        report = import_people(path)
    except CXJournalError:
        assert Person.select().count() == before  # refused: nothing written
        return
    after = Person.select().count()
    if report.written:
        assert after == before + report.added
    else:
        assert after == before and report.errors  # bad rows: nothing written
    Person.delete().execute()
