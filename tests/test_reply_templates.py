"""Reply templates (issue 20, "Reply in seconds"): the fixed substitution of every placeholder in
both languages, the starter sets of a new, an upgraded and a demo journal, keeping templates
(add, edit, move, delete), answering with one (its status given to the entry), the command line,
the change log, and the JSON export and copy-to carrying them."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest

from cxjournal import reply_text
from cxjournal import vocabulary as v
from cxjournal.cli import main
from cxjournal.errors import NotFoundError, ValidationError
from cxjournal.i18n import set_translator
from cxjournal.services import promises, reply_templates, settings
from cxjournal.store import migrations
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.models import ChangeLog, Entry, ReplyTemplate, Response, SchemaVersion, db
from cxjournal.store.starter_templates import add_starter_templates, starter_set
from tests.builders import a_customer, an_entry
from tests.helpers import START, version_before


@pytest.fixture
def cli(journal, capsys):
    def run(*args: str) -> tuple[int, str, str]:
        close_journal()
        code = main([*args])
        open_journal(journal)
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _fresh_starter_set(lang: str) -> None:
    """The journal's templates as a new journal in ``lang`` has them (a server test journal
    starts with none)."""
    ReplyTemplate.delete().execute()
    add_starter_templates(lang)


VALUES = {"name": "Zoë", "business": "Boulangerie Martin", "date": "16 novembre 2026",
          "promise": "un gâteau offert"}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bonjour {nom}, {commerce} vous offre {promesse} ({date}).",
            "Bonjour Zoë, Boulangerie Martin vous offre un gâteau offert (16 novembre 2026).",
        ),
        (
            "Hello {name}, {business} promises {promise} on {date}.",
            "Hello Zoë, Boulangerie Martin promises un gâteau offert on 16 novembre 2026.",
        ),
        # a stray brace stays a brace; unknown words, indexes and attributes stay as typed
        ("{ {name} }", "{ Zoë }"),
        ("Prix : 5 { € }, {0} {unknown} {name.__class__} {{name}}", None),
        ("{NAME} {Name}", "{NAME} {Name}"),
    ],
)
def test_every_placeholder_is_filled_and_nothing_else(text, expected):
    filled = reply_text.fill(text, VALUES)
    if expected is None:  # str.format would raise or reach into Python objects here
        assert filled == "Prix : 5 { € }, {0} {unknown} {name.__class__} {Zoë}"
    else:
        assert filled == expected


@pytest.mark.file_only  # a server test journal is emptied: only a file shows the new journal's set
def test_a_new_journal_gets_the_starter_set_in_the_systems_language(tmp_path, monkeypatch):
    close_journal()
    for lang, first in (("fr_FR.UTF-8", "Merci pour votre retour"), ("en_GB.UTF-8", None)):
        monkeypatch.setenv("LC_ALL", lang)
        path = tmp_path / f"{lang}.db"
        open_journal(path)
        names = [t.name for t in reply_templates.list_templates()]
        assert names == [t["name"] for t in starter_set(lang[:2])]
        assert first is None or names[0] == first
        assert {t.language for t in reply_templates.list_templates()} == {lang[:2]}
        close_journal()


def test_the_starter_sets_match_and_fill_in_both_languages(journal, fake_clock):
    fr, en = starter_set("fr"), starter_set("en")
    assert [t["status"] for t in fr] == [t["status"] for t in en]
    assert len(fr) == len(en) >= 5
    used = {word for t in fr + en for word in reply_text.PLACEHOLDERS if f"{{{word}}}" in t["text"]}
    assert used == set(reply_text.PLACEHOLDERS)
    for t in fr + en:  # every brace in a starter text is a placeholder the app fills
        assert "{" not in reply_text.fill(t["text"], VALUES)
    assert all("\u00a0:" in t["text"] or ":" not in t["text"] for t in fr)  # French spacing


def test_switching_the_language_swaps_an_untouched_starter_set_only(journal):
    _fresh_starter_set("en")
    settings.set_setting("language", "fr")
    assert reply_templates.list_templates()[0].name == "Merci pour votre retour"
    reply_templates.edit_template("Merci pour votre retour", text="Merci {nom} !")
    settings.set_setting("language", "en")  # the owner's own words are never replaced
    assert reply_templates.list_templates()[0].text == "Merci {nom} !"


def test_keeping_templates_add_edit_move_delete(journal):
    ReplyTemplate.delete().execute()
    a = reply_templates.add_template("Merci", "Merci {nom}")
    b = reply_templates.add_template("Désolés", "Désolés", status="resolved", language="fr")
    c = reply_templates.add_template("Attente", "Une précision ?", status="waiting")
    assert [t.name for t in reply_templates.list_templates()] == ["Merci", "Désolés", "Attente"]
    reply_templates.move_template(c.id, 1)
    assert [t.name for t in reply_templates.list_templates()] == ["Attente", "Merci", "Désolés"]
    reply_templates.move_template("merci", 99)
    assert [t.position for t in reply_templates.list_templates()] == [1, 2, 3]
    assert reply_templates.list_templates()[-1].id == a.id
    with pytest.raises(ValidationError):
        reply_templates.add_template("MERCI", "x")  # names are told apart whatever their case
    with pytest.raises(ValidationError):
        reply_templates.edit_template(b.id, status="kept")
    with pytest.raises(ValidationError):
        reply_templates.add_template("Vide", "   ")
    reply_templates.edit_template(b.id, name="Nous sommes désolés", status="")
    assert ReplyTemplate.get_by_id(b.id).status == ""
    reply_templates.delete_template("Nous sommes désolés")
    with pytest.raises(NotFoundError):
        reply_templates.find_template("Nous sommes désolés")
    assert ReplyTemplate.select().count() == 2


def test_answering_with_a_template_fills_it_and_gives_the_entry_its_status(journal, fake_clock):
    fake_clock.set(START + timedelta(hours=2))
    settings.set_setting("business_name", "Boulangerie Martin")
    settings.set_setting("language", "fr")
    _fresh_starter_set("fr")
    customer = a_customer("Zoë Château")
    cake = an_entry(customer, occurred_at=START, title="Gâteau brûlé")
    promises.make_promise(
        person=customer, what="un gâteau offert", due=date(2026, 11, 20), entry=cake
    )
    text = reply_templates.filled_text("Ce que nous avons promis", cake.id)
    assert "Bonjour Zoë Château," in text
    assert "un gâteau offert by 20 novembre 2026" in text  # (English: no catalogue installed)
    assert "Boulangerie Martin" in text and "{" not in text
    reply_templates.respond_with_template(cake.id, "Résolu — remboursement")
    row = Entry.get_by_id(cake.id)
    assert (row.status, row.resolution) == (v.RESOLVED, "Résolu — remboursement")
    (answer,) = Response.select().where(Response.entry == cake.id)
    assert "16 novembre 2026" in answer.text and row.first_response_at == answer.at
    other = an_entry(customer, occurred_at=START, title="Commande")
    reply_templates.respond_with_template(other.id, "Une précision, s'il vous plaît", "Texte revu")
    row = Entry.get_by_id(other.id)
    assert (row.status, row.waiting_on) == (v.WAITING, "Zoë Château")
    assert Response.get(Response.entry == other.id).text == "Texte revu"  # as edited


def test_a_refused_answer_records_nothing(journal, fake_clock):
    _fresh_starter_set("en")
    cake = an_entry(a_customer("Zoë"), occurred_at=START)
    with pytest.raises(ValidationError):
        reply_templates.respond_with_template(cake.id, "Resolved — refund", "   ")
    assert Entry.get_by_id(cake.id).status == v.OPEN
    assert not Response.select().exists()


def test_the_command_line(cli, fake_clock):
    _fresh_starter_set("en")
    cake = an_entry(a_customer("Zoë"), occurred_at=START)
    code, out, _ = cli(
        "template", "add", "Back soon", "--text", "Hi {name} {x", "--status", "waiting"
    )
    assert code == 0 and "Back soon" in out
    code, out, _ = cli("template", "list", "--json")
    listed = json.loads(out)
    assert listed[-1] == {**listed[-1], "name": "Back soon", "status": "waiting", "position": 7}
    code, _, err = cli("entry", "respond", str(cake.id), "--template", "no such one")
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert not Response.select().exists()  # bad input changes nothing
    code, _, err = cli("entry", "respond", str(cake.id))
    assert code == 2 and "--template" in err
    code, _, _ = cli("entry", "respond", str(cake.id), "--template", "back soon")
    assert code == 0
    assert Response.get().text == "Hi Zoë {x"
    assert Entry.get_by_id(cake.id).status == v.WAITING
    code, _, _ = cli("template", "edit", "Back soon", "--name", "Bientôt", "--status", "none")
    assert code == 0 and ReplyTemplate.get(ReplyTemplate.name == "Bientôt").status == ""
    code, _, _ = cli("template", "move", "Bientôt", "1")
    assert reply_templates.list_templates()[0].name == "Bientôt"
    code, _, _ = cli("template", "delete", "Bientôt", "--yes")
    assert code == 0 and not ReplyTemplate.select().where(ReplyTemplate.name == "Bientôt").exists()


def test_changes_are_logged_as_templates(journal):
    start = ChangeLog.select().count()
    t = reply_templates.add_template("Merci", "Merci {nom}")
    reply_templates.edit_template(t.id, text="Merci beaucoup {nom}")
    reply_templates.delete_template(t.id)
    logged = [
        (c.kind, c.item_id, c.op) for c in ChangeLog.select().order_by(ChangeLog.id).offset(start)
    ]
    assert logged == [("template", t.id, "insert"), ("template", t.id, "update"),
                      ("template", t.id, "delete")]  # fmt: skip


def test_the_json_export_carries_them_back(journal, tmp_path):
    from cxjournal.io.json_export import export_json, import_json

    _fresh_starter_set("fr")
    reply_templates.add_template("À moi", "Texte {nom} {", status="closed")
    before = [
        (t.id, t.name, t.text, t.status, t.position) for t in reply_templates.list_templates()
    ]
    export_json(tmp_path / "export.json")
    close_journal()
    open_journal(tmp_path / "other.db")
    import_json(tmp_path / "export.json")
    after = [(t.id, t.name, t.text, t.status, t.position) for t in reply_templates.list_templates()]
    assert after == before
    reply_templates.add_template("Next", "x")  # the id sequence follows the rows loaded
    close_journal()


@pytest.mark.file_only
def test_an_upgraded_journal_gets_the_table_and_the_starter_set(journal, monkeypatch):
    settings.set_setting("language", "fr")
    db.execute_sql('DROP TABLE "reply_template"')
    SchemaVersion.update(version=version_before("ReplyTemplate")).execute()
    close_journal()
    open_journal(journal)
    assert migrations.stored_version() == migrations.SCHEMA_VERSION
    assert reply_templates.list_templates()[0].name == "Merci pour votre retour"
    t = reply_templates.add_template("Nouveau", "x")
    assert (
        ChangeLog.select().where(ChangeLog.kind == "template", ChangeLog.item_id == t.id).exists()
    )


def test_the_demo_ships_them_in_its_language(journal):
    from cxjournal.demo import fill_demo

    fill_demo(people=5, entries=20, months=1, seed=3, lang="fr", today=date(2026, 11, 16))
    found = reply_templates.list_templates()
    assert [t.name for t in found] == [t["name"] for t in starter_set("fr")]
    assert {t.created_at for t in found} == {datetime(2026, 11, 16, 8, 0)}


@pytest.fixture(autouse=True)
def _english():
    yield
    set_translator(None)
