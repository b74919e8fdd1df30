"""``cxjournal copy-to TARGET``: the open journal copied whole into an empty file or server, every
table compared row by row, ids never given twice afterwards, the source left as it was, and every
unfit target refused with one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from cxjournal.cli import main
from cxjournal.demo import fill_demo
from cxjournal.services import entries, people
from cxjournal.services.entry_query import EntryFilter, count_entries
from cxjournal.services.privacy import erase_person
from cxjournal.store import copying, identity
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.models import ALL_MODELS, ChangeLog, Erasure, Person, db
from tests import server_db


def rows_of(location) -> dict[str, list[tuple]]:
    """Every table's rows at ``location``, values as both engines give them, in a fixed order."""
    open_journal(location)
    try:
        return {
            m._meta.table_name: sorted(
                (tuple(copying._plain(v) for v in row) for row in copying._ordered(m)),
                key=repr,
            )
            for m in ALL_MODELS
        }
    finally:
        close_journal()


def sqlite_sequence(path: Path) -> dict[str, int]:
    open_journal(path)
    try:
        return dict(db.execute_sql("SELECT name, seq FROM sqlite_sequence").fetchall())
    finally:
        close_journal()


def a_full_journal(path: Path) -> int:
    """A journal file with every kind of row, trash, and an erased person whose id was the
    largest; returns that id (which no later person may get again)."""
    close_journal()
    open_journal(path)
    fill_demo(people=30, entries=200, months=3, seed=7, lang="fr")
    zoe = people.add_person("Zoë Château", "customer", notes="Ligne 1\nLigne 2 😀")
    entries.trash_entry(entries.log_entry(kind="praise", title="Dans la corbeille", person=zoe))
    gone = people.add_person("Erased Person", "customer")
    entries.log_entry(kind="complaint", title="Gone with them", person=gone)
    erase_person(gone)
    close_journal()
    return gone.id


def copy(source, target) -> int:
    close_journal()
    return main(["--db", str(source), "copy-to", str(target)])


def test_file_to_file_copies_every_table_and_keeps_ids_unique(tmp_path, capsys):
    source, target = tmp_path / "shop.db", tmp_path / "copy.db"
    erased_id = a_full_journal(source)
    before, sequences = rows_of(source), sqlite_sequence(source)

    assert copy(source, target) == 0
    out = capsys.readouterr().out
    assert "arrived whole" in out and str(target) in out
    assert rows_of(target) == before  # journal_id, uuids and the register of erasures included
    assert rows_of(source) == before and sqlite_sequence(source) == sequences  # never written
    assert oct(target.stat().st_mode & 0o777) == "0o600"

    open_journal(target)
    assert Erasure.select().count() == 1
    assert count_entries(EntryFilter(text="corbeille")) == 0  # trash stays out of search
    newcomer = people.add_person("Newcomer", "customer")
    assert newcomer.id > erased_id  # sqlite_sequence came along: the erased id is not reused
    assert identity.journal_id() == dict(before["setting"])["journal_id"]


def test_the_search_index_of_the_copy_finds_what_the_source_finds(tmp_path):
    source, target = tmp_path / "shop.db", tmp_path / "copy.db"
    close_journal()
    open_journal(source)
    entries.log_entry(kind="complaint", title="Four cassé à l'école", person=None, side="customer")
    close_journal()
    assert copy(source, target) == 0
    open_journal(target)
    assert count_entries(EntryFilter(text="ecole")) == 1


@pytest.mark.file_only
def test_the_copy_s_search_index_is_whole_and_keeps_no_setting_of_its_build(tmp_path):
    """The index is built with room for every word in memory (search.rebuild_index); that setting
    is the build's, not the journal's, and does not stay in the file."""
    source, target = tmp_path / "shop.db", tmp_path / "copy.db"
    a_full_journal(source)
    words = ("four", "cafe", "ecole", "zoe", "commande")

    def index_facts(path):
        open_journal(path)
        try:
            config = db.execute_sql("SELECT k FROM entry_fts_config ORDER BY k").fetchall()
            db.execute_sql("INSERT INTO entry_fts (entry_fts) VALUES ('integrity-check')")
            return config, [count_entries(EntryFilter(text=word)) for word in words]
        finally:
            close_journal()

    assert copy(source, target) == 0
    config, found = index_facts(target)
    assert config == [("version",)]  # FTS5's own; the source's demo was built the same way
    assert (config, found) == index_facts(source) and found[0] > 0


