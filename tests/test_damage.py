"""Damaged files, odd paths and full disks: a plain message, never a traceback, never a write into a
damaged journal, and nothing left beside a refused file."""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cxjournal.errors import DatabaseRefusedError, JournalDamagedError
from cxjournal.services import entries, people
from cxjournal.store import migrations
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.models import SchemaVersion, db

pytestmark = pytest.mark.file_only  # about the journal file itself (SQLite)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_cli(*args: str, env_extra: dict | None = None, preexec=None, prefix=()):
    env = dict(os.environ, LC_ALL="C.UTF-8", **(env_extra or {}))
    return subprocess.run(
        [*prefix, sys.executable, "-m", "cxjournal", *args],
        capture_output=True,
        text=True,
        env=env,
        preexec_fn=preexec,
        timeout=60,
    )


def assert_one_line(done, code: int, words: str = "") -> None:
    assert done.returncode == code, (done.returncode, done.stderr)
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert words in done.stderr


@pytest.fixture(scope="module")
def filled_template(tmp_path_factory) -> Path:
    """A closed journal with enough entries to span many pages, written once per module (unsynced:
    what is tested is damage to the file, not what survives a power cut)."""
    path = tmp_path_factory.mktemp("filled") / "filled.db"
    close_journal()
    open_journal(path, durable=False)
    who = people.add_person("Amélie", "customer")
    for n in range(400):
        entries.log_entry(kind="complaint", title=f"Pain brûlé {n}", person=who, details="x" * 300)
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_journal()
    return path


@pytest.fixture
def filled(tmp_path, filled_template) -> Path:
    """This test's own copy of the filled journal (a test damages it at will)."""
    path = tmp_path / "filled.db"
    shutil.copyfile(filled_template, path)
    path.chmod(0o600)
    return path


def entry_leaf_pages(path: Path) -> list[int]:
    con = sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)
    try:
        rows = con.execute(
            "SELECT pageno FROM dbstat WHERE name = 'entry' AND pagetype = 'leaf'"
        ).fetchall()
    finally:
        con.close()
    return [r[0] for r in rows]


def damage_page(path: Path, page: int) -> None:
    with open(path, "r+b") as handle:
        handle.seek(4096 * (page - 1))
        handle.write(b"\xff" * 4096)


