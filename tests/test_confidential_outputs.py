"""Confidential entries stay out of every report and export unless asked for (--include-confidential,
or the window's checkbox); the whole-journal JSON is a backup and keeps everything; a person's own
data-access export keeps their confidential entries, with a note about others' names."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from icalendar import Calendar

from cxjournal.cli import main
from cxjournal.services import entries, followups, people, promises
from cxjournal.store.connection import close_journal
from tests.report_pdf import flat

WORD = "Zanzibar"  # only in the confidential entry and what hangs on it


@pytest.fixture
def cli(journal, capsys, fake_clock):
    noel = people.add_person("Noël Œuvre", "staff")
    entries.log_entry(kind="concern", title="Hotte bruyante", person=noel)
    secret = entries.log_entry(
        kind="concern",
        title=f"Conflit {WORD}",
        details=f"Détails {WORD}",
        person=noel,
        occurred_at=datetime(2026, 11, 16, 8),
        confidential=True,
    )
    promises.make_promise(person=noel, what=f"Promesse {WORD}", due="2026-11-19", entry=secret)
    followups.add_followup(title=f"Rappel {WORD}", due_at="2026-11-18 10:00", entry=secret)
    close_journal()

    def run(*args):
        code = main(["--db", str(journal), *args])
        out, err = capsys.readouterr()
        assert code == 0, err
        return out

    run.noel = noel.id
    return run


REPORTS = [
    ("report", "monthly", "--month", "2026-11"),
    ("report", "person", "Noël Œuvre"),
    ("report", "week", "--week-of", "2026-11-16"),
]


@pytest.mark.parametrize("command", REPORTS, ids=["monthly", "person", "week"])
def test_reports_leave_confidential_entries_out_unless_asked(cli, tmp_path, command):
    out = tmp_path / "r.pdf"
    cli(*command, "--out", str(out))
    assert WORD not in flat(out)
    cli(*command, "--out", str(out), "--include-confidential")
    assert WORD in flat(out)


def _csv_text(folder) -> str:
    return "".join(p.read_text(encoding="utf-8-sig") for p in sorted(folder.glob("*.csv")))


def test_csv_export_leaves_confidential_entries_out_unless_asked(cli, tmp_path):
    cli("export", "csv", "--out", str(tmp_path / "plain"))
    text = _csv_text(tmp_path / "plain")
    assert WORD not in text and "Hotte bruyante" in text
    cli("export", "csv", "--out", str(tmp_path / "all"), "--include-confidential")
    assert f"Conflit {WORD}" in _csv_text(tmp_path / "all")


def test_ics_export_leaves_confidential_text_out_unless_asked(cli, tmp_path):
    out = tmp_path / "cx.ics"
    cli("export", "ics", "--out", str(out))
    assert len(Calendar.from_ical(out.read_bytes()).walk("VEVENT")) == 2
    assert WORD not in out.read_text(encoding="utf-8")
    cli("export", "ics", "--out", str(out), "--include-confidential")
    assert WORD in out.read_text(encoding="utf-8")


def test_whole_journal_json_is_a_backup_and_keeps_everything(cli, tmp_path):
    out = tmp_path / "all.json"
    cli("export", "json", "--out", str(out))
    assert f"Conflit {WORD}" in out.read_text(encoding="utf-8")


def test_a_persons_own_export_keeps_their_confidential_entries_with_a_note(cli, tmp_path):
    out = tmp_path / "noel.json"
    cli("export", "person", "Noël Œuvre", "--out", str(out))
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [e["title"] for e in data["entries"] if e["confidential"]] == [f"Conflit {WORD}"]
    assert "names" in data["note"] and "confidential" in data["note"]


def test_help_says_which_exports_keep_confidential_entries(capsys):
    for command, expected in (
        (["export", "json", "--help"], "confidential"),
        (["export", "person", "--help"], "names"),
        (["export", "csv", "--help"], "--include-confidential"),
        (["report", "person", "--help"], "--include-confidential"),
        (["report", "week", "--help"], "--include-confidential"),
    ):
        with pytest.raises(SystemExit):
            main(command)
        assert expected in " ".join(capsys.readouterr().out.split()), command


def test_the_old_exclude_flag_is_gone(cli, journal, tmp_path, capsys):
    args = ["report", "person", "Noël", "--out", str(tmp_path / "x.pdf"), "--exclude-confidential"]
    assert main(["--db", str(journal), *args]) == 2
    assert "--exclude-confidential" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
