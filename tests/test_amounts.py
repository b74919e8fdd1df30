"""Amounts on resolutions and promises: read as people type them in French and English, refused
when negative, absurd or with three decimals, kept as whole minor units, summed exactly, written
in the language's format, carried by the JSON export, ``copy-to`` (both engines), the history and
the command line; the upgrade adds the columns empty."""

from __future__ import annotations

from decimal import Decimal

import pytest

from cxjournal.amounts import format_amount, parse_amount
from cxjournal.cli import main
from cxjournal.errors import ValidationError
from cxjournal.io import json_export
from cxjournal.services import entries, gestures, history, promises, settings
from cxjournal.store import copying
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.models import Entry, Promise
from tests import server_db
from tests.builders import a_customer, a_promise, a_staff_member, an_entry
from tests.helpers import version_before

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    ("typed", "lang", "minor"),
    [
        ("12,50", "fr", 1250),
        ("12.50", "fr", 1250),
        ("12 €", "fr", 1200),
        ("12,5 €", "fr", 1250),
        ("€12.50", "en", 1250),
        ("1 234,50", "fr", 123450),
        (f"1{NNBSP}234,50{NBSP}€", "fr", 123450),
        ("1.234,50", "fr", 123450),
        ("1,234.50", "en", 123450),
        ("1,234", "en", 123400),
        ("12 EUR", "en", 1200),
        ("0,99", "fr", 99),
        ("", "fr", None),
        ("  ", "en", None),
        ("0", "en", None),
    ],
)
def test_amounts_are_read_as_people_type_them(typed, lang, minor):
    assert parse_amount(typed, "EUR", lang) == minor


@pytest.mark.parametrize(
    "typed",
    ["-5", "−5 €", "12,505", "12.505", "1,234", "2000000", "douze", "12,50,3", "1 23,50", "12,"],
)
def test_negative_absurd_and_three_decimals_are_refused(typed):
    with pytest.raises(ValidationError) as refused:
        parse_amount(typed, "EUR", "fr")
    assert refused.value.field == "amount"


def test_a_currency_without_decimals():
    assert parse_amount("1 200", "JPY", "en") == 1200
    with pytest.raises(ValidationError):
        parse_amount("12.5", "JPY", "en")
    assert format_amount(1200, "en", "JPY") == "¥1,200"


def test_shown_in_the_language_format():
    assert format_amount(123450, "fr") == f"1{NNBSP}234,50{NBSP}€"
    assert format_amount(123450, "en") == "€1,234.50"
    assert format_amount(5, "en", "GBP") == "£0.05"
    assert format_amount(None, "fr") == ""


def test_summed_exactly(fake_clock):
    # 0.10 a thousand times and 0.20 a thousand times: floats drift, minor units do not.
    assert sum([0.1] * 10 + [0.2] * 10) != 3.0
    customer = a_customer()
    for _ in range(10):
        entries.resolve_entry(an_entry(customer, kind="complaint"), amount="0,10")
        entries.resolve_entry(an_entry(customer, kind="complaint"), amount="0.20")
    a_promise(customer, amount="12,34")
    a_promise(customer, amount="0,01")
    staff = a_staff_member()
    entries.resolve_entry(an_entry(staff, kind="concern"), amount="40")
    totals = gestures.month_gestures(2026, 11)
    assert [(t.side, t.kind, t.count, t.total) for t in totals] == [
        ("customer", "promise", 2, 1235),
        ("customer", "complaint", 20, 300),
        ("staff", "concern", 1, 4000),
    ]
    assert sum(t.total for t in totals) == 5535 and isinstance(totals[0].total, int)


def test_stored_as_whole_minor_units(fake_clock):
    entry = an_entry(a_customer(), kind="complaint")
    entries.resolve_entry(entry, "Remboursé", amount="12,50")
    promise = a_promise(a_customer("Léa"), amount="€7.05")
    assert Entry.get_by_id(entry.id).resolution_amount == 1250
    assert Promise.get_by_id(promise.id).amount == 705


def test_refused_amount_changes_nothing(fake_clock):
    entry = an_entry(a_customer(), kind="complaint")
    with pytest.raises(ValidationError):
        entries.resolve_entry(entry, "Remboursé", amount="-3")
    assert Entry.get_by_id(entry.id).status == "open"


def test_edit_a_promise_amount_enters_the_history(fake_clock):
    settings.set_setting("language", "fr")
    promise = a_promise(a_customer())
    promises.edit_promise(promise, amount="15,00")
    assert Promise.get_by_id(promise.id).amount == 1500
    promises.edit_promise(promise, what="Tarte offerte")  # None keeps the amount
    assert Promise.get_by_id(promise.id).amount == 1500
    promises.edit_promise(promise, amount="")
    assert Promise.get_by_id(promise.id).amount is None
    changed = [(c.field, c.old, c.new) for c in history.promise_history(promise) if c.field]
    assert ("amount", None, 1500) in changed and ("amount", 1500, None) in changed


