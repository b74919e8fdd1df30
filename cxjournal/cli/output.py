"""How the command line shows things: plain-text lines for people and JSON for scripts."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime

from cxjournal import vocabulary as v
from cxjournal.amounts import plain_amount
from cxjournal.errors import ValidationError
from cxjournal.i18n import tr
from cxjournal.services import entries, followups, gestures, promises
from cxjournal.store.models import Entry, FollowUp, Person, Promise


def _iso(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()


def person_dict(p: Person) -> dict:
    return {
        "id": p.id,
        "side": p.side,
        "name": p.name,
        "organisation": p.organisation,
        "department": p.department.name if p.department_id else None,
        "role": p.role,
        "email": p.email,
        "phone": p.phone,
        "phone_e164": p.phone_e164,  # the same number in one form (cxjournal.phones)
        "notes": p.notes,
        "archived": p.archived,
        "keep_in_touch_days": p.keep_in_touch_days,
        "last_contact_at": _iso(p.last_contact_at),
        "created_at": _iso(p.created_at),
        "updated_at": _iso(p.updated_at),
    }


def entry_dict(e: Entry, *, with_responses: bool = False) -> dict:
    data = {
        "id": e.id,
        "side": e.side,
        "kind": e.kind,
        "person_id": e.person_id,
        "person": e.person.name if e.person_id else None,
        "channel": e.channel,
        "occurred_at": _iso(e.occurred_at),
        "title": e.title,
        "details": e.details,
        "satisfaction": e.satisfaction,
        "priority": v.PRIORITIES.get(e.priority, e.priority),
        "status": e.status,
        "waiting_on": e.waiting_on,  # on whom it waits, while its status is "waiting"
        "first_response_at": _iso(e.first_response_at),
        "resolved_at": _iso(e.resolved_at),
        "resolution": e.resolution,
        "satisfaction_after": e.satisfaction_after,
        "resolution_amount": plain_amount(e.resolution_amount, gestures.currency()) or None,
        "confidential": e.confidential,
        "tags": entries.entry_tags(e),
        "made_by": e.made_by,  # the account (the system user on a file); None: before version 8
    }
    if with_responses:
        data["responses"] = [
            {"id": r.id, "at": _iso(r.at), "text": r.text} for r in entries.responses(e)
        ]
    return data


def promise_dict(p: Promise) -> dict:
    state = promises.promise_state(p)
    return {
        "id": p.id,
        "person_id": p.person_id,
        "person": p.person.name,
        "entry_id": p.entry_id,
        "what": p.what,
        "made_at": _iso(p.made_at),
        "due": _iso(p.due_date),
        "original_due": _iso(p.original_due_date),
        "status": p.status,
        "state": state.code,
        "days_late": state.days_late,
        "renegotiated": state.renegotiated,
        "fulfilled_at": _iso(p.fulfilled_at),
        "note": p.note,
        "assigned_to": p.assigned_to,
        "made_by": p.made_by or None,
        "amount": plain_amount(p.amount, gestures.currency()) or None,  # "12.50": exact, no float
    }


def followup_dict(f: FollowUp) -> dict:
    return {
        "id": f.id,
        "title": f.title,
        "due_at": _iso(f.due_at),
        "snoozed_until": _iso(f.snoozed_until),
        "attention_at": _iso(followups.effective_due(f)),
        "rrule": f.rrule,
        "done_at": _iso(f.done_at),
        "person_id": f.person_id,
        "person": f.person.name if f.person_id else None,
        "entry_id": f.entry_id,
        "promise_id": f.promise_id,
        "department_id": f.department_id,
        "notes": f.notes,
        "assigned_to": f.assigned_to,
        "made_by": f.made_by or None,
    }


def trash_item_dict(item) -> dict:
    return {
        "kind": item.kind,
        "id": item.id,
        "label": item.label,
        "deleted_at": _iso(item.deleted_at),
        "goes_with": item.goes_with,
    }


def confirmed(args, question: str) -> bool:
    """Whether to go on destroying data: ``--yes``, or "y" / "o" typed at the question."""
    if args.yes:
        return True
    print(question + " " + tr("[y/N]", "cli"), end=" ", flush=True)
    answer = sys.stdin.readline().strip().lower()
    return answer in ("y", "yes", "o", "oui")


def emit_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def emit_lines(lines) -> None:
    for line in lines:
        print(line)


def add_assign(parser) -> None:
    """``--assign NAME|none``: the account a follow-up or promise is assigned to (a shared journal)."""
    parser.add_argument(
        "--assign",
        metavar="NAME|none",
        help=tr("assign to an account of the shared journal, or to nobody (none)", "cli"),
    )


def add_amount(parser, help_text: str) -> None:
    """``--amount``, as people type it ("12,50", "12.50 €"), read by the service in the
    journal's currency (a bad one: exit 2, nothing changed)."""
    parser.add_argument("--amount", metavar=tr("AMOUNT", "cli"), help=help_text)


def add_expect(parser, fields: str) -> None:
    """``--expect FIELD=VALUE``: the base of an edit (what the person read before deciding it)."""
    parser.add_argument(
        "--expect",
        action="append",
        metavar="FIELD=VALUE",
        help=tr(
            "change only if FIELD still holds VALUE (as you last read it), else change nothing "
            "and exit 75: read again, then retry; repeatable; fields: {fields}",
            "cli",
        ).format(fields=fields),
    )


def expected(args, aliases: dict[str, str] | None = None) -> dict[str, str] | None:
    """The ``--expect`` pairs as a base for an edit service (``aliases``: option names for the
    service's field names, e.g. ``when`` for ``occurred_at``); None when none were given."""
    if not getattr(args, "expect", None):
        return None
    base: dict[str, str] = {}
    for pair in args.expect:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise ValidationError(
                tr("--expect takes FIELD=VALUE, not “{pair}”.", "cli").format(pair=pair)
            )
        name = name.strip().replace("-", "_")
        base[(aliases or {}).get(name, name)] = value
    return base
