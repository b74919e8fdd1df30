"""Reading a day as people type it, in French or English: "5/12", "05/12/2026", "samedi", "demain",
"dans 3 jours", "+3", "tomorrow", "saturday", "in 3 days", and the ISO "2026-12-07".

The days read here are for promises and follow-ups, so they are today or later: a weekday is the
coming one ("samedi" on a Monday is that week's Saturday; "lundi" on a Monday is the next Monday),
and a day and month without a year is the next time that day comes round ("5/12" typed in
November is 5 December this year, typed on 10 December it is 5 December next year; typed on
5 December it is today). A day that has passed ("hier", "05/12/2025") is refused, not moved.

Numbers are read day first (DMY) in both languages: the app speaks French and British English,
where "5/12" is the 5th of December; a year written first ("2026-12-07") still reads as ISO.
``dateparser`` does the reading; it costs about 0.3 s to import and load its languages, so it is
imported on the first typed day, never at start.

``read_moment`` reads the other way round: a moment that has happened, as spreadsheets and people
write one in a journal's history ("05/12/2026 14:30", "2026-12-05", "5 déc. 2026 à 14h30"). The
usual shapes are read by a pattern (an import reads thousands: dateparser takes about a
millisecond each); other text goes to dateparser, preferring the past.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from datetime import date, datetime, timedelta

from cxjournal import clock
from cxjournal import formatting as fmt
from cxjournal.errors import ValidationError
from cxjournal.i18n import tr

_DAYS_AHEAD = re.compile(r"^\+\s*(\d{1,4})$")  # "+3": dateparser would read it as the 3rd
_SHORT_WEEKDAYS = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
}


def _dateparser_settings(now: datetime) -> dict:
    return {
        "DATE_ORDER": "DMY",
        "PREFER_DATES_FROM": "future",
        "RELATIVE_BASE": now,
        "RETURN_AS_TIMEZONE_AWARE": False,
    }


def read_day(text: str, now: datetime | None = None) -> date | None:
    """The day ``text`` means, seen from ``now`` (the installed clock by default); ``None`` for
    empty text. Raises ``ValidationError`` (a message fit to show) for text that is not a day or
    names a day that has passed."""
    text = " ".join(text.split())
    if not text:
        return None
    now = now or clock.now()
    today = now.date()
    ahead = _DAYS_AHEAD.match(text)
    if ahead:
        return today + timedelta(days=int(ahead.group(1)))
    import dateparser  # here, not at the top: see the module's docstring

    parsed = dateparser.parse(text, languages=["fr", "en"], settings=_dateparser_settings(now))
    if parsed is None:
        raise ValidationError(
            tr("“{text}” is not a day CX Journal can read; try 5/12, saturday or +3.").format(
                text=text
            )
        )
    day = parsed.date()
    if day == _same_day_next_year(today):
        day = _read_as_this_year(text, now) or day
    if day < today:
        raise ValidationError(
            tr("“{text}” has passed; choose today or a later day.").format(text=text)
        )
    return day


def _same_day_next_year(today: date) -> date | None:
    try:
        return today.replace(year=today.year + 1)
    except ValueError:  # 29 February
        return None


def _read_as_this_year(text: str, now: datetime) -> date | None:
    """ "Future" skips today itself for a day and month without a year ("5/12" typed on
    5 December); read again without it, which keeps a year that was written."""
    import dateparser

    settings = {**_dateparser_settings(now), "PREFER_DATES_FROM": "current_period"}
    parsed = dateparser.parse(text, languages=["fr", "en"], settings=settings)
    return parsed.date() if parsed is not None and parsed.date() == now.date() else None


_MONTHS = {
    "janvier": 1, "janv": 1, "jan": 1, "january": 1, "fevrier": 2, "fevr": 2, "fev": 2, "feb": 2,
    "february": 2, "mars": 3, "mar": 3, "march": 3, "avril": 4, "avr": 4, "apr": 4, "april": 4,
    "mai": 5, "may": 5, "juin": 6, "jun": 6, "june": 6, "juillet": 7, "juil": 7, "jul": 7,
    "july": 7, "aout": 8, "aug": 8, "august": 8, "septembre": 9, "sept": 9, "sep": 9,
    "september": 9, "octobre": 10, "oct": 10, "october": 10, "novembre": 11, "nov": 11,
    "november": 11, "decembre": 12, "dec": 12, "december": 12,
}  # fmt: skip
_TIME = r"(?:[ t,]+(?:a |at )?(\d{1,2})[:h](\d{2})?(?::(\d{2}))?)?"
_NUMERIC = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})" + _TIME + "$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})" + _TIME + "$")
_WORDS = re.compile(r"^(?:[a-z]+\.?,? )?(\d{1,2})(?:er)? ([a-z]+)\.? (\d{4})" + _TIME + "$")


def _plain(text: str) -> str:
    if text.isascii():  # most dates: no accent to take off
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


@functools.lru_cache(maxsize=4096)  # a history's columns repeat their days and hours
def _by_pattern(text: str) -> datetime | None:
    """The moment of the shapes spreadsheets write; None when ``text`` has another shape. Raises
    ValueError for an impossible one (31/02/2026)."""
    plain = _plain(text)
    if match := _ISO.match(plain):
        year, month, day, *clock_time = match.groups()
    elif match := _NUMERIC.match(plain):
        day, month, year, *clock_time = match.groups()
        year = str(2000 + int(year)) if len(year) == 2 else year
    elif (match := _WORDS.match(plain)) and match.group(2) in _MONTHS:
        day, name, year, *clock_time = match.groups()
        month = _MONTHS[name]
    else:
        return None
    hour, minute, second = (int(part or 0) for part in clock_time)
    return datetime(int(year), int(month), int(day), hour, minute, second)


def _by_dateparser(text: str, now: datetime) -> datetime | None:
    import dateparser  # here, not at the top: see the module's docstring

    settings = {**_dateparser_settings(now), "PREFER_DATES_FROM": "past"}
    return dateparser.parse(text, languages=["fr", "en"], settings=settings)


def read_moment(text: str, label: str, now: datetime | None = None) -> datetime | None:
    """The moment ``text`` names, for something that already happened (``label`` names the field
    in messages); ``None`` for empty text. Raises ``ValidationError`` for text that is not a
    moment; the caller refuses moments in the future (``validation.happened``)."""
    text = " ".join((text or "").split())
    if not text:
        return None
    try:
        parsed = _by_pattern(text) or _by_dateparser(text, now or clock.now())
    except ValueError:  # a day that does not exist, such as 31/02
        parsed = None
    if parsed is None:
        raise ValidationError(
            tr("{label}: “{text}” is not a date CX Journal can read; try 05/12/2026 14:30.").format(
                label=label, text=text
            ),
            field=label,
        )
    return parsed.replace(microsecond=0, tzinfo=None)


def describe_day(day: date, today: date, lang: str = "en") -> str:
    """ "sam. 5 déc." / "Sat 5 Dec" beside the field; the year is added when it is not this one."""
    lang = fmt.language(lang)
    text = f"{_SHORT_WEEKDAYS[lang][day.weekday()]} {fmt.format_day_month(day, lang)}"
    return text if day.year == today.year else f"{text} {day.year}"


def tomorrow(now: datetime | None = None) -> date:
    return (now or clock.now()).date() + timedelta(days=1)


def next_week(now: datetime | None = None) -> date:
    """A week from today, the same weekday: "see you next week"."""
    return (now or clock.now()).date() + timedelta(days=7)
