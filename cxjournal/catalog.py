"""Which language to speak, and the French catalogue for the core (CLI messages, validation, reports).

The translations live in Qt Linguist files (``resources/translations/cxjournal_<lang>.ts``). The GUI
loads their compiled ``.qm`` with a QTranslator; the core, which cannot import Qt, reads the same
``.ts`` source with the standard library's XML parser, so both sides always say the same thing.
"""

from __future__ import annotations

import os
from functools import cache

from cxjournal.i18n import set_translator
from cxjournal.resources import resource_path

SUPPORTED = ("en", "fr")


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

    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or not node.text or node.get("type") in ("unfinished", "vanished"):
                continue
            table[(name, message.findtext("source") or "")] = node.text
    return table


def translator_for(lang: str):
    """A ``(context, text) -> text`` function speaking ``lang`` ("fr" or "en")."""
    table = load_catalogue(lang)
    return lambda context, text: table.get((context, text), text)


def install_translator(lang: str | None = None) -> str:
    """Make the core speak ``lang`` (default: the environment's language). Returns the language."""
    lang = resolve_language(lang)
    set_translator(translator_for(lang) if load_catalogue(lang) else None)
    return lang
