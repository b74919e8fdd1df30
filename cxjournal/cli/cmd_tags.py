"""``cxjournal tag list|rename|merge``: the tags on entries, renamed or merged across the journal."""

from __future__ import annotations

from cxjournal.cli.output import emit_json, emit_lines
from cxjournal.i18n import tr
from cxjournal.services import tags


def _list(args) -> int:
    found = tags.tag_counts()
    if args.json:
        emit_json([{"name": t.name, "entries": t.entries} for t in found])
    else:
        emit_lines(f"{t.name}\t{t.entries}" for t in found)
    return 0


def _rename(args) -> int:
    tag = tags.rename_tag(args.old, args.new)
    print(tr("Tag “{old}” is now “{new}”.", "cli").format(old=args.old, new=tag.name))
    return 0


def _merge(args) -> int:
    tag = tags.merge_tags(args.source, args.target)
    print(tr("Tag “{old}” merged into “{new}”.", "cli").format(old=args.source, new=tag.name))
    return 0


def register(commands) -> None:
    tag = commands.add_parser("tag", help=tr("list, rename or merge tags", "cli"))
    sub = tag.add_subparsers(dest="action", metavar="ACTION", required=True)

    lst = sub.add_parser("list", help=tr("every tag and how many entries carry it", "cli"))
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_list)

    rename = sub.add_parser(
        "rename", help=tr("rename a tag everywhere (merged if the new name exists)", "cli")
    )
    rename.add_argument("old")
    rename.add_argument("new")
    rename.set_defaults(handler=_rename)

    merge = sub.add_parser(
        "merge", help=tr("put tag B on every entry tagged A, then drop A", "cli")
    )
    merge.add_argument("source", metavar="A")
    merge.add_argument("target", metavar="B")
    merge.set_defaults(handler=_merge)
