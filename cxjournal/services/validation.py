"""Checks shared by every service: clean text, bounded lengths, valid codes, dates in order."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta

from cxjournal.errors import ValidationError
from cxjournal.i18n import tr

MAX_SHORT = 200
MAX_LONG = 20_000

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def clean_line(
    value: str | None, label: str, *, required: bool = False, max_len: int = MAX_SHORT
) -> str:
    """A one-line text: trimmed, inner whitespace folded, no control characters, bounded."""
    text = unicodedata.normalize("NFC", value or "")
    text = " ".join(text.split())
    return _checked(text, label, required=required, max_len=max_len)


def clean_text(
    value: str | None, label: str, *, required: bool = False, max_len: int = MAX_LONG
) -> str:
    """A multi-line text: line breaks kept, trailing spaces trimmed, bounded."""
    text = (
        unicodedata.normalize("NFC", value or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    )
    return _checked(text, label, required=required, max_len=max_len)


def _checked(text: str, label: str, *, required: bool, max_len: int) -> str:
    if required and not text:
        raise ValidationError(tr("{label} cannot be empty.").format(label=label), field=label)
    if len(text) > max_len:
        raise ValidationError(
            tr("{label} is too long ({length} characters; at most {max}).").format(
                label=label, length=len(text), max=max_len
            ),
            field=label,
        )
    if _CONTROL.search(text):
        raise ValidationError(
            tr("{label} contains invisible control characters.").format(label=label), field=label
        )
    return text


def clean_email(value: str | None) -> str:
    email = clean_line(value, tr("Email"), max_len=254).lower()
    if email and not _EMAIL.match(email):
        raise ValidationError(
            tr("“{email}” does not look like an email address.").format(email=email), field="email"
        )
    return email


def clean_phone(value: str | None) -> str:
    phone = clean_line(value, tr("Phone"), max_len=50)
    if phone and not re.search(r"\d", phone):
        raise ValidationError(
            tr("“{phone}” does not look like a phone number.").format(phone=phone), field="phone"
        )
    return phone


def one_of(value: str | None, allowed: tuple[str, ...] | list[str], label: str) -> str:
    code = (value or "").strip().lower()
    if code not in allowed:
        raise ValidationError(
            tr("“{value}” is not a valid {label}; choose one of: {choices}.").format(
                value=value, label=label, choices=", ".join(allowed)
            ),
            field=label,
        )
    return code


def as_datetime(value: datetime | date | str | None, label: str) -> datetime | None:
    """A datetime from a datetime, a date (midnight) or ISO text; impossible dates are refused."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.replace(microsecond=0, tzinfo=None)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    try:
        return datetime.fromisoformat(str(value).strip()).replace(microsecond=0, tzinfo=None)
    except ValueError:
        raise ValidationError(
            tr(
                "{label}: “{value}” is not a valid date and time (use YYYY-MM-DD or YYYY-MM-DD HH:MM)."
            ).format(label=label, value=value),
            field=label,
        ) from None


def as_date(value: date | str | None, label: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(
            tr("{label}: “{value}” is not a valid date (use YYYY-MM-DD).").format(
                label=label, value=value
            ),
            field=label,
        ) from None


CLOCK_SKEW = timedelta(minutes=10)  # another device's clock may run a little ahead


def happened(value: datetime | date | str | None, label: str, now: datetime) -> datetime | None:
    """``as_datetime`` for something that already happened: a moment after ``now`` (give or take
    a few minutes of clock skew) is a typo that would skew every median, so it is refused."""
    when = as_datetime(value, label)
    if when is not None and when > now + CLOCK_SKEW:
        raise ValidationError(
            tr(
                "{label}: {value} is in the future; this records something that already happened."
            ).format(label=label, value=when.isoformat(sep=" ", timespec="minutes")),
            field=label,
        )
    return when


MAX_RESULTS = 10_000


def result_limit(value: int | None) -> int | None:
    """How many results to show: None for the default, else 1 to ``MAX_RESULTS``."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_RESULTS:
        raise ValidationError(
            tr("The limit must be a whole number from 1 to {max}; “{value}” is not.").format(
                max=MAX_RESULTS, value=value
            ),
            field="limit",
        )
    return value
