"""One date style everywhere, following the journal's language: the reason someone is losing touch
writes its date as the lines around it do ("12/10/2026" in French, "12 Oct 2026" in English)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from cxjournal import clock
from cxjournal.cli import main
from cxjournal.services import keep_in_touch, settings

from .builders import a_customer, an_entry


@pytest.mark.parametrize(("lang", "shown"), [("fr", "06/11/2026"), ("en", "6 Nov 2026")])
def test_losing_touch_says_its_last_contact_in_the_journal_style(fake_clock, lang, shown):
    settings.set_setting("language", lang)
    lea = a_customer("Léa", keep_in_touch_days=7)
    an_entry(lea, kind="praise", occurred_at=clock.now() - timedelta(days=10))
    [item] = keep_in_touch.losing_touch(clock.now())
    line = keep_in_touch.describe(item)
    assert shown in line and "2026-11-06" not in line


def test_the_due_command_writes_every_date_one_way(fake_clock, capsys, journal):
    settings.set_setting("language", "fr")
    lea = a_customer("Léa", keep_in_touch_days=7)
    an_entry(lea, kind="praise", occurred_at=clock.now() - timedelta(days=10))
    assert main(["--db", str(journal), "due", "--days", "3"]) == 0
    out = capsys.readouterr().out
    notes = [line.rsplit("\t", 1)[-1] for line in out.splitlines()]
    assert any("06/11/2026" in note for note in notes)
    assert not any("2026-11-06" in note for note in notes)
