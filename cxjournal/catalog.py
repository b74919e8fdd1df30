"""Which language to speak, and the French catalogue for the core (CLI messages, validation, reports).

The translations live in Qt Linguist files (``resources/translations/cxjournal_<lang>.ts``). The GUI
loads their compiled ``.qm`` with a QTranslator; the core, which cannot import Qt, reads the same
``.ts`` source with the standard library's XML parser, so both sides always say the same thing.
"""

from __future__ import annotations

import os
from functools import cache

from cxjournal.i18n import english_plural, set_translator
from cxjournal.resources import resource_path

SUPPORTED = ("en", "fr")
# The form of a numerus message to use for a count, per language (Qt's rules: French puts 0 and 1
# in the singular, English only 1).
PLURAL_RULES = {"fr": lambda n: 0 if abs(n) < 2 else 1, "en": lambda n: 0 if n == 1 else 1}


def language_from_environment() -> str:
    """The user's language from LC_ALL / LC_MESSAGES / LANG / LANGUAGE ("fr" or "en")."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name, "")
        if value and value not in ("C", "POSIX"):
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def resolve_language(setting: str | None, system: str | None = None) -> str:
    """``fr`` or ``en`` from the language setting ("system", "fr", "en")."""
    if setting in SUPPORTED:
        return setting
    system = system or language_from_environment()
    return "fr" if system.lower().startswith("fr") else "en"


@cache
def load_catalogue(lang: str) -> dict[tuple[str, str], str]:
    """(context, English text) -> translation, for finished translations only."""
    if lang == "en":
        return {}
    path = resource_path("translations", f"cxjournal_{lang}.ts")
    if not path.exists():
        return {}
    import xml.etree.ElementTree as ET  # only the CLI and reports read it; the window uses the .qm

    table: dict[tuple[str, str], str | tuple[str, ...]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "vanished"):
                continue
            key = (name, message.findtext("source") or "")
            if message.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in node.iter("numerusform"))
                if forms and all(forms):
                    table[key] = forms
            elif node.text:
                table[key] = node.text
    return table


class Catalogue:
    """A translator speaking one language: ``(context, text) -> text``, and ``plural`` for counts."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.table = load_catalogue(lang)

    def __call__(self, context: str, text: str) -> str:
        found = self.table.get((context, text), text)
        return found if isinstance(found, str) else text

    def plural(self, context: str, singular: str, plural: str, n: int) -> str:
        forms = self.table.get((context, plural))
        if not isinstance(forms, tuple):
            return english_plural(singular, plural, n)
        return forms[min(PLURAL_RULES[self.lang](n), len(forms) - 1)]


def translator_for(lang: str) -> Catalogue:
    """A translator speaking ``lang`` ("fr" or "en")."""
    return Catalogue(lang)


def install_translator(lang: str | None = None) -> str:
    """Make the core speak ``lang`` (default: the environment's language). Returns the language."""
    lang = resolve_language(lang)
    set_translator(translator_for(lang) if load_catalogue(lang) else None)
    return lang
