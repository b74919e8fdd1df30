"""Counts are said with the language's plural forms: "1 rappel", "3 rappels", "1 day", "2 days";
no French translation falls back on "(s)" pseudo-plurals, in the window (Qt numerus) or the core."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication

from cxjournal.catalog import translator_for
from cxjournal.cli import main
from cxjournal.i18n import speaking, trn
from cxjournal.store.connection import close_journal
from cxjournal.ui.shell.translation import install_gui_translators
from tools import i18n as tool

PSEUDO_PLURAL = re.compile(r"\((s|es|x|en|nt)\)")


def test_no_french_translation_uses_a_pseudo_plural():
    found = [
        (key, text)
        for key, (text, done) in tool.read_ts(tool.ts_path("fr")).items()
        if PSEUDO_PLURAL.search(text)
    ]
    assert found == []


def test_every_count_message_has_both_english_forms():
    messages = tool.extract()
    chosen, table = tool.plural_only(messages, tool.read_ts(tool.ts_path("en")))
    assert chosen, "the code has count messages"
    assert [key for key in chosen if not table.get(key, ("", False))[1]] == []


@pytest.mark.parametrize(
    "lang, n, expected",
    [
        ("en", 0, "0 days"),
        ("en", 1, "1 day"),
        ("en", 3, "3 days"),
        ("fr", 0, "0 jour"),
        ("fr", 1, "1 jour"),
        ("fr", 3, "3 jours"),
    ],
)
def test_core_counts_follow_each_language_rule(lang, n, expected):
    with speaking(translator_for(lang)):
        assert trn("%n day", "%n days", n) == expected


def test_core_count_without_a_catalogue_is_english():
    assert trn("Wrote %n file in {path}.", "Wrote %n files in {path}.", 1, "cli") == (
        "Wrote 1 file in {path}."
    )


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch):
    close_journal()
    db = str(tmp_path / "shop.db")

    def call(*args, lang="en"):
        monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8" if lang == "fr" else "C.UTF-8")
        main(["--db", db, *args])
        return capsys.readouterr().out

    return call


def test_cli_says_one_event_and_several_events_in_both_languages(cli, tmp_path):
    out = str(tmp_path / "cal.ics")
    assert cli("export", "ics", "--out", out) == f"0 events written to {out}.\n"
    assert cli("export", "ics", "--out", out, lang="fr") == f"0 événement écrit dans {out}.\n"
    cli("person", "add", "Amélie", "--side", "customer")
    cli("followup", "add", "Rappeler", "--due", "2030-11-16 08:00", "--person", "Amélie")
    assert cli("export", "ics", "--out", out) == f"1 event written to {out}.\n"
    assert cli("export", "ics", "--out", out, lang="fr") == f"1 événement écrit dans {out}.\n"
    cli("followup", "add", "Plus tard", "--due", "2030-11-25 10:00")
    assert cli("export", "ics", "--out", out) == f"2 events written to {out}.\n"
    assert cli("export", "ics", "--out", out, lang="fr") == f"2 événements écrits dans {out}.\n"


@pytest.fixture
def window_language(qtbot):
    app = QCoreApplication.instance()

    def use(lang: str) -> None:
        install_gui_translators(app, lang)

    yield use
    install_gui_translators(app, "en")


@pytest.mark.parametrize(
    "lang, n, expected",
    [
        ("en", 1, "1 reminder"),
        ("en", 2, "2 reminders"),
        ("fr", 0, "0 rappel"),
        ("fr", 1, "1 rappel"),
        ("fr", 2, "2 rappels"),
    ],
)
def test_window_counts_use_qt_numerus_forms(window_language, lang, n, expected):
    window_language(lang)
    assert QCoreApplication.translate("ReminderNotifier", "%n reminders", None, n) == expected


def test_core_counts_in_the_window_follow_its_language(window_language):
    window_language("fr")
    assert trn("%n day", "%n days", 1) == "1 jour"
    assert trn("%n day", "%n days", 4) == "4 jours"
    window_language("en")
    assert trn("%n day", "%n days", 1) == "1 day"
