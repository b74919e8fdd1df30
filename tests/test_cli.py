"""The command line: the documented commands, JSON output, exit codes and one-line errors."""

import json
import subprocess
import sys

import pytest

from cxjournal.cli import main
from cxjournal.store.connection import close_journal


@pytest.fixture
def cli(tmp_path, capsys):
    close_journal()
    db = str(tmp_path / "shop.db")

    def run(*args):
        code = main(["--db", db, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_issue_commands_work_exactly_as_written(cli):
    code, out, _ = cli(
        "person", "add", "Amélie Château", "--side", "customer", "--email", "amelie@example.fr"
    )
    assert code == 0 and "Amélie Château" in out
    code, _, _ = cli(
        "log",
        "--person",
        "Amélie Château",
        "--kind",
        "complaint",
        "--title",
        "Pain brûlé",
        "--details",
        "Le café était froid",
        "--satisfaction",
        "2",
    )
    assert code == 0
    code, _, _ = cli(
        "promise",
        "add",
        "--person",
        "Amélie Château",
        "--what",
        "Free box of croissants",
        "--due",
        "2030-11-28",
    )
    assert code == 0
    code, _, _ = cli(
        "log", "--person", "Amélie Château", "--kind", "praise", "--title", "Merci de l'École"
    )
    code, out, _ = cli("search", "ecole", "--json")
    found = json.loads(out)
    assert code == 0 and [e["title"] for e in found] == ["Merci de l'École"]
    code, out, _ = cli("person", "list", "--json")
    listed = json.loads(out)
    assert code == 0 and listed[0]["name"] == "Amélie Château"
    assert listed[0]["email"] == "amelie@example.fr"
    code, out, _ = cli("stats", "--month", "2026-11", "--json")
    figures = json.loads(out)
    assert code == 0 and figures["month"] == "2026-11"
    assert set(figures) >= {"customer", "staff", "promises"}


@pytest.mark.parametrize(
    "args, message",
    [
        (
            [
                "log",
                "--side",
                "customer",
                "--kind",
                "complaint",
                "--title",
                "x",
                "--satisfaction",
                "9",
            ],
            "1 to 5",
        ),
        (["person", "add", "  ", "--side", "customer"], "Name"),
        (["promise", "add", "--person", "Nobody", "--what", "x", "--due", "2030-01-01"], "Nobody"),
        (["stats", "--month", "2026-13"], "YYYY-MM"),
        (["entry", "show", "999"], "does not exist"),
        (["nonsense"], "invalid choice"),
        (["log", "--kind", "complaint"], "required"),
        (
            ["log", "--side", "customer", "--kind", "praise", "--title", "x", "--at", "2026-02-30"],
            "not a valid date",
        ),
    ],
)
def test_user_errors_exit_2_with_one_line(cli, args, message):
    code, _out, err = cli(*args)
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_entry_lifecycle_and_json(cli):
    cli("person", "add", "Léa", "--side", "staff")
    cli("log", "--person", "Léa", "--kind", "concern", "--title", "Four en panne", "--tags", "four")
    assert cli("entry", "respond", "1", "Technicien appelé")[0] == 0
    assert cli("entry", "resolve", "1", "Réparé")[:2] == (0, "Entry #1: Resolved.\n")
    _code, out, _ = cli("entry", "show", "1", "--json")
    shown = json.loads(out)
    assert shown["status"] == "resolved" and shown["tags"] == ["four"]
    assert shown["responses"][0]["text"] == "Technicien appelé"
    assert cli("entry", "reopen", "1")[0] == 0
    _code, out, _ = cli("entry", "list", "--status", "active", "--json")
    assert [e["id"] for e in json.loads(out)] == [1]


def test_promises_and_followups_from_the_cli(cli):
    cli("person", "add", "Bob", "--side", "customer")
    cli("promise", "add", "--person", "Bob", "--what", "Rappeler", "--due", "2030-01-10")
    assert cli("promise", "renegotiate", "1", "--due", "2030-01-20")[0] == 0
    assert cli("promise", "keep", "1")[0] == 0
    _code, out, _ = cli("promise", "list", "--json")
    assert json.loads(out)[0]["original_due"] == "2030-01-10"
    assert cli("promise", "break", "1")[0] == 2  # already kept
    _code, out, _ = cli(
        "followup",
        "add",
        "Point mensuel",
        "--due",
        "2030-01-31 09:00",
        "--every",
        "month",
        "--json",
    )
    assert json.loads(out)["rrule"].startswith("FREQ=MONTHLY")
    _code, out, _ = cli("followup", "done", "1")
    assert "2030-02-28 09:00" in out
    _code, out, _ = cli("followup", "list", "--json")
    assert len(json.loads(out)) == 1
    assert cli("followup", "snooze", "2", "tomorrow")[0] == 0


def test_person_show_edit_archive(cli):
    cli("department", "add", "Vente", "--cadence", "monthly")
    cli("person", "add", "Inès", "--side", "staff", "--department", "Vente")
    _code, out, _ = cli("person", "edit", "Inès", "--role", "Vendeuse", "--json")
    assert json.loads(out)["role"] == "Vendeuse"
    assert cli("person", "archive", "#1")[0] == 0
    _code, out, _ = cli("person", "list", "--json")
    assert json.loads(out) == []
    _code, out, _ = cli("person", "show", "ines", "--json")
    assert json.loads(out)["department"] == "Vente"


def test_demo_fills_a_journal_deterministically(cli, tmp_path, capsys, fake_clock):
    args = ["demo", "--people", "20", "--entries", "150", "--seed", "3", "--lang", "en"]
    assert cli(*args)[0] == 0
    _code, out, _ = cli("entry", "list", "--limit", "1000", "--json")
    first = json.loads(out)
    assert len(first) == 150 and {e["side"] for e in first} == {"customer", "staff"}
    assert cli("demo")[0] == 2  # refuses a journal with data
    close_journal()
    other = str(tmp_path / "again.db")
    assert main(["--db", other, *args]) == 0
    main(["--db", other, "entry", "list", "--limit", "1000", "--json"])
    again = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert again == first


def test_module_and_version_entry_points(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "cxjournal", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.startswith("CX Journal ")
    out = subprocess.run(
        [sys.executable, "-m", "cxjournal", "--db", str(tmp_path / "x.db"), "person", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "add" in out.stdout and "archive" in out.stdout


def test_report_commands_write_pdfs(cli, tmp_path):
    from pypdf import PdfReader

    cli("person", "add", "Zoë Œuvre", "--side", "customer")
    cli(
        "log",
        "--person",
        "Zoë Œuvre",
        "--kind",
        "praise",
        "--title",
        "Merci <3 & bravo",
        "--at",
        "2026-10-05 10:00",
    )
    out = tmp_path / "october.pdf"
    code, stdout, _ = cli(
        "report", "monthly", "--month", "2026-10", "--out", str(out), "--lang", "fr"
    )
    assert code == 0 and str(out) in stdout
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "octobre 2026" in text and "Merci <3 & bravo" in text
    code, _, _ = cli("report", "person", "Zoë Œuvre", "--out", str(tmp_path / "zoe.pdf"))
    assert code == 0 and (tmp_path / "zoe.pdf").stat().st_size > 1000
    code, _, _ = cli("report", "week", "--out", str(tmp_path / "week.pdf"))
    assert code == 0
    code, _, err = cli(
        "report", "monthly", "--month", "2026-10", "--out", str(tmp_path / "missing" / "x.pdf")
    )
    assert code == 2 and "does not exist" in err
    assert not list(tmp_path.glob("**/.*.part"))


def test_resolve_says_the_status_it_set_in_the_words_of_the_window(cli):
    cli("person", "add", "Léa", "--side", "staff")
    cli("log", "--person", "Léa", "--kind", "concern", "--title", "Four en panne")
    cli("log", "--person", "Léa", "--kind", "concern", "--title", "Porte")
    assert cli("entry", "resolve", "2", "--without-action")[1] == (
        "Entry #2: Closed without action.\n"
    )
