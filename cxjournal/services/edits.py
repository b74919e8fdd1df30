"""Edits made from values read earlier: only the columns that change are written, and a field that
someone else changed since the editor read it is an ``EditConflict``, never a silent overwrite.

On a shared journal two computers edit the same record: one changes an entry's status while the
other corrects its title. Saving every column of a row read earlier would undo the first change;
writing only the changed columns lets both survive. When both change the same field, the second
editor says what they started from (``base``), the service compares it with what is stored now,
inside the same transaction and with the row locked, and refuses with both versions to show.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from peewee import Model

from cxjournal import vocabulary as v
from cxjournal.amounts import plain_amount
from cxjournal.errors import EditConflict, FieldConflict, ValidationError
from cxjournal.i18n import tr, trn
from cxjournal.names import name_key
from cxjournal.services import validation as check
from cxjournal.services.assignment import NOBODY
from cxjournal.services.gestures import currency

_YES = {"1", "true", "yes", "y", "on", "oui", "o", "vrai"}
_NO = {"0", "false", "no", "n", "off", "non", "faux", ""}
_CODES = {"kind", "channel", "side", "status", "cadence"}  # stored as codes, shown as their labels


def field_label(field: str) -> str:
    """The name of a field as the window calls it."""
    labels = {
        "title": tr("Title"),
        "details": tr("Details"),
        "kind": tr("Kind"),
        "channel": tr("Channel"),
        "occurred_at": tr("When"),
        "satisfaction": tr("Satisfaction"),
        "priority": tr("Priority"),
        "confidential": tr("Confidential"),
        "tags": tr("Tags"),
        "person": tr("Person"),
        "what": tr("What was promised"),
        "due": tr("Due date"),
        "amount": tr("Amount"),
        "due_at": tr("Due"),
        "notes": tr("Notes"),
        "rrule": tr("Repeat"),
        "assigned_to": tr("Assigned to"),
        "name": tr("Name"),
        "side": tr("side"),
        "organisation": tr("Organisation"),
        "department": tr("Department"),
        "cadence": tr("check-in cadence"),
        "role": tr("Role"),
        "email": tr("Email"),
        "phone": tr("Phone"),
    }
    return labels.get(field, field)


def _comparable(current: Any, value: Any, field: str) -> Any:
    """``value`` (as the editor gives it: typed text on the command line, or what a form loaded)
    in the form of ``current`` (the stored value), so that the two compare as equal when they mean
    the same; a value that cannot mean anything for this field is bad input."""
    if isinstance(value, Model):
        value = value.get_id()
    if isinstance(current, Model):
        current = current.get_id()
    if field == "assigned_to" and isinstance(value, str) and value.strip().casefold() == NOBODY:
        value = None  # "none" is how --assign and --expect say nobody, stored as NULL
    if value is None or value == "":
        return None if current in (None, "", []) else value
    if isinstance(current, bool):
        text = str(value).strip().lower()
        if isinstance(value, bool) or text in _YES | _NO:
            return value if isinstance(value, bool) else text in _YES
    elif isinstance(current, datetime):
        return check.as_datetime(value, field_label(field)).replace(second=0)
    elif isinstance(current, date):
        return check.as_date(value, field_label(field))
    elif isinstance(current, list):
        names = value.split(",") if isinstance(value, str) else value
        return sorted({name_key(str(n).strip().lstrip("#")) for n in names if str(n).strip()})
    elif isinstance(current, int):
        text = str(value).strip().lstrip("#").lower()
        if text in v.PRIORITY_BY_NAME and field == "priority":
            return v.PRIORITY_BY_NAME[text]
        if text.isdigit():
            return int(text)
    else:
        return str(value).strip() if isinstance(value, str | int) else value
    raise ValidationError(
        tr("“{value}” cannot be a value of {field}.").format(value=value, field=field_label(field)),
        field=field,
    )


def _stored(current: Any) -> Any:
    """A stored value in the form ``_comparable`` gives."""
    if isinstance(current, Model):
        return current.get_id()
    if current in (None, "", []):
        return None
    if isinstance(current, datetime):
        return current.replace(second=0, microsecond=0)
    if isinstance(current, list):
        return sorted({name_key(str(n)) for n in current})
    if isinstance(current, str):
        return current.strip()
    return current


def shown(field: str, value: Any) -> str:
    """A field's value as words to show beside another version of it."""
    if isinstance(value, Model):
        value = getattr(value, "name", value.get_id())
    if value is None or value == "" or value == []:
        return tr("(empty)")
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if field == "amount" and isinstance(value, int):  # minor units: "12.50", never "1250"
        return plain_amount(value, currency())
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ", ".join(str(n) for n in value)
    if field == "priority" or field in _CODES:
        return v.label(value)
    return str(value)


def check_base(
    current: Mapping[str, Any],
    base: Mapping[str, Any] | None,
    mine: Mapping[str, Any],
    *,
    fields: Iterable[str],
) -> None:
    """Refuse the edit with an ``EditConflict`` when a field of ``base`` (what the editor started
    from) no longer holds that value in ``current`` (what is stored now, read under lock).
    ``base`` None: the editor read nothing earlier (a plain command), no check."""
    if not base:
        return
    unknown = set(base) - set(fields)
    if unknown:
        raise ValidationError(
            tr("Unknown detail: {names}.").format(names=", ".join(sorted(unknown)))
        )
    conflicts = tuple(
        FieldConflict(
            field=name,
            label=field_label(name),
            base=base[name],
            theirs=current[name],
            mine=mine.get(name),
            theirs_text=shown(name, current[name]),
            mine_text=shown(name, mine[name]) if name in mine else "",
        )
        for name in base
        if _comparable(current[name], base[name], name) != _stored(current[name])
    )
    if conflicts:
        raise EditConflict(conflict_message(conflicts), conflicts)


def conflict_message(conflicts: tuple[FieldConflict, ...]) -> str:
    """One line naming each field someone else changed and what it holds now."""
    changed = "; ".join(
        tr("{field} is now “{value}”").format(field=c.label, value=c.theirs_text) for c in conflicts
    )
    return trn(
        "Someone else changed this field meanwhile ({changed}); nothing was saved: read it again "
        "and retry.",
        "Someone else changed these fields meanwhile ({changed}); nothing was saved: read them "
        "again and retry.",
        len(conflicts),
    ).format(changed=changed)


def save_changed(row: Model, values: Mapping[str, Any], stamp: datetime) -> list[str]:
    """Write to ``row`` only the columns of ``values`` that differ from what it holds, with
    ``updated_at``; the names of the columns written (none: nothing was written)."""
    written = [name for name, value in values.items() if _differs(getattr(row, name), value)]
    for name in written:
        setattr(row, name, values[name])
    if written:
        row.updated_at = stamp
        fields = row._meta.fields
        row.save(only=[fields[name] for name in (*written, "updated_at")])
    return written


def _differs(old: Any, new: Any) -> bool:
    if isinstance(new, Model) or isinstance(old, Model):
        new_id = new.get_id() if isinstance(new, Model) else new
        old_id = old.get_id() if isinstance(old, Model) else old
        return new_id != old_id
    return old != new
