"""The owner's settings (business name, logo, paper size, language, reminder delays) stored in the journal."""

from __future__ import annotations

from cxjournal.config import SETTING_DEFAULTS
from cxjournal.errors import ValidationError
from cxjournal.i18n import tr
from cxjournal.services import validation as check
from cxjournal.services.common import action
from cxjournal.store.models import Setting

CHOICES = {
    "paper_size": ("A4", "Letter"),
    "language": ("system", "fr", "en"),
}
NUMBERS = ("complaint_reminder_hours", "concern_reminder_hours", "promise_reminder_days")
FLAGS = (
    "overdue_promise_reminder",
    "keep_in_tray",
    "include_confidential_in_reports",
    "confidential_in_reminders",
    "welcomed",
)


def get_setting(key: str) -> str:
    if key not in SETTING_DEFAULTS:
        raise ValidationError(tr("There is no setting called “{key}”.").format(key=key))
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row is not None else SETTING_DEFAULTS[key]


def get_flag(key: str) -> bool:
    return get_setting(key) == "1"


def get_number(key: str) -> int:
    return int(get_setting(key))


def all_settings() -> dict[str, str]:
    values = dict(SETTING_DEFAULTS)
    values.update({row.key: row.value for row in Setting.select() if row.key in values})
    return values


def _clean(key: str, value) -> str:
    if key in CHOICES:
        allowed = CHOICES[key]
        match = [c for c in allowed if c.lower() == str(value).strip().lower()]
        if not match:
            raise ValidationError(
                tr("“{value}” is not a valid choice; choose one of: {choices}.").format(
                    value=value, choices=", ".join(allowed)
                )
            )
        return match[0]
    if key in NUMBERS:
        try:
            number = int(str(value).strip())
        except ValueError:
            number = -1
        if not 0 <= number <= 10000:
            raise ValidationError(tr("Give a whole number from 0 (off) to 10000."))
        return str(number)
    if key in FLAGS:
        if isinstance(value, bool):
            return "1" if value else "0"
        text = str(value).strip().lower()
        if text not in ("1", "0", "true", "false", "yes", "no", "on", "off"):
            raise ValidationError(tr("Answer yes or no."))
        return "1" if text in ("1", "true", "yes", "on") else "0"
    return check.clean_line(str(value), tr("Setting"), max_len=500)


@action
def set_setting(key: str, value) -> str:
    if key not in SETTING_DEFAULTS:
        raise ValidationError(tr("There is no setting called “{key}”.").format(key=key))
    clean = _clean(key, value)
    Setting.insert(key=key, value=clean).on_conflict_replace().execute()
    return clean


@action
def set_settings(values: dict) -> None:
    """Change several settings at once: all of them, or none if one is invalid."""
    for key, value in values.items():
        set_setting(key, value)
