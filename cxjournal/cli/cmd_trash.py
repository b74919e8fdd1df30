"""``cxjournal trash list|restore|empty``: what was deleted, putting it back, emptying for good."""

from __future__ import annotations

from cxjournal.cli.output import confirmed, emit_json, emit_lines, trash_item_dict
from cxjournal.i18n import tr, trn
from cxjournal.services import trash


def _list(args) -> int:
    found = trash.list_trash()
    if args.json:
        emit_json([trash_item_dict(item) for item in found])
    else:
        emit_lines(
            f"{item.kind}\t#{item.id}\t{item.deleted_at:%Y-%m-%d %H:%M}\t{item.label}"
            for item in found
        )
    return 0


def _restore(args) -> int:
    trash.restore(args.kind, args.id)
    print(tr("Restored {kind} #{id}.", "cli").format(kind=args.kind, id=args.id))
    return 0


def _empty(args) -> int:
    count = len(trash.list_trash())
    if not count:
        print(tr("The trash is empty.", "cli"))
        return 0
    question = trn(
        "Delete the %n item in the trash for good?",
        "Delete the %n items in the trash for good?",
        count,
        "cli",
    )
    if not confirmed(args, question):
        print(tr("Nothing was deleted.", "cli"))
        return 1
    gone = trash.empty_trash()
    print(trn("Deleted %n item for good.", "Deleted %n items for good.", gone, "cli"))
    return 0


def register(commands) -> None:
    bin_ = commands.add_parser("trash", help=tr("list, restore or empty the trash", "cli"))
    sub = bin_.add_subparsers(dest="action", metavar="ACTION", required=True)

    lst = sub.add_parser("list", help=tr("what is in the trash, last deleted first", "cli"))
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_list)

    restore = sub.add_parser("restore", help=tr("put an item back", "cli"))
    restore.add_argument("kind", choices=tuple(trash.MODELS))
    restore.add_argument("id", type=int)
    restore.set_defaults(handler=_restore)

    empty = sub.add_parser("empty", help=tr("delete everything in the trash for good", "cli"))
    empty.add_argument("--yes", action="store_true", help=tr("do not ask", "cli"))
    empty.set_defaults(handler=_empty)
