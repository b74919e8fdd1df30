"""The schema version of a journal file and the ordered steps that bring an older file up to date.

A step is a function run inside one transaction; before any step runs, a copy of the file is taken
beside it (``journal.db.pre-v2-20261122-101500.bak``) so that an upgrade can always be undone.
Foreign keys are switched off for the length of that transaction (SQLite cannot switch them inside
one), because rebuilding a table drops it, and dropping a table with foreign keys on would cascade
to every row that points at it; the keys are checked before the transaction commits.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from cxjournal.files import private_output
from cxjournal.i18n import tr
from cxjournal.names import name_key
from cxjournal.store import changelog, collation, identity, journal_time, phone_keys, search
from cxjournal.store.models import (
    ALL_MODELS,
    ONE_OPEN_CHECKIN,
    ONE_OPEN_CHECKIN_INDEX,
    IdField,
    SchemaVersion,
    db,
    new_uuid,
    on_server,
)
from cxjournal.store.transactions import write_transaction

SCHEMA_VERSION = 31
# What the upgrade run by this process repaired, for the CLI and the window to say once.
repaired_on_open = 0
# The copy taken before this process upgraded a server journal, for the CLI and the window to say.
copied_before_upgrade: Path | None = None


def create_schema() -> None:
    """Create every table and index of the current version in an empty database."""
    db.create_tables(ALL_MODELS)
    db.execute_sql(ONE_OPEN_CHECKIN)
    search.create_index()
    changelog.create_triggers()
    identity.journal_id()
    journal_time.ensure_zone()
    if on_server():
        from cxjournal.store import server_indexes, server_roles

        server_indexes.create_indexes()
        collation.create_on_server(db)
        _account_events(server_roles.install())
        server_roles.apply()
    from cxjournal.store.starter_templates import add_starter_templates

    add_starter_templates()  # in the journal's language (the system's, until one is chosen)
    SchemaVersion.create(version=SCHEMA_VERSION, changed_at=datetime.now().replace(microsecond=0))


def _to_v2() -> None:
    """Reminders: follow-ups know their series; announced reminders are remembered."""
    from playhouse.migrate import SqliteMigrator, migrate

    from cxjournal.store.models import Announcement, FollowUp

    columns = {c.name for c in db.get_columns(FollowUp._meta.table_name)}
    if "series" not in columns:
        migrate(SqliteMigrator(db).add_column(FollowUp._meta.table_name, "series", FollowUp.series))
    db.create_tables([Announcement], safe=True)


def _to_v3() -> None:
    """Monthly figures count the problems resolved in a month through an index."""
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "entry_kind_resolved_at" ON "entry" ("kind", "resolved_at")'
    )


def _to_v4() -> None:
    """Check-ins: undo the completions the old reminder check made by itself (each department with
    a cadence then gets its repeating check-in: see ``_schedule_checkins``)."""
    global repaired_on_open
    from cxjournal import clock
    from cxjournal.store.repair_checkins import repair_checkins

    now = clock.now()
    # the repair may reopen several occurrences: version 6 closes the extra ones, then indexes
    db.execute_sql(f'DROP INDEX IF EXISTS "{ONE_OPEN_CHECKIN_INDEX}"')
    repaired_on_open = repair_checkins(now)


def _highest_ids() -> dict[str, int]:
    """Ids known to have been given, beyond the rows still there: follow-up ids live on in the keys
    of reminders already announced ("followup:12:...") and in series links."""
    found = {"follow_up": 0}
    for (key,) in db.execute_sql("SELECT key FROM announcement WHERE key LIKE 'followup:%'"):
        part = key.split(":")[1]
        if part.isdigit():
            found["follow_up"] = max(found["follow_up"], int(part))
    series = db.execute_sql("SELECT MAX(series) FROM follow_up").fetchone()[0]
    found["follow_up"] = max(found["follow_up"], series or 0)
    return found


def _rebuild(model, floor: int) -> None:
    """Recreate ``model``'s table from its current definition (AUTOINCREMENT ids), keeping rows,
    ids and indexes; later ids start above ``floor`` and above every id in the table."""
    table = model._meta.table_name
    old = f"{table}__before_v5"
    columns = [c.name for c in db.get_columns(table)]
    for (name,) in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
        (table,),
    ).fetchall():
        db.execute_sql(f'DROP INDEX "{name}"')
    db.execute_sql(f'ALTER TABLE "{table}" RENAME TO "{old}"')
    db.create_tables([model])
    names = ", ".join(f'"{c}"' for c in columns)
    values = names
    if "key" in model._meta.columns and "key" not in columns:  # made by version 6 (_to_v6)
        names, values = f'{names}, "key"', f'{values}, CAST("id" AS TEXT)'
    db.execute_sql(f'INSERT INTO "{table}" ({names}) SELECT {values} FROM "{old}"')
    db.execute_sql(f'DROP TABLE "{old}"')
    db.execute_sql("DELETE FROM sqlite_sequence WHERE name = ?", (table,))
    top = db.execute_sql(f'SELECT MAX(id) FROM "{table}"').fetchone()[0] or 0
    if max(top, floor):
        db.execute_sql(
            "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (table, max(top, floor))
        )


def _to_v5() -> None:
    """Identities: the journal has a UUID, every person has one, ids are never given twice; and the
    register of erasures."""
    from cxjournal.store.models import ChangeLog, Erasure

    if "uuid" not in {c.name for c in db.get_columns("person")}:
        db.execute_sql('ALTER TABLE "person" ADD COLUMN "uuid" VARCHAR(36)')
    ids = [row[0] for row in db.execute_sql("SELECT id FROM person WHERE uuid IS NULL")]
    for person_id in ids:
        db.execute_sql("UPDATE person SET uuid = ? WHERE id = ?", (new_uuid(), person_id))
    db.execute_sql("PRAGMA legacy_alter_table = ON")  # others' references keep the table's name
    try:
        floors = _highest_ids()
        for model in ALL_MODELS:
            # tables made by later versions (the erasures, the log, ratings...) are not there yet
            if isinstance(model._meta.primary_key, IdField) and model not in (Erasure, ChangeLog):
                if db.table_exists(model._meta.table_name):
                    _rebuild(model, floors.get(model._meta.table_name, 0))
    finally:
        db.execute_sql("PRAGMA legacy_alter_table = OFF")
    db.create_tables([Erasure], safe=True)
    identity.journal_id()


def _keyed(model, merge: Callable[[int, int], None]) -> None:
    """Give each row of ``model`` its ``key`` (``names.name_key`` of its name), merging the rows an
    older version kept apart ("Croissant" and "croissant") into the first made, and then the
    plain unique index on the key."""
    table = model._meta.table_name
    if "key" not in {c.name for c in db.get_columns(table)}:
        db.execute_sql(
            f'ALTER TABLE "{table}" ADD COLUMN "key" VARCHAR({model.key.max_length}) NOT NULL DEFAULT \'\''
        )
    db.execute_sql(f'DROP INDEX IF EXISTS "{table}_key"')
    first: dict[str, int] = {}
    for row in model.select(model.id, model.name).order_by(model.id):
        key = name_key(row.name)
        keeper = first.setdefault(key, row.id)
        if keeper != row.id:
            merge(row.id, keeper)
            model.delete().where(model.id == row.id).execute()
        else:
            model.update(key=key).where(model.id == row.id).execute()
    db.execute_sql(f'CREATE UNIQUE INDEX "{table}_key" ON "{table}" ("key")')


def _merge_tag(source: int, target: int) -> None:
    """Entries tagged ``source`` carry ``target`` instead, and are indexed again."""
    from cxjournal.store.models import EntryTag

    moved = [r.entry_id for r in EntryTag.select(EntryTag.entry).where(EntryTag.tag == source)]
    kept = {r.entry_id for r in EntryTag.select(EntryTag.entry).where(EntryTag.tag == target)}
    EntryTag.delete().where(EntryTag.tag == source).execute()
    for entry_id in moved:
        if entry_id not in kept:
            EntryTag.insert(entry=entry_id, tag=target).execute()
    search.reindex_entries(moved)


def _merge_department(source: int, target: int) -> None:
    """The staff and follow-ups of department ``source`` belong to ``target``."""
    from cxjournal.store.models import FollowUp, Person

    Person.update(department=target).where(Person.department == source).execute()
    FollowUp.update(department=target).where(FollowUp.department == source).execute()


def _close_extra_checkins() -> int:
    """Of a department's open check-ins, keep the earliest due; close the others (done now)."""
    from cxjournal import clock
    from cxjournal.store.models import FollowUp

    rows = (
        FollowUp.select(FollowUp.id, FollowUp.department)
        .where(
            FollowUp.origin == "check-in",
            FollowUp.department.is_null(False),
            FollowUp.done_at.is_null(),
            FollowUp.deleted_at.is_null(),
        )
        .order_by(FollowUp.department, FollowUp.due_at, FollowUp.id)
    )
    seen: set[int] = set()
    extra = []
    for row in rows:
        if row.department_id in seen:
            extra.append(row.id)
        seen.add(row.department_id)
    now = clock.now()
    for start in range(0, len(extra), 500):
        part = extra[start : start + 500]
        FollowUp.update(done_at=now, updated_at=now).where(FollowUp.id.in_(part)).execute()
    return len(extra)


