"""The owner's settings stored in the journal: one table says each setting's key, default, kind and
choices, and every value is checked here, whoever sets it (the window, the command line).

The window keeps them in memory (``keep_settings_cached``): read all at once, then again only after
a change notice about settings (its own, or another process's or computer's through its watch of
the change log). On a server each read is a round trip: the window's start read them one by one,
13 statements before its first paint. The command line is short-lived and reads them as they are.
"""

from __future__ import annotations

from typing import NamedTuple

from cxjournal import clock, opening_hours, response_targets
from cxjournal.errors import ValidationError
from cxjournal.i18n import tr
from cxjournal.services import accounts
from cxjournal.services import validation as check
from cxjournal.services.common import action
from cxjournal.store import phone_keys
from cxjournal.store.journal_time import ZONE_KEY
from cxjournal.store.models import Setting, db, upsert

TEXT, CHOICE, NUMBER, FLAG, ZONE = "text", "choice", "number", "flag", "zone"
HOURS, CLOSED_DAYS = "hours", "closed-days"  # opening hours, closed days (cxjournal.opening_hours)
COUNTRY = "country"  # a two-letter country code (phone numbers are read in it; cxjournal.phones)
REASONS = "reasons"  # a list of short texts kept joined by ";"
ADDRESSES = "addresses"  # e-mail addresses kept joined by ", "
ACCOUNT_ADDRESSES = "account-addresses"  # services.account_addresses
MAX_REASONS, MAX_REASON_CHARS = 8, 100  # what the kiosk's screen holds


class SettingSpec(NamedTuple):
    key: str
    default: str
    kind: str = TEXT
    choices: tuple[str, ...] = ()  # for CHOICE
    maximum: int = 10000  # for NUMBER (0 is "off")
    minimum: int = 0  # for NUMBER: above 0 when "off" is not a choice


SETTINGS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        SettingSpec("business_name", ""),
        SettingSpec("logo_path", ""),
        SettingSpec("currency", "EUR"),
        SettingSpec(phone_keys.COUNTRY_KEY, "", COUNTRY),  # "": France (phones.FALLBACK_REGION)
        SettingSpec("paper_size", "A4", CHOICE, ("A4", "Letter")),
        SettingSpec("language", "system", CHOICE, ("system", "fr", "en")),
        SettingSpec("complaint_reminder_hours", "48", NUMBER),
        SettingSpec("concern_reminder_hours", "24", NUMBER),
        SettingSpec("promise_reminder_days", "1", NUMBER),
        SettingSpec("overdue_promise_reminder", "1", FLAG),
        SettingSpec("keep_in_tray", "1", FLAG),
        SettingSpec("include_confidential_in_reports", "0", FLAG),
        SettingSpec("confidential_in_reminders", "0", FLAG),  # a confidential entry's text shown
        SettingSpec("welcomed", "0", FLAG),  # the first-run welcome step was completed
        # How long people are kept (GDPR), in months: the owner may shorten, never lengthen
        # (customers: the CNIL's 3 years after their last own contact; staff: 5 years).
        SettingSpec("keep_customers_months", "36", NUMBER, maximum=36, minimum=1),
        SettingSpec("keep_staff_months", "60", NUMBER, maximum=60, minimum=1),
        SettingSpec("retention_reviewed", ""),
        # keep in touch: a customer with at least this many entries in six months is a regular
        # (0 switches the rule off)
        SettingSpec(
            "regular_customer_entries", "3", NUMBER, maximum=1000
        ),  # the month (YYYY-MM) the list was last reviewed
        # the journal's time zone (an IANA name): "" only in a journal not yet given one
        SettingSpec(ZONE_KEY, "", ZONE),
        # The kiosk's "What could we do better?" reasons, separated by ";" ("": the translated
        # defaults) and the staff pulse's question of the week ("": "How was your week?").
        SettingSpec("kiosk_reasons", "", REASONS),
        SettingSpec("pulse_question", ""),
        # the customers' question in the owner's words ("": "How was your visit today?")
        SettingSpec("kiosk_question", ""),
        SettingSpec("kiosk_name", ""),  # which kiosk a rating came from, when there are several
        # Days after a customer complaint is resolved to ask how it went (0: never; aftercare).
        SettingSpec("ask_after_days", "7", NUMBER, maximum=365),
        SettingSpec("demo_data", "0", FLAG),  # the journal was filled by ``cxjournal demo``
        SettingSpec("attachment_limit_mb", "10", NUMBER, maximum=100, minimum=1),  # per file
        # Answer in time: opening hours, closed days and response targets in opening hours.
        SettingSpec("opening_hours", opening_hours.DEFAULT_OPENING_HOURS, HOURS),
        SettingSpec("closed_days", opening_hours.DEFAULT_CLOSED_DAYS, CLOSED_DAYS),
        # the shop's own e-mail addresses: an imported message from one is the shop's reply
        SettingSpec("shop_addresses", "", ADDRESSES),
        # each account's own addresses on a shared journal ("anna: a@x.fr; paul: p@x.fr")
        SettingSpec("account_addresses", "", ACCOUNT_ADDRESSES),
        *(
            SettingSpec(key, default, NUMBER, maximum=1000)
            for key, default in response_targets.target_settings().items()
        ),
    )
}
SETTING_DEFAULTS: dict[str, str] = {key: spec.default for key, spec in SETTINGS.items()}


