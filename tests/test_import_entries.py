"""Importing journal history from a spreadsheet, as the history-import issue writes it: French and
English headers, French Excel's encodings, dates as people type them, every bad row with its line,
whole or nothing, duplicates skipped, a dry run writes nothing, and the month's figures the same as
for the same history typed in the app."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

import pytest

from cxjournal.cli import main
from cxjournal.io.entries_import import import_entries
from cxjournal.services import entries, people
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.models import Entry, EntryTag, Person, Response

FIXTURES = Path(__file__).parent / "fixtures" / "history"
FRENCH = (FIXTURES / "journal-fr.csv").read_text(encoding="utf-8")
HEADER = FRENCH.splitlines()[0]


def counts() -> tuple[int, int, int, int]:
    return (
        Entry.select().count(),
        Person.select().count(),
        Response.select().count(),
        (EntryTag.select().count()),
    )


def a_file(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "f.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_french_excel_history_lands_as_typed():
    people.add_person("Amélie Château", "customer", email="amelie.chateau@example.fr")
    report = import_entries(FIXTURES / "journal-fr.csv")
    assert (report.added, report.errors, report.people_added) == (4, [], ["Zoë Nguyễn"])
    burnt = Entry.get(Entry.title == "Pain brûlé")
    assert (burnt.kind, burnt.channel, burnt.status, burnt.satisfaction) == (
        "complaint",
        "phone",
        "resolved",
        2,
    )
    assert (burnt.occurred_at, burnt.first_response_at, burnt.resolved_at) == (
        datetime(2025, 10, 3, 9, 15),
        datetime(2025, 10, 3, 11, 15),
        datetime(2025, 10, 4, 9, 15),
    )
    assert burnt.resolution == "Pain offert"
    assert entries.entry_tags(burnt) == ["pain", "qualité"]
    assert [r.text for r in entries.responses(burnt)] == ["Rappelée, excuses"]
    praise = Entry.get(Entry.title == "Croissants parfaits")  # matched by the e-mail in "Client"
    assert (praise.person.name, praise.occurred_at) == (
        "Amélie Château",
        datetime(2025, 10, 5, 14, 30),
    )
    waiting = Entry.get(Entry.title == "Attente trop longue")
    assert (waiting.status, waiting.confidential, waiting.details) == (
        "in-progress",
        True,
        "Vingt minutes d'attente; personne en caisse",
    )


@pytest.mark.parametrize(
    "encoding, newline, delimiter",
    [("cp1252", "\r\n", ";"), ("utf-8-sig", "\r\n", ";"), ("utf-16", "\r\n", "\t")],
)
def test_encodings_excel_writes(tmp_path, encoding, newline, delimiter):
    rows = list(csv.reader(io.StringIO(FRENCH.replace("Nguyễn", "Nguyen")), delimiter=";"))
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator=newline).writerows(rows)
    report = import_entries(a_file(tmp_path, out.getvalue(), encoding))
    assert (report.added, report.errors) == (4, [])
    assert Entry.get(Entry.title == "Pain brûlé").person.name == "Amélie Château"
    assert Person.get(Person.name == "Zoë Nguyen")


def test_the_cp1252_fixture_as_excel_saved_it():
    report = import_entries(FIXTURES / "excel-fr-cp1252.csv")
    assert (report.added, report.errors) == (4, [])
    assert Entry.get(Entry.title == "Pain sans gluten").details.endswith("gluten ?")


def test_english_headers():
    report = import_entries(FIXTURES / "history-en.csv")
    assert (report.added, report.errors, report.people_added) == (3, [], ["Hélène Dupré"])
    assert Person.get().email == "helene@example.com"
    assert Entry.get(Entry.title == "Lovely shop").person is None  # a walk-in
    hours = Entry.get(Entry.title == "Opening hours")
    assert (hours.status, hours.first_response_at) == ("in-progress", datetime(2025, 9, 20, 9, 35))


def test_staff_kinds_refused_on_the_customer_side(tmp_path):
    text = "Date;Nom;Type;Titre\n01/10/2025;Karim;Préoccupation;Planning\n"
    assert "not a kind of customer" in import_entries(a_file(tmp_path, text)).errors[0][1]
    assert import_entries(a_file(tmp_path, text), side="staff").added == 1
    assert Person.get().side == "staff" and Entry.get().kind == "concern"


@pytest.mark.parametrize(
    "row, reason",
    [
        ("05/12/2099 14:30;Anne;Réclamation;;Futur;;;;;;;;;", "in the future"),
        ("31/02/2025;Anne;Réclamation;;Jamais;;;;;;;;;", "not a date"),
        ("hier soir peut-être;Anne;Réclamation;;Flou;;;;;;;;;", "not a date"),
        (";Anne;Réclamation;;Sans date;;;;;;;;;", "cannot be empty"),
        ("01/10/2025;Anne;Plainte formelle;;Genre;;;;;;;;;", "not a valid kind"),
        ("01/10/2025;Anne;Préoccupation;;Mauvais côté;;;;;;;;;", "not a kind of customer"),
        ("01/10/2025;Anne;Réclamation;;Note;;9;;;;;;;", "from 1 to 5"),
        ("01/10/2025;Anne;Réclamation;;;;;;;;;;;", "Title cannot be empty"),
        ("01/10/2025 10:00;Anne;Réclamation;;Tôt;;;;;Oui;01/10/2025 09:00;;;", "before the entry"),
        ("01/10/2025;Anne;Réclamation;;Résolu;;;;Résolu;;;;;", "resolution time"),
        ("01/10/2025;Anne;Réclamation;;Sans heure;;;;;Vu;;;;", "needs its time"),
        ("01/10/2025;Anne;Réclamation;;Statut;;;;Perdu;;;;;", "not a valid status"),
        ("01/10/2025;Anne;Réclamation;;Secret;;;;;;;;;peut-être", "neither yes nor no"),
        ("01/10/2025;Anne;Réclamation;Pigeon;Canal;;;;;;;;;", "not a valid channel"),
    ],
)
def test_every_malformed_row_named_with_its_line(tmp_path, row, reason):
    good = "02/10/2025;Anne;Compliment;;Merci;;;;;;;;;"
    path = a_file(tmp_path, f"{HEADER}\n{good}\n{row}\n{good.replace('Merci', 'Bravo')}\n")
    before = counts()
    report = import_entries(path)
    assert [line for line, _ in report.errors] == [3], report.errors
    assert reason in report.errors[0][1]
    assert counts() == before  # whole or nothing
    report = import_entries(path, skip_invalid=True)
    assert report.added == 2 and Entry.select().count() == 2


def test_a_side_that_contradicts_the_person(tmp_path):
    people.add_person("Karim", "staff")
    path = a_file(tmp_path, "Date,Nom,Côté,Type,Titre\n01/10/2025,Karim,Client,complaint,Froid\n")
    assert "Karim is a staff" in import_entries(path).errors[0][1]


def test_duplicates_skipped_and_counted(tmp_path):
    import_entries(FIXTURES / "journal-fr.csv")
    twice = a_file(tmp_path, FRENCH + FRENCH.splitlines()[1] + "\n")
    report = import_entries(twice)
    assert (report.added, len(report.skipped)) == (0, 5)
    assert [line for line, _ in report.skipped] == [2, 3, 4, 5, 6]
    assert Entry.select().count() == 4


def test_repeats_within_one_file(tmp_path):
    text = "Date;Client;Type;Titre\n01/10/2025 10:00;Léa;Réclamation;Froid\n01/10/2025 10:00;léa;complaint;froid\n"
    report = import_entries(a_file(tmp_path, text))
    assert (report.added, report.skipped, report.people_added) == (
        1,
        [(3, "Repeats line 2: froid.")],
        ["Léa"],
    )


def test_dry_run_writes_nothing():
    before = counts()
    report = import_entries(FIXTURES / "journal-fr.csv", dry_run=True)
    assert (report.added, len(report.people_added), report.written) == (4, 3, False)
    assert counts() == before


def test_map_names_the_other_columns(tmp_path):
    text = "Jour;Qui;Genre;Remarque\n01/10/2025;Léa;Idée;Un banc devant la boutique\n"
    path = a_file(tmp_path, text)
    assert "Say which column" not in str(import_entries(path, dry_run=True).errors)
    report = import_entries(path, overrides={"Remarque": "details", "Genre": "kind"}, side="staff")
    assert report.added == 1
    entry = Entry.get()
    assert (entry.kind, entry.title, entry.side) == ("idea", "Un banc devant la boutique", "staff")


def test_dates_as_people_type_them(tmp_path):
    text = (
        "Quand;Personne;Type;Titre\n05/10/2025 14:30;A;question;a\n2025-10-05;A;question;b\n"
        "5 oct. 2025;A;question;c\n5 octobre 2025 à 9h30;A;question;d\n"
    )
    import_entries(a_file(tmp_path, text))
    assert [e.occurred_at for e in Entry.select().order_by(Entry.title)] == [
        datetime(2025, 10, 5, 14, 30),
        datetime(2025, 10, 5),
        datetime(2025, 10, 5),
        datetime(2025, 10, 5, 9, 30),
    ]


@pytest.fixture
def cli(tmp_path, capsys):
    def run(db: Path, *args):
        close_journal()
        code = main(["--db", str(db), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_cli_round_trip_through_export_csv(cli, tmp_path):
    db = tmp_path / "shop.db"
    code, out, _ = cli(db, "import", "entries", str(FIXTURES / "journal-fr.csv"), "--dry-run")
    assert code == 0 and "Would add 4 entries and 3 people" in out
    code, out, _ = cli(db, "import", "entries", str(FIXTURES / "journal-fr.csv"))
    assert code == 0 and "Added 4 entries" in out
    assert (
        cli(db, "export", "csv", "--out", str(tmp_path / "csv"), "--include-confidential")[0] == 0
    )
    exported = list(csv.DictReader((tmp_path / "csv" / "entry.csv").open(encoding="utf-8-sig")))
    source = list(csv.DictReader(io.StringIO(FRENCH), delimiter=";"))
    assert len(exported) == len(source)
    for row, line in zip(sorted(exported, key=lambda r: r["occurred_at"]), source, strict=True):
        assert (row["title"], row["details"], row["resolution"]) == (
            line["Objet"],
            line["Détails"],
            line["Résolution"],
        )
        assert row["satisfaction"] == line["Note"]


def test_cli_bad_rows_and_bad_map(cli, tmp_path):
    db = tmp_path / "shop.db"
    bad = a_file(tmp_path, f"{HEADER}\n01/10/2099;Anne;Réclamation;;Futur;;;;;;;;;\n")
    code, _, err = cli(db, "import", "entries", str(bad))
    assert code == 2 and "line 2" in err and "Nothing was imported" in err
    code, _, err = cli(db, "import", "entries", str(bad), "--map", "Nope=details")
    assert code == 2 and "no column “Nope”" in err and "Traceback" not in err
    code, _, err = cli(db, "import", "entries", str(bad), "--map", "Objet=colour")
    assert code == 2 and len(err.strip().splitlines()) == 1


def _typed_in_the_app() -> None:
    amelie = people.add_person("Amélie Château", "customer", email="amelie.chateau@example.fr")
    zoe = people.add_person("Zoë Nguyễn", "customer")
    burnt = entries.log_entry(
        person=amelie, kind="complaint", channel="phone", title="Pain brûlé",
        occurred_at=datetime(2025, 10, 3, 9, 15), satisfaction=2, tags="pain, qualité",
        details="Le pain de campagne était brûlé, « immangeable »",
    )  # fmt: skip
    entries.respond(burnt, "Rappelée, excuses", at=datetime(2025, 10, 3, 11, 15))
    entries.resolve_entry(burnt, "Pain offert", at=datetime(2025, 10, 4, 9, 15))
    entries.log_entry(
        person=amelie, kind="praise", title="Croissants parfaits", satisfaction=5,
        occurred_at=datetime(2025, 10, 5, 14, 30), tags="viennoiserie",
    )  # fmt: skip
    entries.log_entry(
        person=zoe, kind="suggestion", channel="email", title="Pain sans gluten", satisfaction=4,
        occurred_at=datetime(2025, 10, 7, 8),
    )  # fmt: skip
    waiting = entries.log_entry(
        person=zoe, kind="complaint", title="Attente trop longue", satisfaction=1,
        occurred_at=datetime(2025, 10, 12, 17, 45), confidential=True,
    )  # fmt: skip
    entries.respond(waiting, "Je lui ai expliqué", at=datetime(2025, 10, 12, 18))


@pytest.mark.parametrize("confidential", [[], ["--include-confidential"]])
def test_stats_the_same_for_imported_and_typed_history(cli, tmp_path, confidential):
    typed, imported = tmp_path / "typed.db", tmp_path / "imported.db"
    close_journal()
    open_journal(typed)
    _typed_in_the_app()
    cli(imported, "person", "add", "Amélie Château", "--side", "customer",
        "--email", "amelie.chateau@example.fr")  # fmt: skip
    assert cli(imported, "import", "entries", str(FIXTURES / "journal-fr.csv"))[0] == 0
    figures = [
        cli(db, "stats", "--month", "2025-10", "--json", *confidential)[1]
        for db in (typed, imported)
    ]
    assert figures[0] == figures[1]
    assert '"median_first_response_hours": 2.0' in figures[0] or confidential
