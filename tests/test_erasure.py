"""Erased means unreadable: after erasing a person (or deleting them for good from the trash),
nothing of them — name, their entries' words, a tag only they had — is left in the bytes of the
journal file or its -wal, search index included."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from cxjournal.cli import main
from cxjournal.services import entries, people, trash
from cxjournal.store.connection import close_journal, open_journal

NAME = "Zoé Quintaverde-Élan"
WORDS = ["Quintaverde", "Élan", "Xylophrasique", "pâtisserïe-Wumbleton", "zorglubesque"]


def _traces(path: Path) -> dict[str, int]:
    """How many times each word's bytes appear in the file and its -wal (what grep -a finds)."""
    found = {}
    for suffix in ("", "-wal"):
        side = Path(f"{path}{suffix}")
        data = side.read_bytes() if side.exists() else b""
        for word in WORDS:
            for form in {word, word.lower()}:
                count = data.count(form.encode())
                if count:
                    found[f"{side.name}:{form}"] = count
    return found


def _fill() -> None:
    others = people.add_person("Bruno Lefèvre", "customer")
    zoe = people.add_person(NAME, "customer", notes="Cliente zorglubesque")
    for n in range(40):  # enough writes for several index segments
        entries.log_entry(kind="question", title=f"Autre {n}", person=others, tags="four")
        entries.log_entry(
            kind="complaint",
            title=f"Xylophrasique {n}",
            details="Une pâtisserïe-Wumbleton brûlée",
            person=zoe,
            tags="zorglubesque, four",
        )


@pytest.mark.file_only  # the bytes of SQLite's file and -wal
def test_erase_person_leaves_nothing_readable(journal, tmp_path, capsys):
    _fill()
    assert _traces(journal)  # the words are there to begin with
    close_journal()
    code = main(["--db", str(journal), "erase", "person", NAME, "--yes"])
    assert code == 0, capsys.readouterr()
    assert _traces(journal) == {}
    open_journal(journal)
    assert entries.list_tags() == ["four"]  # the tag only Zoé's entries had is gone
    assert [p.name for p in people.find_people()] == ["Bruno Lefèvre"]


@pytest.mark.parametrize("how", ["delete_forever", "empty_trash"])
def test_deleting_for_good_leaves_nothing_readable(journal, how):
    _fill()
    zoe = people.find_people(NAME)[0]
    people.trash_person(zoe)
    if how == "empty_trash":
        trash.empty_trash()
    else:
        trash.delete_forever("person", zoe.id)
    assert _traces(journal) == {}
    assert entries.list_tags() == ["four"]


def test_cli_erase_answers_no_and_keeps_everything(journal, monkeypatch, capsys):
    _fill()
    close_journal()
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    assert main(["--db", str(journal), "erase", "person", NAME]) == 1
    open_journal(journal)
    assert [p.name for p in people.find_people()] == ["Bruno Lefèvre", NAME]
