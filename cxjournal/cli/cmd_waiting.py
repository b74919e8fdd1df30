"""``cxjournal entry wait ID --on WHO``, ``entry resume ID`` and ``entry list --overdue-target``:
an entry waiting on someone, and the entries that missed a response target."""

from __future__ import annotations

from cxjournal.cli.output import emit_json, emit_lines, entry_dict
from cxjournal.i18n import tr
from cxjournal.services import targets, waiting


def _wait(args) -> int:
    waiting.wait_on(args.id, args.on)
    print(tr("Entry #{id} waits on {who}.", "cli").format(id=args.id, who=args.on.strip()))
    return 0


def _resume(args) -> int:
    waiting.resume(args.id)
    print(tr("Entry #{id} no longer waits; its targets count again.", "cli").format(id=args.id))
    return 0


def _missed_dict(target: targets.TargetClock) -> dict:
    return {
        "target": target.stage,
        "target_hours": round(target.target / 3600, 2),
        "used_hours": round(target.used / 3600, 2),
        "done": target.done,
    }


def list_overdue(found: list, limit: int, as_json: bool, line) -> None:
    """Print the first ``limit`` entries of ``found`` that missed a target (``line``: an entry's
    usual line)."""
    late = targets.overdue(found)[:limit]
    if as_json:
        emit_json(
            [{**entry_dict(e), "missed_targets": [_missed_dict(t) for t in m]} for e, m in late]
        )
        return
    emit_lines(line(e) + "\t" + "; ".join(targets.stage_text(t) for t in m) for e, m in late)


def add_actions(sub, entry_list, entry_id) -> None:
    """The ``entry wait`` and ``entry resume`` commands (``entry_id`` adds the ID argument) and
    ``entry list --overdue-target``."""
    entry_list.add_argument(
        "--overdue-target",
        action="store_true",
        help=tr("only the entries that missed a response or resolution target", "cli"),
    )
    wait = sub.add_parser(
        "wait", help=tr("the entry waits on someone: its targets' clock stops", "cli")
    )
    entry_id(wait)
    wait.add_argument(
        "--on", required=True, help=tr('on whom: "the customer", "the supplier"...', "cli")
    )
    wait.set_defaults(handler=_wait)
    resume = sub.add_parser("resume", help=tr("the wait is over: targets count again", "cli"))
    entry_id(resume)
    resume.set_defaults(handler=_resume)
