"""``cxjournal template list|add|edit|delete|move``: the reply templates chosen when answering an
entry (``entry respond ID --template NAME``)."""

from __future__ import annotations

from cxjournal import vocabulary as v
from cxjournal.cli.output import confirmed, emit_json, emit_lines
from cxjournal.i18n import tr
from cxjournal.services import reply_templates


def template_dict(t) -> dict:
    return {
        "id": t.id,
        "position": t.position,
        "name": t.name,
        "text": t.text,
        "status": t.status,
        "language": t.language,
    }


def _list(args) -> int:
    found = reply_templates.list_templates()
    if args.json:
        emit_json([template_dict(t) for t in found])
    else:
        emit_lines(
            f"{t.position}\t{t.name}\t{v.label(t.status) if t.status else '-'}\t"
            + " ".join(t.text.split())
            for t in found
        )
    return 0


def _add(args) -> int:
    t = reply_templates.add_template(
        args.name, args.text, status=args.status or "", language=args.lang or ""
    )
    print(tr("Reply template “{name}” added.", "cli").format(name=t.name))
    return 0


def _edit(args) -> int:
    t = reply_templates.edit_template(
        args.template, name=args.name, text=args.text, status=args.status, language=args.lang
    )
    print(tr("Reply template “{name}” saved.", "cli").format(name=t.name))
    return 0


def _move(args) -> int:
    reply_templates.move_template(args.template, args.position)
    print(tr("Reply template “{name}” moved.", "cli").format(name=args.template))
    return 0


def _delete(args) -> int:
    t = reply_templates.find_template(args.template)
    question = tr("Delete the reply template “{name}”?", "cli").format(name=t.name)
    if not confirmed(args, question):
        print(tr("Nothing was deleted.", "cli"))
        return 1
    reply_templates.delete_template(t.id)
    print(tr("Reply template “{name}” deleted.", "cli").format(name=t.name))
    return 0


def _status_help() -> str:
    return tr(
        "the status the entry takes when the reply is saved: waiting, resolved, closed", "cli"
    )


def register(commands) -> None:
    parser = commands.add_parser(
        "template", help=tr("list, add, edit, move or delete reply templates", "cli")
    )
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    lst = sub.add_parser("list", help=tr("every reply template, in order", "cli"))
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_list)

    add = sub.add_parser("add", help=tr("a new reply template, last in the order", "cli"))
    add.add_argument("name")
    add.add_argument(
        "--text", required=True, help=tr("its text; {name} {business} {date} {promise}", "cli")
    )
    add.add_argument("--status", choices=("waiting", "resolved", "closed"), help=_status_help())
    add.add_argument("--lang", choices=("fr", "en"))
    add.set_defaults(handler=_add)

    edit = sub.add_parser("edit", help=tr("change a reply template", "cli"))
    edit.add_argument("template", metavar="NAME")
    edit.add_argument("--name", help=tr("a new name", "cli"))
    edit.add_argument("--text")
    edit.add_argument(
        "--status",
        choices=("none", "waiting", "resolved", "closed"),
        help=_status_help() + tr(" (none: leave it)", "cli"),
    )
    edit.add_argument("--lang", choices=("fr", "en", "any"))
    edit.set_defaults(handler=_edit_args)

    move = sub.add_parser("move", help=tr("put a reply template at a place in the order", "cli"))
    move.add_argument("template", metavar="NAME")
    move.add_argument("position", type=int, help=tr("1 is first", "cli"))
    move.set_defaults(handler=_move)

    delete = sub.add_parser("delete", help=tr("delete a reply template", "cli"))
    delete.add_argument("template", metavar="NAME")
    delete.add_argument("--yes", action="store_true", help=tr("do not ask", "cli"))
    delete.set_defaults(handler=_delete)


def _edit_args(args) -> int:
    if args.status == "none":
        args.status = ""
    if args.lang == "any":
        args.lang = ""
    return _edit(args)
