"""One set of searches, run as is on whichever engine the suite runs on (a file, or a server with
CXJOURNAL_TEST_DATABASE): both must find the same entries for the same words."""

from __future__ import annotations

import pytest

from cxjournal.services import entries, people
from cxjournal.services.entry_query import EntryFilter, count_entries, search_entries

# what is typed -> titles found (sorted); accents and case ignored, words as prefixes, every word
# needed, anything else typed is only text
SEARCHES = {
    "cafe": ["Café froid"],
    "CAFÉ": ["Café froid"],
    "caf froi": ["Café froid"],
    "ecole attend": ["Café froid"],
    "l'École": ["Café froid"],
    "chateau": ["Café froid"],  # the person's name
    "boulang": ["Café froid"],  # the person's organisation
    "martin": ["Four en panne"],
    "promi": ["Four en panne"],
    "acc": ["Merci"],  # a tag
    "four pan": ["Four en panne"],
    "café panne": [],
    "café & panne": [],
    "four | merci": [],
    "nöel": ["Merci"],
    "NOËL": ["Merci"],
    "'; DROP TABLE entry; --": [],
    '"': [],
    "*": [],
    "a:b": ["Café froid"],  # "a" and "b" as prefixes: attendaient, Boulangerie
    "!(": [],
    "zz": [],
}


@pytest.fixture
def searchable():
    a = people.add_person("Amélie Château", "customer", organisation="Boulangerie Dupré")
    lea = people.add_person("Léa Martin", "staff")
    entries.log_entry(
        kind="complaint",
        title="Café froid",
        person=a,
        details="Les enfants de l'École attendaient",
        tags="café",
        occurred_at="2026-11-02 10:00",
    )
    entries.log_entry(
        kind="concern",
        title="Four en panne",
        person=lea,
        details="We need a promise of repair",
        occurred_at="2026-11-10 08:00",
    )
    entries.log_entry(
        kind="praise",
        title="Merci",
        side="customer",
        details="Joyeux Noël",
        occurred_at="2026-10-20 12:00",
        tags="accueil",
    )
    gone = entries.log_entry(
        kind="praise", title="Café au lait", side="customer", occurred_at="2026-10-21 12:00"
    )
    entries.trash_entry(gone)  # the trash is never searched


@pytest.mark.parametrize(("typed", "titles"), list(SEARCHES.items()))
def test_both_engines_find_the_same_entries(searchable, typed, titles):
    assert sorted(e.title for e in search_entries(typed)) == titles
    assert count_entries(EntryFilter(text=typed)) == len(titles)
