"""The person history report: one customer or staff member, their details and every entry (with its
responses), promise and follow-up, for a meeting or a data-access request. Only reads the journal.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import CondPageBreak, Spacer

from cxjournal import formatting as fmt
from cxjournal import vocabulary as v
from cxjournal.i18n import tr, trn
from cxjournal.made_by import account_or_dash
from cxjournal.reports import typeset as ts
from cxjournal.reports.common import (
    Progress,
    ProgressCallback,
    build_report,
    read_only_snapshot,
    read_report_settings,
)
from cxjournal.services.attachments import files_of_entries
from cxjournal.services.common import fetch
from cxjournal.services.entries import entry_tags
from cxjournal.services.timeline import person_summary
from cxjournal.store.models import Entry, FollowUp, Person, Promise, Response


def _t(text: str) -> str:
    return tr(text, "reports")


def _heading(text: str) -> list:
    return [CondPageBreak(90), ts.para(text, "h1")]


def _summary(person: Person, include_confidential: bool, lang: str) -> list:
    """The person at a glance, as the person panel shows it, above their details."""
    summary = person_summary(person, include_confidential=include_confidential)
    parts = [
        _t("Last contact {date}").format(
            date=fmt.format_short_date(summary.last_contact.date(), lang)
        )
        if summary.last_contact
        else _t("No contact yet"),
        trn("%n open promise", "%n open promises", summary.open_promises, "reports"),
    ]
    if summary.average_satisfaction is not None:
        score = fmt.format_number(summary.average_satisfaction, lang, 1)
        parts.append(_t("average satisfaction {score} / 5").format(score=score))
    parts.append(trn("%n open problem", "%n open problems", summary.open_problems, "reports"))
    return [ts.para(" · ".join(parts)), Spacer(1, 6)]


def _details(person: Person, lang: str, width: float) -> list:
    fields = [
        (_t("Side"), v.label(person.side)),
        (_t("Organisation"), person.organisation),
        (_t("Department"), person.department.name if person.department_id else ""),
        (_t("Role"), person.role),
        (_t("Email"), person.email),
        (_t("Phone"), person.phone),
        (_t("In the journal since"), fmt.format_date(person.created_at, lang)),
        (_t("Archived"), _t("Yes") if person.archived else ""),
    ]
    rows = [[label, value] for label, value in fields if value]
    story = [ts.table([_t("Detail"), _t("Value")], rows, [1, 3], available=width)]
    if person.notes.strip():
        story += [Spacer(1, 6), ts.markup([("b", _t("Notes") + " "), ("", person.notes)])]
    return story


def _entry_cell(
    entry: Entry, answers: list[Response], lang: str, files: list | None = None
) -> list:
    """Title, details, tags, every response and (when asked for) its files, in one cell."""
    parts = [ts.para(entry.title, "cell_bold")]
    if entry.details.strip():
        parts.append(ts.para(entry.details, "cell"))
    tags = entry_tags(entry)
    if tags:
        parts.append(ts.markup([("i", _t("Tags:") + " "), ("", ", ".join(tags))], "cell"))
    for answer in answers:
        when = fmt.format_datetime(answer.at, lang)
        said = (
            _t("Response, {when}, by {name}:").format(when=when, name=answer.made_by)
            if answer.made_by
            else _t("Response, {when}:").format(when=when)
        )
        parts.append(ts.markup([("i", said + " "), ("", answer.text)], "cell"))
    if entry.resolution.strip():
        parts.append(ts.markup([("i", _t("Resolution:") + " "), ("", entry.resolution)], "cell"))
    if files:  # names and sizes only: a file's content is never drawn into a report
        listed = ", ".join(f"{f.name} ({fmt.format_size(f.size, lang)})" for f in files)
        parts.append(ts.markup([("i", _t("Files:") + " "), ("", listed)], "cell"))
    return parts


def _entries(
    person: Person, include_confidential: bool, lang: str, width: float, include_files: bool
) -> list:
    query = Entry.select().where(Entry.person == person, Entry.deleted_at.is_null())
    if not include_confidential:
        query = query.where(Entry.confidential == False)  # noqa: E712 (peewee expression)
    entries = list(query.order_by(Entry.occurred_at, Entry.id))
    answers: dict[int, list[Response]] = {}
    ids = [e.id for e in entries]
    for answer in Response.select().where(Response.entry.in_(ids)).order_by(Response.at):
        answers.setdefault(answer.entry_id, []).append(answer)
    files = files_of_entries(ids) if include_files else {}
    rows = [
        [
            fmt.format_datetime(e.occurred_at, lang),
            v.label(e.kind) + (" · " + _t("confidential") if e.confidential else ""),
            _entry_cell(e, answers.get(e.id, []), lang, files.get(e.id)),
            v.label(e.status),
            "" if e.satisfaction is None else str(e.satisfaction),
            account_or_dash(e.made_by),
        ]
        for e in entries
    ]
    header = [_t("When"), _t("Kind"), _t("What was said and done"), _t("Status"), _t("Score")]
    header.append(_t("Recorded by"))
    return [
        *_heading(_t("Entries ({count})").format(count=len(entries))),
        ts.table(
            header,
            rows,
            [80, 58, 188, 56, 34, 50],
            available=width,
            right_align=(4,),
            plain=(0, 3, 4, 5),
            empty_text=_t("No entry."),
        ),
    ]


def _promises(person: Person, include_confidential: bool, lang: str, width: float) -> list:
    query = Promise.select().where(Promise.person == person, Promise.deleted_at.is_null())
    promises = [
        p
        for p in query.order_by(Promise.due_date, Promise.id)
        if include_confidential or p.entry_id is None or not p.entry.confidential
    ]
    date = lambda d: fmt.format_short_date(d, lang)  # noqa: E731
    rows = [
        [
            p.what + (f"\n{p.note}" if p.note.strip() else ""),
            date(p.made_at),
            date(p.due_date)
            + ("" if p.due_date == p.original_due_date else f"\n({date(p.original_due_date)})"),
            v.label(p.status)
            + (f"\n{fmt.format_short_date(p.fulfilled_at, lang)}" if p.fulfilled_at else ""),
            account_or_dash(p.made_by),
        ]
        for p in promises
    ]
    header = [_t("Promise"), _t("Made"), _t("Due (first date)"), _t("Status"), _t("Recorded by")]
    return [
        *_heading(_t("Promises ({count})").format(count=len(promises))),
        ts.table(
            header, rows, [8, 2, 2.4, 2.4, 2.2], available=width, empty_text=_t("No promise.")
        ),
    ]


def _followups(person: Person, lang: str, width: float) -> list:
    query = FollowUp.select().where(FollowUp.person == person, FollowUp.deleted_at.is_null())
    items = list(query.order_by(FollowUp.due_at, FollowUp.id))
    rows = [
        [
            f.title + (f"\n{f.notes}" if f.notes.strip() else ""),
            fmt.format_datetime(f.due_at, lang),
            fmt.format_datetime(f.done_at, lang) if f.done_at else _t("Not done"),
            account_or_dash(f.made_by),
        ]
        for f in items
    ]
    header = [_t("Follow-up"), _t("Due"), _t("Done"), _t("Recorded by")]
    return [
        *_heading(_t("Follow-ups ({count})").format(count=len(items))),
        ts.table(header, rows, [8, 3, 3, 2.2], available=width, empty_text=_t("No follow-up.")),
    ]


def build_person_report(
    out_path: str | Path,
    person: Person | int,
    *,
    lang: str = "en",
    include_confidential: bool = False,
    include_files: bool = False,
    progress: ProgressCallback | None = None,
) -> int:
    """Write everything the journal holds about ``person`` to ``out_path``; returns the page count.

    Confidential entries are left out unless asked for: a printed page travels. (A data-access
    request is answered by the person's JSON export, which has them all.) The entries' files are
    listed (name and size) only with ``include_files``.
    """
    steps = Progress(progress, 5)
    with read_only_snapshot():
        settings = read_report_settings()
        row = fetch(Person, person, _t("Person"), include_deleted=True)
        width = ts.frame_width(settings.paper_size)
        story = [
            ts.para(row.name, "title"),
            *_summary(row, include_confidential, lang),
            *_details(row, lang, width),
        ]
        steps.step()
        story += _entries(row, include_confidential, lang, width, include_files)
        steps.step()
        story += _promises(row, include_confidential, lang, width)
        steps.step()
        story += _followups(row, lang, width)
        steps.step()
        name = row.name
    if not include_confidential:
        story.append(Spacer(1, 8))
        story.append(ts.para(_t("Confidential entries are left out."), "muted"))
    pages = build_report(
        out_path, story, title=_t("Person history"), subtitle=name, settings=settings, lang=lang
    )
    steps.finish()
    return pages
