"""``cxjournal log`` and ``cxjournal entry show|edit|respond|resolve|reopen|list``: the journal itself."""

from __future__ import annotations

from cxjournal import vocabulary as v
from cxjournal.cli import cmd_attachments, cmd_waiting
from cxjournal.cli.cmd_aftercare import add_aftercare
from cxjournal.cli.cmd_history import add_history
from cxjournal.cli.output import add_amount, add_expect, emit_json, emit_lines, entry_dict, expected
from cxjournal.errors import ValidationError
from cxjournal.i18n import tr
from cxjournal.services import entries, entry_query, history, people, validation


def entry_line(e) -> str:
    who = e.person.name if e.person_id else tr("(anonymous)", "cli")
    return (
        f"#{e.id}\t{e.occurred_at:%Y-%m-%d %H:%M}\t{v.label(e.side)}\t{v.label(e.kind)}\t"
        f"{v.label(e.status)}\t{who}\t{e.title}"
    )


def _log(args) -> int:
    person = people.resolve_person(args.person, side=args.side) if args.person else None
    entry = entries.log_entry(
        kind=args.kind,
        title=args.title,
        person=person,
        side=args.side,
        details=args.details or "",
        channel=args.channel,
        occurred_at=args.at,
        satisfaction=args.satisfaction,
        priority=args.priority,
        tags=args.tags,
        confidential=args.confidential,
    )
    if args.json:
        emit_json(entry_dict(entry))
    else:
        print(tr("Logged entry #{id}.", "cli").format(id=entry.id))
    return 0


def _show(args) -> int:
    entry = entries.get_entry(args.id)
    data = entry_dict(entry, with_responses=True)
    if args.json:
        emit_json(data)
    else:
        responses = data.pop("responses")
        emit_lines(f"{k}: {val}" for k, val in data.items() if val not in (None, "", []))
        emit_lines(f"  #{r['id']}  {r['at']}  {r['text']}" for r in responses)
    return 0


EDITABLE = ("title", "details", "kind", "channel", "satisfaction", "priority", "tags")


def _edit(args) -> int:
    changes = {key: getattr(args, key) for key in EDITABLE if getattr(args, key) is not None}
    if args.confidential is not None:
        changes["confidential"] = args.confidential
    if args.when is not None:
        changes["occurred_at"] = args.when
    base = expected(args, {"when": "occurred_at"})
    entry = entries.edit_entry(args.id, base=base, **changes)
    if args.json:
        emit_json(entry_dict(entry))
    else:
        print(tr("Saved entry #{id}.", "cli").format(id=entry.id))
    return 0


def _respond(args) -> int:
    if args.template:
        from cxjournal.services import reply_templates

        reply_templates.respond_with_template(args.id, args.template, args.text, at=args.at)
    elif args.text is None:
        raise ValidationError(tr("Give the response's text, or --template NAME.", "cli"))
    else:
        entries.respond(args.id, args.text, at=args.at)
    print(tr("Response recorded on entry #{id}.", "cli").format(id=args.id))
    return 0


def _resolve(args) -> int:
    entry = entries.resolve_entry(
        args.id,
        args.resolution or "",
        without_action=args.without_action,
        ask_after_days=args.ask_after,
        amount=args.amount,
        at=args.at,
    )
    # The status's own label, as the window and the reports say it ("Resolved", not "closed").
    print(tr("Entry #{id}: {status}.", "cli").format(id=args.id, status=v.label(entry.status)))
    return 0


def _add_reopen(sub) -> None:
    reopen = sub.add_parser(
        "reopen", help=tr("reopen a resolved entry or one closed without action", "cli")
    )
    _entry_id(reopen)
    reopen.set_defaults(handler=_reopen)


def _reopen(args) -> int:
    entries.reopen_entry(args.id)
    print(tr("Entry #{id} reopened.", "cli").format(id=args.id))
    return 0


def _list(args) -> int:
    person_id = people.resolve_person(args.person).id if args.person else None
    flt = entry_query.EntryFilter(
        side=args.side,
        kind=args.kind,
        status=args.status,
        person_id=person_id,
        tag=args.tag,
        date_from=validation.as_date(args.date_from, tr("From", "cli")),
        date_to=validation.as_date(args.date_to, tr("To", "cli")),
    )
    limit = validation.result_limit(args.limit)
    if args.overdue_target:  # every entry the filters select is checked, then ``limit`` shown
        cmd_waiting.list_overdue(entry_query.list_entries(flt), limit, args.json, entry_line)
        return 0
    found = entry_query.list_entries(flt, limit=limit)
    if args.json:
        emit_json([entry_dict(e) for e in found])
    else:
        emit_lines(entry_line(e) for e in found)
    return 0


