"""Bulk work on a server in a number of statements that does not grow with the rows (issue 17's
budgets): an import of a history sends as many statements for 500 rows as for 50, and a copy onto
a server (``COPY`` through a staging table) keeps ids, sequences and the source's change log.
Statements are counted from the driver's own protocol trace (libpq), so every one the client
sends is seen, whoever builds it."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

from cxjournal.cli import main
from cxjournal.io.entries_import import import_entries
from cxjournal.services import entries, people
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.models import ChangeLog, Entry, Person, db
from tests.helpers import libpq_trace
from tests.test_copy_to import a_full_journal, empty_server_database, rows_of  # noqa: F401


def _history(path: Path, count: int) -> Path:
    """``count`` rows of a shop's history: 40 customers named again and again, some new, some
    already in the journal, a third answered, tags, a check-in now and then."""
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Date", "Client", "Type", "Objet", "Étiquettes", "Statut",
                         "Réponse", "Date de réponse"])  # fmt: skip
        for i in range(count):
            when = f"{1 + i % 28:02d}/{1 + i % 12:02d}/2025 {8 + i % 10:02d}:{i % 60:02d}"
            answered = i % 3 == 0
            later = f"{1 + i % 28:02d}/{1 + i % 12:02d}/2025 {9 + i % 10:02d}:{i % 60:02d}"
            writer.writerow(
                [when, f"Client {i % 40} Élodie", ("Réclamation", "Compliment")[i % 2],
                 f"Visite n° {i}", f"café, accueil, Tag {i % 7}", "En cours" if answered else "",
                 "Rappelée" if answered else "", later if answered else ""]
            )  # fmt: skip
    return path


def _statements_sent(work) -> int:
    """How many statements the journal's connection sent while ``work`` ran (simple queries and
    extended-protocol executions in libpq's trace of what the client sent)."""
    sent = libpq_trace(work)
    return sum(1 for parts in sent if parts[1] == "F" and parts[3] in ("Query", "Execute"))


@pytest.mark.server_only
def test_an_import_sends_as_many_statements_for_500_rows_as_for_50(journal, tmp_path):
    people.add_person("Client 3 Élodie", "customer")  # some rows name someone already there
    import_entries(_history(tmp_path / "first.csv", 5))  # what a process reads once is read
    counts = {}
    for rows in (50, 500):
        Entry.delete().execute()  # every row new again (a repeat would be skipped)
        source = _history(tmp_path / f"h{rows}.csv", rows)
        counts[rows] = _statements_sent(lambda s=source: import_entries(s, progress=None))
        assert Entry.select().count() == rows
    assert counts[500] <= counts[50], counts  # not one more per row
    assert counts[50] < 30, counts  # 59 to 62 with 500-row VALUES lists and a write per person


@pytest.mark.server_only
def test_a_copy_onto_a_server_keeps_ids_sequences_and_the_log(tmp_path, empty_server_database):  # noqa: F811
    source, server = tmp_path / "shop.db", empty_server_database
    erased_id = a_full_journal(source)
    before = rows_of(source)
    open_journal(source)
    log = [
        (r.id, r.kind, r.item_id, r.op, r.who) for r in ChangeLog.select().order_by(ChangeLog.id)
    ]
    top_entry = Entry.select().order_by(Entry.id.desc()).first().id
    close_journal()

    assert main(["--db", str(source), "copy-to", str(server)]) == 0
    assert rows_of(server) == before  # ids and every value, table by table
    open_journal(server)
    try:
        copied = [
            (r.id, r.kind, r.item_id, r.op, r.who)
            for r in ChangeLog.select().order_by(ChangeLog.id)
        ]
        assert copied == log  # the copy's own inserts were not logged, nor signed
        newcomer = people.add_person("Newcomer", "customer")  # the next inserts work
        assert newcomer.id > erased_id
        assert entries.log_entry(kind="praise", title="Suivante", person=newcomer).id > top_entry
        last = ChangeLog.select().order_by(ChangeLog.id.desc()).first()
        assert last.id > log[-1][0]
        assert Person.select().where(Person.id == newcomer.id).count() == 1
    finally:
        close_journal()


def test_a_copy_into_a_new_file_is_put_in_place_whole_and_private(tmp_path):
    source, target = tmp_path / "shop.db", tmp_path / "copy.db"
    a_full_journal(source)
    assert main(["--db", str(source), "copy-to", str(target)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no .part
    assert os.stat(target).st_mode & 0o777 == 0o600
    assert rows_of(target) == rows_of(source)
    open_journal(target)
    try:
        assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute_sql("PRAGMA quick_check").fetchone()[0] == "ok"
        indexes = db.execute_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'entry'"
        ).fetchone()[0]
        assert indexes >= 8  # made again after the rows went in
    finally:
        close_journal()


@pytest.mark.server_only
def test_a_copy_onto_a_server_logs_nothing_of_its_own(tmp_path, empty_server_database):  # noqa: F811
    """The copy's inserts are not logged, not even to be deleted for the source's log: from a
    source whose log was emptied (sequence and all), the target's log goes on from the few rows
    its set-up wrote, not from one per row copied."""
    source, server = tmp_path / "shop.db", empty_server_database
    a_full_journal(source)
    open_journal(source)
    db.execute_sql("DELETE FROM change_log")
    db.execute_sql("UPDATE sqlite_sequence SET seq = 0 WHERE name = 'change_log'")
    copied = Entry.select().count() + Person.select().count()
    close_journal()

    assert main(["--db", str(source), "copy-to", str(server)]) == 0
    open_journal(server)
    try:
        assert ChangeLog.select().count() == 0
        people.add_person("Newcomer", "customer")
        (first,) = db.execute_sql("SELECT min(id) FROM change_log").fetchone()
        assert copied > 100 and first < 20, (copied, first)
    finally:
        close_journal()
