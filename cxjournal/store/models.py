"""The journal's tables as peewee models, bound to a database only when a journal is opened.

Integer ids are never reused (``IdField``): a person erased as #3 never has a successor #3, so
nothing keyed by an old id (a reminder already announced, a register) can point at someone else.
A person also has a ``uuid``, made in Python so that every engine and every copy agrees on it.
"""

from __future__ import annotations

import functools
import getpass
import secrets
import uuid

from peewee import (
    SQL,
    AutoField,
    BigIntegerField,
    BlobField,
    BooleanField,
    CharField,
    CompositeKey,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    NodeList,
    SmallIntegerField,
    SqliteDatabase,
    TextField,
)

from cxjournal.names import name_key

db = DatabaseProxy()


def new_uuid() -> str:
    return str(uuid.uuid4())


def on_server() -> bool:
    """Whether the open journal is on a PostgreSQL server rather than in a SQLite file."""
    return db.obj is not None and not isinstance(db.obj, SqliteDatabase)


def locked(query):
    """``query`` reading rows this transaction is about to change, so that no other computer
    changes them before it commits: ``SELECT … FOR UPDATE`` on a server; on a file the writing
    transaction already holds the whole journal's write lock (it begins IMMEDIATE)."""
    return query.for_update() if on_server() else query


def upsert(model, **values) -> None:
    """Insert a row, or replace the one with the same primary key."""
    query = model.insert(**values)
    if not on_server():
        query.on_conflict_replace().execute()  # what the file journal always did
        return
    key = model._meta.primary_key
    update = {model._meta.fields[name]: value for name, value in values.items() if name != key.name}
    query.on_conflict(conflict_target=[key], update=update).execute()


def insert_new(model, conflict_field, rows: list[dict], *, also_unique=()) -> list:
    """``INSERT … ON CONFLICT (conflict_field[, also_unique]) DO NOTHING RETURNING conflict_field``:
    the rows that another computer (or an earlier call) did not already put there, by their
    ``conflict_field`` value. A row committed meanwhile by another connection is waited for and then skipped, never an error,
    so each value is claimed by exactly one of the computers inserting it at once."""
    if not rows:
        return []
    query = (
        model.insert_many(rows)
        .on_conflict(conflict_target=[conflict_field, *also_unique], action="NOTHING")
        .returning(conflict_field)
        .tuples()
    )
    return [value for (value,) in query.execute()]


def sync_id_sequences(models) -> None:
    """After rows were inserted with their ids given (an import), move each table's id sequence
    past them, or the next insert would fail on the primary key. SQLite's AUTOINCREMENT follows by
    itself. A sequence never goes back: ids are never given twice (see ``IdField``)."""
    if not on_server():
        return
    for model in models:
        if not isinstance(model._meta.primary_key, IdField):
            continue
        table = model._meta.table_name
        (sequence,) = db.execute_sql("SELECT pg_get_serial_sequence(%s, 'id')", (table,)).fetchone()
        (top,) = db.execute_sql(f'SELECT MAX(id) FROM "{table}"').fetchone()
        if sequence and top is not None:
            db.execute_sql(
                f"SELECT setval(%s, GREATEST(%s, (SELECT CASE WHEN is_called THEN last_value "
                f"ELSE 0 END FROM {sequence})))",
                (sequence, top),
            )


class IdField(AutoField):
    """An integer id never given twice: AUTOINCREMENT on SQLite (whose plain rowid reuses the
    largest id freed); other engines' sequences already never go back."""

    def ddl(self, ctx):
        node_list = super().ddl(ctx)
        if isinstance(db.obj, SqliteDatabase):
            return NodeList((node_list, SQL("AUTOINCREMENT")))
        return node_list


class BaseModel(Model):
    id = IdField()

    class Meta:
        database = db
        legacy_table_names = False


class SchemaVersion(BaseModel):
    version = IntegerField()
    changed_at = DateTimeField()


class Setting(BaseModel):
    key = CharField(primary_key=True, max_length=64)
    value = TextField()


@functools.cache
def system_user() -> str:
    """Who makes rows in a journal file: the computer account running the app."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in the environment nor in the password file
        return ""


class MadeBy(BaseModel):
    """A row that records who made it (``made_by``; NULL for rows older than version 8).

    On a server the column's DEFAULT is ``current_user`` and a policy checks it
    (``store.server_roles``): the app never sends it, so no program can claim to be someone
    else. On a file there is no sign-in: the store writes the computer account."""

    made_by = CharField(max_length=63, null=True)

    @classmethod
    def insert(cls, __data=None, **insert):
        if __data is None and "made_by" not in insert and not on_server():
            insert["made_by"] = system_user()
        return super().insert(__data, **insert)


class KeyedByName(BaseModel):
    """A row whose ``key`` is its name's ``names.name_key``, given on save when not set."""

    def save(self, *args, **kwargs):
        if not self.key or self.key != name_key(self.name):
            self.key = name_key(self.name)
        return super().save(*args, **kwargs)


