"""Where a search's words occur in a text, case and accents ignored the way the full-text search
ignores them ("ecole" finds "École"), each word matched as the start of a word: what a table
highlights after a search. No Qt here; the delegate that paints the spans lives in the UI."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+", re.UNICODE)  # the words the search index sees in what was typed


def fold(text: str) -> str:
    """Lower case without accents: "Éclair Brûlé" -> "eclair brule"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def search_words(typed: str) -> list[str]:
    """The folded words of what was typed in a search box, longest first (so that a longer word
    wins where two start at the same place)."""
    words = {fold(word) for word in _WORD.findall(typed or "")}
    return sorted((w for w in words if w), key=len, reverse=True)


def _folded_with_origins(text: str) -> tuple[str, list[int]]:
    """The folded text, and for each of its characters the position it came from in ``text``
    (folding can turn one character into two, "ﬁ" -> "fi", or drop an accent)."""
    folded: list[str] = []
    origins: list[int] = []
    for position, char in enumerate(text):
        for piece in fold(char):
            folded.append(piece)
            origins.append(position)
    return "".join(folded), origins


def match_spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """(start, end) positions in ``text`` where one of the folded ``words`` begins a word, sorted
    and without overlap."""
    if not text or not words:
        return []
    folded, origins = _folded_with_origins(text)
    spans: list[tuple[int, int]] = []
    for word in words:
        for found in re.finditer(re.escape(word), folded):
            start = found.start()
            if start and (folded[start - 1].isalnum() or folded[start - 1] == "_"):
                continue  # inside a word: the search matches starts of words only
            spans.append((origins[start], origins[found.end() - 1] + 1))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
