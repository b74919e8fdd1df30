"""The French translation is complete and consistent: every message in the code has a finished
French translation that keeps its {placeholders}, and the .qm the app loads matches the .ts."""

from __future__ import annotations

import re
import subprocess

import pytest

from tools import i18n as tool

PLACEHOLDER = re.compile(r"\{[^}]*\}")


@pytest.fixture(scope="module")
def messages():
    return tool.extract()


@pytest.fixture(scope="module")
def french():
    return tool.read_ts(tool.ts_path("fr"))


def test_every_message_has_a_french_translation(messages, french):
    missing = [key for key in sorted(messages) if not french.get(key, ("", False))[1]]
    assert missing == [], f"{len(missing)} message(s) without French: {missing[:20]}"


def test_translations_keep_placeholders_and_accelerators(messages, french):
    wrong = []
    for key in messages:
        text, finished = french.get(key, ("", False))
        if not finished:
            continue
        source = key[1]
        # A count's forms each keep the placeholders.
        for form in text.split(tool.FORM_SEPARATOR) if messages[key].numerus else [text]:
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(form)):
                wrong.append((key, form))
            if ("&" in source.replace("&&", "")) != ("&" in form.replace("&&", "")):
                wrong.append((key, form))  # a keyboard accelerator lost or added
    assert wrong == []


def test_french_typography_uses_no_break_spaces(french):
    # "Langue :" must not break between the word and the colon at the end of a line.
    loose = [text for text, done in french.values() if done and re.search(r" [:;?!»]|« ", text)]
    assert loose == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_compiled_catalogue_matches_the_source(tmp_path, lang):
    fresh = tmp_path / "fresh.qm"
    source = tool.ts_path(lang)
    subprocess.run([tool.lrelease_command(), "-silent", str(source), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == source.with_suffix(".qm").read_bytes(), (
        "run: python tools/i18n.py release"
    )