def _to_v6() -> None:
    """Two computers at once: tags and departments unique by a key made in Python (case and
    accents aside), duplicates merged first; at most one open check-in per department."""
    from cxjournal.store.models import Department, Tag

    _keyed(Tag, _merge_tag)
    _keyed(Department, _merge_department)
    _close_extra_checkins()
    db.execute_sql(ONE_OPEN_CHECKIN)


def _to_v7() -> None:
    """The change log: one row per committed change, written by the database's own triggers."""
    from cxjournal.store.models import ChangeLog

    db.create_tables([ChangeLog], safe=True)
    changelog.create_triggers()


def _to_v8() -> None:
    """The history of changes: the change log also says who made each change and, for an entry,
    response, promise or follow-up, which fields an update changed from what to what."""
    columns = {c.name for c in db.get_columns("change_log")}
    for name, kind in (("who", "VARCHAR(128)"), ("changes", "TEXT")):
        if name not in columns:
            db.execute_sql(f'ALTER TABLE "change_log" ADD COLUMN "{name}" {kind}')
    db.execute_sql(
        'CREATE INDEX IF NOT EXISTS "change_log_kind_item_id" ON "change_log" ("kind", "item_id")'
    )
    changelog.create_triggers()


def _to_v9() -> None:
    """Each person's last contact of any kind and last contact they began, computed from the
    entries, responses, promises and follow-ups already there (``store.contact_dates``)."""
    from cxjournal.store import contact_dates

    kind = "TIMESTAMP" if on_server() else "DATETIME"
    columns = {c.name for c in db.get_columns("person")}
    for name in ("last_contact_at", "last_own_contact_at"):
        if name not in columns:
            db.execute_sql(f'ALTER TABLE "person" ADD COLUMN "{name}" {kind}')
    contact_dates.recompute()


