"""One vocabulary for how an entry ends: "resolved" or "closed without action", never a bare
"closed" that could mean either, in the window's words, the command line and the history."""

from __future__ import annotations

from cxjournal.cli import main
from cxjournal.errors import ValidationError
from cxjournal.services import entries
from cxjournal.vocabulary import field_label

from .builders import a_customer, an_entry


def test_resolving_twice_names_both_ways_an_entry_ends(fake_clock):
    entry = an_entry(a_customer())
    entries.resolve_entry(entry.id, "Baguette offerte")
    try:
        entries.resolve_entry(entry.id, "Encore")
    except ValidationError as refused:
        message = str(refused)
    assert "resolved or closed without action" in message


def test_the_field_a_resolution_stamps_is_named_for_both_endings():
    assert field_label("resolved_at") == "Resolved or closed on"


def test_the_reopen_command_says_what_it_reopens(capsys, journal):
    try:
        main(["--db", str(journal), "entry", "--help"])
    except SystemExit:
        pass
    out = capsys.readouterr().out
    assert "reopen a resolved entry or one closed without action" in " ".join(out.split())
