"""The weekly follow-up sheet: what is due in one week, day by day, with boxes to tick, to pin on the wall.

It lists open follow-ups (by when they want attention, snoozes included), open promises, what was
already late when the week began, and complaints and concerns still waiting for a first answer.
Confidential matters never appear on it: the sheet is meant to hang where anyone can read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from peewee import JOIN
from reportlab.platypus import Paragraph, Spacer

from cxjournal import formatting as fmt
from cxjournal import vocabulary as v
from cxjournal.i18n import tr
from cxjournal.names import sort_key
from cxjournal.reports import typeset as ts
from cxjournal.reports.common import (
    Progress,
    ProgressCallback,
    build_report,
    read_only_snapshot,
    read_report_settings,
    today,
)
from cxjournal.services.followups import effective_due
from cxjournal.store.models import Entry, FollowUp, Person, Promise

BOX = "☐"


def _t(text: str) -> str:
    return tr(text, "reports")


@dataclass(frozen=True)
class SheetItem:
    day: date
    at: time | None  # None for promises (due on a day, not at an hour)
    what: str
    who: str
    kind: str  # "follow-up", "promise", "answer"


def _not_confidential_entry(column, include_confidential: bool) -> list:
    """Conditions (none when confidential matters are wanted) that leave them out."""
    if include_confidential:
        return []
    hidden = Entry.select(Entry.id).where(Entry.confidential == True)  # noqa: E712
    return [column.is_null() | column.not_in(hidden)]


def _gather(monday: date, include_confidential: bool = False) -> list[SheetItem]:
    end = datetime.combine(monday + timedelta(days=7), time())
    items: list[SheetItem] = []
    followups = FollowUp.select().where(
        FollowUp.deleted_at.is_null(),
        FollowUp.done_at.is_null(),
        FollowUp.due_at < end,
        *_not_confidential_entry(FollowUp.entry, include_confidential),
    )
    for f in followups:
        due = effective_due(f)
        if due < end:
            who = f.person.name if f.person_id else (f.department.name if f.department_id else "")
            items.append(SheetItem(due.date(), due.time(), f.title, who, "follow-up"))
    promises = (
        Promise.select(Promise, Person)
        .join(Person)
        .where(
            Promise.deleted_at.is_null(),
            Promise.status == v.PROMISE_OPEN,
            Promise.due_date < end.date(),
            *_not_confidential_entry(Promise.entry, include_confidential),
        )
    )
    items += [SheetItem(p.due_date, None, p.what, p.person.name, "promise") for p in promises]
    waiting = (
        Entry.select(Entry, Person)
        .join(Person, JOIN.LEFT_OUTER, on=(Entry.person == Person.id))
        .where(
            Entry.deleted_at.is_null(),
            *([] if include_confidential else [Entry.confidential == False]),  # noqa: E712
            Entry.status == v.OPEN,
            Entry.kind.in_(tuple(v.PROBLEM_KINDS.values())),
            Entry.occurred_at < end,
        )
    )
    items += [
        SheetItem(
            e.occurred_at.date(),
            e.occurred_at.time(),
            e.title,
            e.person.name if e.person_id else "",
            "answer",
        )
        for e in waiting
    ]
    items.sort(key=lambda i: (i.day, i.at or time(), i.kind, sort_key(i.what)))
    return items


def _kind_label(kind: str) -> str:
    return {
        "follow-up": _t("Follow-up"),
        "promise": _t("Promise due"),
        "answer": _t("To answer"),
    }[kind]


def _table(items: list[SheetItem], lang: str, width: float, *, show_date: bool):
    tick = ts.styles()["tick"]
    rows = []
    for item in items:
        when = fmt.format_short_date(item.day, lang) if show_date else ""
        if item.at is not None and item.kind != "answer":
            when = f"{when} {item.at:%H:%M}".strip()
        label = _kind_label(item.kind)
        rows.append([Paragraph(BOX, tick), when, label, item.what, item.who])
    header = ["", _t("When"), _t("Type"), _t("What"), _t("Who")]
    return ts.table(header, rows, [22, 66, 70, 230, 110], available=width, plain=(1, 2))


def build_week_sheet(
    out_path: str | Path,
    *,
    week_of: date | None = None,
    lang: str = "en",
    include_confidential: bool = False,
    progress: ProgressCallback | None = None,
) -> int:
    """Write the sheet of the week containing ``week_of`` (default: this week); returns pages.
    Confidential matters are left out unless ``include_confidential``."""
    steps = Progress(progress, 2)
    day = week_of or today()
    monday = day - timedelta(days=day.weekday())
    with read_only_snapshot():
        settings = read_report_settings()
        items = _gather(monday, include_confidential)
    steps.step()
    width = ts.frame_width(settings.paper_size)
    sunday = monday + timedelta(days=6)
    span = _t("{first} to {last}").format(
        first=fmt.format_date(monday, lang), last=fmt.format_date(sunday, lang)
    )
    story = [ts.para(_t("This week's follow-ups"), "title"), ts.para(span, "h2")]
    late = [i for i in items if i.day < monday and i.kind != "answer"]
    waiting = [i for i in items if i.kind == "answer"]
    if late:
        story += [ts.para(_t("Already late"), "h1"), _table(late, lang, width, show_date=True)]
    for offset in range(7):
        current = monday + timedelta(days=offset)
        todo = [i for i in items if i.day == current and i.kind != "answer"]
        story.append(ts.para(fmt.initial_capital(fmt.format_weekday_date(current, lang)), "h1"))
        if todo:
            story.append(_table(todo, lang, width, show_date=False))
        else:
            story.append(ts.para(_t("Nothing due."), "muted"))
    if waiting:
        story += [
            ts.para(_t("Waiting for a first answer"), "h1"),
            _table(waiting, lang, width, show_date=True),
        ]
    if not include_confidential:
        story += [
            Spacer(1, 10),
            ts.para(_t("Confidential matters are not shown on this sheet."), "muted"),
        ]
    pages = build_report(
        out_path,
        story,
        title=_t("Weekly follow-up sheet"),
        subtitle=span,
        settings=settings,
        lang=lang,
    )
    steps.finish()
    return pages