def test_round_trips_through_the_json_export(tmp_path, fake_clock):
    entry = an_entry(a_customer(), kind="complaint")
    entries.resolve_entry(entry, amount="12,50")
    promise = a_promise(a_customer("Léa"), amount="3")
    out = json_export.export_json(tmp_path / "export.json")
    close_journal()
    open_journal(tmp_path / "fresh.db")
    json_export.import_json(out)
    assert Entry.get_by_id(entry.id).resolution_amount == 1250
    assert Promise.get_by_id(promise.id).amount == 300


def journal_with_amounts(path) -> tuple[int, int]:
    close_journal()
    open_journal(path)
    entry = an_entry(a_customer(), kind="complaint")
    entries.resolve_entry(entry, amount="1 234,56")
    promise = a_promise(a_customer("Léa"), due="2099-01-01", amount="0,07")
    close_journal()
    return entry.id, promise.id


def amounts_at(location, ids: tuple[int, int]) -> tuple[int | None, int | None]:
    open_journal(location)
    try:
        return Entry.get_by_id(ids[0]).resolution_amount, Promise.get_by_id(ids[1]).amount
    finally:
        close_journal()


def test_amounts_survive_copy_to_a_file(tmp_path):
    source, target = tmp_path / "shop.db", tmp_path / "copy.db"
    ids = journal_with_amounts(source)
    assert main(["--db", str(source), "copy-to", str(target)]) == 0
    assert amounts_at(target, ids) == (123456, 7)
    assert "amount" in [f.column_name for f in copying._columns(Promise)]


@pytest.fixture
def empty_server_database(worker_id):
    server = server_db.test_server()
    if server is None:
        pytest.skip("needs CXJOURNAL_TEST_DATABASE (a PostgreSQL server)")
    address = server_db.create_database(server, f"{worker_id}_amounts")
    yield address
    close_journal()
    server_db.drop_database(server, address.dbname)


@pytest.mark.server_only
def test_amounts_survive_copy_to_a_server_and_back(tmp_path, empty_server_database):
    source, back = tmp_path / "shop.db", tmp_path / "back.db"
    ids = journal_with_amounts(source)
    assert main(["--db", str(source), "copy-to", str(empty_server_database)]) == 0
    assert amounts_at(empty_server_database, ids) == (123456, 7)
    assert main(["--db", str(empty_server_database), "copy-to", str(back)]) == 0
    assert amounts_at(back, ids) == (123456, 7)


@pytest.mark.file_only
def test_the_upgrade_adds_the_columns_empty(journal, fake_clock):
    from cxjournal.store import migrations
    from cxjournal.store.models import SchemaVersion, db

    promise = a_promise(a_customer())
    db.execute_sql('DROP TRIGGER "change_log_promise_update"')
    db.execute_sql('ALTER TABLE "promise" DROP COLUMN "amount"')
    db.execute_sql('DROP TRIGGER "change_log_entry_update"')
    db.execute_sql('ALTER TABLE "entry" DROP COLUMN "resolution_amount"')
    SchemaVersion.update(version=version_before("resolution_amount")).execute()
    close_journal()
    open_journal(journal)
    assert migrations.stored_version() == migrations.SCHEMA_VERSION
    assert Promise.get_by_id(promise.id).amount is None
    promises.edit_promise(promise, amount="2,50")
    changed = [(c.field, c.new) for c in history.promise_history(promise) if c.field]
    assert ("amount", 250) in changed


@pytest.fixture
def cli(journal, capsys):
    def run(*args: str) -> tuple[int, str, str]:
        close_journal()
        code = main([*args])
        open_journal(journal)
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_the_command_line(cli, fake_clock):
    entry = an_entry(a_customer("Amélie"), kind="complaint")
    code, _out, _err = cli("entry", "resolve", str(entry.id), "Remboursé", "--amount", "12.50")
    assert code == 0
    assert Entry.get_by_id(entry.id).resolution_amount == 1250
    other = an_entry(a_customer("Léa"), kind="complaint")
    code, _out, err = cli("entry", "resolve", str(other.id), "--amount", "-4")
    assert code == 2 and len(err.strip().splitlines()) == 1 and "negative" in err
    assert Entry.get_by_id(other.id).status == "open"  # bad input changes nothing
    code, _out, _err = cli(
        "promise",
        "add",
        "--person",
        "Léa",
        "--what",
        "Gâteau offert",
        "--due",
        "2026-11-20",
        "--amount",
        "8,90",
    )
    assert code == 0
    (promise,) = Promise.select().where(Promise.what == "Gâteau offert")
    assert promise.amount == 890
    code, _out, _err = cli("promise", "edit", str(promise.id), "--amount", "9.10")
    assert code == 0 and Promise.get_by_id(promise.id).amount == 910
    code, _out, err = cli("promise", "edit", str(promise.id), "--amount", "9.105")
    assert code == 2 and "decimals" in err
    assert Decimal(Promise.get_by_id(promise.id).amount) == 910
