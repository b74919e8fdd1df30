"""The key that makes two names the same name: case and accents ignored, as search ignores them.

"Été", "ete" and "ÉTÉ" are one tag; "Café" and "cafe" one department. The key is made here in
Python, never by the database (SQLite's lower() folds ASCII only, PostgreSQL's folds "É"), and
stored beside the name in a column with a plain unique index, so both engines agree on it.
``sort_key`` orders names as the language does (and as the server's ICU collation does).
"""

from __future__ import annotations

import functools
import unicodedata


class _Folding(dict):
    """A ``str.translate`` table dropping combining marks (accents), filled as characters are
    met: one C call per name instead of a Python loop over its characters."""

    def __init__(self, spelt: dict[str, str] | None = None) -> None:
        super().__init__({ord(k): v for k, v in (spelt or {}).items()})

    def __missing__(self, code: int) -> int | None:
        self[code] = None if unicodedata.combining(chr(code)) else code
        return self[code]


_BARE = _Folding()


@functools.lru_cache(
    maxsize=4096
)  # an import keys every tag of every row: a few names, 40,000 times
def name_key(name: str) -> str:
    """``name`` in NFC, case-folded, without accents: "Éclair Brûlé" -> "eclair brule"."""
    if name.isascii():  # most names: every step below is then lower() and strip()
        return name.lower().strip()
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFC", name).casefold())
    return unicodedata.normalize("NFC", decomposed.translate(_BARE).strip())


# Letters no Unicode decomposition splits but every language's order reads as two: "Œuvre" with
# the O's (beside "Oeuvre"), "Æsop" with the A's, as ICU's root order does on a server.
_SORTED = _Folding({"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d"})


def sort_key(text: str) -> tuple[str, str]:
    """The key that sorts ``text`` as the language does: accents and case aside ("Émile" between
    "Denis" and "Fabien", "ça" with the C's), ligatures read as their letters ("Œ" as "oe"), ties
    broken by the text itself so that the order is stable. Python's side of ``cx_natural``."""
    if text.isascii():
        return (text.lower().strip(), text)
    return (name_key(text).translate(_SORTED), text)
