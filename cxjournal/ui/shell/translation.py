"""Loading the French or English translation into Qt, and handing it to the core's messages too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cxjournal.catalog import resolve_language
from cxjournal.i18n import set_translator
from cxjournal.resources import resource_path

_loaded: list[QTranslator] = []  # Qt does not own them: keep them alive while installed


def install_gui_translators(app: QCoreApplication, setting: str | None) -> str:
    """Install the translators for the language setting ("system", "fr", "en"); returns "fr"/"en"."""
    for translator in _loaded:
        app.removeTranslator(translator)
    _loaded.clear()
    lang = resolve_language(setting, QLocale.system().name())
    if lang == "fr":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (
            ("qtbase_fr", qt_dir),
            ("cxjournal_fr", str(resource_path("translations"))),
        ):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _loaded.append(translator)
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    # The core's messages (validation errors, labels) come from the same catalogue.
    set_translator(lambda context, text: QCoreApplication.translate(context, text))
    return lang
