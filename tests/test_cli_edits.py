"""Everything editable from the command line: entries, promises, follow-ups, departments, tags,
the trash and the settings, each checked as the window checks it; bad input changes nothing."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from cxjournal.cli import main
from cxjournal.store.connection import close_journal


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch):
    close_journal()
    db = str(tmp_path / "shop.db")

    def run(*args, answer=None):
        if answer is not None:
            monkeypatch.setattr("sys.stdin", io.StringIO(answer + "\n"))
        code = main(["--db", db, *args])
        out, err = capsys.readouterr()
        return code, out, err

    run.db = db
    return run


def _json(cli, *args):
    code, out, err = cli(*args, "--json")
    assert code == 0, err
    return json.loads(out)


def _refused(cli, *args, says: str) -> None:
    code, out, err = cli(*args)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1, (code, out, err)
    assert says in err and "Traceback" not in err


@pytest.fixture
def shop(cli):
    cli("person", "add", "Léa", "--side", "customer")
    cli("person", "add", "Zoé", "--side", "customer")
    cli("person", "add", "Sam", "--side", "staff")
    cli("log", "--person", "Léa", "--kind", "complaint", "--title", "Pain", "--tags", "Été, four")
    cli("log", "--person", "Zoé", "--kind", "praise", "--title", "Merci", "--tags", "ete")
    return cli


def test_entry_edit_changes_each_field_and_refuses_what_the_form_refuses(shop):
    code, out, _ = shop(
        "entry", "edit", "1", "--title", "Pain brûlé", "--details", "froid", "--kind", "question",
        "--channel", "phone", "--satisfaction", "2", "--priority", "high", "--tags", "croûte",
        "--confidential", "--when", "2026-11-10 08:30",
    )  # fmt: skip
    assert code == 0 and "#1" in out
    entry = _json(shop, "entry", "show", "1")
    assert (entry["title"], entry["details"], entry["kind"], entry["channel"]) == (
        "Pain brûlé", "froid", "question", "phone",
    )  # fmt: skip
    assert (entry["satisfaction"], entry["priority"], entry["tags"]) == (2, "high", ["croûte"])
    assert entry["confidential"] is True and entry["occurred_at"] == "2026-11-10 08:30:00"
    assert shop("entry", "edit", "1", "--not-confidential")[0] == 0
    assert _json(shop, "entry", "show", "1")["confidential"] is False
    before = _json(shop, "entry", "show", "1")
    _refused(shop, "entry", "edit", "1", "--satisfaction", "9", says="from 1 to 5")
    _refused(shop, "entry", "edit", "1", "--title", " ", "--details", "x", says="Title")
    _refused(shop, "entry", "edit", "1", "--kind", "concern", says="not a kind of customer")
    _refused(shop, "entry", "edit", "1", "--when", "2999-01-01", says="in the future")
    _refused(shop, "entry", "edit", "99", "--title", "x", says="#99")
    assert _json(shop, "entry", "show", "1") == before
    assert [e["id"] for e in _json(shop, "search", "croute")] == [1]


def test_promise_edit_keeps_the_first_date_and_the_person_rules(shop):
    shop("promise", "add", "--person", "Léa", "--what", "Croissants", "--due", "2030-01-10",
         "--entry", "1")  # fmt: skip
    code, out, _ = shop("promise", "edit", "1", "--what", "Deux croissants", "--due", "2030-02-01")
    assert code == 0 and "2030-01-10" in out
    promise = _json(shop, "promise", "list")[0]
    assert (promise["what"], promise["due"], promise["original_due"]) == (
        "Deux croissants", "2030-02-01", "2030-01-10",
    )  # fmt: skip
    _refused(shop, "promise", "edit", "1", "--person", "Zoé", says="about someone else")
    _refused(shop, "promise", "edit", "1", "--what", "", says="cannot be empty")
    _refused(shop, "promise", "edit", "1", "--due", "2020-01-01", says="before the day")
    _refused(shop, "promise", "edit", "1", "--person", "Personne", says="Nobody called")
    assert _json(shop, "promise", "list") == [promise]
    shop("promise", "add", "--person", "Léa", "--what", "Rappeler", "--due", "2030-01-10")
    assert shop("promise", "edit", "2", "--person", "Zoé")[0] == 0
    assert _json(shop, "promise", "list", "--person", "Zoé")[0]["id"] == 2
    shop("promise", "keep", "2")
    _refused(shop, "promise", "edit", "2", "--due", "2030-03-01", says="Only an open promise")


def test_promise_to_someone_on_the_other_side_of_an_anonymous_entry_is_refused(shop):
    shop("log", "--side", "customer", "--kind", "complaint", "--title", "Anonyme")
    shop("promise", "add", "--person", "Léa", "--what", "Remboursement", "--due", "2030-01-10",
         "--entry", "3")  # fmt: skip
    _refused(shop, "promise", "edit", "1", "--person", "Sam", says="Sam is a staff")
    assert shop("promise", "edit", "1", "--person", "Zoé")[0] == 0


def test_followup_edit_and_delete_to_the_trash(shop):
    shop("followup", "add", "Rappeler Léa", "--due", "2030-01-05")
    code, _, _ = shop("followup", "edit", "1", "--title", "Rappeler", "--due", "2030-01-06",
                      "--notes", "le matin")  # fmt: skip
    assert code == 0
    item = _json(shop, "followup", "list")[0]
    assert (item["title"], item["due_at"], item["notes"]) == (
        "Rappeler", "2030-01-06 09:00:00", "le matin",
    )  # fmt: skip
    _refused(shop, "followup", "edit", "1", "--title", "", says="cannot be empty")
    _refused(shop, "followup", "edit", "1", "--due", "2030-02-31", says="not a valid date")
    assert _json(shop, "followup", "list") == [item]
    assert shop("followup", "delete", "1")[0] == 0
    assert _json(shop, "followup", "list") == []
    assert [(t["kind"], t["id"]) for t in _json(shop, "trash", "list")] == [("followup", 1)]
    _refused(shop, "followup", "delete", "1", says="in the trash")


def test_department_rename_and_delete_only_once_its_staff_moved(shop):
    shop("department", "add", "Vente")
    shop("department", "add", "Fournil")
    shop("person", "edit", "Sam", "--department", "Vente")
    _refused(shop, "department", "rename", "Vente", "fournil", says="already exists")
    assert shop("department", "rename", "vente", "Boutique")[0] == 0
    _refused(shop, "department", "delete", "Boutique", says="belongs to “Boutique”")
    _refused(shop, "department", "delete", "Boutique", "--move-to", "Nulle part", says="Nulle")
    assert {d["name"] for d in _json(shop, "department", "list")} == {"Boutique", "Fournil"}
    assert _json(shop, "person", "show", "Sam")["department"] == "Boutique"
    code, out, _ = shop("department", "delete", "Boutique", "--move-to", "Fournil")
    assert code == 0 and "Fournil" in out
    assert [d["name"] for d in _json(shop, "department", "list")] == ["Fournil"]
    assert _json(shop, "person", "show", "Sam")["department"] == "Fournil"
    assert shop("department", "delete", "Fournil", "--move-to", "Fournil")[0] == 2
    shop("person", "edit", "Sam", "--department", "")
    assert shop("department", "delete", "Fournil")[0] == 0


def test_tags_are_one_without_regard_to_case_and_accents_and_rename_merges(shop):
    assert _json(shop, "tag", "list") == [
        {"name": "Été", "entries": 2},
        {"name": "four", "entries": 1},
    ]
    assert shop("tag", "rename", "ETE", "Summer")[0] == 0
    assert [e["id"] for e in _json(shop, "search", "summer")] == [2, 1]
    assert _json(shop, "search", "ete") == []
    assert shop("tag", "rename", "four", "summer")[0] == 0  # merged into Summer
    assert _json(shop, "tag", "list") == [{"name": "Summer", "entries": 2}]
    assert _json(shop, "entry", "show", "1")["tags"] == ["Summer"]
    shop("log", "--person", "Léa", "--kind", "praise", "--title", "Bien", "--tags", "Pain")
    assert shop("tag", "merge", "pain", "SUMMER")[0] == 0
    assert _json(shop, "tag", "list") == [{"name": "Summer", "entries": 3}]
    assert [e["id"] for e in _json(shop, "search", "summer")] == [3, 2, 1]
    _refused(shop, "tag", "rename", "nope", "x", says="no tag called")
    _refused(shop, "tag", "rename", "Summer", "  ", says="cannot be empty")
    _refused(shop, "tag", "merge", "summer", "Summer", says="already the same tag")
    assert _json(shop, "tag", "list") == [{"name": "Summer", "entries": 3}]


def test_trash_list_restore_and_empty_for_good(shop):
    shop("followup", "add", "Rappeler", "--due", "2030-01-05")
    shop("followup", "delete", "1")
    _refused(shop, "trash", "restore", "entry", "1", says="not in the trash")
    assert shop("trash", "restore", "followup", "1")[0] == 0
    assert [f["id"] for f in _json(shop, "followup", "list")] == [1]
    shop("followup", "delete", "1")
    code, out, _ = shop("trash", "empty", answer="n")
    assert code == 1 and "Nothing was deleted" in out
    assert len(_json(shop, "trash", "list")) == 1
    code, out, _ = shop("trash", "empty", "--yes")
    assert code == 0 and "1 item" in out
    assert _json(shop, "trash", "list") == []
    _refused(shop, "trash", "restore", "followup", "1", says="#1")


def test_trash_empty_erases_the_words_for_good(shop, tmp_path):
    shop("log", "--person", "Léa", "--kind", "complaint", "--title", "Xylophonique")
    from cxjournal.services import entries
    from cxjournal.store.connection import open_journal

    open_journal(shop.db)
    entries.trash_entry(3)
    close_journal()
    assert shop("trash", "empty", "--yes")[0] == 0
    data = b"".join(p.read_bytes() for p in tmp_path.glob("shop.db*") if p.is_file())
    assert b"Xylophonique" not in data


def test_settings_list_get_and_set_through_the_one_table(shop):
    values = _json(shop, "settings", "list")
    assert values["paper_size"] == "A4"
    code, out, _ = shop("settings", "set", "paper_size", "letter")
    assert code == 0 and "Letter" in out
    assert shop("settings", "get", "paper_size")[1].strip() == "Letter"
    _refused(shop, "settings", "set", "paper_size", "Legal", says="A4, Letter")
    _refused(shop, "settings", "set", "nope", "1", says="no setting called “nope”")
    _refused(shop, "settings", "set", "complaint_reminder_hours", "-3", says="whole number")
    _refused(shop, "settings", "get", "nope", says="no setting")
    assert _json(shop, "settings", "list") == dict(values, paper_size="Letter")


def test_a_real_process_edits_and_says_one_line_in_french(tmp_path):
    db = str(tmp_path / "real.db")
    run = [sys.executable, "-m", "cxjournal", "--db", db]
    env = {"LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8", "PATH": "/usr/bin:/bin"}
    subprocess.run([*run, "settings", "set", "paper_size", "Letter"], check=True, env=env)
    bad = subprocess.run(
        [*run, "settings", "set", "paper_size", "Legal"], capture_output=True, text=True, env=env
    )
    assert bad.returncode == 2 and len(bad.stderr.splitlines()) == 1
    assert "choix" in bad.stderr and "Traceback" not in bad.stderr
    got = subprocess.run([*run, "settings", "get", "paper_size"], capture_output=True, text=True)
    assert got.stdout.strip() == "Letter"
