"""``cxjournal report monthly|person|week --out FILE.pdf``."""

from __future__ import annotations

from cxjournal import months
from cxjournal.i18n import tr, trn
from cxjournal.reports.building import MONTHLY, PERSON, PRIVACY, WEEK, ReportRequest, build_report
from cxjournal.services import people, validation


def _done(path, pages: int) -> int:
    print(trn("Wrote {path}: %n page.", "Wrote {path}: %n pages.", pages, "cli").format(path=path))
    return 0


def _monthly(args) -> int:
    year, month = months.parse_month(args.month)
    request = ReportRequest(
        MONTHLY,
        year=year,
        month=month,
        lang=args.lang,
        include_confidential=args.include_confidential,
    )
    return _done(args.out, build_report(request, args.out))


def _person(args) -> int:
    person = people.resolve_person(args.person)
    request = ReportRequest(
        PERSON,
        person_id=person.id,
        lang=args.lang,
        include_confidential=args.include_confidential,
        include_files=args.include_files,
    )
    return _done(args.out, build_report(request, args.out))


def _week(args) -> int:
    week_of = validation.as_date(args.week_of, tr("Week of", "cli"))
    request = ReportRequest(
        WEEK, week_of=week_of, lang=args.lang, include_confidential=args.include_confidential
    )
    return _done(args.out, build_report(request, args.out))


def _privacy(args) -> int:
    return _done(args.out, build_report(ReportRequest(PRIVACY, lang=args.lang), args.out))


def register(commands) -> None:
    report = commands.add_parser("report", help=tr("print-ready PDF reports", "cli"))
    sub = report.add_subparsers(dest="action", metavar="REPORT", required=True)

    monthly = sub.add_parser("monthly", help=tr("the monthly relationship report", "cli"))
    monthly.add_argument("--month", required=True, metavar="YYYY-MM")
    monthly.set_defaults(handler=_monthly)

    person = sub.add_parser("person", help=tr("everything about one person", "cli"))
    person.add_argument("person", help=tr("name or #id", "cli"))
    person.add_argument(
        "--include-files",
        action="store_true",
        help=tr("also list each entry's attached files (names and sizes)", "cli"),
    )
    person.set_defaults(handler=_person)

    week = sub.add_parser("week", help=tr("this week's follow-up sheet, to pin on the wall", "cli"))
    week.add_argument("--week-of", metavar="YYYY-MM-DD", help=tr("any day of the week", "cli"))
    week.set_defaults(handler=_week)

    privacy = sub.add_parser(
        "privacy", help=tr("the record of processing personal data (GDPR register)", "cli")
    )
    privacy.set_defaults(handler=_privacy)
    for parser in (monthly, person, week, privacy):
        parser.add_argument("--out", required=True, metavar="FILE.pdf")
        parser.add_argument(
            "--lang", choices=("fr", "en"), help=tr("default: the language setting", "cli")
        )
    for parser in (monthly, person, week):
        parser.add_argument(
            "--include-confidential",
            action="store_true",
            help=tr("also print confidential entries (left out by default)", "cli"),
        )