_keep_cached = False
# (journal session, database, values): the values belong to that opening of that journal only
_cached: tuple[int, object, dict[str, str]] | None = None
# A setting was written and the transaction may still roll back: the cache is not filled inside
# a transaction until a read outside one has filled it (what it read then is committed).
_written_since_fill = False


def keep_settings_cached(keep: bool) -> None:
    """Keep the settings in memory (the window, which hears of every change to them through its
    change notices and then calls ``forget_cached_settings``), or read them at each use."""
    global _keep_cached
    _keep_cached = keep
    forget_cached_settings()


def forget_cached_settings() -> None:
    """Read the settings again at the next use (they changed, here or elsewhere)."""
    global _cached
    _cached = None


def _read_all() -> dict[str, str]:
    values = dict(SETTING_DEFAULTS)
    values.update({row.key: row.value for row in Setting.select() if row.key in values})
    return values


def _cached_values() -> dict[str, str] | None:
    """Every setting, from memory when the window keeps them (None when it does not)."""
    global _cached, _written_since_fill
    if not _keep_cached:
        return None
    from cxjournal.store.connection import journal_session

    session, database = journal_session(), db.obj
    cached = _cached
    if cached is not None and cached[0] == session and cached[1] is database:
        return cached[2]
    values = _read_all()
    in_transaction = database is not None and database.in_transaction()
    if not (in_transaction and _written_since_fill):
        _cached, _written_since_fill = (session, database, values), False
    return values


def get_setting(key: str) -> str:
    if key not in SETTING_DEFAULTS:
        raise ValidationError(tr("There is no setting called “{key}”.").format(key=key))
    values = _cached_values()
    if values is not None:
        return values[key]
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row is not None else SETTING_DEFAULTS[key]


def get_flag(key: str) -> bool:
    return get_setting(key) == "1"


def get_number(key: str) -> int:
    return int(get_setting(key))


def all_settings() -> dict[str, str]:
    values = _cached_values()
    return dict(values) if values is not None else _read_all()


def clean_reasons(value) -> str:
    """The kiosk's reasons, a list (or texts separated by ";"), as typed: each one line, no ";",
    no two alike, at most ``MAX_REASONS``. Returns them joined by ";" ("" for the defaults)."""
    items = value.split(";") if isinstance(value, str) else list(value)
    if not isinstance(value, str) and any(";" in str(item) for item in items):
        raise ValidationError(tr("A reason cannot contain “;”."), field="kiosk_reasons")
    reasons = [
        check.clean_line(str(item), tr("Reason"), max_len=MAX_REASON_CHARS) for item in items
    ]
    reasons = [reason for reason in reasons if reason]
    if len(reasons) > MAX_REASONS:
        raise ValidationError(
            tr("The kiosk shows at most {count} reasons.").format(count=MAX_REASONS),
            field="kiosk_reasons",
        )
    seen = set()
    for reason in reasons:
        if reason.casefold() in seen:
            raise ValidationError(
                tr("The reason “{reason}” is there twice.").format(reason=reason),
                field="kiosk_reasons",
            )
        seen.add(reason.casefold())
    return ";".join(reasons)


def clean_addresses(value) -> str:
    """E-mail addresses, a list or one text separated by commas, semicolons or spaces: each one
    checked, lower case, each once. Returns them joined by ", "."""
    items = (
        str(value).replace(";", " ").replace(",", " ").split() if isinstance(value, str) else value
    )
    addresses = [check.clean_email(str(item)) for item in items]
    return ", ".join(dict.fromkeys(address for address in addresses if address))


