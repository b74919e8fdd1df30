"""``cxjournal import|export|backup|restore|check|erase|copy-to``: getting data in and out, backups,
health, and moving the journal between a file and a server."""

from __future__ import annotations

import sys
from pathlib import Path

from cxjournal import clock
from cxjournal import vocabulary as v
from cxjournal.cli.cmd_reminders import export_formats
from cxjournal.cli.output import confirmed as _confirmed
from cxjournal.errors import CXJournalError, ValidationError
from cxjournal.i18n import tr, trn


def _rows_told(report, skip_invalid: bool) -> bool:
    """Print every bad and skipped row of an import's report; False when the import was refused."""
    for line, reason in report.errors:
        print(tr("line {line}: {reason}", "cli").format(line=line, reason=reason), file=sys.stderr)
    for line, reason in report.skipped:
        print(tr("line {line}: skipped: {reason}", "cli").format(line=line, reason=reason))
    if report.errors and not skip_invalid:
        print(
            trn(
                "Nothing was imported: %n row has errors. Correct it, or use "
                "--skip-invalid to import the others.",
                "Nothing was imported: %n rows have errors. Correct them, or use "
                "--skip-invalid to import the others.",
                len(report.errors),
                "cli",
            ),
            file=sys.stderr,
        )
        return False
    return True


def _import_people(args) -> int:
    from cxjournal.io.people_import import import_people

    report = import_people(
        args.file,
        side=args.side,
        dry_run=args.dry_run,
        skip_invalid=args.skip_invalid,
        duplicates=args.duplicates,
    )
    if not _rows_told(report, args.skip_invalid):
        return 2
    text = (
        tr(
            "Would add {added}, merge {merged}, skip {skipped}, leave out with errors {invalid} "
            "(dry run: nothing written).",
            "cli",
        )
        if args.dry_run
        else tr(
            "Added {added}, merged {merged}, skipped {skipped}, left out with errors {invalid}.",
            "cli",
        )
    )
    counts = {"added": report.added, "merged": report.merged, "skipped": len(report.skipped)}
    print(text.format(**counts, invalid=len(report.errors)))
    return 0


def _column_overrides(pairs: list[str]) -> dict[str, str]:
    """``--map "Colonne=field"`` as {header: field}."""
    overrides = {}
    for pair in pairs:
        header, sign, key = pair.rpartition("=")
        if not sign or not header.strip():
            raise ValidationError(
                tr(
                    '--map wants COLUMN=FIELD, such as "Remarque=details"; not “{pair}”.', "cli"
                ).format(pair=pair)
            )
        overrides[header.strip()] = key.strip()
    return overrides


def _import_entries(args) -> int:
    from cxjournal.io.entries_import import import_entries

    report = import_entries(
        args.file,
        side=args.side,
        overrides=_column_overrides(args.map),
        dry_run=args.dry_run,
        skip_invalid=args.skip_invalid,
    )
    if not _rows_told(report, args.skip_invalid):
        return 2
    text = (
        tr(
            "Would add {entries} and {people}; duplicates to skip: {skipped}; to leave out with "
            "errors: {invalid} (dry run: nothing written).",
            "cli",
        )
        if args.dry_run
        else tr(
            "Added {entries} and {people}; duplicates skipped: {skipped}; left out with errors: "
            "{invalid}.",
            "cli",
        )
    )
    counts = {
        "entries": trn("%n entry", "%n entries", report.added, "cli"),
        "people": trn("%n person", "%n people", len(report.people_added), "cli"),
    }
    print(text.format(**counts, skipped=len(report.skipped), invalid=len(report.errors)))
    if report.people_added:
        print(tr("New people: {names}", "cli").format(names=", ".join(report.people_added)))
    return 0


def _erased_again(count: int) -> None:
    if count:
        print(
            trn(
                "%n erased person was in it and was removed again (register of erasures).",
                "%n erased people were in it and were removed again (register of erasures).",
                count,
                "cli",
            )
        )


def _import_json(args) -> int:
    from cxjournal.io.restoring import import_journal

    done = import_journal(args.file)
    print(
        trn("Loaded %n row from {path}.", "Loaded %n rows from {path}.", done.rows, "cli").format(
            path=args.file
        )
    )
    _erased_again(done.erased_again)
    return 0


def _export_json(args) -> int:
    from cxjournal.io.json_export import export_json

    print(tr("Wrote {path}.", "cli").format(path=export_json(args.out)))
    return 0


