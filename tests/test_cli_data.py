"""The data commands: import people, export json|csv|person, import json, erase, backup, restore,
check — as the issue writes them."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from cxjournal.cli import main
from cxjournal.store.connection import close_journal

FIXTURES = Path(__file__).parent / "fixtures" / "import"


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch):
    close_journal()
    db = str(tmp_path / "shop.db")

    def run(*args, db=db, answer=None):
        if answer is not None:
            monkeypatch.setattr("sys.stdin", io.StringIO(answer + "\n"))
        code = main(["--db", db, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_import_people_dry_run_then_for_real(cli, tmp_path):
    code, out, _ = cli("import", "people", str(FIXTURES / "excel-fr.csv"), "--dry-run")
    assert code == 0 and "Would add 2" in out
    code, out, _ = cli("person", "list", "--json")
    assert json.loads(out) == []
    code, out, _ = cli("import", "people", str(FIXTURES / "outlook.csv"), "--side", "staff")
    assert code == 0 and "Added 2" in out
    code, out, _ = cli("person", "list", "--json")
    assert {p["name"] for p in json.loads(out)} == {"François Lefèvre", "Hélène Dupré"}


def test_a_file_with_bad_rows_imports_nothing_unless_asked(cli, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("name,email\nAnne,anne@example.fr\nBob,nope\n", encoding="utf-8")
    code, _, err = cli("import", "people", str(bad))
    assert code == 2 and "line 3" in err and "Nothing was imported" in err
    code, out, _ = cli("import", "people", str(bad), "--skip-invalid")
    assert code == 0 and "Added 1" in out


def test_export_json_import_json_round_trip_and_csv(cli, tmp_path):
    cli("person", "add", "Amélie Château", "--side", "customer")
    cli("log", "--person", "Amélie Château", "--kind", "complaint", "--title", "Pain brûlé")
    out_json = tmp_path / "all.json"
    assert cli("export", "json", "--out", str(out_json))[0] == 0
    assert cli("export", "csv", "--out", str(tmp_path / "csv"))[0] == 0
    assert (tmp_path / "csv" / "entry.csv").exists()
    fresh = str(tmp_path / "fresh.db")
    code, out, _ = cli("import", "json", str(out_json), db=fresh)
    assert code == 0 and "Loaded" in out
    code, out, _ = cli("search", "brule", "--json", db=fresh)
    assert [e["title"] for e in json.loads(out)] == ["Pain brûlé"]
    code, _, err = cli("import", "json", str(out_json), db=fresh)
    assert code == 2 and "empty journal" in err
    code, _, _ = cli("export", "ics", "--out", str(tmp_path / "a.ics"))  # still there
    assert code == 0


def test_export_and_erase_one_person(cli, tmp_path):
    cli("person", "add", "Zoé", "--side", "customer")
    cli("log", "--person", "Zoé", "--kind", "praise", "--title", "Merci")
    mine = tmp_path / "zoe.json"
    assert cli("export", "person", "Zoé", "--out", str(mine))[0] == 0
    data = json.loads(mine.read_text(encoding="utf-8"))
    assert data["person"]["name"] == "Zoé" and data["entries"][0]["title"] == "Merci"
    code, out, _ = cli("erase", "person", "Zoé", answer="n")
    assert code == 1 and "Nothing was erased" in out
    code, out, _ = cli("erase", "person", "Zoé", "--yes")
    assert code == 0 and "1 entry." in out
    assert json.loads(cli("person", "list", "--json")[1]) == []
    assert json.loads(cli("search", "merci", "--json")[1]) == []


@pytest.mark.file_only  # backups are of journal files
def test_backup_restore_and_check(cli, tmp_path):
    cli("person", "add", "Avant", "--side", "customer")
    copy = tmp_path / "copy.db"
    code, out, _ = cli("backup", "--out", str(copy))
    assert code == 0 and str(copy) in out
    cli("person", "add", "Après", "--side", "customer")
    code, out, _ = cli("restore", str(copy), answer="no")
    assert code == 1
    code, out, _ = cli("restore", str(copy), "--yes")
    assert code == 0 and "kept as" in out
    assert [p["name"] for p in json.loads(cli("person", "list", "--json")[1])] == ["Avant"]
    code, out, _ = cli("check")
    assert code == 0 and "healthy" in out
    junk = tmp_path / "junk.db"
    junk.write_text("junk", encoding="utf-8")
    code, _, err = cli("restore", str(junk), "--yes")
    assert code == 2 and "not a CX Journal" in err