class Department(KeyedByName):
    name = CharField(max_length=100, unique=True)
    key = CharField(max_length=400, unique=True)  # names.name_key(name): case and accents aside
    checkin_cadence = CharField(max_length=20, default="none")
    created_at = DateTimeField()


class Person(BaseModel):
    uuid = CharField(max_length=36, unique=True, default=new_uuid)  # survives export and copies
    side = CharField(max_length=10)
    name = CharField(max_length=200)
    organisation = CharField(max_length=200, default="")
    department = ForeignKeyField(Department, null=True, on_delete="SET NULL", backref="members")
    role = CharField(max_length=200, default="")
    email = CharField(max_length=254, default="")
    phone = CharField(max_length=50, default="")
    # the phone in E.164 ("+33612345678"; "" if none or not a number), read in the business's
    # country (cxjournal.phones): people are found and told apart by it, whatever the formatting
    phone_e164 = CharField(max_length=20, default="", constraints=[SQL("DEFAULT ''")], index=True)
    notes = TextField(default="")
    archived = BooleanField(default=False)
    created_at = DateTimeField()
    updated_at = DateTimeField()
    deleted_at = DateTimeField(null=True)  # in the trash since then
    # Derived from the entries, responses, promises and follow-ups (store.contact_dates): any
    # contact (keeping in touch), and only those the person began (how long data may be kept).
    last_contact_at = DateTimeField(null=True)
    last_own_contact_at = DateTimeField(null=True)
    # Keep in touch: days between contacts the owner wants with this person (None: no cadence).
    keep_in_touch_days = IntegerField(null=True)
    # Retention (GDPR): the owner chose to keep this person past the period, until a day or for
    # a reason that exempts them (a warranty, a dispute); the monthly list leaves them out.
    keep_until = DateField(null=True)
    # (a default in the table too: an upgrade that rebuilds the table copies only older columns)
    keep_reason = CharField(max_length=200, default="", constraints=[SQL("DEFAULT ''")])

    class Meta:
        indexes = ((("side", "name"), False),)


class Entry(MadeBy):
    person = ForeignKeyField(Person, null=True, on_delete="CASCADE", backref="entries")
    side = CharField(max_length=10)  # kept for anonymous walk-ins, who have no person
    kind = CharField(max_length=20)
    channel = CharField(max_length=20, default="in-person")
    occurred_at = DateTimeField()
    title = CharField(max_length=200)
    details = TextField(default="")
    satisfaction = SmallIntegerField(null=True)
    priority = SmallIntegerField(default=2)
    status = CharField(max_length=20, default="open")
    first_response_at = DateTimeField(null=True)
    resolved_at = DateTimeField(null=True)
    resolution = TextField(default="")
    # How the customer felt once it was resolved (1-5), asked some days later: the honest rating.
    satisfaction_after = SmallIntegerField(null=True)
    # What resolving it cost (a refund, a gift, a repair) in the journal currency's minor units
    # (cents): whole numbers, never floats (see ``cxjournal.amounts``); None: nothing given.
    resolution_amount = BigIntegerField(null=True)
    confidential = BooleanField(default=False)
    created_at = DateTimeField()
    updated_at = DateTimeField()
    deleted_at = DateTimeField(null=True)
    # Status "waiting": on whom, and every wait as JSON [[start, end or null], ...] (wall-clock
    # ISO times), so that response targets stop their clock for each wait (services.waiting).
    # A default in the table too: an older journal's rows, copied in by an upgrade, have none.
    waiting_on = CharField(max_length=200, default="", constraints=[SQL("DEFAULT ''")])
    waits = TextField(default="", constraints=[SQL("DEFAULT ''")])
    # An e-mail's Message-ID (or, for a message without one, a fingerprint of its sender, date,
    # subject and text: io.email_reading), so that the same message is never logged twice.
    message_id = CharField(max_length=255, default="", constraints=[SQL("DEFAULT ''")])

    class Meta:
        indexes = (
            (("occurred_at",), False),
            (("message_id",), False),
            (("side", "occurred_at"), False),
            (("status", "occurred_at"), False),
            (("person", "occurred_at"), False),
            (("kind", "occurred_at"), False),
            (("kind", "resolved_at"), False),  # problems resolved in a month
        )


class Response(MadeBy):
    """One answer given to an entry (a call back, an email, a conversation)."""

    entry = ForeignKeyField(Entry, on_delete="CASCADE", backref="responses")
    at = DateTimeField()
    text = TextField()
    # a reply e-mailed from the shop: its Message-ID (as ``Entry.message_id``), so that a later
    # message answering it finds the entry, and the reply is never recorded twice
    message_id = CharField(max_length=255, default="", constraints=[SQL("DEFAULT ''")])

    class Meta:
        indexes = ((("message_id",), False),)