def _export_csv(args) -> int:
    from cxjournal.io.json_export import export_csv

    files = export_csv(args.out, include_confidential=args.include_confidential)
    print(
        trn("Wrote %n file in {path}.", "Wrote %n files in {path}.", len(files), "cli").format(
            path=args.out
        )
    )
    return 0


def _export_person(args) -> int:
    from cxjournal.services.people import resolve_person
    from cxjournal.services.privacy import export_person

    path = export_person(resolve_person(args.who), args.out)
    print(tr("Wrote {path}.", "cli").format(path=path))
    return 0


def _erase_person(args) -> int:
    from cxjournal.services.people import resolve_person
    from cxjournal.services.privacy import erase_person

    who = resolve_person(args.who)
    question = tr("Erase {name} and their whole history for good?", "cli").format(name=who.name)
    if not _confirmed(args, question):
        print(tr("Nothing was erased.", "cli"))
        return 1
    count = erase_person(who)
    print(
        trn("Erased {name} and %n entry.", "Erased {name} and %n entries.", count, "cli").format(
            name=who.name
        )
    )
    return 0


def _backup(args) -> int:
    from cxjournal.store.backup import backup_to, backups_folder, journal_file

    if args.out is not None and not args.out.expanduser().parent.is_dir():
        # a mistyped folder is refused rather than silently created
        raise ValidationError(
            tr("The folder {path} does not exist.", "cli").format(path=args.out.expanduser().parent)
        )
    folder = backups_folder(journal_file())
    out = args.out or folder / f"journal-{clock.now():%Y-%m-%d-%H%M%S}.db"
    print(tr("Backup written and checked: {path}", "cli").format(path=backup_to(out)))
    return 0


def _restore(args) -> int:
    from cxjournal.io.restoring import is_other_journal, restore_backup
    from cxjournal.store.backup import check_journal, journal_file

    current = journal_file()
    problems = check_journal(args.file)
    if problems:
        raise CXJournalError(" ".join(problems))
    if is_other_journal(args.file, current) and not args.other_journal:
        raise CXJournalError(
            tr(
                "{path} is a backup of another journal, not of {current}. Nothing was restored; "
                "add --other-journal to restore it anyway.",
                "cli",
            ).format(path=args.file, current=current)
        )
    question = tr("Replace {current} with {backup}? The current file is kept beside it.", "cli")
    if not _confirmed(args, question.format(current=current, backup=args.file)):
        print(tr("Nothing was restored.", "cli"))
        return 1
    done = restore_backup(args.file, current, other_journal=True)
    print(tr("Restored. The previous file was kept as {path}.", "cli").format(path=done.kept))
    _erased_again(done.erased_again)
    return 0


def _check(args) -> int:
    from cxjournal.store.backup import check_journal, journal_file
    from cxjournal.store.models import on_server
    from cxjournal.store.repair_checkins import repair_message, repaired_count

    if on_server():
        from cxjournal.store.server_check import check_server_journal

        problems, notes = check_server_journal()
    else:
        problems, notes = check_journal(journal_file()), []
    for problem in [*problems, *notes]:
        print(problem)
    if not problems:
        print(tr("The journal is healthy: no problem was found.", "cli"))
    if repaired_count():  # a past repair stays told: the owner may want to look at those again
        print(repair_message(repaired_count()))
    return 1 if problems else 0


def _copy_to(args) -> int:
    from cxjournal.store.copying import copy_to

    report = copy_to(args.target)
    print(
        trn(
            "Copied %n row into {target}. Every table arrived whole: the row counts and "
            "checksums match the journal's.",
            "Copied %n rows into {target}. Every table arrived whole: the row counts and "
            "checksums match the journal's.",
            report.rows,
            "cli",
        ).format(target=report.target)
    )
    return 0


def _register_import_entries(kinds) -> None:
    history = kinds.add_parser(
        "entries",
        help=tr("journal history from a spreadsheet (CSV, French Excel, Unicode text)", "cli"),
    )
    history.add_argument("file", type=Path)
    history.add_argument(
        "--side",
        choices=v.SIDES,
        default=v.CUSTOMER,
        help=tr("side of the new people, when the file does not say", "cli"),
    )
    history.add_argument("--dry-run", action="store_true", help=tr("check only", "cli"))
    history.add_argument(
        "--skip-invalid", action="store_true", help=tr("import the valid rows anyway", "cli")
    )
    history.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help=tr(
            "which field a column holds (when, who, email, phone, side, kind, channel, title, "
            "details, satisfaction, tags, status, response, response_at, resolution, resolved_at, "
            "confidential); COLUMN= leaves it out",
            "cli",
        ),
    )
    history.set_defaults(handler=_import_entries)


