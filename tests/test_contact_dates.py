"""Each person's two contact dates: any contact (keeping in touch) and the last contact they
began (how long their data may be kept), kept right by every service, recomputed on trash,
restore and moves, and computed by the upgrade from an older journal. Both engines."""

from __future__ import annotations

import logging
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from cxjournal.io import json_export
from cxjournal.services import entries, followups, promises
from cxjournal.store import contact_dates, migrations
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.models import Entry, FollowUp, Person, Promise, SchemaVersion, db
from tests.builders import a_customer, a_followup, a_promise, a_staff_member, an_entry

D1, D2, D3, D4 = (datetime(2026, 11, d, 10, 0) for d in (2, 5, 9, 12))


def dates(person) -> tuple[datetime | None, datetime | None]:
    row = Person.get_by_id(person.id)
    return row.last_contact_at, row.last_own_contact_at


def test_an_entry_is_a_contact_the_person_began(fake_clock):
    lea = a_customer("Léa")
    assert dates(lea) == (None, None)
    an_entry(lea, kind="complaint", occurred_at=D1)
    assert dates(lea) == (D1, D1)
    an_entry(lea, kind="praise", occurred_at=D2)
    an_entry(lea, kind="question", occurred_at=D1)  # an older one moves nothing
    assert dates(lea) == (D2, D2)


def test_a_response_a_kept_promise_and_a_done_follow_up_are_the_shops_contacts(fake_clock):
    lea = a_customer("Léa")
    entry = an_entry(lea, occurred_at=D1)
    entries.respond(entry, "Nous vous rappelons", at=D2)
    assert dates(lea) == (D2, D1)
    promise = a_promise(lea, due="2026-11-20", made_at=D1)
    promises.keep_promise(promise, at=D3)
    assert dates(lea) == (D3, D1)
    item = a_followup("Rappeler Léa", person=lea)
    followups.complete_followup(item, at=D4)
    assert dates(lea) == (D4, D1)


def test_a_broken_promise_is_no_contact_and_reopening_a_kept_one_takes_it_back(fake_clock):
    lea = a_customer("Léa")
    an_entry(lea, occurred_at=D1)
    kept = a_promise(lea, made_at=D1)
    promises.keep_promise(kept, at=D3)
    promises.break_promise(a_promise(lea, made_at=D1), at=D4)
    assert dates(lea) == (D3, D1)
    promises.reopen_promise(kept)
    assert dates(lea) == (D1, D1)


def test_a_follow_up_about_an_entry_counts_for_the_entrys_person(fake_clock):
    lea = a_customer("Léa")
    entry = an_entry(lea, occurred_at=D1)
    item = a_followup("Rappeler", entry=entry)
    followups.complete_followup(item, at=D3)
    assert dates(lea) == (D3, D1)


def test_resolving_counts_as_an_answer_and_reopening_takes_it_back(fake_clock):
    lea = a_customer("Léa")
    entry = an_entry(lea, occurred_at=D1)
    entries.resolve_entry(entry, "Remboursé", at=D2)
    assert dates(lea) == (D2, D1)
    entries.reopen_entry(entry)
    assert dates(lea) == (D1, D1)


def test_a_check_in_the_shop_runs_is_not_the_staff_members_own_contact(fake_clock):
    sam = a_staff_member("Sam")
    an_entry(sam, kind="concern", occurred_at=D1)
    an_entry(sam, kind="check-in", occurred_at=D3)
    assert dates(sam) == (D3, D1)


def test_trash_and_restore_recompute_the_dates(fake_clock):
    lea = a_customer("Léa")
    an_entry(lea, occurred_at=D1)
    later = an_entry(lea, occurred_at=D3)
    entries.trash_entry(later)
    assert dates(lea) == (D1, D1)
    entries.restore_entry(later)
    assert dates(lea) == (D3, D3)
    item = a_followup("Rappeler", person=lea)
    followups.complete_followup(item, at=D4)
    followups.trash_followup(item)
    assert dates(lea) == (D3, D3)
    followups.restore_followup(item)
    assert dates(lea) == (D4, D3)