def _entry_id(parser) -> None:
    parser.add_argument("id", type=int, help=tr("entry number", "cli"))


def register(commands) -> None:
    _register_log(commands)
    entry = commands.add_parser(
        "entry", help=tr("show, edit, answer, resolve or reopen an entry", "cli")
    )
    sub = entry.add_subparsers(dest="action", metavar="ACTION", required=True)
    _register_entry_actions(sub)
    _register_list(sub)


def _register_log(commands) -> None:
    log = commands.add_parser("log", help=tr("record a new journal entry", "cli"))
    log.add_argument("--person", help=tr("name or #id (leave out for an anonymous walk-in)", "cli"))
    log.add_argument("--side", choices=v.SIDES, help=tr("needed only without --person", "cli"))
    log.add_argument("--kind", required=True, choices=v.ALL_KINDS)
    log.add_argument("--title", required=True)
    log.add_argument("--details", default="")
    log.add_argument("--channel", choices=v.CHANNELS, default="in-person")
    log.add_argument("--at", help=tr("when it happened (YYYY-MM-DD HH:MM; default now)", "cli"))
    log.add_argument("--satisfaction", type=int, help="1-5")
    log.add_argument("--priority", choices=tuple(v.PRIORITY_BY_NAME))
    log.add_argument("--tags", help=tr("comma-separated tags", "cli"))
    log.add_argument("--confidential", action="store_true")
    log.add_argument("--json", action="store_true")
    log.set_defaults(handler=_log)


def _register_entry_actions(sub) -> None:
    show = sub.add_parser("show", help=tr("show one entry and its responses", "cli"))
    _entry_id(show)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)

    edit = sub.add_parser("edit", help=tr("change what was recorded", "cli"))
    _entry_id(edit)
    edit.add_argument("--title")
    edit.add_argument("--details")
    edit.add_argument("--kind", choices=v.ALL_KINDS)
    edit.add_argument("--channel", choices=v.CHANNELS)
    edit.add_argument("--satisfaction", help=tr('1-5, or "" for none', "cli"))
    edit.add_argument("--priority", choices=tuple(v.PRIORITY_BY_NAME))
    edit.add_argument("--tags", help=tr("comma-separated tags, replacing the entry's own", "cli"))
    private = edit.add_mutually_exclusive_group()
    private.add_argument("--confidential", action="store_const", const=True, default=None)
    private.add_argument(
        "--not-confidential", dest="confidential", action="store_const", const=False
    )
    edit.add_argument("--when", help=tr("when it happened (YYYY-MM-DD HH:MM)", "cli"))
    add_expect(
        edit, "title, details, kind, channel, satisfaction, priority, tags, confidential, when"
    )
    edit.add_argument("--json", action="store_true")
    edit.set_defaults(handler=_edit)

    respond = sub.add_parser("respond", help=tr("record a response given", "cli"))
    _entry_id(respond)
    respond.add_argument("text", nargs="?", help=tr("what was answered (or --template)", "cli"))
    respond.add_argument("--at", help=tr("when (default now)", "cli"))
    respond.add_argument(
        "--template",
        metavar="NAME",
        help=tr("answer with this reply template, filled for the entry (and its status)", "cli"),
    )
    respond.set_defaults(handler=_respond)

    resolve = sub.add_parser("resolve", help=tr("mark an entry resolved", "cli"))
    _entry_id(resolve)
    resolve.add_argument("resolution", nargs="?", default="")
    resolve.add_argument(
        "--without-action", action="store_true", help=tr("close it without action", "cli")
    )
    resolve.add_argument("--at", help=tr("when (default now)", "cli"))
    add_amount(resolve, tr("what the resolution cost (a refund, a gift), e.g. 12.50", "cli"))
    resolve.set_defaults(handler=_resolve)
    add_aftercare(sub, resolve)

    _add_reopen(sub)

    add_history(sub, tr("who changed what in an entry, and when", "cli"), history.entry_history)
    cmd_attachments.register(sub)


def _register_list(sub) -> None:
    lst = sub.add_parser("list", help=tr("list entries with filters", "cli"))
    lst.add_argument("--side", choices=v.SIDES)
    lst.add_argument("--kind", choices=v.ALL_KINDS)
    lst.add_argument("--status", choices=(*v.ENTRY_STATUSES, "active"))
    lst.add_argument("--person")
    lst.add_argument("--tag")
    lst.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    lst.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    lst.add_argument("--limit", type=int, default=200)
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_list)
    cmd_waiting.add_actions(sub, lst, _entry_id)
