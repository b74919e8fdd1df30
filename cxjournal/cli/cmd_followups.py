"""``cxjournal followup add|edit|done|snooze|delete|list``."""

from __future__ import annotations

from cxjournal.cli.cmd_history import add_history
from cxjournal.cli.output import (
    add_assign,
    add_expect,
    emit_json,
    emit_lines,
    expected,
    followup_dict,
)
from cxjournal.i18n import tr
from cxjournal.services import followups, history, people, validation

EVERY = {
    "day": None,
    "week": "weekly",
    "fortnight": "fortnightly",
    "month": "monthly",
    "quarter": "quarterly",
}


def _every_rule(every: str | None, due: str) -> str | None:
    """The rule for ``--every``; "month" from the 31st lands on the last day of short months."""
    if every is None:
        return None
    if every == "day":
        return "FREQ=DAILY"
    start = validation.as_datetime(due, tr("Due", "cli"))
    return followups.cadence_rule(EVERY[every], start) if start else None


def _line(f) -> str:
    who = f"\t{f.person.name}" if f.person_id else ""
    repeat = "\t↻" if f.rrule else ""
    return f"#{f.id}\t{followups.effective_due(f):%Y-%m-%d %H:%M}\t{f.title}{who}{repeat}"


def _add(args) -> int:
    rule = args.rrule or _every_rule(args.every, args.due)
    item = followups.add_followup(
        title=args.title,
        due_at=args.due,
        rrule=rule,
        person=people.resolve_person(args.person) if args.person else None,
        entry=args.entry,
        promise=args.promise,
        notes=args.notes or "",
        assigned_to=args.assign,
    )
    if args.json:
        emit_json(followup_dict(item))
    else:
        print(tr("Follow-up #{id} set for {due}.", "cli").format(id=item.id, due=item.due_at))
    return 0


def _done(args) -> int:
    upcoming = followups.complete_followup(args.id)
    print(tr("Follow-up #{id} done.", "cli").format(id=args.id))
    if upcoming is not None:
        print(tr("Next one: #{id} on {due}.", "cli").format(id=upcoming.id, due=upcoming.due_at))
    return 0


def _snooze(args) -> int:
    item = followups.snooze_followup(args.id, args.until)
    print(
        tr("Follow-up #{id} snoozed until {when}.", "cli").format(
            id=item.id, when=item.snoozed_until
        )
    )
    return 0


def _edit(args) -> int:
    changes = {"title": args.title, "due_at": args.due, "notes": args.notes}
    changes["assigned_to"] = args.assign
    item = followups.edit_followup(
        args.id,
        base=expected(args, {"due": "due_at"}),
        **{key: value for key, value in changes.items() if value is not None},
    )
    if args.json:
        emit_json(followup_dict(item))
    else:
        print(tr("Follow-up #{id} saved, due {due}.", "cli").format(id=item.id, due=item.due_at))
    return 0


def _delete(args) -> int:
    followups.trash_followup(args.id)
    print(tr("Follow-up #{id} moved to the trash.", "cli").format(id=args.id))
    return 0


def _list(args) -> int:
    found = followups.list_followups(state=args.state)
    if args.json:
        emit_json([followup_dict(f) for f in found])
    else:
        emit_lines(_line(f) for f in found)
    return 0


def register(commands) -> None:
    followup = commands.add_parser("followup", help=tr("reminders to follow up", "cli"))
    sub = followup.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = sub.add_parser("add", help=tr("add a follow-up, once or repeating", "cli"))
    add.add_argument("title")
    add.add_argument("--due", required=True, metavar="YYYY-MM-DD[ HH:MM]")
    repeat = add.add_mutually_exclusive_group()
    repeat.add_argument("--every", choices=tuple(EVERY))
    repeat.add_argument("--rrule", help=tr("RFC 5545 rule, e.g. FREQ=MONTHLY;BYDAY=1MO", "cli"))
    add.add_argument("--person", help=tr("name or #id", "cli"))
    add.add_argument("--entry", type=int)
    add.add_argument("--promise", type=int)
    add.add_argument("--notes")
    add_assign(add)
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=_add)

    edit = sub.add_parser("edit", help=tr("change a follow-up's title, day or notes", "cli"))
    edit.add_argument("id", type=int)
    edit.add_argument("--title")
    edit.add_argument("--due", metavar="YYYY-MM-DD[ HH:MM]")
    edit.add_argument("--notes")
    add_assign(edit)
    add_expect(edit, "title, due, notes, assigned_to")
    edit.add_argument("--json", action="store_true")
    edit.set_defaults(handler=_edit)

    delete = sub.add_parser("delete", help=tr("move a follow-up to the trash", "cli"))
    delete.add_argument("id", type=int)
    delete.set_defaults(handler=_delete)

    done = sub.add_parser("done", help=tr("mark done (a repeating one is scheduled again)", "cli"))
    done.add_argument("id", type=int)
    done.set_defaults(handler=_done)

    snooze = sub.add_parser("snooze", help=tr("keep it quiet until later", "cli"))
    snooze.add_argument("id", type=int)
    snooze.add_argument("until", help=tr("hour, tomorrow, next-week, or YYYY-MM-DD HH:MM", "cli"))
    snooze.set_defaults(handler=_snooze)

    add_history(
        sub, tr("who changed what in a follow-up, and when", "cli"), history.followup_history
    )

    lst = sub.add_parser("list", help=tr("list follow-ups, soonest first", "cli"))
    lst.add_argument("--state", choices=("open", "done", "all"), default="open")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_list)
