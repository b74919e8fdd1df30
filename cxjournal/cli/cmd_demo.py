"""``cxjournal demo``: fill an empty journal with a realistic shop's history."""

from __future__ import annotations

import argparse
import time
from datetime import date

from cxjournal.i18n import tr, trn


def _demo(args) -> int:
    started = time.perf_counter()
    from cxjournal.demo import fill_demo

    result = fill_demo(
        people=args.people,
        entries=args.entries,
        months=args.months,
        seed=args.seed,
        lang=args.lang,
        today=args.today,
    )
    print(
        tr(
            "Demo journal ready: {people}, {entries}, {promises}, {followups} ({seconds:.1f} s).",
            "cli",
        ).format(
            people=trn("%n person", "%n people", result.people, "cli"),
            entries=trn("%n entry", "%n entries", result.entries, "cli"),
            promises=trn("%n promise", "%n promises", result.promises, "cli"),
            followups=trn("%n follow-up", "%n follow-ups", result.followups, "cli"),
            seconds=time.perf_counter() - started,
        )
    )
    return 0


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("“{text}” is not a date like 2030-01-31.", "cli").format(text=text)
        ) from None


def register(commands) -> None:
    demo = commands.add_parser("demo", help=tr("fill an empty journal with demo data", "cli"))
    demo.add_argument("--people", type=int, default=40)
    demo.add_argument("--entries", type=int, default=1200)
    demo.add_argument("--months", type=int, default=14)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--lang", choices=("fr", "en"), default="fr")
    demo.add_argument(
        "--today",
        type=_day,
        metavar="YYYY-MM-DD",
        help=tr(
            "the day the history ends (default: today); same seed and day, same journal", "cli"
        ),
    )
    demo.set_defaults(handler=_demo)