def test_unfit_targets_are_refused_with_one_line(tmp_path, capsys):
    source = tmp_path / "shop.db"
    a_full_journal(source)
    full = tmp_path / "full.db"
    assert copy(source, full) == 0
    capsys.readouterr()
    full_rows = rows_of(full)
    text = tmp_path / "notes.txt"
    text.write_text("not a journal", encoding="utf-8")
    cases = {
        full: "not empty",
        text: "not a CX Journal",
        tmp_path / "nowhere" / "copy.db": "does not exist",
        source: "open journal itself",
        "postgresql://owner:secret@localhost/shop": "password",
        "postgresql://nobody@127.0.0.1:1/shop": "did not answer on port 1",
    }
    for target, reason in cases.items():
        # a server that does not answer may answer later: worth retrying (75), not bad input
        assert copy(source, target) == (75 if ":1/" in str(target) else 2), target
        err = capsys.readouterr().err
        assert reason in err and len(err.strip().splitlines()) == 1, err
        assert "secret" not in err
    # a server that does not answer: worth trying again later (EX_TEMPFAIL)
    assert copy(source, "postgresql://nobody@127.0.0.1:1/shop") == 75
    err = capsys.readouterr().err
    assert "did not answer" in err and len(err.strip().splitlines()) == 1, err
    assert rows_of(full) == full_rows  # left as it was
    assert text.read_text(encoding="utf-8") == "not a journal"
    assert not (tmp_path / "nowhere").exists()


def test_a_copy_that_fails_leaves_no_file(tmp_path, capsys):
    """A value the target refuses (here a person whose department vanished: a broken foreign key
    in the source file) makes the whole copy fail, and the new file is removed."""
    source, target = tmp_path / "shop.db", tmp_path / "copy.db"
    close_journal()
    open_journal(source)
    people.add_person("Orphan", "customer")
    db.execute_sql("PRAGMA foreign_keys = 0")
    Person.update(department=999).execute()
    close_journal()
    assert copy(source, target) == 2
    err = capsys.readouterr().err
    assert "Nothing was copied" in err and len(err.strip().splitlines()) == 1
    assert not target.exists() and not Path(f"{target}-wal").exists()


@pytest.fixture
def empty_server_database(worker_id):
    server = server_db.test_server()
    if server is None:
        pytest.skip("needs CXJOURNAL_TEST_DATABASE (a PostgreSQL server)")
    address = server_db.create_database(server, f"{worker_id}_copyto")
    yield address
    close_journal()
    server_db.drop_database(server, address.dbname)


@pytest.mark.server_only
def test_file_to_server_to_file_round_trip(tmp_path, capsys, empty_server_database):
    source, back = tmp_path / "shop.db", tmp_path / "back.db"
    server = empty_server_database
    erased_id = a_full_journal(source)
    before = rows_of(source)

    assert copy(source, server) == 0
    assert rows_of(server) == before
    assert copy(server, back) == 0
    assert "arrived whole" in capsys.readouterr().out
    assert rows_of(back) == before
    assert rows_of(server) == before  # the server journal was only read

    for location in (server, back):  # the sequences follow the high-water mark on both engines
        open_journal(location)
        assert people.add_person("Newcomer", "customer").id > erased_id
        entries.log_entry(kind="praise", title="Next insert", side="customer")
        close_journal()

    assert copy(source, server) == 2  # no longer empty
    assert "not empty" in capsys.readouterr().err


def test_log_rows_nobody_signed_are_copied_unsigned(tmp_path, capsys):
    """Rows of the change log written by another program, or before who was kept (a journal
    copied onto a server from an older file), have no who; the copying connection signs what it
    logs itself, and signed those too: the copy no longer matched and was refused (found on the
    benchmark journal copied back from a server)."""
    source, target = tmp_path / "shop.db", tmp_path / "copy.db"
    close_journal()
    open_journal(source)
    entries.log_entry(kind="complaint", title="Four froid", person=None, side="customer")
    ChangeLog.update(who=None).execute()
    unsigned = ChangeLog.select().where(ChangeLog.who.is_null()).count()
    assert unsigned > 0
    close_journal()
    assert copy(source, target) == 0, capsys.readouterr().err
    open_journal(target)
    assert ChangeLog.select().where(ChangeLog.who.is_null()).count() == unsigned
    entries.log_entry(kind="praise", title="Merci", person=None, side="customer")
    assert ChangeLog.select().order_by(ChangeLog.id.desc()).first().who  # signing is back
