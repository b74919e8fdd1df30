"""``cxjournal watch``: one line per change committed to the journal by any process or computer
after the command started, read from the change log (``store.changelog``)."""

from __future__ import annotations

import json
import sys
import time

from cxjournal.i18n import tr
from cxjournal.store.changelog import Change, ChangeWatcher


def _line(change: Change, as_json: bool) -> str:
    if as_json:
        return json.dumps(change.as_dict(), ensure_ascii=False)
    item = "" if change.item_id is None else f" #{change.item_id}"
    return f"{change.at.isoformat(sep=' ', timespec='seconds')}\t{change.op}\t{change.kind}{item}"


def _watch(args) -> int:
    watcher = ChangeWatcher(reconnect=False)  # a lost connection: one line and exit 75
    end = None if args.timeout is None else time.monotonic() + args.timeout
    try:
        while end is None or time.monotonic() < end:
            left = 1.0 if end is None else max(0.0, end - time.monotonic())
            for change in watcher.wait(min(left, 1.0)):
                print(_line(change, args.json))
            sys.stdout.flush()  # each line as soon as it is known, also into a pipe
    except KeyboardInterrupt:  # Ctrl+C is the usual way to stop watching: quietly
        pass
    finally:
        watcher.close()
    return 0


def _seconds(text: str) -> float:
    import argparse

    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value >= 0:
        raise argparse.ArgumentTypeError(
            tr("“{value}” is not a number of seconds.", "cli").format(value=text)
        )
    return value


def register(commands) -> None:
    cmd = commands.add_parser(
        "watch",
        help=tr(
            "print each change saved to the journal from now on, by any program or computer", "cli"
        ),
    )
    cmd.add_argument("--json", action="store_true", help=tr("one JSON object per line", "cli"))
    cmd.add_argument(
        "--timeout",
        type=_seconds,
        metavar="S",
        help=tr("stop after S seconds (default: until Ctrl+C)", "cli"),
    )
    cmd.set_defaults(handler=_watch)
