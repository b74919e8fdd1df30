"""Translation hook for the core: core messages are marked with ``tr`` and translated by whoever runs us.

The core cannot import Qt, so the GUI installs ``QCoreApplication.translate`` here at start, and the CLI
and reports install a catalogue read from the same Qt Linguist sources. Without one, text stays English.
A count goes through ``trn``: a translator that knows plural forms has a ``plural`` method (Qt's
numerus forms, read from the same ``.ts``); without one, English's rule picks the form.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextvars import ContextVar

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity
# A translator for the work in hand only (a French report built while the app speaks English).
_override: ContextVar[Translator | None] = ContextVar("translator_override", default=None)


def current_translator() -> Translator:
    """The translator ``tr`` uses right now, in this thread (for caches of translated labels)."""
    return _override.get() or _translator


def tr(text: str, context: str = "core") -> str:
    """Translate one user-visible core message (``context`` groups messages as in Qt Linguist)."""
    return (_override.get() or _translator)(context, text)


def english_plural(singular: str, plural: str, n: int) -> str:
    """English's rule: one is singular, everything else (zero too) plural."""
    return singular if n == 1 else plural


def trn(singular: str, plural: str, n: int, context: str = "core") -> str:
    """Translate a message that shows the count ``n``, in the form the language wants for it.

    ``%n`` in the result is replaced by ``n``; other ``{placeholders}`` are left for ``format``. The
    catalogues key the message by its plural, as Qt Linguist keys a numerus message by its source.
    """
    translator = _override.get() or _translator
    forms = getattr(translator, "plural", None)
    text = forms(context, singular, plural, n) if forms else english_plural(singular, plural, n)
    return text.replace("%n", str(n))


@contextlib.contextmanager
def speaking(fn: Translator) -> Iterator[None]:
    """Translate with ``fn`` inside the block, in this thread only."""
    token = _override.set(fn)
    try:
        yield
    finally:
        _override.reset(token)


def set_translator(fn: Translator | None) -> None:
    """Install ``fn(context, text) -> str`` as the translator; ``None`` restores plain English."""
    global _translator
    _translator = fn or _identity