def _to_v10() -> None:
    """The journal's time zone: the zone of the computer that upgrades it (see ``clock``)."""
    journal_time.ensure_zone()


def _add_made_by() -> None:
    """The ``made_by`` columns, before any step runs: earlier steps read rows through today's
    models, which name them (adding a nullable column twice is skipped)."""
    for table in ("entry", "response", "promise", "follow_up"):
        columns = {c.name for c in db.get_columns(table)}
        if columns and "made_by" not in columns:
            db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "made_by" VARCHAR(63)')


def _to_v11() -> None:
    """Who made each entry, response, promise and follow-up (unknown for older rows: NULL); on a
    server, the journal's roles, grants and row-level security (``store.server_roles``, applied
    after the last step of every server upgrade)."""
    _add_made_by()
    if on_server():
        from cxjournal.store import server_roles

        server_roles.install()


def _to_v12() -> None:
    """Ratings from the counter kiosk and ``rate``, and the staff pulse's anonymous answers."""
    from cxjournal.store.models import PulseAnswer, Rating

    db.create_tables([Rating, PulseAnswer], safe=True)
    changelog.create_triggers()  # the new tables' arrivals are logged too


def _to_v13() -> None:
    """Keep in touch: each person may have a cadence, in days, between contacts (NULL: none)."""
    columns = {c.name for c in db.get_columns("person")}
    if "keep_in_touch_days" not in columns:
        db.execute_sql('ALTER TABLE "person" ADD COLUMN "keep_in_touch_days" INTEGER')


def _to_v14() -> None:
    """After a complaint is resolved: how the customer felt when asked some days later (1-5,
    NULL: not asked or not answered); its changes enter the history like every entry field."""
    columns = {c.name for c in db.get_columns("entry")}
    if "satisfaction_after" not in columns:
        db.execute_sql('ALTER TABLE "entry" ADD COLUMN "satisfaction_after" SMALLINT')
    changelog.create_triggers()  # the history's list of an entry's fields gains the column


def _to_v15() -> None:
    """Files attached to entries (photos, receipts), their bytes inside the journal; their
    arrivals and removals are logged (ids only)."""
    from cxjournal.store.models import Attachment

    db.create_tables([Attachment], safe=True)
    changelog.create_triggers()


