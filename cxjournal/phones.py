"""Phone numbers in one form: "0612345678", "06 12 34 56 78" and "+33 6 12 34 56 78" are one number,
kept as E.164 ("+33612345678") beside what was typed, so that people are found and told apart by
phone whatever the formatting. Google's libphonenumber (``phonenumbers``) knows every country's
rules; a number written without its country code is read in the business's country. No Qt here.

``phonenumbers`` loads its metadata on import (about 50 ms): it is imported on first use, never on
a journal's start-up path.
"""

from __future__ import annotations

import re
from functools import lru_cache

FALLBACK_REGION = "FR"  # the country setting left empty: most of our shops are in France
_DIGITS = re.compile(r"\d")


def region_of(country: str | None) -> str:
    """The region numbers are read in: the country setting ("BE"), else ``FALLBACK_REGION``."""
    country = (country or "").strip().upper()
    return country or FALLBACK_REGION


def known_region(code: str) -> str | None:
    """``code`` as a two-letter country libphonenumber knows ("be" -> "BE"); None if it is not one."""
    import phonenumbers

    code = (code or "").strip().upper()
    return code if code in phonenumbers.SUPPORTED_REGIONS else None


@lru_cache(maxsize=4096)
def phone_key(text: str | None, region: str) -> str:
    """``text`` in E.164 ("+33612345678"), read in ``region`` when it has no country code; "" when
    it is not a possible phone number (then only what was typed is kept)."""
    text = (text or "").strip()
    if len(_DIGITS.findall(text)) < 3:
        return ""
    import phonenumbers

    try:
        number = phonenumbers.parse(text, region_of(region))
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_possible_number(number):
        return ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
