"""Importing saved e-mails (``.eml`` files) into the journal, all of them or none.

Each message becomes an entry with channel "email": its sender matched to a person by address (an
unknown sender is added on the side given), its subject as title, its text as details, its date as
the entry's. A message from one of the shop's own addresses (the ``shop_addresses`` setting) is the
shop's reply: it becomes the response to the entry it answers (In-Reply-To, then References). A
message already in the journal (same Message-ID; without one, the same sender, date, subject and
text: ``email_reading.fingerprint``) is skipped, whether it came in before or twice in the files.

Every file is read and checked before the journal is touched: one malformed file, a date in the
future, or a reply to a message the journal does not hold refuses the whole import with one line.
The writes go through the services (``entries.log_entry``, ``entries.respond``,
``people.add_person``) in one transaction; a dry run runs the same steps and throws them away.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from cxjournal import clock
from cxjournal import vocabulary as v
from cxjournal.errors import ValidationError
from cxjournal.i18n import tr
from cxjournal.io.email_reading import MailMessage, read_message
from cxjournal.services import entries, people
from cxjournal.services import validation as check
from cxjournal.services.settings import shop_addresses
from cxjournal.store.models import Entry, Person, Response
from cxjournal.store.transactions import trial_transaction, write_transaction

DEFAULT_KIND = "request"  # a kind both sides have; the owner changes it when it is a complaint


@dataclass
class EmailReport:
    """What an import did (or, in a dry run, would do), file by file."""

    logged: list[tuple[str, str]] = field(default_factory=list)  # (file, title) new entries
    responses: list[tuple[str, int]] = field(default_factory=list)  # (file, entry id) replies
    skipped: list[str] = field(default_factory=list)  # files already in the journal
    people_added: list[tuple[str, str]] = field(default_factory=list)  # (name, address)
    entry_ids: list[int] = field(default_factory=list)  # entries made (dry run: none kept)
    written: bool = False


def read_messages(paths: Iterable[str | Path]) -> list[tuple[str, MailMessage]]:
    """Every file read and checked, oldest message first; the first bad one refuses them all."""
    read = [(Path(path).name, read_message(path)) for path in paths]
    if not read:
        raise ValidationError(tr("Give at least one .eml file to import.", "email"))
    now = clock.now()
    for name, message in read:
        if message.when > now + check.CLOCK_SKEW:
            raise ValidationError(
                tr("{file}: the message is dated {date}, in the future.", "email").format(
                    file=name, date=message.when.isoformat(sep=" ", timespec="minutes")
                )
            )
    return sorted(read, key=lambda pair: pair[1].when)


def _already_logged(message_id: str) -> bool:
    return (
        Entry.select().where(Entry.message_id == message_id).exists()
        or Response.select().where(Response.message_id == message_id).exists()
    )


def _answered_entry(message: MailMessage) -> Entry | None:
    """The entry a reply answers: the nearest message it names that the journal holds."""
    for wanted in message.answers:
        entry = Entry.get_or_none(Entry.message_id == wanted, Entry.deleted_at.is_null())
        if entry is None:
            answer = Response.get_or_none(Response.message_id == wanted)
            entry = answer.entry if answer is not None and answer.entry.deleted_at is None else None
        if entry is not None:
            return entry
    return None


def person_with_address(address: str) -> Person | None:
    """The person the journal knows by ``address``: one still active first, the oldest first."""
    return (
        Person.select()
        .where(Person.email == address.lower(), Person.deleted_at.is_null())
        .order_by(Person.archived, Person.id)
        .first()
    )


def _sender(message: MailMessage, side: str, report: EmailReport) -> Person:
    person = person_with_address(message.address)
    if person is None:
        name = message.name or message.address.split("@")[0]
        person = people.add_person(name, side, email=message.address)
        report.people_added.append((person.name, message.address))
    return person


def _title(message: MailMessage) -> str:
    title = check.clean_line(message.subject, tr("Title"), max_len=10_000)
    if len(title) > check.MAX_SHORT:
        title = title[: check.MAX_SHORT - 1].rstrip() + "…"
    return title or tr("E-mail without a subject", "email")


def _log_one(name: str, message: MailMessage, side: str, kind: str, report: EmailReport) -> None:
    if _already_logged(message.message_id):
        report.skipped.append(name)
        return
    if message.address in shop_addresses():
        entry = _answered_entry(message)
        if entry is None:
            raise ValidationError(
                tr(
                    "{file} was sent by the shop, but the message it answers is not in the "
                    "journal: import that message first.",
                    "email",
                ).format(file=name)
            )
        text = message.text or message.subject
        entries.respond(entry, text, at=message.when, message_id=message.message_id)
        report.responses.append((name, entry.id))
        return
    person = _sender(message, side, report)
    made = entries.log_entry(
        kind=kind if kind in v.KINDS_BY_SIDE[person.side] else DEFAULT_KIND,
        title=_title(message),
        person=person,
        details=message.text,
        channel="email",
        occurred_at=message.when,
        message_id=message.message_id,
    )
    report.logged.append((name, made.title))
    report.entry_ids.append(made.id)


def import_emails(
    paths: Iterable[str | Path],
    *,
    side: str = v.CUSTOMER,
    kind: str = DEFAULT_KIND,
    dry_run: bool = False,
) -> EmailReport:
    """Log the e-mails saved at ``paths`` (see the module's rules); ``side``: where an unknown
    sender is added; ``kind``: the new entries' kind (when the sender's side has it)."""
    side = check.one_of(side, v.SIDES, tr("side"))
    messages = read_messages(paths)  # reading the files holds no lock
    report = EmailReport()
    with trial_transaction() if dry_run else write_transaction():
        for name, message in messages:
            try:
                _log_one(name, message, side, kind, report)
            except ValidationError as exc:
                if str(exc).startswith(name):
                    raise
                raise ValidationError(f"{name}: {exc}") from None
    report.written = not dry_run
    if dry_run:
        report.entry_ids = []
    return report