def test_damage_found_while_reading_stops_every_later_write(filled):
    open_journal(filled)
    pages = entry_leaf_pages(filled)
    damage_page(filled, pages[len(pages) // 2])
    db.close()  # a fresh connection, so nothing comes from the page cache
    db.connect()
    before = digest(filled)
    with pytest.raises(JournalDamagedError, match=r"damaged.*restore a backup"):
        list(db.execute_sql("SELECT details FROM entry").fetchall())
    with pytest.raises(JournalDamagedError):
        people.add_person("Bruno", "customer")  # a write that would miss the damaged page
    close_journal()
    assert digest(filled) == before
    with pytest.raises(JournalDamagedError):
        open_journal(filled)  # not in this process again


def test_cli_log_into_a_damaged_journal_writes_nothing(filled):
    pages = entry_leaf_pages(filled)
    damage_page(filled, pages[len(pages) // 2])
    before = digest(filled)
    done = run_cli(
        "--db", str(filled), "log", "--side", "customer", "--kind", "praise", "--title", "x"
    )
    assert_one_line(done, 2, "damaged")
    assert digest(filled) == before


def test_cli_read_of_a_damaged_page_is_a_clean_message(filled):
    damage_page(filled, entry_leaf_pages(filled)[0])
    done = run_cli("--db", str(filled), "entry", "list", "--limit", "1000")
    assert_one_line(done, 2, "damaged")


def _not_a_database(path: Path) -> None:
    path.write_bytes(b"name,email\nBob,bob@example.com\n")


def _other_program(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = wal")
    con.execute("CREATE TABLE moz_places (id INTEGER)")
    con.commit()
    con.close()


def _newer(path: Path) -> None:
    open_journal(path)
    SchemaVersion.create(version=migrations.SCHEMA_VERSION + 1, changed_at="2030-01-01 00:00:00")
    close_journal()


def _damaged(path: Path) -> None:
    open_journal(path)
    close_journal()
    with open(path, "r+b") as handle:
        handle.seek(100)
        handle.write(b"\xff" * 3000)  # the first page: schema unreadable


@pytest.mark.parametrize("make", [_not_a_database, _other_program, _newer, _damaged])
def test_a_refusal_leaves_nothing_behind(tmp_path, make):
    folder = tmp_path / "folder"
    folder.mkdir()
    path = folder / "file.db"
    close_journal()
    make(path)
    listing = sorted(os.listdir(folder))
    before = digest(path)
    with pytest.raises(DatabaseRefusedError):
        open_journal(path)
    assert sorted(os.listdir(folder)) == listing
    assert digest(path) == before


@pytest.mark.parametrize(
    "args, words",
    [
        (["entry", "show", "99999999999999999999"], "does not exist"),
        (["person", "show", "#99999999999999999999"], "does not exist"),
        (["promise", "keep", "99999999999999999999"], "does not exist"),
        (["followup", "done", "99999999999999999999"], "does not exist"),
        (["person", "show", "²"], "Nobody"),
        (["search", "pain", "--limit", "-1"], "limit"),
        (["search", "pain", "--limit", "0"], "limit"),
        (["search", "pain", "--limit", "99999999999999999999"], "limit"),
        (["entry", "list", "--limit", "0"], "limit"),
        (
            ["log", "--side", "customer", "--kind", "praise", "--title", "x", "--at", "2031-01-01"],
            "future",
        ),
    ],
)
def test_odd_command_lines_give_one_line(tmp_path, args, words):
    done = run_cli("--db", str(tmp_path / "shop.db"), *args)
    assert_one_line(done, 2, words)


def test_export_into_a_folder_is_refused_without_a_part_file(tmp_path):
    target = tmp_path / "out"
    target.mkdir()
    done = run_cli("--db", str(tmp_path / "shop.db"), "export", "json", "--out", str(target))
    assert_one_line(done, 2, "folder")
    assert not (tmp_path / "out.part").exists()


@pytest.mark.parametrize("command", [["backup"], ["export", "json"]])
def test_out_into_a_missing_folder_is_refused(tmp_path, command):
    out = tmp_path / "mistyped" / "file.db"
    done = run_cli("--db", str(tmp_path / "shop.db"), *command, "--out", str(out))
    assert_one_line(done, 2, "does not exist")
    assert not out.parent.exists()


@pytest.mark.parametrize("path", ["/dev/null", "/proc/cpuinfo"])
def test_special_files_are_not_journals(path):
    done = run_cli("--db", path, "person", "list")
    assert_one_line(done, 2, path)


def test_a_read_only_journal_reads_and_refuses_writes_cleanly(filled):
    filled.chmod(0o400)
    prefix = ()
    if os.geteuid() == 0:  # root ignores file modes unless it drops its capabilities
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("root without setpriv cannot be refused a write")
        prefix = (setpriv, "--bounding-set=-all", "--inh-caps=-all")
    before = digest(filled)
    done = run_cli("--db", str(filled), "entry", "list", "--limit", "3", prefix=prefix)
    assert done.returncode == 0 and "Pain brûlé" in done.stdout, done.stderr
    done = run_cli(
        "--db",
        str(filled),
        "log",
        "--side",
        "customer",
        "--kind",
        "praise",
        "--title",
        "x",
        prefix=prefix,
    )
    assert_one_line(done, 2, "read-only")
    assert digest(filled) == before


def _small_file_limit(limit: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_a_full_disk_while_logging_says_so(filled):
    done = run_cli(
        "--db",
        str(filled),
        "log",
        "--side",
        "customer",
        "--kind",
        "praise",
        "--title",
        "y" * 150,
        "--details",
        "z" * 19_000,
        preexec=_small_file_limit(16_384),
    )
    assert_one_line(done, 75, "full")


def test_a_full_disk_during_export_leaves_no_part_file(filled, tmp_path):
    out = tmp_path / "export.json"
    done = run_cli(
        "--db",
        str(filled),
        "export",
        "json",
        "--out",
        str(out),
        preexec=_small_file_limit(filled.stat().st_size // 4),
    )
    assert done.returncode == 75, done.stderr
    assert_one_line(done, 75)
    assert not out.exists() and not (tmp_path / "export.json.part").exists()


def test_output_into_a_closed_pipe_ends_quietly(filled):
    env = dict(os.environ, LC_ALL="C.UTF-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "cxjournal", "--db", str(filled), "entry", "list", "--limit", "400"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    proc.stdout.readline()
    proc.stdout.close()  # as `| head -1` does
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert err == ""
    assert proc.returncode in (0, 141)


def test_a_namesake_is_noted_but_added(tmp_path):
    db_path = str(tmp_path / "shop.db")
    assert (
        run_cli("--db", db_path, "person", "add", "Marie Martin", "--side", "customer").returncode
        == 0
    )
    done = run_cli("--db", db_path, "person", "add", "marie  martin", "--side", "customer")
    assert_one_line(done, 0, "#1")
    assert "Added" in done.stdout


def test_a_backup_restored_over_a_damaged_journal_is_trusted_again(filled, tmp_path):
    from cxjournal.store.backup import backup_to
    from cxjournal.store.models import Person

    open_journal(filled)
    backup = backup_to(tmp_path / "sound.db")
    close_journal()
    pages = entry_leaf_pages(filled)
    damage_page(filled, pages[len(pages) // 2])
    open_journal(filled)
    with pytest.raises(JournalDamagedError):
        list(db.execute_sql("SELECT details FROM entry").fetchall())
    close_journal()
    from cxjournal.io.restoring import restore_backup

    restore_backup(backup, filled)  # in place of the damaged file, in the same process
    people.add_person("Bruno", "customer")
    assert Person.select().count() == 2
