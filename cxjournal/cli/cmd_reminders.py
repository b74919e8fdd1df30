"""``cxjournal due [--days N] [--json]`` and ``cxjournal export ics --out FILE.ics``."""

from __future__ import annotations

import argparse
from datetime import datetime, time, timedelta

from cxjournal import clock
from cxjournal.cli.output import emit_json, emit_lines
from cxjournal.i18n import tr, trn
from cxjournal.services import keep_in_touch, reminders
from cxjournal.services.reminders import Reminder


def _days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        days = -1
    if not 0 <= days <= 3660:
        raise argparse.ArgumentTypeError(tr("give a number of days from 0 to 3660", "cli"))
    return days


def reminder_dict(r: Reminder, now: datetime) -> dict:
    return {
        "key": r.key,
        "kind": r.kind,
        "title": r.title,
        "person": r.person or None,
        "due_at": r.due_at.isoformat(sep=" "),
        "overdue": r.due_at <= now,
        "note": r.note,
        "confidential": r.confidential,
        "assigned_to": r.assigned_to,
        "open": {"kind": r.target[0], "id": r.target[1]},
    }


def _line(r: Reminder, now: datetime) -> str:
    state = tr("now", "cli") if r.due_at <= now else tr("soon", "cli")
    return f"{r.due_at:%Y-%m-%d %H:%M}\t{state}\t{r.kind}\t{r.headline}\t{r.note}"


def _due(args) -> int:
    now = clock.now()
    # "Within N days" runs to the end of that day: 0 means everything due by tonight.
    end = datetime.combine(now.date() + timedelta(days=args.days), time(23, 59, 59))
    found = reminders.due_reminders(now, horizon=end - now)
    losing = keep_in_touch.losing_touch(now)
    if args.json:
        emit_json([reminder_dict(r, now) for r in found] + [_losing_dict(item) for item in losing])
    else:
        emit_lines([*(_line(r, now) for r in found), *(_losing_line(item) for item in losing)])
    return 0


def _losing_dict(item: keep_in_touch.LosingTouch) -> dict:
    return {"kind": "losing-touch", "overdue": True, **item.as_dict()}


def _losing_line(item: keep_in_touch.LosingTouch) -> str:
    state = tr("now", "cli")
    return (
        f"{item.due_since:%Y-%m-%d %H:%M}\t{state}\tlosing-touch\t{item.name}"
        f"\t{keep_in_touch.describe(item)}"
    )


def _export_ics(args) -> int:
    from cxjournal.io.ics_export import export_ics  # icalendar loads only when exporting

    count = export_ics(args.out, include_confidential=args.include_confidential)
    print(
        trn("%n event written to {path}.", "%n events written to {path}.", count, "cli").format(
            path=args.out
        )
    )
    return 0


def export_formats(commands) -> argparse._SubParsersAction:
    """The subcommands of ``cxjournal export``, made by whichever command module asks first."""
    export = commands.choices.get("export")
    if export is None:
        export = commands.add_parser("export", help=tr("write the journal to other formats", "cli"))
        export.formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)
    return export.formats


def register_ics_export(formats) -> None:
    ics = formats.add_parser(
        "ics", help=tr("open follow-ups and promise due dates as a calendar file", "cli")
    )
    ics.add_argument("--out", required=True, metavar="FILE.ics")
    ics.add_argument(
        "--include-confidential",
        action="store_true",
        help=tr("also write the text of confidential entries", "cli"),
    )
    ics.set_defaults(handler=_export_ics)


def register(commands) -> None:
    due = commands.add_parser(
        "due", help=tr("what is overdue or due within N days (for cron or scripts)", "cli")
    )
    due.add_argument(
        "--days", type=_days, default=0, help=tr("look N days ahead (default 0: today)", "cli")
    )
    due.add_argument("--json", action="store_true")
    due.set_defaults(handler=_due)
    register_ics_export(export_formats(commands))
