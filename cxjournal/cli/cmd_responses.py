"""``cxjournal response edit|delete ID``: a response recorded on an entry, corrected or deleted.

A response's number is shown by ``entry show`` (each answer with its ``#id``) and its JSON."""

from __future__ import annotations

from cxjournal.cli.output import add_expect, expected
from cxjournal.errors import ValidationError
from cxjournal.i18n import tr
from cxjournal.services import responses


def _edit(args) -> int:
    changes = {name: getattr(args, name) for name in ("text", "at") if getattr(args, name)}
    if not changes:
        raise ValidationError(tr("Give --text or --at: what to change.", "cli"))
    responses.edit_response(args.id, base=expected(args, {"when": "at"}), **changes)
    print(tr("Response #{id} saved.", "cli").format(id=args.id))
    return 0


def _delete(args) -> int:
    gone = responses.delete_response(args.id)
    print(
        tr("Response #{id} deleted from entry #{entry}.", "cli").format(
            id=args.id, entry=gone.entry_id
        )
    )
    return 0


def register(commands) -> None:
    response = commands.add_parser(
        "response", help=tr("correct or delete a response recorded on an entry", "cli")
    )
    sub = response.add_subparsers(dest="action", metavar="ACTION", required=True)
    edit = sub.add_parser("edit", help=tr("correct a response's text or time", "cli"))
    edit.add_argument("id", type=int, help=tr("response number (see entry show)", "cli"))
    edit.add_argument("--text", help=tr("what was answered", "cli"))
    edit.add_argument("--at", help=tr("when (YYYY-MM-DD HH:MM)", "cli"))
    add_expect(edit, "text, at")
    edit.set_defaults(handler=_edit)
    delete = sub.add_parser("delete", help=tr("delete a response", "cli"))
    delete.add_argument("id", type=int, help=tr("response number (see entry show)", "cli"))
    delete.set_defaults(handler=_delete)
