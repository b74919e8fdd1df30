"""Importing people from files as real exporters write them, where a value used to be cut, a
malformed file accepted or a good file refused: Android's folded quoted-printable vCards, Google's
" ::: " cells, Outlook's many phone columns, vCard 4.0 ``tel:`` URIs, Excel's "Unicode Text", a
CSV quote never closed; and the summary of a merge, each row counted once."""

from __future__ import annotations

from pathlib import Path

import pytest

from cxjournal.cli import main
from cxjournal.errors import ValidationError
from cxjournal.io.people_import import import_people, preview_csv
from cxjournal.services import people
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.models import Person

FIXTURES = Path(__file__).parent / "fixtures" / "import"


def person(name: str) -> Person:
    return Person.get(Person.name == name)


def test_android_vcard_folded_quoted_printable_keeps_whole_values():
    report = import_people(FIXTURES / "android-2.1-folded.vcf")
    assert (report.added, report.errors) == (2, [])
    francoise = person("Françoise Dupont de la Châtaigneraie")
    assert francoise.phone == "+33 6 12 34 56 78"
    assert francoise.notes == "Préfère qu'on l'appelle après 14 h, jamais le lundi."
    assert person("Jérôme Lévesque").phone == "06 98 76 54 32"


def test_a_vcard_line_the_parser_skips_fails_the_import_with_its_line_number():
    with pytest.raises(ValidationError, match=r"Line 6\b") as raised:
        import_people(FIXTURES / "broken-line.vcf")
    assert "NOTE Rappeler" in str(raised.value) and "\n" not in str(raised.value)
    assert Person.select().count() == 0


def test_google_contacts_several_values_in_one_cell_keeps_the_first_and_notes_the_others():
    report = import_people(FIXTURES / "google-contacts-several-values.csv")
    assert (report.added, report.errors) == (3, [])
    amelie = person("Amélie Château")
    assert (amelie.email, amelie.phone, amelie.organisation, amelie.role) == (
        "amelie@boulangerie-chateau.fr",
        "+33 6 12 34 56 78",
        "Boulangerie Château",
        "Gérante",
    )
    assert amelie.notes == (
        "Cliente fidèle\n"
        "Other e-mails: amelie.chateau@gmail.com\n"
        "Other phones: +33 6 87 65 43 21, +33 1 42 00 11 22"
    )
    zoe = person("Zoë Nguyễn")
    assert (zoe.email, zoe.notes) == ("zoe@example.com", "Other e-mails: zoe.nguyen@atelier-zoe.fr")
    gaetan = person("Gaëtan Morel")
    assert (gaetan.phone, gaetan.email, gaetan.notes) == ("04 72 10 20 30", "", "")


def test_outlook_takes_the_first_phone_column_filled_in_and_notes_the_others():
    report = import_people(FIXTURES / "outlook-phones.csv")
    assert (report.added, report.errors) == (3, [])
    josee = person("Josée Bérubé")
    assert (josee.phone, josee.email, josee.role, josee.notes) == (
        "01 40 20 30 40",
        "josee@fleurs-berube.fr",
        "Fleuriste",
        "",
    )
    gael = person("Gaël Le Goff")
    assert gael.phone == "06 22 33 44 55"  # the mobile first
    assert gael.notes == (
        "Vient le samedi\n"
        "Other e-mails: gael@crêperie-legoff.fr\n"
        "Other phones: 02 98 44 55 66, 02 98 11 22 33"
    )
    assert person("Anaïs Roux").phone == "07 81 92 03 14"


def test_vcard_4_tel_uris_are_stored_as_the_number():
    import_people(FIXTURES / "contacts-4.0-tel-uri.vcf")
    import_people(FIXTURES / "contacts-4.0-3.0.vcf")
    berenice = person("Bérénice Fontaine")
    assert (berenice.phone, berenice.notes) == (
        "+33 6 12 34 56 78",
        "Other phones: +33 1 44 55 66 77",
    )
    assert person("Søren Ærø").phone == "+45 12 34 56 78"


def test_excel_unicode_text_utf16_with_tabs_is_read():
    preview = preview_csv(FIXTURES / "excel-unicode-text.txt")
    assert (preview.encoding, preview.delimiter) == ("utf-16", "\t")
    report = import_people(FIXTURES / "excel-unicode-text.txt")
    assert (report.added, report.errors) == (3, [])
    lukasz = person("Łukasz Wójcik")
    assert (lukasz.organisation, lukasz.phone, lukasz.notes) == (
        "Piekarnia Łódź",
        "+48 601 234 567",
        'Dit "dzień dobry"',
    )
    assert person("Noël Garçon").notes == "Café, sans sucre"


def test_an_unclosed_quote_is_refused_with_the_line_where_it_opened():
    with pytest.raises(ValidationError, match=r"line 3\b") as raised:
        import_people(FIXTURES / "unclosed-quote.csv")
    assert "quote" in str(raised.value)
    assert Person.select().count() == 0


@pytest.fixture
def known_people():
    people.add_person("Léa Martin", "customer")  # no email yet
    people.add_person("Other", "customer", phone="+33 7 99 88 77 66")


def test_merge_counts_each_row_once(known_people):
    report = import_people(FIXTURES / "merge-summary.csv", duplicates="merge", skip_invalid=True)
    assert (report.added, report.merged, len(report.skipped), len(report.errors)) == (2, 2, 2, 1)
    assert [line for line, _ in report.skipped] == [4, 6]
    assert [line for line, _ in report.errors] == [5]
    assert person("Léa Martin").email == "lea.martin@example.fr"
    assert person("Zoé Roux").phone == "06 44 55 66 77"  # a repeat in the file fills in too
    assert Person.select().count() == 4


def test_skip_counts_duplicates_as_skipped_only(known_people):
    report = import_people(FIXTURES / "merge-summary.csv", skip_invalid=True)
    assert (report.added, report.merged, len(report.skipped), len(report.errors)) == (2, 0, 4, 1)
    assert person("Léa Martin").email == ""


def cli(journal: Path, capsys, *args: str) -> tuple[int, str, str]:
    close_journal()
    try:
        code = main(["--db", str(journal), *args])
    finally:
        open_journal(journal)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_merge_summary(journal, capsys, known_people):
    code, out, _ = cli(
        journal, capsys, "import", "people", str(FIXTURES / "merge-summary.csv"),
        "--duplicates", "merge", "--skip-invalid",
    )  # fmt: skip
    assert code == 0
    assert "Added 2, merged 2, skipped 2, left out with errors 1." in out


@pytest.mark.parametrize(
    "name, content",
    [
        ("unclosed-quote.csv", None),
        ("broken-line.vcf", None),
        ("empty.csv", b""),
        ("binary.csv", b"\x00\x01\x02\x03PK\x03\x04"),
        ("no-names.csv", b"colour;size\nrouge;grand\n"),
        ("agenda.vcf", b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"),
        ("unclosed.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Hélène Dupré\r\n".encode()),
        ("bad-quote-close.csv", b'name,email\n"Anne" Martin,anne@example.fr\n'),
    ],
)
def test_cli_malformed_files_one_line_exit_2_and_nothing_changes(
    journal, capsys, tmp_path, known_people, name, content
):
    path = FIXTURES / name
    if content is not None:
        path = tmp_path / name
        path.write_bytes(content)
    before = Person.select().count()
    code, _, err = cli(journal, capsys, "import", "people", str(path))
    assert code == 2
    assert err.startswith("cxjournal: ") and err.count("\n") == 1 and "Traceback" not in err
    assert Person.select().count() == before
