"""``copy-to`` checks that every table arrived whole, values and all: a target that changes a value
as it goes in, drops a row, or loses a row later in the copy makes the copy fail, nothing copied.
The targets here are empty journals given a trigger of their own, so the check is the only thing
that can tell."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from cxjournal.cli import main
from cxjournal.services import entries
from cxjournal.store import raw_rows
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.models import db
from tests.test_copy_to import a_full_journal, empty_server_database, rows_of  # noqa: F401

CHANGES_A_VALUE = (
    "CREATE TRIGGER sneaky AFTER INSERT ON person WHEN NEW.name = 'Zoë Château' "
    "BEGIN UPDATE person SET notes = 'Ligne 1' WHERE id = NEW.id; END"
)
DROPS_A_ROW = (
    "CREATE TRIGGER sneaky AFTER INSERT ON entry WHEN NEW.title = 'Sans suite' "
    "BEGIN DELETE FROM entry WHERE id = NEW.id; END"
)
# reply_template is copied after entry: the entry was there when its batch was read back
LOSES_A_ROW_LATER = (
    "CREATE TRIGGER sneaky AFTER INSERT ON reply_template "
    "BEGIN DELETE FROM entry WHERE title = 'Sans suite'; END"
)


def _source(tmp_path: Path) -> Path:
    source = tmp_path / "shop.db"
    a_full_journal(source)
    open_journal(source)
    entries.log_entry(kind="complaint", title="Sans suite", person=None, side="customer")
    close_journal()
    return source


def _target_with(tmp_path: Path, trigger: str) -> Path:
    """An empty journal file whose own trigger meddles with the rows copied into it."""
    target = tmp_path / "target.db"
    open_journal(target)
    db.execute_sql(trigger)
    close_journal()
    return target


def _refused(source, target: Path, capsys) -> None:
    before = rows_of(target)
    close_journal()
    assert main(["--db", str(source), "copy-to", str(target)]) == 2
    err = capsys.readouterr().err
    assert "does not match the journal's" in err and "Nothing was copied" in err, err
    assert len(err.strip().splitlines()) == 1, err
    assert rows_of(target) == before  # the target's transaction was rolled back


@pytest.mark.parametrize("trigger", [CHANGES_A_VALUE, DROPS_A_ROW, LOSES_A_ROW_LATER])
def test_a_file_copy_that_does_not_arrive_whole_is_refused(tmp_path, capsys, trigger):
    source = _source(tmp_path)
    _refused(source, _target_with(tmp_path, trigger), capsys)


def test_the_same_target_without_its_trigger_takes_the_copy(tmp_path, capsys):
    """The triggers above are what the check catches, not something else about the target."""
    source = _source(tmp_path)
    target = _target_with(tmp_path, CHANGES_A_VALUE.replace("'Zoë Château'", "'Nobody'"))
    close_journal()
    assert main(["--db", str(source), "copy-to", str(target)]) == 0, capsys.readouterr().err
    assert rows_of(target) == rows_of(source)


@pytest.mark.server_only
@pytest.mark.parametrize("trigger", [CHANGES_A_VALUE, DROPS_A_ROW, LOSES_A_ROW_LATER])
def test_a_copy_from_a_server_that_does_not_arrive_whole_is_refused(
    tmp_path,
    capsys,
    empty_server_database,  # noqa: F811
    trigger,
):
    server = empty_server_database
    close_journal()
    assert main(["--db", str(_source(tmp_path)), "copy-to", str(server)]) == 0
    _refused(server, _target_with(tmp_path, trigger), capsys)


class _Cursor:
    """A server-side cursor giving ``batches`` batches at once, then failing if told to."""

    def __init__(self, batches: int, fail: bool) -> None:
        self.left, self.fail, self.closed = batches, fail, False

    def execute(self, sql):
        pass

    def fetchmany(self, size):
        if self.left == 0:
            if self.fail:
                raise RuntimeError("the server went away")
            return []
        self.left -= 1
        return [(self.left,)] * size

    def close(self):
        self.closed = True


class _Connection:
    def __init__(self, batches: int, fail: bool = False) -> None:
        self.cursors: list[_Cursor] = []
        self.batches, self.fail = batches, fail

    def cursor(self, name, binary=False):
        self.cursors.append(_Cursor(self.batches, self.fail))
        return self.cursors[-1]


def _readers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "cxjournal-copy-reader"]


def test_the_thread_reading_a_server_ahead_stops_when_the_copy_stops_reading():
    connection = _Connection(batches=50)  # more than it may fetch ahead: it waits for room
    batches = raw_rows._fetched_ahead(connection, "SELECT …", 3)
    assert next(batches) == [(49,)] * 3
    batches.close()  # the copy failed writing the first batch
    assert _readers() == [] and connection.cursors[0].closed


def test_a_cursor_the_server_refuses_fails_the_copy_instead_of_waiting_forever():
    class Refusing:
        def cursor(self, name, binary=False):
            raise RuntimeError("connection lost")

    with pytest.raises(RuntimeError, match="connection lost"):
        list(raw_rows._fetched_ahead(Refusing(), "SELECT …", 3))
    assert _readers() == []


def test_what_fails_in_the_thread_reading_a_server_fails_the_copy():
    connection = _Connection(batches=2, fail=True)
    with pytest.raises(RuntimeError, match="went away"):
        list(raw_rows._fetched_ahead(connection, "SELECT …", 3))
    assert _readers() == [] and connection.cursors[0].closed
