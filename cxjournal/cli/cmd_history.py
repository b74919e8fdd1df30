"""``cxjournal entry|promise|followup history ID [--json]``: who changed what and when, oldest
first, read from the change log (nothing here writes it)."""

from __future__ import annotations

from collections.abc import Callable

from cxjournal.cli.output import emit_json, emit_lines
from cxjournal.i18n import tr
from cxjournal.services import history


def history_line(line: history.HistoryLine) -> str:
    return f"{line.at:%Y-%m-%d %H:%M}\t{history.who_label(line)}\t{history.describe(line)}"


def add_history(sub, help_text: str, read: Callable[[int], list[history.HistoryLine]]) -> None:
    """Add ``history ID [--json]`` to a command's actions, reading with ``read``."""

    def show(args) -> int:
        lines = read(args.id)
        if args.json:
            emit_json([line.as_dict() for line in lines])
        else:
            emit_lines(history_line(line) for line in lines)
        return 0

    parser = sub.add_parser("history", help=help_text)
    parser.add_argument("id", type=int, help=tr("number", "cli"))
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=show)
