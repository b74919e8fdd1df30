"""Every count a person reads is said in its language's form: no message puts a number before a
plural noun unless the number can never be 1 (a fixed limit), in the window, the CLI or the reports;
and the counts fixed in this round say "1 entry", "1 page", "1 encore ouverte" in both languages."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication

from cxjournal.catalog import translator_for
from cxjournal.cli import main
from cxjournal.i18n import speaking
from cxjournal.services import people, promises
from cxjournal.store.connection import close_journal
from cxjournal.ui.shell.translation import install_gui_translators
from tests.helpers import open_page
from tools import i18n as tool

# "{placeholder} nouns": a count before an English plural (verbs ending in s are not nouns).
COUNT_BEFORE_PLURAL = re.compile(r"\{[\w:.]+\}\s+([a-z][\w-]*s)\b")
NOT_NOUNS = {
    "is",
    "was",
    "has",
    "does",
    "its",
    "as",
    "vs",
    "s",
    "waits",
    "points",
    "contains",
    "holds",
    "lacks",
    "needs",
    "asks",
}
# Numbers that are fixed limits, never 1: the plural is always right.
FIXED_LIMITS = {
    ("core", "Due soon (next {n} days)"),
    ("core", "The kiosk shows at most {count} reasons."),
    ("KioskSection", "The kiosk shows at most {count} reasons."),
    ("core", "{label} is too long ({length} characters; at most {max})."),
}


def test_no_message_puts_a_count_before_a_plural_noun():
    found = []
    for (context, source), message in tool.extract().items():
        if message.numerus or (context, source) in FIXED_LIMITS:
            continue
        nouns = [w for w in COUNT_BEFORE_PLURAL.findall(source) if w not in NOT_NOUNS]
        if nouns and not any(limit in source for limit in ("at least {", "fewer than {")):
            found.append((context, source))
    assert found == []


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch):
    close_journal()
    db = str(tmp_path / "shop.db")

    def call(*args, lang="en"):
        monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8" if lang == "fr" else "C.UTF-8")
        main(["--db", db, *args])
        return capsys.readouterr().out

    return call


def test_an_import_of_one_row_says_one_entry_and_one_person(cli, tmp_path):
    csv = tmp_path / "one.csv"
    csv.write_text(
        "date,name,kind,title\n2026-11-10,Amélie,complaint,Pain trop cuit\n", encoding="utf-8"
    )
    out = cli("import", "entries", str(csv), "--side", "customer", "--dry-run")
    assert "Would add 1 entry and 1 person;" in out
    out = cli("import", "entries", str(csv), "--side", "customer", "--dry-run", lang="fr")
    assert "Ajouterait 1 entrée et 1 personne\u00a0;" in out


def test_the_core_counts_of_this_round_in_french():
    with speaking(translator_for("fr")):
        from cxjournal.i18n import trn

        assert trn("%n person", "%n people", 1, "cli") == "1 personne"
        assert trn("%n person", "%n people", 2, "cli") == "2 personnes"
        assert trn("%n reply", "%n replies", 1, "email") == "1 réponse du commerce"
        assert trn("{points} pt", "{points} pts", 1, "reports") == "{points} pt"
        assert trn("No response after %n hour", "No response after %n hours", 1) == (
            "Pas de réponse après 1 heure"
        )


@pytest.fixture
def french(qtbot):
    install_gui_translators(QCoreApplication.instance(), "fr")
    yield
    install_gui_translators(QCoreApplication.instance(), "en")


def test_today_says_one_promise_still_open_and_late_in_french(qtbot, fake_clock, french):
    lea = people.add_person("Léa", "customer")
    promises.make_promise(person=lea, what="Rembourser", due="2026-11-12", made_at="2026-11-10")
    _window, page = open_page(qtbot, "today")
    assert page.promise_detail.text() == "0 sur 1 à temps, 1 encore ouverte et en retard"
    printed = QCoreApplication.translate("Page", "%n page(s)", None, 1)
    assert printed == "1 page"
