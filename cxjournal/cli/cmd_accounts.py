"""``cxjournal account add|list|role|remove|forget|events``: the accounts of a shared journal (owners only).

A password is asked (without echo) or read from ``--password-file``; it is never an argument, so
it never shows in the process list or the shell's history."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from cxjournal.cli.output import emit_json, emit_lines
from cxjournal.errors import ValidationError
from cxjournal.i18n import tr, trn
from cxjournal.services import accounts


def _password(args) -> str:
    if args.password_file:
        try:
            text = Path(args.password_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ValidationError(
                tr("Cannot read the password file {path}.", "cli").format(path=args.password_file)
            ) from exc
        return text.rstrip("\r\n")
    if not sys.stdin.isatty():
        # Piped in (a script, a test): getpass would open the controlling terminal, if any, and
        # wait there for nobody; without one it warns and echoes. Read one line instead.
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise ValidationError(tr("No password was given. Nothing was changed.", "cli"))
        return line
    first = getpass.getpass(tr("Password for {name}: ", "cli").format(name=args.name))
    if getpass.getpass(tr("The same password again: ", "cli")) != first:
        raise ValidationError(tr("The two passwords differ. Nothing was changed.", "cli"))
    return first


def _add(args) -> int:
    accounts.require_shared()
    account = accounts.add_account(args.name, args.role, _password(args))
    print(tr("Account {name} added ({role}).", "cli").format(name=account.name, role=account.role))
    return 0


def _list(args) -> int:
    found = accounts.list_accounts()
    if args.json:
        emit_json([{"name": a.name, "role": a.role} for a in found])
    else:
        emit_lines(f"{a.name}\t{a.role}" for a in found)
    return 0


def _role(args) -> int:
    account = accounts.change_role(args.name, args.role)
    print(tr("{name} is now {role}.", "cli").format(name=account.name, role=account.role))
    return 0


def _remove(args) -> int:
    accounts.remove_account(args.name)
    print(tr("Account {name} removed; its open sessions were ended.", "cli").format(name=args.name))
    return 0


def _forget(args) -> int:
    changed = accounts.forget_login(args.name)
    print(
        trn(
            "{name} forgotten: %n account event changed.",
            "{name} forgotten: %n account events changed.",
            changed,
            "cli",
        ).format(name=args.name)
    )
    return 0


def _events(args) -> int:
    found = accounts.account_events_list()
    if args.json:
        emit_json(
            [
                {
                    "at": e.at.isoformat(sep=" "),
                    "kind": e.kind,
                    "account": e.account,
                    "role": e.role,
                    "tries": e.tries,
                    "computer": e.computer,
                    "by": e.by,
                }
                for e in found
            ]
        )
    else:
        emit_lines(_event_line(e) for e in found)
    return 0


def _event_line(event: accounts.AccountEvent) -> str:
    what = {
        "added": tr("added as {role}", "cli"),
        "role": tr("now {role}", "cli"),
        "removed": tr("removed", "cli"),
    }.get(event.kind)
    if what is None:  # a failed sign-in
        what = trn(
            "%n failed sign-in on {computer}",
            "%n failed sign-ins in a row on {computer}",
            event.tries or 1,
            "cli",
        ).format(computer=event.computer or "?")
    else:
        what = what.format(role=event.role or "")
    by = tr("recorded by {login}", "cli").format(login=event.by or tr("a forgotten account", "cli"))
    return f"{event.at.isoformat(sep=' ')}\t{event.account}\t{what}\t{by}"


def register(commands) -> None:
    account = commands.add_parser(
        "account", help=tr("accounts of a shared journal (owners only)", "cli")
    )
    sub = account.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = sub.add_parser("add", help=tr("add an account with its role", "cli"))
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=accounts.GROUPS)
    add.add_argument(
        "--password-file",
        metavar="FILE",
        help=tr("read the password from FILE (else it is asked)", "cli"),
    )
    add.set_defaults(handler=_add)

    lst = sub.add_parser("list", help=tr("every account and its role", "cli"))
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_list)

    role = sub.add_parser("role", help=tr("give an account another role", "cli"))
    role.add_argument("name")
    role.add_argument("role", choices=accounts.GROUPS)
    role.set_defaults(handler=_role)

    remove = sub.add_parser("remove", help=tr("remove an account and end its sessions", "cli"))
    remove.add_argument("name")
    remove.set_defaults(handler=_remove)

    forget = sub.add_parser(
        "forget",
        help=tr(
            "forget a removed account: its events go, its name is blanked where it recorded "
            "others' (owners only)",
            "cli",
        ),
    )
    forget.add_argument("name")
    forget.set_defaults(handler=_forget)

    events = sub.add_parser(
        "events",
        help=tr("accounts added, removed, roles changed, failed sign-ins (owners only)", "cli"),
    )
    events.add_argument("--json", action="store_true")
    events.set_defaults(handler=_events)
