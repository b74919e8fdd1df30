"""Tags typed in one cell ("café, accueil"), as the app and an import read them: trimmed, one per
name whatever its case and accents, and each row's list its own, although a history repeats the
same cell on thousands of rows (``services.entries.clean_tags`` remembers the cells it read)."""

from __future__ import annotations

import pytest

from cxjournal.errors import ValidationError
from cxjournal.names import name_key
from cxjournal.services.entries import clean_tags


def test_a_cell_gives_its_tags_once_each():
    assert clean_tags(" Café, accueil ,CAFE,#Été ") == ["Café", "accueil", "Été"]
    assert clean_tags(["Pain", " pain", "Croissant"]) == ["Pain", "Croissant"]
    assert clean_tags("") == [] and clean_tags(None) == []


def test_each_row_gets_a_list_of_its_own():
    first = clean_tags("café, accueil")
    first.append("changed by one row")
    assert clean_tags("café, accueil") == ["café", "accueil"]


def test_a_bad_cell_is_refused_every_time():
    for _ in range(2):
        with pytest.raises(ValidationError):
            clean_tags("x" * 51 + ", accueil")


def test_name_keys_fold_case_and_accents():
    assert name_key("Éclair Brûlé") == name_key("eclair brule") == "eclair brule"
