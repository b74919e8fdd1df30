"""Dates, numbers, percentages, money and durations written the French or English way, without Babel.

Only the two languages of the app are known ("fr", "en"); anything else falls back to English. French
follows the Imprimerie nationale usage also used by CLDR: a narrow no-break space (U+202F) groups
thousands and comes before "%", a no-break space (U+00A0) before the currency sign, "1er" for the first
day of a month. English uses the British day-month-year order, which nobody misreads.
"""

from __future__ import annotations

from datetime import date, datetime

NNBSP = "\u202f"  # narrow no-break space
NBSP = "\u00a0"
MINUS = "\u2212"

_MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
}
_SHORT_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "fr": (
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ),
}
_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
}
_CURRENCY_SIGNS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CAD": "$", "CHF": "CHF"}
_EN_CURRENCY_SIGNS = {**_CURRENCY_SIGNS, "CAD": "CA$"}
_UNITS = {
    "en": {"minute": ("minute", "minutes"), "hour": ("hour", "hours"), "day": ("day", "days")},
    "fr": {"minute": ("minute", "minutes"), "hour": ("heure", "heures"), "day": ("jour", "jours")},
}


def initial_capital(text: str) -> str:
    """ "lundi 16 novembre" -> "Lundi 16 novembre" for a heading; the rest is left as it is."""
    return text[:1].upper() + text[1:]


def language(lang: str | None) -> str:
    """The formatting language for a setting such as "fr", "fr_CA", "en-GB" or "system"."""
    code = (lang or "").lower().replace("-", "_").split("_")[0]
    return code if code in _MONTHS else "en"


def month_name(month: int, lang: str = "en") -> str:
    return _MONTHS[language(lang)][month - 1]


def format_month(year: int, month: int, lang: str = "en") -> str:
    """ "novembre 2026" / "November 2026"."""
    return f"{month_name(month, lang)} {year}"


def format_short_month(year: int, month: int, lang: str = "en") -> str:
    """ "nov. 2026" / "Nov 2026", for chart axes and narrow columns."""
    return f"{_SHORT_MONTHS[language(lang)][month - 1]} {year}"


def format_month_abbrev(month: int, lang: str = "en") -> str:
    """ "nov." / "Nov", for chart axes."""
    return _SHORT_MONTHS[language(lang)][month - 1]


def _day(day: int, lang: str) -> str:
    return "1er" if language(lang) == "fr" and day == 1 else str(day)


def format_date(value: date, lang: str = "en") -> str:
    """ "22 novembre 2026" / "22 November 2026"."""
    return f"{_day(value.day, lang)} {month_name(value.month, lang)} {value.year}"


def format_day_month(value: date, lang: str = "en") -> str:
    """ "22 nov." / "22 Nov", for chart labels."""
    return f"{_day(value.day, lang)} {_SHORT_MONTHS[language(lang)][value.month - 1]}"


def format_short_date(value: date, lang: str = "en") -> str:
    """ "22/11/2026" / "22 Nov 2026", for table cells."""
    if language(lang) == "fr":
        return f"{value.day:02d}/{value.month:02d}/{value.year}"
    return f"{value.day} {_SHORT_MONTHS['en'][value.month - 1]} {value.year}"


def weekday_abbrev(weekday: int, lang: str = "en") -> str:
    """ "Mon" / "lun." for weekday 0 (Monday) to 6, for narrow axes."""
    name = _WEEKDAYS[language(lang)][weekday]
    return name[:3] if language(lang) == "en" else f"{name[:3]}."


def format_weekday_date(value: date, lang: str = "en") -> str:
    """ "lundi 16 novembre" / "Monday 16 November"."""
    weekday = _WEEKDAYS[language(lang)][value.weekday()]
    return f"{weekday} {_day(value.day, lang)} {month_name(value.month, lang)}"


def format_day_time(value: datetime, lang: str = "en") -> str:
    """ "22 nov. 14:05" / "22 Nov 14:05", when the month and year are known from the page."""
    return f"{format_day_month(value, lang)} {value:%H:%M}"


def format_datetime(value: datetime, lang: str = "en") -> str:
    """ "22/11/2026 14:05" / "22 Nov 2026, 14:05"."""
    separator = " " if language(lang) == "fr" else ", "
    return f"{format_short_date(value, lang)}{separator}{value:%H:%M}"


