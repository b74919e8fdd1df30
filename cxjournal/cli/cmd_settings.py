"""``cxjournal settings list|get|set``: the journal's settings, checked as the window checks them."""

from __future__ import annotations

from cxjournal.cli.output import emit_json, emit_lines
from cxjournal.i18n import tr
from cxjournal.services import settings


def _list(args) -> int:
    values = settings.all_settings()
    if args.json:
        emit_json(values)
    else:
        emit_lines(f"{key}\t{value}" for key, value in values.items())
    return 0


def _get(args) -> int:
    print(settings.get_setting(args.key))
    return 0


def _set(args) -> int:
    value = settings.set_setting(args.key, args.value)
    print(tr("{key} is now “{value}”.", "cli").format(key=args.key, value=value))
    return 0


def register(commands) -> None:
    cmd = commands.add_parser("settings", help=tr("show or change the journal's settings", "cli"))
    sub = cmd.add_subparsers(dest="action", metavar="ACTION", required=True)

    lst = sub.add_parser("list", help=tr("every setting and its value", "cli"))
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_list)

    get = sub.add_parser("get", help=tr("print one setting's value", "cli"))
    get.add_argument("key")
    get.set_defaults(handler=_get)

    put = sub.add_parser(
        "set", help=tr("change a setting, e.g. settings set paper_size Letter", "cli")
    )
    put.add_argument("key")
    put.add_argument("value")
    put.set_defaults(handler=_set)
