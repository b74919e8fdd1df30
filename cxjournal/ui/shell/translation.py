"""Loading the French or English translation into Qt, and handing it to the core's messages too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cxjournal.catalog import resolve_language
from cxjournal.i18n import english_plural, set_translator
from cxjournal.resources import resource_path

_loaded: list[QTranslator] = []  # Qt does not own them: keep them alive while installed


class QtTranslator:
    """The core's translator in the window: Qt's catalogue, numerus forms included."""

    def __call__(self, context: str, text: str) -> str:
        return QCoreApplication.translate(context, text)

    def plural(self, context: str, singular: str, plural: str, n: int) -> str:
        text = QCoreApplication.translate(context, plural, None, n)
        # Qt answers the source with %n filled in when no catalogue has the message.
        return english_plural(singular, plural, n) if text == plural.replace("%n", str(n)) else text


def _load(app: QCoreApplication, name: str, folder: str) -> None:
    translator = QTranslator(app)
    if translator.load(name, folder):
        app.installTranslator(translator)
        _loaded.append(translator)


def install_gui_translators(app: QCoreApplication, setting: str | None) -> str:
    """Install the translators for the language setting ("system", "fr", "en"); returns "fr"/"en"."""
    for translator in _loaded:
        app.removeTranslator(translator)
    _loaded.clear()
    lang = resolve_language(setting, QLocale.system().name())
    if lang == "fr":
        _load(app, "qtbase_fr", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        _load(app, "cxjournal_fr", str(resource_path("translations")))
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    else:
        # English too needs a catalogue for counts: "1 entry", not the source's "1 entries".
        _load(app, "cxjournal_en", str(resource_path("translations")))
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    # The core's messages (validation errors, labels) come from the same catalogue.
    set_translator(QtTranslator())
    return lang