class Tag(KeyedByName):
    name = CharField(max_length=50, unique=True)
    key = CharField(max_length=200, unique=True)  # names.name_key(name): case and accents aside


class EntryTag(BaseModel):
    entry = ForeignKeyField(Entry, on_delete="CASCADE", backref="entry_tags")
    tag = ForeignKeyField(Tag, on_delete="CASCADE", backref="entry_tags")

    class Meta:
        primary_key = CompositeKey("entry", "tag")
        indexes = ((("tag",), False),)


class Promise(MadeBy):
    person = ForeignKeyField(Person, on_delete="CASCADE", backref="promises")
    entry = ForeignKeyField(Entry, null=True, on_delete="SET NULL", backref="promises")
    what = TextField()
    made_at = DateTimeField()
    due_date = DateField()
    original_due_date = DateField()  # as first promised; kept when the date is renegotiated
    status = CharField(max_length=20, default="open")
    fulfilled_at = DateTimeField(null=True)  # when it was kept, broken or cancelled
    note = TextField(default="")
    amount = BigIntegerField(
        null=True
    )  # what it costs, in minor units (as on Entry); None: nothing
    created_at = DateTimeField()
    updated_at = DateTimeField()
    deleted_at = DateTimeField(null=True)
    assigned_to = CharField(
        max_length=63, null=True
    )  # an account of a shared journal; NULL: nobody

    class Meta:
        indexes = (
            (("status", "due_date"), False),
            (("original_due_date",), False),
            (("person",), False),
        )


class FollowUp(MadeBy):
    title = CharField(max_length=200)
    due_at = DateTimeField()
    rrule = CharField(max_length=500, null=True)  # RFC 5545 recurrence rule, without "RRULE:"
    series_start = DateTimeField(null=True)  # first occurrence of a recurring series (rule anchor)
    snoozed_until = DateTimeField(null=True)
    series = IntegerField(null=True)  # id of the series' first follow-up (null on that first one)
    done_at = DateTimeField(null=True)
    person = ForeignKeyField(Person, null=True, on_delete="CASCADE", backref="followups")
    entry = ForeignKeyField(Entry, null=True, on_delete="CASCADE", backref="followups")
    promise = ForeignKeyField(Promise, null=True, on_delete="CASCADE", backref="followups")
    department = ForeignKeyField(Department, null=True, on_delete="CASCADE", backref="followups")
    notes = TextField(default="")
    origin = CharField(max_length=20, default="manual")  # manual, check-in, ...
    created_at = DateTimeField()
    updated_at = DateTimeField()
    deleted_at = DateTimeField(null=True)
    assigned_to = CharField(
        max_length=63, null=True
    )  # an account of a shared journal; NULL: nobody

    class Meta:
        indexes = ((("done_at", "due_at"), False),)


# At most one open check-in per department: a partial unique index, the same SQL on both engines.
ONE_OPEN_CHECKIN_INDEX = "follow_up_one_open_checkin"
ONE_OPEN_CHECKIN = (
    f'CREATE UNIQUE INDEX IF NOT EXISTS "{ONE_OPEN_CHECKIN_INDEX}" ON "follow_up" ("department_id") '
    'WHERE "origin" = \'check-in\' AND "done_at" IS NULL AND "deleted_at" IS NULL'
)


class Announcement(BaseModel):
    """A reminder occurrence already shown to an account, so no restart ever shows it twice.

    The claim is per (reminder, account): on a server ``account`` is the login (its DEFAULT is
    ``current_user`` and a policy checks it, ``store.server_assignment``), so the owner sees every
    reminder on their computer even when a counter computer showed its share; on a file, with one
    user, it is always ""."""

    key = CharField(max_length=200)
    account = CharField(max_length=63, default="")
    announced_at = DateTimeField()

    class Meta:
        primary_key = CompositeKey("key", "account")


def this_account():
    """Whose claims this connection makes and reads (``Announcement.account``): the login, as
    the server knows it, on a server (whose policy checks it); "" in a file."""
    return SQL("current_user::text") if on_server() else ""


def claims_of_this_account():
    """The condition selecting this connection's own claims: the server's administrator, whom no
    policy hides anything from, must not take others' claims for its own."""
    return Announcement.account == this_account()


class Erasure(BaseModel):
    """The register of erasures: whom (by uuid only, never a name) and when, so that a restored
    backup or an imported export can be made to forget them again."""

    person_uuid = CharField(max_length=36, unique=True)
    erased_on = DateField()


