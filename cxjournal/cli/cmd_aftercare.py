"""``cxjournal entry after ID SCORE``: the customer's answer, some days after a complaint was
resolved, to "how did it go?" (satisfaction 1-5 after resolution; ``services.aftercare``)."""

from __future__ import annotations

from cxjournal.i18n import tr
from cxjournal.services import aftercare


def _after(args) -> int:
    entry = aftercare.record_satisfaction_after(args.id, args.score)
    print(
        tr("Entry #{id}: satisfaction after resolution {score}/5.", "cli").format(
            id=entry.id, score=entry.satisfaction_after
        )
    )
    return 0


def add_aftercare(sub, resolve) -> None:
    """``entry resolve --ask-after 7d|off`` and ``entry after ID SCORE``."""
    _register_after(sub)
    resolve.add_argument(
        "--ask-after",
        metavar="DAYS",
        help=tr(
            "for a customer complaint, ask how it went after so many days (7d), or off "
            "(default: the setting ask_after_days)",
            "cli",
        ),
    )


def _register_after(sub) -> None:
    after = sub.add_parser(
        "after", help=tr("record how the customer felt some days after the resolution", "cli")
    )
    after.add_argument("id", type=int, help=tr("entry number", "cli"))
    after.add_argument("score", help="1-5")
    after.set_defaults(handler=_after)