def _to_v16() -> None:
    """On a server, the index that lets the Journal count a filter's entries from the index
    alone (``store.server_indexes``); nothing changes in a file."""
    if on_server():
        from cxjournal.store import server_indexes

        server_indexes.create_indexes()


def _to_v17() -> None:
    """On a server the change log is written by one trigger call per statement instead of one
    per row (``server_changelog``: a bulk import or ``copy-to`` spent most of its time there).
    A file's triggers stay as they are."""
    if on_server():
        changelog.create_triggers()


def _to_v18() -> None:
    """Answer in time: an entry may wait on someone (status "waiting"), and keeps its waits so
    that response targets pause while it waits; the change log records both fields."""
    columns = {c.name for c in db.get_columns("entry")}
    if "waiting_on" not in columns:
        db.execute_sql(
            """ALTER TABLE "entry" ADD COLUMN "waiting_on" VARCHAR(200) NOT NULL DEFAULT ''"""
        )
    if "waits" not in columns:
        db.execute_sql("""ALTER TABLE "entry" ADD COLUMN "waits" TEXT NOT NULL DEFAULT ''""")
    changelog.create_triggers()


def _to_v19() -> None:
    """Retention: a person the owner keeps past the period, until a day or for a reason."""
    columns = {c.name for c in db.get_columns("person")}
    if "keep_until" not in columns:
        db.execute_sql('ALTER TABLE "person" ADD COLUMN "keep_until" DATE')
    if "keep_reason" not in columns:
        db.execute_sql(
            'ALTER TABLE "person" ADD COLUMN "keep_reason" VARCHAR(200) NOT NULL DEFAULT \'\''
        )


def _account_events(journal_prefix: str | None) -> None:
    from cxjournal.store import account_events

    if journal_prefix is not None:
        account_events.create(journal_prefix)


def _to_v20() -> None:
    """Account events (accounts added, removed, roles changed, failed sign-ins): a server only,
    where there are accounts (``store.account_events``)."""
    if on_server():
        from cxjournal.store import server_roles

        _account_events(server_roles.prefix())


def _add_assigned_to() -> None:
    """The ``assigned_to`` columns, before any step runs (as ``_add_made_by``)."""
    for table in ("promise", "follow_up"):
        columns = {c.name for c in db.get_columns(table)}
        if columns and "assigned_to" not in columns:
            db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "assigned_to" VARCHAR(63)')


def _to_v21() -> None:
    """Accounts (issue 18): follow-ups and promises may be assigned to an account (NULL: nobody),
    and a reminder's claim is per (reminder, account). A claim made before belonged to the whole
    journal: it stays claimed for every account of it, so nobody is shown old reminders again."""
    _add_assigned_to()
    if "account" not in {c.name for c in db.get_columns("announcement")}:
        if on_server():
            from cxjournal.store import server_assignment, server_roles

            db.execute_sql(
                "ALTER TABLE announcement ADD COLUMN account VARCHAR(63) NOT NULL DEFAULT ''"
            )
            journal = server_roles.prefix()
            for name in server_assignment.assignees(journal) if journal else ():
                db.execute_sql(
                    "INSERT INTO announcement (key, account, announced_at) "
                    "SELECT key, %s, announced_at FROM announcement WHERE account = ''",
                    (name,),
                )
            db.execute_sql("DELETE FROM announcement WHERE account = ''")
            db.execute_sql("ALTER TABLE announcement DROP CONSTRAINT announcement_pkey")
            db.execute_sql("ALTER TABLE announcement ADD PRIMARY KEY (key, account)")
        else:
            from cxjournal.store.models import Announcement

            db.execute_sql('ALTER TABLE "announcement" RENAME TO "announcement__before_v14"')
            db.create_tables([Announcement])
            db.execute_sql(
                'INSERT INTO "announcement" (key, account, announced_at) '
                "SELECT key, '', announced_at FROM \"announcement__before_v14\""
            )
            db.execute_sql('DROP TABLE "announcement__before_v14"')
    changelog.create_triggers()  # an assignment's changes are in the history too


def _to_v22() -> None:
    """Amounts: what a resolution or a promise costs (a refund, a gift, a repair), in the
    currency's minor units (whole numbers: never a float, never SQLite's rounding NUMERIC); NULL
    for nothing. Their changes enter the history like every entry and promise field."""
    for table, column in (("entry", "resolution_amount"), ("promise", "amount")):
        if column not in {c.name for c in db.get_columns(table)}:
            db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "{column}" BIGINT')
    changelog.create_triggers()


