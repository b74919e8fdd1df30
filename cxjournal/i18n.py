"""Translation hook for the core: core messages are marked with ``tr`` and translated by whoever runs us.

The core cannot import Qt, so the GUI installs ``QCoreApplication.translate`` here at start, and the CLI
and reports install a catalogue read from the same Qt Linguist sources. Without one, text stays English.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity


def tr(text: str, context: str = "core") -> str:
    """Translate one user-visible core message (``context`` groups messages as in Qt Linguist)."""
    return _translator(context, text)


def set_translator(fn: Translator | None) -> None:
    """Install ``fn(context, text) -> str`` as the translator; ``None`` restores plain English."""
    global _translator
    _translator = fn or _identity
