"""Import then export gives back the file's content, column by column: each cell of the French
Excel history is found in the CSV export (the words as the codes they stand for, the dates as
the moments they name, the person by name or address, the answer in the responses, the tags in
the entry's tags). The export wrote every link (person_id, entry_id, tag_id) empty before."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from cxjournal.cli import main
from cxjournal.store.connection import close_journal
from cxjournal.typed_dates import read_moment

FIXTURE = Path(__file__).parent / "fixtures" / "history" / "journal-fr.csv"
CODES = {  # the words of the fixture, as the journal stores them
    "Réclamation": "complaint", "Compliment": "praise", "Suggestion": "suggestion",
    "Téléphone": "phone", "En personne": "in-person", "Courriel": "email",
    "Sur place": "in-person", "Résolu": "resolved", "Ouvert": "open", "En cours": "in-progress",
    "": "",
}  # fmt: skip


def _table(folder: Path, name: str) -> list[dict]:
    with (folder / f"{name}.csv").open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _moment(text: str) -> str:
    return read_moment(text, "x").isoformat() if text else ""


def test_import_then_export_gives_the_files_content(tmp_path, capsys):
    db, out = tmp_path / "shop.db", tmp_path / "csv"
    close_journal()
    assert main(["--db", str(db), "import", "entries", str(FIXTURE)]) == 0
    assert (
        main(["--db", str(db), "export", "csv", "--out", str(out), "--include-confidential"]) == 0
    )
    close_journal()
    people = {p["id"]: p for p in _table(out, "person")}
    tags = {t["id"]: t["name"] for t in _table(out, "tag")}
    answers = {r["entry_id"]: r for r in _table(out, "response")}
    tagged: dict[str, list[str]] = {}
    for link in _table(out, "entry_tag"):
        tagged.setdefault(link["entry_id"], []).append(tags[link["tag_id"]])
    exported = sorted(_table(out, "entry"), key=lambda r: r["occurred_at"])
    source = list(csv.DictReader(io.StringIO(FIXTURE.read_text("utf-8")), delimiter=";"))
    assert len(exported) == len(source) == 4
    for row, line in zip(exported, source, strict=True):
        person = people[row["person_id"]]
        answer = answers.get(row["id"], {"text": "", "at": ""})
        status = CODES[line["Statut"]] or ("in-progress" if line["Réponse"] else "open")
        assert line["Client"] in (person["name"], person["email"])
        assert row["occurred_at"] == _moment(line["Date"])
        assert (row["kind"], row["channel"], row["status"]) == (
            CODES[line["Type"]], CODES[line["Canal"]], status
        )  # fmt: skip
        assert (row["title"], row["details"], row["satisfaction"]) == (
            line["Objet"], line["Détails"], line["Note"]
        )  # fmt: skip
        assert sorted(tagged.get(row["id"], [])) == sorted(
            t.strip() for t in line["Étiquettes"].split(",") if t.strip()
        )
        assert (answer["text"], answer["at"]) == (line["Réponse"], _moment(line["Date de réponse"]))
        assert (row["resolution"], row["resolved_at"]) == (
            line["Résolution"], _moment(line["Date de résolution"])
        )  # fmt: skip
        assert row["first_response_at"] == _moment(line["Date de réponse"])
        assert row["confidential"] == str(line["Confidentiel"] == "oui")