class Rating(BaseModel):
    """One answer to "How was your visit today?" at the counter kiosk or from ``cxjournal rate``:
    a score from 1 (very unhappy) to 4 (very happy), never a person or an account. Only the free
    text can hold personal data (a customer may write their name): erasing a person does not touch
    ratings, which name nobody."""

    at = DateTimeField()  # the day and time of the visit
    score = SmallIntegerField()
    side = CharField(max_length=10, default="customer")
    reason = CharField(max_length=100, default="")  # one of the owner's reasons, as shown
    text = TextField(default="")
    kiosk = CharField(max_length=100, default="")  # which kiosk (its name), "" from the CLI

    class Meta:
        indexes = ((("side", "at"), False),)


class Attachment(MadeBy):
    """A file attached to an entry (a photo of the burnt cake, a receipt), its bytes kept inside
    the journal so that every backup, export and copy carries it. Confidential and erased with
    its entry; lists read the columns without ``data`` (``services.attachments``)."""

    entry = ForeignKeyField(Entry, on_delete="CASCADE", backref="attachments")
    name = CharField(max_length=255)  # the file's own name, unique within its entry
    mime_type = CharField(max_length=100, default="application/octet-stream")
    size = BigIntegerField()
    sha256 = CharField(max_length=64)
    added_at = DateTimeField()
    data = BlobField()

    class Meta:
        indexes = ((("entry", "name"), True),)


def insert_unread(model, **values) -> None:
    """Insert one row without reading anything back (no ``RETURNING``): on a server, an account
    that may add such rows but read none (a kiosk's) can still add them."""
    model.insert(**values).returning().execute()


def random_row_id() -> int:
    return secrets.randbits(62) + 1


class PulseAnswer(Model):
    """One anonymous answer of the staff pulse: the day only (no time), a score 1-4, the question
    asked, optional text. No person, no account, never changed once given.

    The id is random, not a sequence: a sequential id (or SQLite's rowid, which an INTEGER primary
    key is) would keep the order in which answers arrived, and that order set beside the change
    log or the rota would tell who answered what. Its log rows carry no id either
    (``store.changelog``)."""

    id = BigIntegerField(primary_key=True, default=random_row_id)
    day = DateField()
    score = SmallIntegerField()
    question = CharField(max_length=200)
    text = TextField(default="")

    class Meta:
        database = db
        legacy_table_names = False
        indexes = ((("day",), False),)


class ReplyTemplate(BaseModel):
    """A reply the owner keeps ready ("Merci pour votre retour…"), chosen in the response box: its
    text with placeholders (``cxjournal.reply_text``), and optionally the status the entry takes
    when the response is saved (``resolved``, ``closed``, ``waiting``; "" leaves it as it is).
    Shown in ``position`` order; ``language`` ("fr", "en", "" for any) says which set it is from."""

    name = CharField(max_length=100, unique=True)
    text = TextField()
    status = CharField(max_length=20, default="")
    language = CharField(max_length=5, default="")
    position = IntegerField(default=0)
    created_at = DateTimeField()
    updated_at = DateTimeField()


class Suggestion(Model):
    """A suggestion left in the staff's anonymous box, waiting for its day to end: its day, its
    text, nothing else (a random id, as ``PulseAnswer``'s). Once the day is over it is filed into
    the journal as a staff idea with no person (``services.suggestions``) and leaves this table:
    filing a whole past day at once, in no particular order, is what keeps the journal's own
    sequential entry ids and change log from telling when in the day it was written."""

    id = BigIntegerField(primary_key=True, default=random_row_id)
    day = DateField()
    text = TextField()

    class Meta:
        database = db
        legacy_table_names = False
        indexes = ((("day",), False),)


class ChangeLog(BaseModel):
    """The one record of changes: a row per committed change of an entry, response, promise,
    follow-up, person, department, tag or setting, written by the database's own triggers
    (``store.changelog``) whoever the writer is: kinds, ids, what happened, who, and for an entry,
    response, promise or follow-up the fields an update changed (the history of changes; blanked
    by erasure). Notifications carry the ids only."""

    kind = CharField(max_length=20)  # cxjournal.changes.Kind values, and "response"
    item_id = IntegerField(null=True)  # null for a setting (its key is its id)
    op = CharField(max_length=6)  # insert, update, delete
    at = DateTimeField()  # UTC, from the database's clock
    who = CharField(max_length=128, null=True)  # the login, the system user; null: another program
    changes = TextField(null=True)  # JSON {"field": [old, new]}, or {"tags": [removed, added]}

    class Meta:
        indexes = ((("kind", "item_id"), False),)  # an item's history


ALL_MODELS = (
    SchemaVersion,
    Setting,
    Department,
    Person,
    Entry,
    Response,
    Tag,
    EntryTag,
    Promise,
    FollowUp,
    Announcement,
    Erasure,
    Rating,
    PulseAnswer,
    Suggestion,
    Attachment,
    ReplyTemplate,
    ChangeLog,  # last: a copy or an import replaces what its own writes logged (store.copying)
)
