"""The translation tooling: messages are found in the code, kept across updates, read back."""

import sys
from pathlib import Path

import pytest

from cxjournal.catalog import language_from_environment, resolve_language

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import i18n


def test_extract_finds_core_qt_and_translate_calls(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "a.py").write_text(
        "from cxjournal.i18n import tr\n"
        "x = tr('Hello {name}')\n"
        "y = tr('Saved', 'cli')\n"
        "class Window:\n"
        "    def f(self):\n"
        "        return self.tr('Open')\n"
        "z = QCoreApplication.translate('About', 'Version')\n"
        "w = tr(some_variable)\n",
        encoding="utf-8",
    )
    found = set(i18n.extract(package))
    assert found == {
        ("core", "Hello {name}"),
        ("cli", "Saved"),
        ("Window", "Open"),
        ("About", "Version"),
    }


def test_update_keeps_translations_and_marks_new_ones(tmp_path):
    path = tmp_path / "t_fr.ts"
    messages = {("core", "Name"): i18n.Message("core", "Name", [("x.py", 1)])}
    i18n.write_ts(path, "fr_FR", messages, {})
    assert i18n.read_ts(path) == {("core", "Name"): ("", False)}
    i18n.write_ts(path, "fr_FR", messages, {("core", "Name"): ("Nom", True)})
    messages[("core", "Phone")] = i18n.Message("core", "Phone", [("x.py", 2)])
    i18n.write_ts(path, "fr_FR", messages, i18n.read_ts(path))
    assert i18n.read_ts(path) == {("core", "Name"): ("Nom", True), ("core", "Phone"): ("", False)}


@pytest.mark.parametrize(
    "env, expected",
    [
        ({"LC_ALL": "fr_FR.UTF-8"}, "fr"),
        ({"LC_ALL": "", "LANG": "fr_CA"}, "fr"),
        ({"LC_ALL": "C.UTF-8"}, "en"),
        ({"LC_ALL": "", "LANG": "de_DE"}, "en"),
    ],
)
def test_language_from_environment(monkeypatch, env, expected):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert language_from_environment() == expected


def test_setting_wins_over_system():
    assert resolve_language("fr", "en_GB") == "fr"
    assert resolve_language("en", "fr_FR") == "en"
    assert resolve_language("system", "fr_BE") == "fr"


def test_wrappers_that_fix_a_context_are_followed(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "w.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def _t(text):\n    return tr(text, 'reports')\n"
        "def _q(text):\n    return QCoreApplication.translate('data', text)\n"
        "_t('Month')\n_q('Back up')\n",
        encoding="utf-8",
    )
    (package / "other.py").write_text("_t('Not a wrapper here')\n", encoding="utf-8")
    assert set(i18n.extract(package)) == {("reports", "Month"), ("data", "Back up")}


def test_count_messages_are_numerus_and_apply_sets_both_forms(tmp_path, monkeypatch):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "n.py").write_text(
        "class Page:\n"
        "    def f(self, n):\n"
        "        return self.tr('%n entries', '', n)\n"
        "x = trn('%n day', '%n days', 2, 'cli')\n"
        "y = QCoreApplication.translate('data', '%n files', None, 3)\n",
        encoding="utf-8",
    )
    messages = i18n.extract(package)
    assert {key for key, m in messages.items() if m.numerus} == {
        ("Page", "%n entries"),
        ("cli", "%n days"),
        ("data", "%n files"),
    }
    assert messages[("cli", "%n days")].english == ("%n day", "%n days")
    monkeypatch.setattr(i18n, "TRANSLATIONS", tmp_path / "tr")
    monkeypatch.setattr(i18n, "extract", lambda: messages)
    tsv = tmp_path / "fr.tsv"
    tsv.write_text("Page\t%n entries\tune entrée|%n entrées\n", encoding="utf-8")
    assert i18n.apply(tsv) == 1
    french = i18n.read_ts(i18n.ts_path("fr"))
    assert french[("Page", "%n entries")] == ("une entrée|%n entrées", True)
    assert french[("cli", "%n days")] == ("", False)
    text = i18n.ts_path("fr").read_text(encoding="utf-8")
    assert "<numerusform>une entrée</numerusform>" in text
    # English keeps the core's forms from the code; the window's wait for a translator.
    english = i18n.read_ts(i18n.ts_path("en"))
    assert english[("cli", "%n days")] == ("%n day|%n days", True)
    assert english[("Page", "%n entries")] == ("", False)
    assert ("core", "plain") not in english
