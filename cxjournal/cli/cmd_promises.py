"""``cxjournal promise add|edit|keep|break|cancel|renegotiate|list``."""

from __future__ import annotations

from cxjournal import vocabulary as v
from cxjournal.cli.cmd_history import add_history
from cxjournal.cli.output import (
    add_amount,
    add_assign,
    add_expect,
    emit_json,
    emit_lines,
    expected,
    promise_dict,
)
from cxjournal.i18n import tr
from cxjournal.services import history, people, promises


def _line(p) -> str:
    state = promises.promise_state(p)
    return f"#{p.id}\t{p.due_date}\t{v.label(state.code) if state.code in v.PROMISE_STATUSES else state.code}\t{p.person.name}\t{p.what}"


def _add(args) -> int:
    promise = promises.make_promise(
        person=people.resolve_person(args.person),
        what=args.what,
        due=args.due,
        entry=args.entry,
        note=args.note or "",
        assigned_to=args.assign,
        amount=args.amount,
    )
    if args.json:
        emit_json(promise_dict(promise))
    else:
        print(
            tr("Promise #{id} recorded, due {due}.", "cli").format(
                id=promise.id, due=promise.due_date
            )
        )
    return 0


def _edit(args) -> int:
    promise = promises.edit_promise(
        args.id,
        what=args.what,
        person=people.resolve_person(args.person) if args.person is not None else None,
        due=args.due,
        amount=args.amount,
        base=expected(args),
        **({} if args.assign is None else {"assigned_to": args.assign}),
    )
    if args.json:
        emit_json(promise_dict(promise))
    else:
        print(
            tr(
                "Promise #{id} saved: {person}, due {due} (first promised for {first}).", "cli"
            ).format(
                id=promise.id,
                person=promise.person.name,
                due=promise.due_date,
                first=promise.original_due_date,
            )
        )
    return 0


def _settle(action, message):
    def handler(args) -> int:
        promise = action(args.id, note=args.note, at=args.at)
        print(message().format(id=promise.id))
        return 0

    return handler


def _renegotiate(args) -> int:
    promise = promises.renegotiate_promise(args.id, args.due, note=args.note)
    print(
        tr("Promise #{id} now due {due} (first promised for {first}).", "cli").format(
            id=promise.id, due=promise.due_date, first=promise.original_due_date
        )
    )
    return 0


def _list(args) -> int:
    person = people.resolve_person(args.person) if args.person else None
    found = promises.list_promises(status=args.status, person=person)
    if args.json:
        emit_json([promise_dict(p) for p in found])
    else:
        emit_lines(_line(p) for p in found)
    return 0


def register(commands) -> None:
    promise = commands.add_parser("promise", help=tr("promises made to customers and staff", "cli"))
    sub = promise.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = sub.add_parser("add", help=tr("record a promise", "cli"))
    add.add_argument("--person", required=True, help=tr("name or #id", "cli"))
    add.add_argument("--what", required=True)
    add.add_argument("--due", required=True, metavar="YYYY-MM-DD")
    add.add_argument("--entry", type=int, help=tr("entry it answers", "cli"))
    add.add_argument("--note")
    add_assign(add)
    add_amount(add, tr("what it will cost (a refund, a gift), e.g. 12.50", "cli"))
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=_add)

    edit = sub.add_parser("edit", help=tr("correct what was promised, to whom, or by when", "cli"))
    edit.add_argument("id", type=int)
    edit.add_argument("--what")
    edit.add_argument("--person", metavar="WHO", help=tr("name or #id", "cli"))
    edit.add_argument(
        "--due", metavar="YYYY-MM-DD", help=tr("a new date; the first one is kept", "cli")
    )
    add_assign(edit)
    add_amount(edit, tr('what it will cost; "" removes it', "cli"))
    add_expect(edit, "what, person (#id), due, amount, assigned_to")
    edit.add_argument("--json", action="store_true")
    edit.set_defaults(handler=_edit)

    for name, action, message, text in (
        (
            "keep",
            promises.keep_promise,
            lambda: tr("Promise #{id} kept.", "cli"),
            tr("the promise was kept", "cli"),
        ),
        (
            "break",
            promises.break_promise,
            lambda: tr("Promise #{id} marked broken.", "cli"),
            tr("the promise will not be kept", "cli"),
        ),
        (
            "cancel",
            promises.cancel_promise,
            lambda: tr("Promise #{id} cancelled.", "cli"),
            tr("the promise no longer applies", "cli"),
        ),
    ):
        cmd = sub.add_parser(name, help=text)
        cmd.add_argument("id", type=int)
        cmd.add_argument("--note")
        cmd.add_argument("--at", help=tr("when (default now)", "cli"))
        cmd.set_defaults(handler=_settle(action, message))

    reneg = sub.add_parser("renegotiate", help=tr("agree a new due date", "cli"))
    reneg.add_argument("id", type=int)
    reneg.add_argument("--due", required=True, metavar="YYYY-MM-DD")
    reneg.add_argument("--note")
    reneg.set_defaults(handler=_renegotiate)

    add_history(sub, tr("who changed what in a promise, and when", "cli"), history.promise_history)

    lst = sub.add_parser("list", help=tr("list promises, soonest due first", "cli"))
    lst.add_argument("--status", choices=(*v.PROMISE_STATUSES, "active", "overdue"))
    lst.add_argument("--person")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_list)