def format_number(value: float, lang: str = "en", decimals: int | None = None) -> str:
    """ "1 234,5" (narrow no-break spaces) / "1,234.5".

    With ``decimals=None`` at most two decimals are shown and trailing zeros dropped.
    """
    places = 2 if decimals is None else decimals
    text = f"{abs(value):,.{places}f}"
    if decimals is None and "." in text:
        text = text.rstrip("0").rstrip(".")
    if text.strip("0.,") == "":
        value = 0  # no "-0"
    if language(lang) == "fr":
        text = text.replace(",", NNBSP).replace(".", ",")
    return (MINUS if value < 0 else "") + text


def format_percent(ratio: float, lang: str = "en", decimals: int = 0) -> str:
    """``ratio`` 0.875 gives "88 %" / "88%"."""
    number = format_number(ratio * 100, lang, decimals)
    return f"{number}{NNBSP}%" if language(lang) == "fr" else f"{number}%"


def format_money(amount, lang: str = "en", currency: str = "EUR", decimals: int = 2) -> str:
    """ "1 234,50 €" / "€1,234.50"; an unknown currency is written with its code. ``amount`` may
    be a float or an exact ``Decimal`` (amounts kept in minor units are shown from a Decimal)."""
    code = currency.upper()
    number = format_number(abs(amount), lang, decimals)
    sign = MINUS if amount < 0 and number.strip("0.,\u202f") else ""
    if language(lang) == "fr":
        return f"{sign}{number}{NBSP}{_CURRENCY_SIGNS.get(code, code)}"
    symbol = _EN_CURRENCY_SIGNS.get(code)
    if symbol is None or symbol.isalpha():
        return f"{sign}{code}{NBSP}{number}"
    return f"{sign}{symbol}{number}"


def format_signed(value: float, lang: str = "en", decimals: int | None = None) -> str:
    """A change against a previous value: "+3", "−1,5", "0"."""
    text = format_number(value, lang, decimals)
    return "+" + text if value > 0 and text.strip("0.,") else text


def _quantity(value: float, unit: str, lang: str) -> str:
    lang = language(lang)
    singular, plural = _UNITS[lang][unit]
    # French uses the singular below two ("1,5 heure"), English only for exactly one.
    one = abs(value) < 2 if lang == "fr" else value == 1
    return f"{format_number(value, lang, None if value < 10 else 0)}{NBSP}{singular if one else plural}"


def format_duration(hours: float, lang: str = "en", unit: str | None = None) -> str:
    """A delay for people: minutes under an hour, hours under two days, then days.

    Hours and days get one decimal below ten ("5.5 hours", "3,2 jours"), none above.
    """
    unit = unit or duration_unit(hours)
    if unit == "minute":
        return _quantity(round(hours * 60), "minute", lang)
    if unit == "hour":
        return _quantity(round(hours, 1) if hours < 10 else round(hours), "hour", lang)
    days = hours / 24
    return _quantity(round(days, 1) if days < 10 else round(days), "day", lang)


def duration_unit(hours: float) -> str:
    """The unit ``format_duration`` writes ``hours`` in: "minute", "hour" or "day". To write
    several delays side by side in one unit, pass the unit of the largest as ``unit``."""
    if hours < 1:
        return "minute"
    return "hour" if hours < 48 else "day"


def format_days(days: int, lang: str = "en") -> str:
    """A whole number of days: "1 day", "12 jours"."""
    return _quantity(days, "day", lang)


def format_size(size: int, lang: str = "en") -> str:
    """A file's size for people: "840 KB" / "840 Ko", "2.3 MB" / "2,3 Mo" (1 KB = 1,024 bytes)."""
    french = language(lang) == "fr"
    units = ("o", "Ko", "Mo", "Go") if french else ("bytes", "KB", "MB", "GB")
    value, step = float(size), 0
    while value >= 1024 and step < len(units) - 1:
        value, step = value / 1024, step + 1
    decimals = 0 if step == 0 or value >= 10 else 1
    return f"{format_number(value, lang, decimals)}{NBSP}{units[step]}"