def test_an_entry_moved_to_another_person_moves_its_contact(fake_clock):
    lea, zoe = a_customer("Léa"), a_customer("Zoë")
    an_entry(lea, occurred_at=D1)
    moved = an_entry(lea, occurred_at=D3)
    entries.edit_entry(moved, person=zoe)
    assert dates(lea) == (D1, D1)
    assert dates(zoe) == (D3, D3)
    entries.edit_entry(moved, occurred_at=D2)
    assert dates(zoe) == (D2, D2)


def test_a_promise_given_to_someone_else_takes_its_keeping_along(fake_clock):
    lea, zoe = a_customer("Léa"), a_customer("Zoë")
    promise = a_promise(lea, made_at=D1)
    promises.keep_promise(promise, at=D2)
    promises.edit_promise(promise, person=zoe)
    assert dates(lea) == (None, None)
    assert dates(zoe) == (D2, None)


def test_a_json_export_and_import_gives_the_same_dates(tmp_path, fake_clock):
    lea = a_customer("Léa")
    entry = an_entry(lea, occurred_at=D1)
    entries.respond(entry, "Merci", at=D2)
    json_export.export_json(tmp_path / "out.json")
    for model in (FollowUp, Promise, Entry, Person):
        model.delete().execute()
    db.execute_sql("DELETE FROM setting")
    json_export.import_json(tmp_path / "out.json")
    assert dates(lea) == (D2, D1)


def _downgrade_to_v8() -> None:
    """Make the open journal look as version 8 left it: no contact dates yet."""
    for column in ("last_contact_at", "last_own_contact_at"):
        db.execute_sql(f'ALTER TABLE "person" DROP COLUMN "{column}"')
    SchemaVersion.update(version=8).execute()  # every row: the upgrade runs from 8 on


def test_the_upgrade_computes_the_dates_from_the_journal(journal, fake_clock):
    lea, sam = a_customer("Léa"), a_staff_member("Sam")
    entry = an_entry(lea, occurred_at=D1)
    entries.respond(entry, "Désolés", at=D2)
    an_entry(sam, kind="check-in", occurred_at=D3)
    _downgrade_to_v8()
    close_journal()
    open_journal(journal)
    assert migrations.stored_version() == migrations.SCHEMA_VERSION
    assert dates(lea) == (D2, D1)
    assert dates(sam) == (D3, None)


@pytest.mark.file_only
def test_a_version_1_journal_gets_its_dates(tmp_path):
    old = tmp_path / "old.db"
    shutil.copy(Path(__file__).parent / "fixtures" / "journal-v1.db", old)
    close_journal()
    open_journal(old)
    with_entries = {e.person_id: e.occurred_at for e in Entry.select() if e.person_id}
    assert with_entries
    for person_id, when in with_entries.items():
        last_any, last_own = dates(Person.get_by_id(person_id))
        assert last_own == when and last_any >= when


def test_recomputing_reads_every_source_of_contact_in_one_statement(fake_clock, caplog):
    """The latest contact of each kind (entries, answers, resolutions, kept promises, done
    follow-ups) for up to 500 people in one statement, then their dates, then one write: an
    import recomputes its people's dates once, and each read is a round trip on a server."""
    lea, sam = a_customer("Léa"), a_customer("Sam")
    entries.respond(an_entry(lea, kind="complaint", occurred_at=D1), "Rappelée", at=D2)
    promises.keep_promise(a_promise(lea, made_at=D1), at=D3)
    followups.complete_followup(a_followup("Rappeler Sam", person=sam), at=D4)
    Person.update(last_contact_at=None, last_own_contact_at=None).execute()
    with caplog.at_level(logging.DEBUG, logger="peewee"):
        caplog.clear()
        with db.atomic():
            assert contact_dates.recompute([lea.id, sam.id]) == 2
    sent = [str(r.msg[0]) for r in caplog.records if r.name == "peewee"]
    reads = [sql for sql in sent if sql.lstrip("( ").upper().startswith("SELECT")]
    assert len(reads) == 2, sent  # 9 before: one read per source and one of the people
    assert dates(lea) == (D3, D1)
    assert dates(sam) == (D4, None)
