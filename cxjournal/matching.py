"""Where a search's words occur in a text, case and accents ignored the way the full-text search
ignores them ("ecole" finds "École"), each word matched as the start of a word: what a table
highlights after a search. No Qt here; the delegate that paints the spans lives in the UI."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    return fold(char)


def _folded_with_origins(text: str) -> tuple[str, list[int] | range]:
    """The folded text, and for each of its characters the position it came from in ``text``
    (folding can turn one character into two, "ﬁ" -> "fi", or drop an accent)."""
    if text.isascii():  # most cells: folding is lower(), one character for one
        return text.lower(), range(len(text))
    folded: list[str] = []
    origins: list[int] = []
    for position, char in enumerate(text):
        for piece in _fold_char(char):
            folded.append(piece)
            origins.append(position)
    return "".join(folded), origins


@lru_cache(maxsize=64)
def _pattern(words: tuple[str, ...]) -> re.Pattern:
    """One pattern for all of a search's words, longest first, compiled once per search."""
    return re.compile("|".join(re.escape(word) for word in words))


def match_spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """(start, end) positions in ``text`` where one of the folded ``words`` begins a word, sorted
    and without overlap."""
    if not text or not words:
        return []
    folded, origins = _folded_with_origins(text)
    spans: list[tuple[int, int]] = []
    # Words are runs of \w, so a match starting a word never contains another word's start:
    # one alternation finds the same spans as one scan per word.
    for found in _pattern(tuple(words)).finditer(folded):
        start = found.start()
        if start and (folded[start - 1].isalnum() or folded[start - 1] == "_"):
            continue  # inside a word: the search matches starts of words only
        end = origins[found.end() - 1] + 1
        if spans and origins[start] < spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((origins[start], end))
    return spans