def _to_v23() -> None:
    """Answer every message (issue 20): an entry and a response keep the Message-ID of the e-mail
    they were logged from, so that a message is never logged twice and a reply finds its entry;
    the change log's triggers list the new columns."""
    for table in ("entry", "response"):
        if "message_id" not in {c.name for c in db.get_columns(table)}:
            db.execute_sql(
                f'ALTER TABLE "{table}" ADD COLUMN "message_id" VARCHAR(255) NOT NULL DEFAULT \'\''
            )
        db.execute_sql(
            f'CREATE INDEX IF NOT EXISTS "{table}_message_id" ON "{table}" ("message_id")'
        )
    changelog.create_triggers()


def _to_v24() -> None:
    """Phone numbers in one form (issue 23): each person's number in E.164 beside what was typed,
    read in the business's country, so that "06 12 34 56 78" finds "+33 6 12 34 56 78"; on a
    server, the ICU collation names are sorted by (``store.collation``)."""
    if "phone_e164" not in {c.name for c in db.get_columns("person")}:
        db.execute_sql(
            'ALTER TABLE "person" ADD COLUMN "phone_e164" VARCHAR(20) NOT NULL DEFAULT \'\''
        )
        db.execute_sql('CREATE INDEX IF NOT EXISTS "person_phone_e164" ON "person" ("phone_e164")')
    phone_keys.rekey_people()
    if on_server():
        collation.create_on_server(db)


def _to_v25() -> None:
    """Reply in seconds (issue 20): the owner's reply templates, their changes logged; a journal
    upgraded to it gets the starter set in its language, as a new journal does."""
    from cxjournal.store.models import ReplyTemplate
    from cxjournal.store.starter_templates import add_starter_templates

    db.create_tables([ReplyTemplate], safe=True)
    changelog.create_triggers()
    add_starter_templates()


def _to_v26() -> None:
    """The staff's anonymous suggestion box (issue 19): suggestions wait, by their day only, until
    the day is over and they are filed into the journal (``services.suggestions``); their arrival
    is logged as a pulse answer's is, with no id and nobody."""
    from cxjournal.store.models import Suggestion

    db.create_tables([Suggestion], safe=True)
    changelog.create_triggers()


def _to_v27() -> None:
    """Response texts found by search (issue 23): the index gains them (on a file its FTS5 table
    is made again with a column for them; on a server the words are read again), so a word said
    only in an answer finds the entry, with the entry's own visibility."""
    search.recreate_index()


def _to_v28() -> None:
    """On a server, the change log's triggers call a function of their table's own, which reads
    the statement's rows as they are instead of turning each into JSON (``server_changelog``);
    the old function shared by every table goes. A file's triggers stay as they are."""
    if on_server():
        changelog.create_triggers()


def _to_v29() -> None:
    """An owner may forget a former account's login in the account events (GDPR): the function
    that does it (``cxjournal_account_forget``), and the policy that lets only it edit a row
    (``store.account_events``). A server only: a journal file has no accounts."""
    if on_server():
        from cxjournal.store import server_roles

        _account_events(server_roles.prefix())


def _to_v30() -> None:
    """Responses editable and deletable (issue 23): nothing changes in the tables. The change
    log's triggers, made again after every upgrade, log a response's deletion with its entry's id
    (its history and its erasure find it). On a server the policies and functions, applied again
    after every upgrade, let a counter change or delete only the answers on the entries it may
    edit (its own), and mark answered the entries it answers (``store.answered``)."""


def _to_v31() -> None:
    """On a server, the change log's trigger functions insert their rows without ``RETURNING``
    and read a tag's name by a join (``server_changelog``): a history import's tag links cost
    the server about a third of what they did. The triggers are made again after every upgrade, so
    the step itself has nothing to do; a file is not changed."""


def _schedule_checkins() -> None:
    """Each department with a cadence gets its repeating check-in (the reminder check no longer
    creates them). The rule lives in the services and reads the current models, so it runs once
    every step has brought the tables up to date."""
    from cxjournal import clock
    from cxjournal.services.checkins import schedule_checkin
    from cxjournal.store.models import Department

    now = clock.now()
    for department in Department.select():
        schedule_checkin(department, now)


