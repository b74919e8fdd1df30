"""Placeholders in a reply template, replaced by a fixed substitution: ``{name}``, ``{business}``,
``{date}``, ``{promise}`` (and their French names ``{nom}``, ``{commerce}``, ``{promesse}``).

Never ``str.format`` on the owner's text: a stray ``{``, a ``{0}`` or ``{name.__class__}`` would
raise or reach into Python objects. Only the exact names below are replaced; any other brace,
known word or not, stays as the owner typed it.
"""

from __future__ import annotations

import re

PLACEHOLDERS = ("name", "business", "date", "promise")
# the French words an owner may type instead, mapped to the same values
ALIASES = {"nom": "name", "commerce": "business", "promesse": "promise"}
_PLACEHOLDER = re.compile(r"\{([a-z]+)\}")


def fill(text: str, values: dict[str, str]) -> str:
    """``text`` with each known placeholder replaced by ``values[name]`` ("" when not given)."""

    def replace(match: re.Match) -> str:
        word = match.group(1)
        name = ALIASES.get(word, word)
        if name not in PLACEHOLDERS:
            return match.group(0)
        return values.get(name, "")

    return _PLACEHOLDER.sub(replace, text)
