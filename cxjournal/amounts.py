"""Amounts of money on promises and resolutions (a refund, a gift, a repair), read as people type
them and written in the language's format, in the journal's currency.

An amount is kept as a whole number of the currency's minor units (cents; yen have none), never a
float: 0.1 + 0.2 is not 0.3 in binary, and on SQLite a NUMERIC column rounds. Sums are sums of
integers, so a month's total is exact to the cent.

People type "12,50", "12.50", "12 €", "€12.50", "1 234,50" or "1,234.50": the last "," or "."
followed by one or two digits is the decimal mark, and any other "," "." space or apostrophe
groups thousands. A single "," followed by three digits is a thousands separator in English
("1,234") and three decimals, refused, in French; a lone "." followed by three digits is refused
in both (too easily a slip). Negative amounts are refused (a gesture costs, it never earns), and
so is anything above ``LARGEST`` (a typo, not a gesture).
"""

from __future__ import annotations

import re
from decimal import Decimal

from cxjournal.errors import ValidationError
from cxjournal.formatting import format_money, language
from cxjournal.i18n import tr

LARGEST = Decimal(1_000_000)  # in currency units: no shop's goodwill gesture is larger
# ISO 4217 currencies without minor units, among those a shop is likely to use.
NO_DECIMALS = frozenset({"JPY", "KRW", "ISK", "CLP", "VND", "XOF", "XAF", "XPF"})
_SIGNS = "€$£¥₣₩"
_SPACES = "\u00a0\u202f\u2009 '’"


def decimals(currency: str) -> int:
    """How many decimals the currency has (2, or 0 for the yen and a few others)."""
    return 0 if currency.upper() in NO_DECIMALS else 2


def _refuse(message: str, text: str) -> ValidationError:
    return ValidationError(message.format(text=text), field="amount")


def _strip_currency(text: str, currency: str) -> str:
    """``text`` without its currency: a sign, a code (the journal's or a common one), "euros"."""
    raw = text.strip()
    for word in {currency.upper(), "EUR", "USD", "GBP", "CHF", "CAD", "EUROS", "EURO"}:
        raw = re.sub(rf"(?i)\b{word}\b", "", raw)
    return raw.translate({ord(c): None for c in _SIGNS}).strip()


def _as_decimal(raw: str, lang: str, original: str) -> Decimal:
    """``raw`` (digits and separators only) as a Decimal, the separators read as described at the
    top of this module."""
    compact = re.sub(f"[{_SPACES}]+", " ", raw)  # any space or apostrophe groups thousands
    if not re.fullmatch(r"[0-9]([0-9., ]*[0-9])?[.,]?", compact):
        raise _refuse(tr("“{text}” is not an amount; type it as 12,50 or 12.50."), original)
    marks = [i for i, c in enumerate(compact) if c in ",."]
    if not marks:
        return Decimal(_grouped(compact, original))
    last = marks[-1]
    whole, tail = compact[:last], compact[last + 1 :]
    mark = compact[last]
    repeated = compact.count(mark) > 1
    thousands = len(tail) == 3 and (repeated or (mark == "," and language(lang) == "en"))
    if thousands:
        whole, tail = compact, ""
    elif len(tail) > 2 or not tail:
        raise _refuse(tr("“{text}”: an amount has at most two decimals."), original)
    return Decimal(_grouped(whole, original) + ("." + tail if tail else ""))


def _grouped(whole: str, original: str) -> str:
    """The digits of ``whole``, checked to be grouped by three if grouped at all."""
    groups = re.split(r"[., ]", whole)
    if len(groups) > 1 and (
        not 1 <= len(groups[0]) <= 3 or any(len(group) != 3 for group in groups[1:])
    ):
        raise _refuse(tr("“{text}” is not an amount; type it as 12,50 or 12.50."), original)
    return "".join(groups)


def parse_amount(
    text: str | int | Decimal | None, currency: str = "EUR", lang: str = "en"
) -> int | None:
    """The amount typed as ``text`` in minor units; None when nothing (or 0) was typed. An int is
    already minor units (as stored), a Decimal is currency units. Raises ``ValidationError`` for
    anything else."""
    if text is None or isinstance(text, bool):
        return None
    places = decimals(currency)
    if isinstance(text, int | Decimal):
        value = Decimal(text).scaleb(-places) if isinstance(text, int) else text
        original = str(text)
    else:
        original = str(text)
        raw = _strip_currency(original, currency)
        if not raw:
            return None
        if raw[0] in "-−" or raw[-1] in "-−":
            raise _refuse(tr("“{text}”: an amount cannot be negative."), original)
        value = _as_decimal(raw, lang, original)
    if value < 0:
        raise _refuse(tr("“{text}”: an amount cannot be negative."), original)
    if value > LARGEST:
        raise _refuse(tr("“{text}” is too large for a goodwill gesture."), original)
    minor = value * (10**places)
    if minor != minor.to_integral_value():
        raise _refuse(
            tr("“{text}”: an amount has at most two decimals.")
            if places
            else tr("“{text}”: this currency has no decimals."),
            original,
        )
    return int(minor) or None


def to_units(minor: int, currency: str = "EUR") -> Decimal:
    """``minor`` units as an exact Decimal in currency units (1250 → 12.50)."""
    return Decimal(minor).scaleb(-decimals(currency))


def format_amount(minor: int | None, lang: str = "en", currency: str = "EUR") -> str:
    """ "1 234,50 €" / "€1,234.50" (no-break spaces as the language wants); "" for no amount."""
    if minor is None:
        return ""
    return format_money(to_units(minor, currency), lang, currency, decimals(currency))


def plain_amount(minor: int | None, currency: str = "EUR") -> str:
    """The amount as a plain decimal for files and scripts ("12.50"): no grouping, no sign."""
    return "" if minor is None else str(to_units(minor, currency))