# version reached -> step that reaches it from the version before.
MIGRATIONS: dict[int, Callable[[], None]] = {
    2: _to_v2,
    3: _to_v3,
    4: _to_v4,
    5: _to_v5,
    6: _to_v6,
    7: _to_v7,
    8: _to_v8,
    9: _to_v9,
    10: _to_v10,
    11: _to_v11,
    12: _to_v12,
    13: _to_v13,
    14: _to_v14,
    15: _to_v15,
    16: _to_v16,
    17: _to_v17,
    18: _to_v18,
    19: _to_v19,
    20: _to_v20,
    21: _to_v21,
    22: _to_v22,
    23: _to_v23,
    24: _to_v24,
    25: _to_v25,
    26: _to_v26,
    27: _to_v27,
    28: _to_v28,
    29: _to_v29,
    30: _to_v30,
    31: _to_v31,
}
# version -> work an upgrade that crossed it does after the last step (it needs the current models).
AFTER_UPGRADE: dict[int, Callable[[], None]] = {4: _schedule_checkins}


def _migrate_server(from_version: int, steps: dict[int, Callable[[], None]]) -> None:
    """On a server: the steps in one transaction holding the set-up lock, so that two computers
    starting the new app at once do not both upgrade. PostgreSQL checks foreign keys itself (a
    server journal never needs a table rebuilt: it begins at version 5)."""
    from cxjournal.store.server import take_setup_lock

    target = max([SCHEMA_VERSION, *steps.keys()])
    with write_transaction():
        take_setup_lock()
        from_version = max(from_version, stored_version())
        if from_version < 8:
            _add_made_by()
        _add_assigned_to()
        for version in range(from_version + 1, target + 1):
            steps[version]()
            SchemaVersion.create(version=version, changed_at=datetime.now().replace(microsecond=0))
        if target > from_version:
            changelog.create_triggers()  # with every column the steps added (changelog)
        from cxjournal.store import server_roles

        server_roles.apply()  # whatever the steps made gets its owner, grants and policies


def upgrade_copy_message() -> str:
    """What to tell the owner once a server journal was upgraded: where the copy taken before is."""
    return tr(
        "The journal on the server was upgraded to this version of CX Journal. A copy of it as it "
        "was is kept on this computer: {path} (to go back, copy-to it into an empty database).",
        "upgrade",
    ).format(path=copied_before_upgrade)


def stored_version() -> int:
    row = SchemaVersion.select().order_by(SchemaVersion.version.desc()).first()
    return row.version if row else 0


def newer_journal_message(where: object, version: int) -> str:
    """What a computer with an older app says of a journal another computer upgraded (it is left
    untouched: this app cannot know what the newer version's tables mean)."""
    return tr(
        "This journal was upgraded by a newer version of CX Journal (journal format {version}; "
        "this version reads up to {supported}). Install that version on this computer. "
        "{where} was left untouched."
    ).format(version=version, supported=SCHEMA_VERSION, where=where)


def copy_before_migration(path: Path, from_version: int) -> Path:
    """Take a consistent copy of the file (SQLite's backup API) before it is upgraded."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.pre-v{from_version + 1}-{stamp}.bak")
    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        with private_output(target) as part:  # private from its first byte
            dest = sqlite3.connect(part)
            try:
                source.backup(dest)
            finally:
                dest.close()
    finally:
        source.close()
    return target


def migrate(from_version: int, steps: dict[int, Callable[[], None]] | None = None) -> None:
    """Run every step above ``from_version`` in one transaction: all of them land, or none."""
    steps = MIGRATIONS if steps is None else steps
    if on_server():
        _migrate_server(from_version, steps)
        return
    target = max([SCHEMA_VERSION, *steps.keys()])
    db.execute_sql("PRAGMA foreign_keys = OFF")  # see the module's docstring
    try:
        with write_transaction():
            # another process may have upgraded the file while this one waited for the write lock
            from_version = max(from_version, stored_version())
            if from_version < 8:
                _add_made_by()
            _add_assigned_to()
            for version in range(from_version + 1, target + 1):
                steps[version]()
                SchemaVersion.create(
                    version=version, changed_at=datetime.now().replace(microsecond=0)
                )
            if target > from_version:
                changelog.create_triggers()  # with every column the steps added (changelog)
            if steps is MIGRATIONS:
                for version, work in AFTER_UPGRADE.items():
                    if from_version < version <= target:
                        work()
            broken = db.execute_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise sqlite3.IntegrityError(f"the upgrade would break links: {broken[:5]}")
    finally:
        db.execute_sql("PRAGMA foreign_keys = ON")
