"""The ``cxjournal`` command: with no arguments it opens the window, otherwise it runs a subcommand.

Each command group lives in a ``cmd_*`` module with a ``register(subparsers)`` function; every handler
calls the same service functions as the GUI. Mistakes a user can fix end with one line on stderr and
exit status 2, never a traceback; a failure worth retrying as it is (the journal busy with another
program's write for longer than we wait) ends with one line and exit status 75 (EX_TEMPFAIL).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import sys
from collections.abc import Sequence

from cxjournal import __version__
from cxjournal.config import resolve_db_path
from cxjournal.errors import CXJournalError
from cxjournal.i18n import tr

EXIT_OK, EXIT_USAGE, EXIT_RETRY, EXIT_PIPE = 0, 2, 75, 141  # 75: EX_TEMPFAIL in sysexits.h

COMMAND_MODULES = (
    "cxjournal.cli.cmd_people",
    "cxjournal.cli.cmd_entries",
    "cxjournal.cli.cmd_responses",
    "cxjournal.cli.cmd_promises",
    "cxjournal.cli.cmd_followups",
    "cxjournal.cli.cmd_search",
    "cxjournal.cli.cmd_demo",
    "cxjournal.cli.cmd_reports",
    "cxjournal.cli.cmd_insights",
    "cxjournal.cli.cmd_reminders",
    "cxjournal.cli.cmd_data",
    "cxjournal.cli.cmd_tags",
    "cxjournal.cli.cmd_trash",
    "cxjournal.cli.cmd_settings",
    "cxjournal.cli.cmd_watch",
    "cxjournal.cli.cmd_retention",
    "cxjournal.cli.cmd_accounts",
    "cxjournal.cli.cmd_rate",
    "cxjournal.cli.cmd_templates",
)


class UsageError(Exception):
    """A command line argparse could not understand."""


class Parser(argparse.ArgumentParser):
    """argparse that reports mistakes as one line (main prints it), instead of usage and exit."""

    def error(self, message: str):
        raise UsageError(f"{self.prog}: {message}")


def build_parser() -> Parser:
    parser = Parser(
        prog="cxjournal",
        description=tr(
            "CX Journal: customer feedback, staff concerns, promises and follow-ups in one journal. "
            "Without a command, the window opens.",
            "cli",
        ),
    )
    parser.add_argument("--version", action="version", version=f"CX Journal {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=tr("journal file to use (default: $CXJOURNAL_DB, else the user data folder)", "cli"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(commands)
    return parser


def open_for(args: argparse.Namespace) -> None:
    from cxjournal.store import migrations
    from cxjournal.store.connection import open_journal

    open_journal(resolve_db_path(args.db))
    if migrations.repaired_on_open:  # said once, by the run that upgraded the file
        from cxjournal.store.repair_checkins import repair_message

        print(f"cxjournal: {repair_message(migrations.repaired_on_open)}", file=sys.stderr)
    if migrations.copied_before_upgrade is not None:  # said once, by the run that upgraded it
        print(f"cxjournal: {migrations.upgrade_copy_message()}", file=sys.stderr)
        migrations.copied_before_upgrade = None


def window_request(argv: list[str]) -> argparse.Namespace | None:
    """``cxjournal`` or ``cxjournal --db FILE`` asks for the window: recognised without loading the
    command modules, so the window opens as fast as it can."""
    quick = Parser(add_help=False)
    quick.add_argument("--db")
    try:
        args, rest = quick.parse_known_args(argv)
    except UsageError:  # e.g. "--db" with no file: the full parser explains
        return None
    return None if rest else args


def _one_line(message: object, code: int) -> int:
    print(f"cxjournal: {message}", file=sys.stderr)
    return code


def _quiet_after_broken_pipe() -> int:
    """``cxjournal person list | head -1``: the reader left, so stop without a word (as ``ls`` does)."""
    import os

    with contextlib.suppress(OSError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_PIPE


def _environment_error(exc: Exception) -> tuple[str, int] | None:
    """(message, exit code) for a failure the machine or the file system caused, else None."""
    import errno
    import sqlite3

    import peewee

    if isinstance(exc, sqlite3.DatabaseError | peewee.DatabaseError):
        from cxjournal.store.connection import database_path, storage_error

        plain = storage_error(exc, database_path() or "?")
        if plain is None:
            return None
        return str(plain), EXIT_RETRY if getattr(plain, "retry", False) else EXIT_USAGE
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        reason = exc.strerror or str(exc)
        retry = exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EAGAIN, errno.EFBIG)
        return f"{reason}{where}", EXIT_RETRY if retry else EXIT_USAGE
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    gui = window_request(argv)
    if gui is not None:
        from cxjournal.ui.shell.app import run_gui

        return run_gui(db=gui.db)
    from cxjournal.cli.translation import install_cli_translator

    install_cli_translator()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    if args.command is None:
        from cxjournal.ui.shell.app import run_gui

        return run_gui(db=args.db)
    try:
        if not getattr(args, "no_db", False):
            open_for(args)
        code = args.handler(args) or EXIT_OK
        sys.stdout.flush()  # a closed pipe shows here, inside the handlers below
        return code
    except BrokenPipeError:
        return _quiet_after_broken_pipe()
    except CXJournalError as exc:  # BusyError and other storage errors say retry: exit 75
        return _one_line(exc, EXIT_RETRY if getattr(exc, "retry", False) else EXIT_USAGE)
    except Exception as exc:  # only storage and file-system failures become a message
        plain = _environment_error(exc)
        if plain is None:
            raise
        return _one_line(*plain)
    except KeyboardInterrupt:
        print(tr("cxjournal: interrupted", "cli"), file=sys.stderr)
        return 130
    finally:
        from cxjournal.store.connection import close_journal

        close_journal()
