"""Full-text search and filters: accents, prefixes, sync on every write, hostile queries."""

from datetime import date

import pytest

from cxjournal.errors import ValidationError
from cxjournal.services import entries, people
from cxjournal.services.entry_query import EntryFilter, count_entries, list_entries, search_entries


@pytest.fixture
def journal_data():
    a = people.add_person("Amélie Château", "customer")
    lea = people.add_person("Léa Martin", "staff")
    e1 = entries.log_entry(
        kind="complaint",
        title="Café froid",
        person=a,
        details="Les enfants de l'École attendaient",
        tags="café",
        occurred_at="2026-11-02 10:00",
    )
    e2 = entries.log_entry(
        kind="concern",
        title="Four en panne",
        person=lea,
        details="We need a promise of repair",
        occurred_at="2026-11-10 08:00",
    )
    e3 = entries.log_entry(
        kind="praise",
        title="Merci",
        side="customer",
        occurred_at="2026-10-20 12:00",
        tags="accueil",
    )
    return a, lea, e1, e2, e3


def ids(found):
    return sorted(e.id for e in found)


def test_accent_insensitive_both_ways(journal_data):
    _, _, e1, _, _ = journal_data
    assert ids(search_entries("cafe")) == [e1.id]
    assert ids(search_entries("ecole")) == [e1.id]
    assert ids(search_entries("ÉCOLE")) == [e1.id]
    assert ids(search_entries("chateau")) == [e1.id]  # person name is indexed


def test_prefix_and_all_words(journal_data):
    _, _, e1, e2, _ = journal_data
    assert ids(search_entries("promi")) == [e2.id]
    assert ids(search_entries("caf froi")) == [e1.id]
    assert search_entries("café panne") == []


@pytest.mark.parametrize("query", ['"', "AND", "OR NOT", "*", "(", "a:b", "NEAR(", "'; DROP", "-"])
def test_fts_syntax_never_breaks_search(journal_data, query):
    search_entries(query)  # no exception, whatever the result


def test_index_follows_edits_resolutions_tags_and_trash(journal_data):
    _, _, e1, _, e3 = journal_data
    entries.edit_entry(e1, title="Croissant rassis", details="")
    assert search_entries("froid") == []
    assert ids(search_entries("rassis")) == [e1.id]
    entries.resolve_entry(e1, "Remboursement effectué")
    assert ids(search_entries("rembourse")) == [e1.id]
    entries.edit_entry(e3, tags="fidélité")
    assert ids(search_entries("fidelite")) == [e3.id]
    entries.trash_entry(e1)
    assert search_entries("rassis") == []
    entries.restore_entry(e1.id)
    assert ids(search_entries("rassis")) == [e1.id]


def test_filters(journal_data):
    a, _lea, e1, e2, e3 = journal_data
    assert ids(list_entries(EntryFilter(side="staff"))) == [e2.id]
    assert ids(list_entries(EntryFilter(kind="praise"))) == [e3.id]
    assert ids(list_entries(EntryFilter(person_id=a.id))) == [e1.id]
    assert ids(list_entries(EntryFilter(tag="#Café"))) == [e1.id]
    assert ids(
        list_entries(EntryFilter(date_from=date(2026, 11, 1), date_to=date(2026, 11, 2)))
    ) == [e1.id]
    entries.resolve_entry(e2)
    assert ids(list_entries(EntryFilter(status="active"))) == [e1.id, e3.id]
    assert count_entries(EntryFilter(status="resolved")) == 1
    entries.edit_entry(e1, confidential=True)
    assert e1.id not in ids(list_entries(EntryFilter(include_confidential=False)))


def test_sorting_and_bad_filters(journal_data):
    _, _, e1, e2, e3 = journal_data
    newest_first = list_entries(EntryFilter())
    assert [e.id for e in newest_first] == [e2.id, e1.id, e3.id]
    by_title = list_entries(EntryFilter(sort="title", descending=False))
    assert [e.title for e in by_title] == ["Café froid", "Four en panne", "Merci"]
    with pytest.raises(ValidationError):
        list_entries(EntryFilter(sort="nonsense"))
    with pytest.raises(ValidationError, match="after the end"):
        list_entries(EntryFilter(date_from=date(2026, 12, 1), date_to=date(2026, 11, 1)))


def test_both_query_plans_give_the_same_pages(monkeypatch):
    from cxjournal.services import entry_query as eq

    person = people.add_person("Zoé", "customer")
    for day in range(1, 29):
        entries.log_entry(
            kind="praise",
            title=f"Café {day}",
            person=person,
            occurred_at=f"2026-02-{day:02d} 10:00",
        )
    entries.trash_entry(5)
    flt = EntryFilter(text="cafe")
    monkeypatch.setattr(eq, "SCAN_THRESHOLD", 10_000)
    by_matches = [eq.page_ids(flt, limit=7, offset=o) for o in (0, 7, 21)]
    monkeypatch.setattr(eq, "SCAN_THRESHOLD", 0)
    by_dates = [eq.page_ids(flt, limit=7, offset=o) for o in (0, 7, 21)]
    assert by_matches == by_dates and 5 not in [i for page in by_dates for i in page]
    assert count_entries(flt) == 27 == count_entries(flt.with_(side="customer"))
