"""Reply templates ("Reply in seconds"): the owner's ready answers, kept in order, filled for one
entry (``cxjournal.reply_text``) and recorded as its response, setting the status the template
names. Owners and managers keep them; every account that answers entries reads them."""

from __future__ import annotations

from datetime import datetime

from peewee import fn

from cxjournal import reply_text
from cxjournal import vocabulary as v
from cxjournal.catalog import resolve_language
from cxjournal.errors import NotFoundError, ValidationError
from cxjournal.formatting import format_date
from cxjournal.i18n import tr
from cxjournal.services import accounts, entries, waiting
from cxjournal.services import validation as check
from cxjournal.services.common import action, fetch, now_or
from cxjournal.services.settings import get_setting
from cxjournal.store.models import Entry, Promise, ReplyTemplate

# What a template may do to the entry when its response is saved ("": nothing more).
TEMPLATE_STATUSES = ("", v.WAITING, v.RESOLVED, v.CLOSED)
LANGUAGES = ("", "fr", "en")


def list_templates() -> list[ReplyTemplate]:
    """Every template, in the owner's order."""
    return list(ReplyTemplate.select().order_by(ReplyTemplate.position, ReplyTemplate.id))


def find_template(which: ReplyTemplate | int | str) -> ReplyTemplate:
    """A template by id, or by name (case and accents as typed, spaces folded)."""
    if isinstance(which, ReplyTemplate | int):
        return fetch(ReplyTemplate, which, tr("Template"))
    name = " ".join(str(which).split())
    found = ReplyTemplate.get_or_none(fn.LOWER(ReplyTemplate.name) == name.lower())
    if found is None:
        raise NotFoundError(tr("There is no reply template called “{name}”.").format(name=name))
    return found


def _name(value: str, keep: int | None = None) -> str:
    name = check.clean_line(value, tr("Name"), required=True, max_len=100)
    same = ReplyTemplate.select().where(fn.LOWER(ReplyTemplate.name) == name.lower())
    if keep is not None:
        same = same.where(ReplyTemplate.id != keep)
    if same.exists():
        raise ValidationError(
            tr("A reply template called “{name}” already exists.").format(name=name), field="name"
        )
    return name


def _status(value: str | None) -> str:
    return check.one_of(value or "", TEMPLATE_STATUSES, tr("status")) if value else ""


@action
def add_template(
    name: str, text: str, *, status: str = "", language: str = "", now: datetime | None = None
) -> ReplyTemplate:
    """A new template, last in the order."""
    accounts.require("templates")
    (last,) = ReplyTemplate.select(fn.MAX(ReplyTemplate.position)).tuples().get()
    stamp = now_or(now)
    return ReplyTemplate.create(
        name=_name(name),
        text=check.clean_text(text, tr("Text"), required=True, max_len=5000),
        status=_status(status),
        language=check.one_of(language or "", LANGUAGES, tr("language")) if language else "",
        position=(last or 0) + 1,
        created_at=stamp,
        updated_at=stamp,
    )


@action
def edit_template(
    which: ReplyTemplate | int | str,
    *,
    name: str | None = None,
    text: str | None = None,
    status: str | None = None,
    language: str | None = None,
    now: datetime | None = None,
) -> ReplyTemplate:
    """Change what is given (None: left as it is)."""
    accounts.require("templates")
    row = find_template(which)
    if name is not None:
        row.name = _name(name, keep=row.id)
    if text is not None:
        row.text = check.clean_text(text, tr("Text"), required=True, max_len=5000)
    if status is not None:
        row.status = _status(status)
    if language is not None:
        row.language = check.one_of(language, LANGUAGES, tr("language")) if language else ""
    row.updated_at = now_or(now)
    row.save()
    return row


@action
def delete_template(which: ReplyTemplate | int | str) -> None:
    accounts.require("templates")
    row = find_template(which)
    row.delete_instance()


@action
def move_template(which: ReplyTemplate | int | str, to_position: int) -> list[ReplyTemplate]:
    """Put a template at ``to_position`` (1 is first; beyond the end is last) and number the
    others after it. Returns the new order."""
    accounts.require("templates")
    row = find_template(which)
    order = [t for t in list_templates() if t.id != row.id]
    at = min(max(int(to_position), 1), len(order) + 1)
    order.insert(at - 1, row)
    for position, template in enumerate(order, start=1):
        if template.position != position:
            ReplyTemplate.update(position=position).where(ReplyTemplate.id == template.id).execute()
            template.position = position
    return order


def _promise_text(entry: Entry, lang: str) -> str:
    """The entry's latest open promise ("a new cake by 24 November 2026"), else its latest."""
    promise = (
        Promise.select()
        .where(Promise.entry == entry, Promise.deleted_at.is_null())
        .order_by((Promise.status == v.PROMISE_OPEN).desc(), Promise.made_at.desc())
        .first()
    )
    if promise is None:
        return ""
    return tr("{what} by {date}").format(
        what=promise.what, date=format_date(promise.due_date, lang)
    )


def placeholder_values(entry: Entry | int, now: datetime | None = None) -> dict[str, str]:
    """What each placeholder stands for in a reply to ``entry``."""
    row = fetch(Entry, entry, tr("Entry"))
    lang = resolve_language(get_setting("language"))
    return {
        "name": row.person.name if row.person_id else "",
        "business": get_setting("business_name"),
        "date": format_date(now_or(now).date(), lang),
        "promise": _promise_text(row, lang),
    }


def filled_text(
    which: ReplyTemplate | int | str, entry: Entry | int, now: datetime | None = None
) -> str:
    """The template's text for ``entry``, its placeholders replaced."""
    return reply_text.fill(find_template(which).text, placeholder_values(entry, now))


@action
def respond_with_template(
    entry: Entry | int,
    which: ReplyTemplate | int | str,
    text: str | None = None,
    *,
    at: datetime | str | None = None,
    now: datetime | None = None,
):
    """Record ``text`` (default: the template filled for the entry) as the entry's response,
    then give the entry the template's status, in one transaction."""
    template = find_template(which)
    answer_text = text if text is not None else filled_text(template, entry, now)
    answer = entries.respond(entry, answer_text, at=at, now=now)
    row = fetch(Entry, answer.entry_id, tr("Entry"))
    if template.status in (v.RESOLVED, v.CLOSED) and row.status in v.ACTIVE_ENTRY_STATUSES:
        entries.resolve_entry(
            row,
            template.name if template.status == v.RESOLVED else "",
            without_action=template.status == v.CLOSED,
            at=answer.at,
            now=now,
        )
    elif template.status == v.WAITING and row.status != v.WAITING:
        who = row.person.name if row.person_id else tr("the customer")
        waiting.wait_on(row, who, now=now)
    return answer
