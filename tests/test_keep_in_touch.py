"""Keep in touch: a cadence per person whose clock restarts on any contact (an entry, a response,
a kept promise, a done follow-up), regular customers gone quiet for 45 days, reading writes
nothing, ``person edit --keep-in-touch`` exit codes and ``cxjournal due``. Both engines."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from cxjournal import clock
from cxjournal.cli import main
from cxjournal.errors import ValidationError
from cxjournal.services import entries, followups, keep_in_touch, people, promises, settings
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.models import ChangeLog, Person
from tests.builders import a_customer, a_followup, a_promise, a_staff_member, an_entry

T0 = datetime(2026, 9, 1, 10, 0)


@pytest.fixture
def at():
    fake = clock.FakeClock(T0)
    clock.use_clock(fake)
    return fake.set


def losing(now: datetime) -> list[str]:
    return [item.name for item in keep_in_touch.losing_touch(now)]


@pytest.mark.parametrize(
    ("written", "days"),
    [("30d", 30), ("2w", 14), ("30", 30), (" 3W ", 21), ("off", None), (None, None), (45, 45)],
)
def test_a_cadence_is_written_in_days_or_weeks(written, days):
    assert keep_in_touch.clean_cadence(written) == days


@pytest.mark.parametrize("written", ["monthly", "-3d", "99999d", "2m", "1.5w"])
def test_a_cadence_outside_days_and_weeks_is_refused(written):
    with pytest.raises(ValidationError):
        keep_in_touch.clean_cadence(written)


def test_the_cadence_clock_restarts_on_any_contact(at):
    lea = a_customer("Léa", keep_in_touch_days=30)
    entry = an_entry(lea, occurred_at=T0)
    at(T0 + timedelta(days=120))  # everything below is recorded afterwards, in the past
    assert losing(T0 + timedelta(days=29)) == []
    assert losing(T0 + timedelta(days=30)) == ["Léa"]
    # a response restarts it (the shop's contact counts, not only a follow-up)
    entries.respond(entry, "Nous vous rappelons", at=T0 + timedelta(days=20))
    assert losing(T0 + timedelta(days=45)) == []
    assert losing(T0 + timedelta(days=50)) == ["Léa"]
    # a kept promise restarts it
    promise = a_promise(lea, due="2026-10-30", made_at=T0)
    promises.keep_promise(promise, at=T0 + timedelta(days=40))
    assert losing(T0 + timedelta(days=69)) == []
    assert losing(T0 + timedelta(days=70)) == ["Léa"]
    # a new entry restarts it
    an_entry(lea, kind="praise", occurred_at=T0 + timedelta(days=60))
    assert losing(T0 + timedelta(days=89)) == []
    # and so does a done follow-up
    item = a_followup("Rappeler Léa", person=lea, due_at=T0 + timedelta(days=70))
    followups.complete_followup(item, at=T0 + timedelta(days=80))
    assert losing(T0 + timedelta(days=109)) == []
    assert losing(T0 + timedelta(days=110)) == ["Léa"]


def test_someone_never_contacted_counts_from_the_day_they_were_added(at):
    a_staff_member("Sam", keep_in_touch_days=14)
    a_customer("Hugo")  # no cadence, not regular: never listed
    assert losing(T0 + timedelta(days=13)) == []
    item = keep_in_touch.losing_touch(T0 + timedelta(days=14))
    assert [(i.name, i.reason, i.last_contact, i.due_since) for i in item] == [
        ("Sam", keep_in_touch.CADENCE, None, T0 + timedelta(days=14))
    ]


def test_archived_and_trashed_people_are_not_listed(at):
    lea = a_customer("Léa", keep_in_touch_days=14)
    sam = a_staff_member("Sam", keep_in_touch_days=14)
    people.archive_person(lea)
    people.trash_person(sam)
    assert losing(T0 + timedelta(days=60)) == []


def test_regular_customers_with_no_contact_for_45_days(at):
    regular = a_customer("Régulière")
    rare = a_customer("Rare")
    at(T0 + timedelta(days=300))
    for days in (0, 20, 40):
        an_entry(regular, occurred_at=T0 + timedelta(days=days))
    for days in (0, 40):
        an_entry(rare, occurred_at=T0 + timedelta(days=days))
    last = T0 + timedelta(days=40)
    assert losing(last + timedelta(days=44)) == []
    found = keep_in_touch.losing_touch(last + timedelta(days=45))
    assert [(i.name, i.reason, i.due_since) for i in found] == [
        ("Régulière", keep_in_touch.REGULAR, last + timedelta(days=45))
    ]
    settings.set_setting("regular_customer_entries", "2")
    assert sorted(losing(last + timedelta(days=45))) == ["Rare", "Régulière"]
    settings.set_setting("regular_customer_entries", "0")  # the rule switched off
    assert losing(last + timedelta(days=45)) == []
    # six months later her entries are too old: no longer a regular
    settings.set_setting("regular_customer_entries", "3")
    assert losing(T0 + timedelta(days=200)) == []


def test_reading_who_is_losing_touch_writes_nothing(at):
    a_customer("Léa", keep_in_touch_days=14)
    before = ChangeLog.select().count()
    assert losing(T0 + timedelta(days=30)) == ["Léa"]
    assert ChangeLog.select().count() == before


def test_the_cadence_is_an_edit_of_the_person_like_any_other(at):
    lea = a_customer("Léa")
    people.edit_person(lea, keep_in_touch_days="2w")
    assert Person.get_by_id(lea.id).keep_in_touch_days == 14
    people.edit_person(lea, keep_in_touch_days="off")
    assert Person.get_by_id(lea.id).keep_in_touch_days is None
    with pytest.raises(ValidationError):
        people.edit_person(lea, keep_in_touch_days="souvent")


def _cli(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_person_edit_keep_in_touch_exit_codes(journal, at, capsys):
    lea = a_customer("Léa")
    close_journal()
    code, out, _ = _cli(capsys, "person", "edit", f"#{lea.id}", "--keep-in-touch", "30d")
    assert code == 0 and "Léa" in out
    code, out, err = _cli(capsys, "person", "edit", f"#{lea.id}", "--keep-in-touch", "sometimes")
    assert code == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    open_journal(journal)
    assert Person.get_by_id(lea.id).keep_in_touch_days == 30  # bad input changed nothing
    close_journal()
    code, out, _ = _cli(capsys, "person", "edit", "Léa", "--keep-in-touch", "2w", "--json")
    assert code == 0 and json.loads(out)["keep_in_touch_days"] == 14
    code, _, _ = _cli(capsys, "person", "edit", "Léa", "--keep-in-touch", "off")
    assert code == 0
    code, out, err = _cli(capsys, "person", "edit", "Nobody", "--keep-in-touch", "2w")
    assert code == 2 and len(err.strip().splitlines()) == 1
    open_journal(journal)
    assert Person.get_by_id(lea.id).keep_in_touch_days is None


def test_due_lists_who_is_losing_touch(journal, at, capsys):
    sam = a_staff_member("Sam", keep_in_touch_days=14)
    an_entry(sam, kind="concern", occurred_at=T0)
    a_customer("Léa", keep_in_touch_days=30)
    at(T0 + timedelta(days=15))
    close_journal()
    code, out, _ = _cli(capsys, "due")
    assert code == 0
    lines = [line for line in out.splitlines() if "losing-touch" in line]
    assert len(lines) == 1 and "Sam" in lines[0] and "14" in lines[0]
    code, out, _ = _cli(capsys, "due", "--json")
    found = [d for d in json.loads(out) if d["kind"] == "losing-touch"]
    assert [(d["name"], d["reason"], d["due_since"]) for d in found] == [
        ("Sam", "cadence", "2026-09-15T10:00:00")
    ]


def test_the_cadence_survives_a_json_export_and_import(tmp_path, at):
    from cxjournal.io import json_export
    from cxjournal.store.models import Entry, db

    lea = a_customer("Léa", keep_in_touch_days=30)
    a_customer("Hugo")
    json_export.export_json(tmp_path / "out.json")
    for model in (Entry, Person):
        model.delete().execute()
    db.execute_sql("DELETE FROM setting")
    json_export.import_json(tmp_path / "out.json")
    assert {p.name: p.keep_in_touch_days for p in Person.select()} == {"Léa": 30, "Hugo": None}
    assert Person.get_by_id(lea.id).keep_in_touch_days == 30


@pytest.mark.file_only
def test_the_cadence_survives_copy_to(tmp_path, at, capsys):
    source, target = tmp_path / "shop.db", tmp_path / "copy.db"
    close_journal()
    open_journal(source)
    a_staff_member("Sam", keep_in_touch_days=14)
    close_journal()
    assert main(["--db", str(source), "copy-to", str(target)]) == 0
    open_journal(target)
    assert [(p.name, p.keep_in_touch_days) for p in Person.select()] == [("Sam", 14)]


def test_demo_staff_and_some_regular_customers_have_a_cadence(at):
    from cxjournal.demo.journal import fill_demo

    fill_demo(people=60, entries=300, seed=2, lang="fr", today=T0.date())
    staff = list(Person.select().where(Person.side == "staff"))
    customers = list(Person.select().where(Person.side == "customer"))
    assert staff and all(p.keep_in_touch_days == 14 for p in staff)
    with_cadence = [p for p in customers if p.keep_in_touch_days == 30]
    assert 0 < len(with_cadence) < len(customers) // 5


def test_the_upgrade_adds_the_cadence_column_empty(journal, at):
    from cxjournal.store import migrations
    from cxjournal.store.models import SchemaVersion, db

    lea = a_customer("Léa")
    db.execute_sql('ALTER TABLE "person" DROP COLUMN "keep_in_touch_days"')
    SchemaVersion.update(version=12).execute()  # every row: the upgrade runs from 12 on
    close_journal()
    open_journal(journal)
    assert migrations.stored_version() == migrations.SCHEMA_VERSION
    assert Person.get_by_id(lea.id).keep_in_touch_days is None
    people.edit_person(lea, keep_in_touch_days=30)
    assert Person.get_by_id(lea.id).keep_in_touch_days == 30
