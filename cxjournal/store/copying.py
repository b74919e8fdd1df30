"""Copying the open journal into another, empty one: a file onto a server, a server into a file,
or a file into another file (``cxjournal copy-to``).

The source is read in one consistent snapshot and never written: on a server the transaction is
``REPEATABLE READ, READ ONLY`` (the default READ COMMITTED would let rows committed meanwhile by
another computer land in some tables and not in others); on a file it is one read transaction on a
``query_only`` connection. The target is written in one transaction: every table, its rows with
their ids, the id sequences, the search index, checked to hold as many rows as the source and
the same values (into a file each batch is read back as it goes in and compared value by value,
and each table counted at the end; onto a server a checksum of each table on both sides), and
only then the commit. A copy lands whole or not
at all; a file the copy created is removed again when it fails.

Ids are never given twice (``models.IdField``), also after a copy: each sequence is moved to the
source's high-water mark (``sqlite_sequence`` on a file, the sequence on a server), not only past
the largest id still there, since the person erased as #9 must have no successor #9. The journal's
identity (``journal_id``, in ``setting``), people's uuids and the register of erasures are rows,
so they come along.

Both journals are open at once: the models stay bound to the target (the schema, sequences and
search helpers all go through ``models.db``), and the source is read through its own database
object, given to each query.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import peewee
from peewee import SQL, SqliteDatabase

from cxjournal.errors import CXJournalError, DatabaseRefusedError, StorageError, ValidationError
from cxjournal.i18n import tr
from cxjournal.store import (
    changelog,
    file_build,
    journal_time,
    raw_rows,
    search,
    server_changelog,
)
from cxjournal.store.bulk import defaulted_fields, field_default, refresh_statistics
from cxjournal.store.connection import close_journal, current_location, open_journal
from cxjournal.store.location import ServerAddress, journal_location
from cxjournal.store.models import (
    ALL_MODELS,
    ChangeLog,
    IdField,
    ReplyTemplate,
    SchemaVersion,
    Setting,
    db,
    on_server,
)
from cxjournal.store.transactions import write_transaction

BATCH = 5000  # rows read, then written, at a time (one FETCH, one COPY or executemany)
FILE_BATCH = 8  # rows of attached files per read and INSERT: up to 8 files in memory at once
# A journal just set up holds its identity, its schema version, the starter reply templates and
# the log of writing them: empty (the copy replaces them by the source's).
_SET_UP_TABLES = (Setting, SchemaVersion, ReplyTemplate, ChangeLog)


@dataclass
class TableCheck:
    """How many rows a table holds and a checksum of their values, read in key order."""

    rows: int = 0
    digest: str = ""  # SHA-256 of the rows' text, in the order of their keys (``_key_order``)
    _hash: Any = field(default_factory=hashlib.sha256, repr=False, compare=False)

    def add_rows(self, rows: list[tuple]) -> None:
        """Add a batch of rows. One ``json`` call and one hash update per batch, not per row
        (a row at a time was a fifth of a 100,000-entry copy's CPU time): the rows' text, joined
        by ", ", is the same however they are batched, so both sides may batch differently.
        json calls _as_json only for what it cannot write itself (dates, a file's bytes)."""
        if not rows:
            return
        text = json.dumps(rows, ensure_ascii=False, default=_as_json)[1:-1]  # without [ ]
        self._hash.update(text.encode() + b", ")
        self.rows += len(rows)
        self.digest = self._hash.hexdigest()


@dataclass
class CopyReport:
    target: Path | ServerAddress
    tables: dict[str, TableCheck] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        return sum(check.rows for check in self.tables.values())


def _plain(value: object) -> object:
    """A value as both engines give it back (dates as ISO text, booleans as true/false, bytes
    by their SHA-256)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return hashlib.sha256(bytes(value)).hexdigest()
    return value


def _as_json(value: object) -> str:
    if isinstance(value, datetime | date | bytes | bytearray | memoryview):
        return _plain(value)  # a file's bytes by their SHA-256, as on the other side
    raise TypeError(f"{type(value).__name__} in a copied row")


def _columns(model) -> list[peewee.Field]:
    return list(model._meta.sorted_fields)


def _source_columns(model, source: peewee.Database) -> list[peewee.Field]:
    """The model's columns that the source's table has: a journal copied just before an upgrade
    lacks the columns (and tables) the upgrade adds; the copy gets their defaults, and the
    upgrade, run again when the copy is opened, fills them as it does for the journal itself."""
    table = model._meta.table_name
    if not source.table_exists(table):
        return []
    present = {c.name for c in source.get_columns(table)}
    return [f for f in _columns(model) if f.column_name in present]


def _key_order(model, database: peewee.Database) -> list:
    """The primary key's columns to sort by, text compared byte by byte on both engines (SQLite's
    BINARY, the server's "C" collation rather than its locale's): the check reads the rows of
    both sides in one order (``setting`` and ``announcement`` have text keys)."""
    keys = model._meta.get_primary_keys()
    if isinstance(database, SqliteDatabase):
        return list(keys)
    return [
        SQL(f'"{key.column_name}" COLLATE "C"') if isinstance(key, peewee.CharField) else key
        for key in keys
    ]


def _ordered(
    model, columns: list[peewee.Field] | None = None, database: peewee.Database | None = None
):
    """``model``'s rows in key order, read from ``database`` (None: the one the models use)."""
    chosen = _columns(model) if columns is None else columns
    return model.select(*chosen).order_by(*_key_order(model, database or db.obj)).tuples()


@contextlib.contextmanager
def _snapshot(database: peewee.Database) -> Iterator[None]:
    """One consistent, read-only view of the source (see the module docstring)."""
    on_file = isinstance(database, SqliteDatabase)
    if on_file:
        database.execute_sql("PRAGMA query_only = 1")
    try:
        with database.atomic() as transaction:
            if not on_file:  # must be the transaction's first statement
                database.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            try:
                yield
            finally:
                transaction.rollback()
    finally:
        if on_file:
            database.execute_sql("PRAGMA query_only = 0")


def _id_high_water(database: peewee.Database, model) -> int:
    """The largest id ``model``'s table ever gave in ``database`` (0 when none)."""
    table = model._meta.table_name
    if isinstance(database, SqliteDatabase):
        row = database.execute_sql(
            "SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)
        ).fetchone()
        given = row[0] if row else 0
    else:
        (sequence,) = database.execute_sql(
            "SELECT pg_get_serial_sequence(%s, 'id')", (table,)
        ).fetchone()
        (given,) = database.execute_sql(
            f"SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM {sequence}"
        ).fetchone()
    (top,) = database.execute_sql(f'SELECT MAX(id) FROM "{table}"').fetchone()
    return max(int(given or 0), int(top or 0))


def _raise_id_sequence(model, high_water: int) -> None:
    """In the target: the next id of ``model`` comes after ``high_water``."""
    table = model._meta.table_name
    if high_water <= 0:
        return
    if isinstance(db.obj, SqliteDatabase):
        moved = db.execute_sql(
            "UPDATE sqlite_sequence SET seq = MAX(seq, ?) WHERE name = ?", (high_water, table)
        ).rowcount
        if not moved:
            db.execute_sql(
                "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (table, high_water)
            )
        return
    (sequence,) = db.execute_sql("SELECT pg_get_serial_sequence(%s, 'id')", (table,)).fetchone()
    db.execute_sql(
        f"SELECT setval(%s, GREATEST(%s, (SELECT CASE WHEN is_called THEN last_value ELSE 0 END "
        f"FROM {sequence})))",
        (sequence, high_water),
    )


def _refuse_unless_empty(target: Path | ServerAddress) -> None:
    for model in ALL_MODELS:
        if model not in _SET_UP_TABLES and model.select().exists():
            raise DatabaseRefusedError(
                tr(
                    "The journal {target} is not empty: a copy only goes into an empty journal. "
                    "Nothing was copied.",
                    "copy",
                ).format(target=target)
            )


def _with_defaults(model, columns: list[peewee.Field]) -> tuple[list[peewee.Field], tuple]:
    """The columns to write: the source's, then those it lacks that have a default, with their
    defaults in the stored form (a journal copied just before an upgrade: see _source_columns)."""
    defaulted = defaulted_fields(model, [field.name for field in columns])
    values = tuple(raw_rows.stored_value(field, field_default(field)) for field in defaulted)
    return [*columns, *defaulted], values


def _copy_table(
    model, source: peewee.Database, columns: list[peewee.Field], target: Path | ServerAddress
) -> TableCheck:
    """Every row of ``model`` from ``source`` into the target, ids and all (``columns``: those the
    source has), read and written raw (``raw_rows``), a batch at a time. Into a file each batch
    is read back as it goes in and compared with the source's, value by value (no checksum to
    make: hashing both sides' rows as JSON was 1.95 s of a 100,000-entry copy's CPU); onto a
    server the batches are hashed, and the whole table read back and hashed at the end."""
    check = TableCheck()
    if not columns:
        return check
    size = FILE_BATCH if any(isinstance(f, peewee.BlobField) for f in columns) else BATCH
    written, defaults = _with_defaults(model, columns)
    into_file = raw_rows.FileRows(model, written) if not on_server() else None
    # closed at once when a write fails: the source's reading thread stops (raw_rows)
    with contextlib.closing(raw_rows.read_batches(model, columns, source, size)) as batches:
        for batch in batches:
            given = [row + defaults for row in batch] if defaults else batch
            if into_file is None:
                check.add_rows(batch)
                raw_rows.write_rows(model, written, given)
            elif into_file.write(given) != given:
                raise _mismatch(model, target)
            else:
                check.rows += len(batch)
    return check


def _target_check(model, columns: list[peewee.Field]) -> TableCheck:
    check = TableCheck()
    if not columns:
        return check
    size = FILE_BATCH if any(isinstance(f, peewee.BlobField) for f in columns) else BATCH
    # read back as written: the stored form already (raw_rows)
    for batch in raw_rows.read_batches(model, columns, size=size, as_written=True):
        check.add_rows(batch)
    return check


def _copy_into_target(source: peewee.Database, report: CopyReport) -> None:
    """Inside the target's write transaction: replace its set-up rows by the source's rows, then
    check them before the caller commits."""
    _refuse_unless_empty(report.target)
    on_file = not on_server()
    indexes = []
    # no log of the copy's own inserts, only to be deleted for the source's log (see below)
    if on_file:
        changelog.drop_file_triggers()
        indexes = file_build.drop_indexes()
    else:
        server_changelog.not_logging_this_transaction()
    for model in reversed(ALL_MODELS):  # children first: the foreign keys allow it
        model.delete().execute()
    high_water = {}
    columns = {model: _source_columns(model, source) for model in ALL_MODELS}
    for model in ALL_MODELS:  # parents first
        if model is ChangeLog:  # anything logged meanwhile gives way to the source's log
            model.delete().execute()
        report.tables[model._meta.table_name] = _copy_table(
            model, source, columns[model], report.target
        )
        if isinstance(model._meta.primary_key, IdField) and columns[model]:
            high_water[model] = _id_high_water(source, model)
    if on_file:
        file_build.make_indexes(indexes)
        changelog.create_triggers()
    for model, value in high_water.items():
        _raise_id_sequence(model, value)
    search.rebuild_index()
    # A server's planner would still plan for the empty tables it was given: counting one side's
    # entries read the whole table instead of its index (README, Performance, "On a server").
    refresh_statistics(*ALL_MODELS)
    for model in ALL_MODELS:
        expected = report.tables[model._meta.table_name]
        if on_file:  # each batch was compared as it went in: no row since, none lost
            arrived = model.select().count() == expected.rows
        else:
            arrived = _target_check(model, columns[model]) == expected
        if not arrived:
            raise _mismatch(model, report.target)


def _mismatch(model, target: Path | ServerAddress) -> StorageError:
    return StorageError(
        tr(
            "The copy of the table {table} in {target} does not match the journal's. "
            "Nothing was copied.",
            "copy",
        ).format(table=model._meta.table_name, target=target)
    )


def _same_place(source: Path | ServerAddress | None, target: Path | ServerAddress) -> bool:
    if isinstance(source, Path) and isinstance(target, Path):
        return source.resolve() == target.expanduser().resolve()
    return str(source) == str(target)


def _vet_target_file(target: Path) -> bool:
    """Refuses a target file whose folder does not exist; True when the copy will create it."""
    if not target.parent.is_dir():
        raise DatabaseRefusedError(
            tr("The folder {path} does not exist.", "copy").format(path=target.parent)
        )
    return not target.exists()


def _refuse_a_partial_copy() -> None:
    """On a server with roles, only an owner copies the whole journal: the policies would leave
    out of another account's copy what it may not see, and a partial copy is no backup."""
    if not on_server():
        return
    from cxjournal.store import server_roles

    if server_roles.prefix() is not None and not server_roles.may_upgrade():
        raise ValidationError(
            tr(
                "Only an owner of the journal copies it whole: a copy made with this account "
                "would leave out what it may not see. Nothing was copied.",
                "copy",
            )
        )


def copy_to(target_text: str | Path) -> CopyReport:
    """Copy the open journal into the empty journal at ``target_text`` (a file or a server) and
    check it; the open journal stays open and unchanged."""
    source = db.obj
    source_location = current_location()
    if source is None:
        raise CXJournalError(tr("No journal is open.", "copy"))
    _refuse_a_partial_copy()
    target = journal_location(target_text)
    if _same_place(source_location, target):
        raise DatabaseRefusedError(
            tr("{target} is the open journal itself: copy it somewhere else.", "copy").format(
                target=target
            )
        )
    created = _vet_target_file(target) if isinstance(target, Path) else False
    # a new file is built beside its name and put in place whole (store.file_build)
    built = file_build.part_path(target) if created else target
    report = CopyReport(target)
    db.initialize(None)  # the source stays connected, out of the models' way
    try:
        if created:
            file_build.remove_file(built)  # a .part a crash left
        open_journal(built)
        if created:
            file_build.start_building()
        with _snapshot(source), write_transaction():
            _copy_into_target(source, report)
        if created:
            file_build.finish_building()
            close_journal()
            file_build.put_in_place(built, target)
    except peewee.DatabaseError as exc:  # a value the target refused (too long, a broken key)
        if created:
            close_journal()
            file_build.remove_file(built)
        raise CXJournalError(
            tr("{target} refused the copy ({reason}). Nothing was copied.", "copy").format(
                target=target, reason=str(exc).strip().splitlines()[0] if str(exc) else exc
            )
        ) from exc
    except BaseException:
        if created:
            close_journal()
            file_build.remove_file(built)
        raise
    finally:
        close_journal()
        db.initialize(source)
        journal_time.follow_journal_time()  # closing the target forgot the source's zone and clock
    return report
