"""The key that makes two names the same name: case and accents ignored, as search ignores them.

"Été", "ete" and "ÉTÉ" are one tag; "Café" and "cafe" one department. The key is made here in
Python, never by the database (SQLite's lower() folds ASCII only, PostgreSQL's folds "É"), and
stored beside the name in a column with a plain unique index, so both engines agree on it.
"""

from __future__ import annotations

import unicodedata


def name_key(name: str) -> str:
    """``name`` in NFC, case-folded, without accents: "Éclair Brûlé" -> "eclair brule"."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFC", name).casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare.strip())
