"""``cxjournal rate 1|2|3|4`` (a push-button box or a script records one rating; never dropped),
``cxjournal suggest TEXT`` (the staff's anonymous suggestion box) and ``cxjournal kiosk
[--staff]`` (the full-screen counter kiosk)."""

from __future__ import annotations

from cxjournal import vocabulary as v
from cxjournal.i18n import tr, trn
from cxjournal.services import ratings, suggestions


def _rate(args) -> int:
    ratings.record(
        args.score, side=args.side, reason=args.reason or "", text=args.text or "", at=args.at
    )
    return 0


def _suggest(args) -> int:
    if args.file_waiting:
        filed = suggestions.file_waiting()
        print(
            trn(
                "%n suggestion filed into the journal",
                "%n suggestions filed into the journal",
                filed,
            )
        )
        return 0
    suggestions.suggest(args.text or "")
    return 0


def _kiosk(args) -> int:
    from cxjournal.ui.kiosk.run import run_kiosk  # Qt only for the kiosk itself

    return run_kiosk(staff=args.staff)


def register(commands) -> None:
    rate = commands.add_parser(
        "rate", help=tr("record one rating: 1 very unhappy … 4 very happy", "cli")
    )
    rate.add_argument("score", help=tr("1, 2, 3 or 4", "cli"))
    rate.add_argument(
        "--side",
        default=v.CUSTOMER,
        help=tr("customer (default) or staff (an anonymous pulse answer, day only)", "cli"),
    )
    rate.add_argument("--reason", help=tr("what could be better, e.g. “Waiting time”", "cli"))
    rate.add_argument("--text", help=tr("a comment", "cli"))
    rate.add_argument(
        "--at", metavar="WHEN", help=tr("when (YYYY-MM-DD HH:MM; default now)", "cli")
    )
    rate.set_defaults(handler=_rate)

    suggest = commands.add_parser(
        "suggest",
        help=tr(
            "drop an anonymous suggestion in the staff's box (filed into the journal, with its "
            "day only, once the day is over)",
            "cli",
        ),
    )
    suggest.add_argument("text", nargs="?", help=tr("the suggestion", "cli"))
    suggest.add_argument(
        "--file-waiting",
        action="store_true",
        help=tr("file the suggestions of past days into the journal now", "cli"),
    )
    suggest.set_defaults(handler=_suggest)

    kiosk = commands.add_parser(
        "kiosk", help=tr("the full-screen rating kiosk for the counter", "cli")
    )
    kiosk.add_argument(
        "--staff", action="store_true", help=tr("the staff pulse, for the break room", "cli")
    )
    kiosk.set_defaults(handler=_kiosk)
