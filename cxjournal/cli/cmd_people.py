"""``cxjournal person ...`` and ``cxjournal department ...``: customers, staff and departments."""

from __future__ import annotations

import sys

from cxjournal import vocabulary as v
from cxjournal.cli.output import add_expect, emit_json, emit_lines, expected, person_dict
from cxjournal.i18n import tr, trn
from cxjournal.services import people


def _person_line(p) -> str:
    extra = " · ".join(
        x
        for x in (p.organisation, p.department.name if p.department_id else "", p.email, p.phone)
        if x
    )
    archived = tr(" (archived)", "cli") if p.archived else ""
    return f"#{p.id}\t{v.label(p.side)}\t{p.name}{archived}" + (f"\t{extra}" if extra else "")


def _add(args) -> int:
    person = people.add_person(
        args.name,
        args.side,
        organisation=args.organisation or "",
        department=args.department,
        role=args.role or "",
        email=args.email or "",
        phone=args.phone or "",
        notes=args.notes or "",
    )
    if args.json:
        emit_json(person_dict(person))
    else:
        print(tr("Added {name} (#{id}).", "cli").format(name=person.name, id=person.id))
    notice = people.namesake_notice(person)
    if notice:
        print(f"cxjournal: {notice}", file=sys.stderr)
    return 0


def _list(args) -> int:
    found = people.find_people(
        args.search or "", side=args.side, include_archived=args.include_archived
    )
    if args.json:
        emit_json([person_dict(p) for p in found])
    else:
        emit_lines(_person_line(p) for p in found)
    return 0


def _show(args) -> int:
    person = people.resolve_person(args.person)
    if args.json:
        emit_json(person_dict(person))
    else:
        data = person_dict(person)
        emit_lines(f"{key}: {value}" for key, value in data.items() if value not in (None, ""))
    return 0


def _edit(args) -> int:
    person = people.resolve_person(args.person)
    changes = {
        key: getattr(args, key)
        for key in ("name", "side", "organisation", "department", "role", "email", "phone", "notes")
        if getattr(args, key) is not None
    }
    if args.keep_in_touch is not None:  # "30d", "2w" or "off", checked by the service
        changes["keep_in_touch_days"] = args.keep_in_touch
    person = people.edit_person(person, base=expected(args), **changes)
    if args.json:
        emit_json(person_dict(person))
    else:
        print(tr("Saved {name} (#{id}).", "cli").format(name=person.name, id=person.id))
    return 0


def _archive(args) -> int:
    person = people.archive_person(people.resolve_person(args.person), not args.undo)
    message = tr("Archived {name}.", "cli") if person.archived else tr("{name} is back.", "cli")
    print(message.format(name=person.name))
    return 0


def _details(parser, *, required: bool) -> None:
    parser.add_argument("--organisation", help=tr("company, for a business customer", "cli"))
    parser.add_argument("--department", help=tr("department (staff only)", "cli"))
    parser.add_argument("--role", help=tr("role or job title", "cli"))
    parser.add_argument("--email")
    parser.add_argument("--phone")
    parser.add_argument("--notes")
    parser.add_argument("--json", action="store_true", help=tr("print the result as JSON", "cli"))


def _department_list(args) -> int:
    rows = people.list_departments()
    if args.json:
        emit_json([{"id": d.id, "name": d.name, "cadence": d.checkin_cadence} for d in rows])
    else:
        emit_lines(f"#{d.id}\t{d.name}\t{v.label(d.checkin_cadence)}" for d in rows)
    return 0


def _department_add(args) -> int:
    dept = people.add_department(args.name, args.cadence)
    print(tr("Added department {name} (#{id}).", "cli").format(name=dept.name, id=dept.id))
    return 0


def _department_rename(args) -> int:
    dept = people.edit_department(people.find_department(args.old), name=args.new)
    print(tr("Department #{id} is now called {name}.", "cli").format(id=dept.id, name=dept.name))
    return 0


def _department_delete(args) -> int:
    dept = people.find_department(args.name)
    moved = people.delete_department(dept, move_to=args.move_to)
    print(tr("Deleted department {name}.", "cli").format(name=dept.name))
    if moved:
        print(
            trn(
                "%n staff member moved to {other}.",
                "%n staff members moved to {other}.",
                moved,
                "cli",
            ).format(other=people.find_department(args.move_to).name)
        )
    return 0


def register(commands) -> None:
    person = commands.add_parser(
        "person", help=tr("add, list, show, edit or archive people", "cli")
    )
    sub = person.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = sub.add_parser("add", help=tr("add a customer or a staff member", "cli"))
    add.add_argument("name")
    add.add_argument("--side", choices=v.SIDES, default=v.CUSTOMER)
    _details(add, required=True)
    add.set_defaults(handler=_add)

    lst = sub.add_parser("list", help=tr("list people", "cli"))
    lst.add_argument("search", nargs="?", help=tr("part of a name, email or phone", "cli"))
    lst.add_argument("--side", choices=v.SIDES)
    lst.add_argument("--include-archived", action="store_true")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_list)

    show = sub.add_parser("show", help=tr("show one person", "cli"))
    show.add_argument("person", help=tr("name or #id", "cli"))
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)

    edit = sub.add_parser("edit", help=tr("change a person's details", "cli"))
    edit.add_argument("person", help=tr("name or #id", "cli"))
    edit.add_argument("--name")
    edit.add_argument("--side", choices=v.SIDES)
    _details(edit, required=False)
    edit.add_argument(
        "--keep-in-touch",
        metavar="30d|2w|off",
        help=tr("how often to be in touch with them (days or weeks), or off", "cli"),
    )
    add_expect(edit, "name, organisation, department, role, email, phone, notes")
    edit.set_defaults(handler=_edit)

    archive = sub.add_parser("archive", help=tr("hide a person from everyday lists", "cli"))
    archive.add_argument("person", help=tr("name or #id", "cli"))
    archive.add_argument("--undo", action="store_true", help=tr("bring them back", "cli"))
    archive.set_defaults(handler=_archive)

    dept = commands.add_parser(
        "department", help=tr("list, add, rename or delete departments", "cli")
    )
    dsub = dept.add_subparsers(dest="action", metavar="ACTION", required=True)
    dlist = dsub.add_parser("list", help=tr("list departments", "cli"))
    dlist.add_argument("--json", action="store_true")
    dlist.set_defaults(handler=_department_list)
    dadd = dsub.add_parser("add", help=tr("add a department", "cli"))
    dadd.add_argument("name")
    dadd.add_argument(
        "--cadence",
        choices=v.CADENCES,
        default="none",
        help=tr("how often to check in with its staff", "cli"),
    )
    dadd.set_defaults(handler=_department_add)
    rename = dsub.add_parser("rename", help=tr("give a department another name", "cli"))
    rename.add_argument("old")
    rename.add_argument("new")
    rename.set_defaults(handler=_department_rename)
    ddel = dsub.add_parser(
        "delete", help=tr("delete a department (refused while staff belong to it)", "cli")
    )
    ddel.add_argument("name")
    ddel.add_argument(
        "--move-to", metavar="OTHER", help=tr("the department its staff join instead", "cli")
    )
    ddel.set_defaults(handler=_department_delete)
