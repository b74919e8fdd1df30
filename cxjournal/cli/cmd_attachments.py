"""``cxjournal entry attach|files|file|detach``: the files attached to an entry."""

from __future__ import annotations

from cxjournal.cli.output import emit_json, emit_lines
from cxjournal.formatting import format_size
from cxjournal.i18n import tr, trn
from cxjournal.io import attachment_files
from cxjournal.services import attachments


def _attach(args) -> int:
    added = attachment_files.attach_paths(args.id, args.files)
    if args.json:
        emit_json([info.as_dict() for info in added])
    else:
        print(
            trn(
                "Attached %n file to entry #{id}.",
                "Attached %n files to entry #{id}.",
                len(added),
                "cli",
            ).format(id=args.id)
        )
    return 0


def _files(args) -> int:
    found = attachments.list_attachments(args.id)
    if args.json:
        emit_json([info.as_dict() for info in found])
    else:
        emit_lines(f"{i.name}\t{format_size(i.size)}\t{i.mime_type}" for i in found)
    return 0


def _file(args) -> int:
    info = attachments.find_attachment(args.id, args.name)
    written = attachment_files.save_attachment(info, args.out)
    print(tr("Saved “{name}” to {path}.", "cli").format(name=info.name, path=written))
    return 0


def _detach(args) -> int:
    info = attachments.find_attachment(args.id, args.name)
    attachments.detach(info.id)
    print(tr("Removed “{name}” from entry #{id}.", "cli").format(name=info.name, id=args.id))
    return 0


def register(sub) -> None:
    """Add the attachment actions to ``entry``'s sub-commands."""
    attach = sub.add_parser("attach", help=tr("attach files (photos, receipts) to an entry", "cli"))
    attach.add_argument("id", type=int, help=tr("entry number", "cli"))
    attach.add_argument("files", nargs="+", metavar="FILE")
    attach.add_argument("--json", action="store_true")
    attach.set_defaults(handler=_attach)

    files = sub.add_parser("files", help=tr("list the files attached to an entry", "cli"))
    files.add_argument("id", type=int, help=tr("entry number", "cli"))
    files.add_argument("--json", action="store_true")
    files.set_defaults(handler=_files)

    one = sub.add_parser("file", help=tr("save one attached file to disk", "cli"))
    one.add_argument("id", type=int, help=tr("entry number", "cli"))
    one.add_argument("name", metavar="NAME")
    one.add_argument("--out", required=True, metavar="PATH")
    one.set_defaults(handler=_file)

    detach = sub.add_parser("detach", help=tr("remove an attached file from an entry", "cli"))
    detach.add_argument("id", type=int, help=tr("entry number", "cli"))
    detach.add_argument("name", metavar="NAME")
    detach.set_defaults(handler=_detach)
