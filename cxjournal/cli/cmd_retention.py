"""``cxjournal retention [--json]`` and ``cxjournal retention erase --yes``: who is past the period
the journal keeps people (Settings ▸ Privacy), and erasing them once the owner confirms. The list
also counts (text) or lists (JSON: ``{"due": [...], "kept": [...]}``) the people past the period
whom the owner keeps until a day or for a reason."""

from __future__ import annotations

from cxjournal import clock
from cxjournal import vocabulary as v
from cxjournal.cli.output import emit_json, emit_lines
from cxjournal.errors import ValidationError
from cxjournal.i18n import tr, trn
from cxjournal.services import retention


def _list(args) -> int:
    now = clock.now()
    due = retention.due_for_deletion(now)
    kept = retention.kept_past_period(now)
    if args.json:
        # two lists, never one: a script erasing what it reads must not meet the people kept
        emit_json({"due": [d.as_dict() for d in due], "kept": [k.as_dict() for k in kept]})
        return 0
    if not due and not kept:
        print(tr("Nobody is past the period the journal keeps people.", "cli"))
    lines = [
        "\t".join(
            (
                f"#{d.person_id}",
                d.name,
                v.label(d.side).lower(),
                tr("counted from {date}", "cli").format(date=d.counted_from.date().isoformat()),
                tr("due since {date}", "cli").format(date=d.due_since.date().isoformat()),
            )
        )
        for d in due
    ]
    emit_lines(lines)
    if kept:
        print(
            trn(
                "%n person past the period is kept by your decision, not listed for deletion "
                "(names: --json, or Settings ▸ Privacy).",
                "%n people past the period are kept by your decision, not listed for deletion "
                "(names: --json, or Settings ▸ Privacy).",
                len(kept),
                "cli",
            )
        )
    return 0


def _erase(args) -> int:
    if not args.yes:
        raise ValidationError(
            tr("Nothing was erased: add --yes to confirm the erasure of everyone listed.", "cli")
        )
    now = clock.now()
    count = retention.erase_due(now)
    retention.mark_reviewed(now)
    print(
        trn("Erased %n person past the period.", "Erased %n people past the period.", count, "cli")
    )
    return 0


def register(commands) -> None:
    help_text = tr(
        "who is past the period the journal keeps people (Settings ▸ Privacy); nothing is "
        "deleted until you run 'retention erase --yes'",
        "cli",
    )
    cmd = commands.add_parser("retention", help=help_text, description=help_text)
    cmd.add_argument("--json", action="store_true")
    cmd.set_defaults(handler=_list)
    sub = cmd.add_subparsers(dest="action", metavar="ACTION")
    erase = sub.add_parser("erase", help=tr("erase everyone listed, for good", "cli"))
    erase.add_argument("--yes", action="store_true", help=tr("confirm the erasure", "cli"))
    erase.set_defaults(handler=_erase)
