"""The words a search highlights: accents and case ignored like the search, starts of words only."""

from __future__ import annotations

from cxjournal.matching import match_spans, search_words


def spans_text(text: str, typed: str) -> list[str]:
    return [text[a:b] for a, b in match_spans(text, search_words(typed))]


def test_accents_and_case_are_ignored_like_the_search():
    assert spans_text("Pain brûlé à l'École", "brule ecole") == ["brûlé", "École"]


def test_words_match_at_their_start_only():
    assert spans_text("Croissant, croissants et décroissance", "crois") == [
        "Crois",
        "crois",
    ]


def test_overlapping_words_merge_and_punctuation_is_not_a_word():
    assert spans_text("Boulangerie", 'boul boulang "AND*') == ["Boulang"]
    assert search_words("  ' \" ") == []


def test_folding_that_changes_length_keeps_the_original_positions():
    assert spans_text("Œuvre ﬁne, Straße", "fine strasse") == ["ﬁne", "Straße"]