def register(commands) -> None:
    imports = commands.add_parser(
        "import", help=tr("bring people, journal history or a whole journal in", "cli")
    )
    kinds = imports.add_subparsers(dest="what", metavar="WHAT", required=True)
    people = kinds.add_parser("people", help=tr("people from a CSV or vCard file", "cli"))
    people.add_argument("file", type=Path)
    people.add_argument("--side", choices=v.SIDES, default=v.CUSTOMER)
    people.add_argument("--dry-run", action="store_true", help=tr("check only", "cli"))
    people.add_argument(
        "--skip-invalid", action="store_true", help=tr("import the valid rows anyway", "cli")
    )
    people.add_argument("--duplicates", choices=("skip", "merge"), default="skip")
    people.set_defaults(handler=_import_people)
    _register_import_entries(kinds)
    from cxjournal.cli.cmd_email import register_import as register_email

    register_email(kinds)
    whole = kinds.add_parser(
        "json", help=tr("a whole-journal export, into an empty journal", "cli")
    )
    whole.add_argument("file", type=Path)
    whole.set_defaults(handler=_import_json)

    formats = export_formats(commands)
    whole_help = tr(
        "the whole journal as one JSON file: a backup, so it keeps everything, confidential "
        "entries included",
        "cli",
    )
    whole_out = formats.add_parser("json", help=whole_help, description=whole_help)
    whole_out.add_argument("--out", required=True, type=Path)
    whole_out.set_defaults(handler=_export_json)
    csv_help = tr(
        "one CSV file per table, in a folder; confidential entries are left out unless "
        "--include-confidential",
        "cli",
    )
    csv_out = formats.add_parser("csv", help=csv_help, description=csv_help)
    csv_out.add_argument("--out", required=True, type=Path)
    csv_out.add_argument(
        "--include-confidential",
        action="store_true",
        help=tr("also write confidential entries", "cli"),
    )
    csv_out.set_defaults(handler=_export_csv)
    person_help = tr(
        "everything about one person (JSON), for their data-access request: their confidential "
        "entries are included; others' names in them may need to be removed before you send it",
        "cli",
    )
    person = formats.add_parser("person", help=person_help, description=person_help)
    person.add_argument("who", help=tr("name or #id", "cli"))
    person.add_argument("--out", required=True, type=Path)
    person.set_defaults(handler=_export_person)

    erase = commands.add_parser("erase", help=tr("erase a person and their history", "cli"))
    erase_kinds = erase.add_subparsers(dest="what", metavar="WHAT", required=True)
    erase_person = erase_kinds.add_parser("person", help=tr("right to erasure", "cli"))
    erase_person.add_argument("who", help=tr("name or #id", "cli"))
    erase_person.add_argument("--yes", action="store_true", help=tr("do not ask", "cli"))
    erase_person.set_defaults(handler=_erase_person)

    _register_copies(commands)


def _register_copies(commands) -> None:
    """backup, restore, copy-to and check: the journal as a whole."""
    backup = commands.add_parser("backup", help=tr("a checked copy of the journal", "cli"))
    backup.add_argument("--out", type=Path, help=tr("default: the backups folder", "cli"))
    backup.set_defaults(handler=_backup)
    restore = commands.add_parser("restore", help=tr("put a backup in place of the journal", "cli"))
    restore.add_argument("file", type=Path)
    restore.add_argument("--yes", action="store_true", help=tr("do not ask", "cli"))
    restore.add_argument(
        "--other-journal",
        action="store_true",
        help=tr("restore it even if it is a backup of another journal", "cli"),
    )
    restore.set_defaults(handler=_restore)
    copy_help = tr(
        "copy the journal into an empty journal: a file, or a server (postgresql://user@host/"
        "dbname; the password from PGPASSWORD or ~/.pgpass), checked table by table",
        "cli",
    )
    copy = commands.add_parser("copy-to", help=copy_help, description=copy_help)
    copy.add_argument("target", metavar="TARGET")
    copy.set_defaults(handler=_copy_to)
    check = commands.add_parser("check", help=tr("check the journal's health", "cli"))
    check.set_defaults(handler=_check)