def shop_addresses() -> set[str]:
    """The shop's own e-mail addresses (lower case), each account's own included."""
    from cxjournal.services import account_addresses

    shared = set(filter(None, get_setting("shop_addresses").split(", ")))
    return shared | account_addresses.every_address(get_setting(account_addresses.KEY))


def _clean(key: str, value) -> str:
    spec = SETTINGS[key]
    if spec.kind == REASONS:
        return clean_reasons(value)
    if spec.kind == ADDRESSES:
        return clean_addresses(value)
    if spec.kind == ACCOUNT_ADDRESSES:
        from cxjournal.services import account_addresses

        return account_addresses.clean(str(value))
    if spec.kind == CHOICE:
        allowed = spec.choices
        match = [c for c in allowed if c.lower() == str(value).strip().lower()]
        if not match:
            raise ValidationError(
                tr("“{value}” is not a valid choice; choose one of: {choices}.").format(
                    value=value, choices=", ".join(allowed)
                )
            )
        return match[0]
    if spec.kind == NUMBER:
        try:
            number = int(str(value).strip())
        except ValueError:
            number = -1
        if spec.minimum and not spec.minimum <= number <= spec.maximum:
            raise ValidationError(
                tr("Give a whole number from {minimum} to {maximum}.").format(
                    minimum=spec.minimum, maximum=spec.maximum
                )
            )
        if not 0 <= number <= spec.maximum:
            raise ValidationError(
                tr("Give a whole number from 0 (off) to {maximum}.").format(maximum=spec.maximum)
            )
        return str(number)
    if spec.kind == COUNTRY:
        return _clean_country(str(value))
    if spec.kind == ZONE:
        zone = clock.zone_or_none(str(value))
        if zone is None:
            raise ValidationError(
                tr("“{value}” is not a time zone; give a name such as Europe/Paris.").format(
                    value=value
                )
            )
        return zone.key
    if spec.kind in (HOURS, CLOSED_DAYS):
        return _clean_hours(spec.kind, str(value))
    if spec.kind == FLAG:
        if isinstance(value, bool):
            return "1" if value else "0"
        text = str(value).strip().lower()
        if text not in ("1", "0", "true", "false", "yes", "no", "on", "off"):
            raise ValidationError(tr("Answer yes or no."))
        return "1" if text in ("1", "true", "yes", "on") else "0"
    return check.clean_line(str(value), tr("Setting"), max_len=500)


def _clean_country(value: str) -> str:
    from cxjournal.phones import known_region

    if not value.strip():
        return ""
    code = known_region(value)
    if code is None:
        raise ValidationError(
            tr(
                "“{value}” is not a country code; give two letters such as FR, BE, CH or CA."
            ).format(value=value)
        )
    return code


def _clean_hours(kind: str, text: str) -> str:
    try:
        if kind == HOURS:
            return opening_hours.format_week(opening_hours.parse_week(text))
        opening_hours.parse_closed(text)
    except opening_hours.HoursError as exc:
        example = "mon-fri 09:00-12:30 14:00-19:00; sat 09:00-17:00"
        if kind == CLOSED_DAYS:
            example = "2026-08-10..2026-08-23, 12-25"
        raise ValidationError(
            tr("“{part}” is not understood; write for example: {example}").format(
                part=exc, example=example
            )
        ) from None
    return ", ".join(text.replace(";", ",").replace(",", " ").split())


@action
def set_setting(key: str, value) -> str:
    global _written_since_fill
    accounts.require("settings")
    if key not in SETTING_DEFAULTS:
        raise ValidationError(tr("There is no setting called “{key}”.").format(key=key))
    clean = _clean(key, value)
    _written_since_fill = True
    forget_cached_settings()
    upsert(Setting, key=key, value=clean)
    if key == ZONE_KEY:  # times already written are not converted: they stay as they were typed
        clock.use_zone(clean)
    if key == "language":  # untouched starter reply templates follow the journal's language
        from cxjournal.store.starter_templates import follow_language, journal_language

        follow_language(journal_language())
    if key == phone_keys.COUNTRY_KEY:  # numbers typed without a country code are read in it
        phone_keys.rekey_people(phone_keys.journal_region())
    return clean


@action
def set_settings(values: dict) -> None:
    """Change several settings at once: all of them, or none if one is invalid."""
    accounts.require("settings")
    for key, value in values.items():
        set_setting(key, value)
