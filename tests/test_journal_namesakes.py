"""The Journal tells namesakes apart as the People pages do: two Céline Michel read with their
organisation, department or e-mail beside the name; a name nobody else has stays alone."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cxjournal.services import people
from cxjournal.services.entry_query import entry_rows
from cxjournal.ui.models.journal_model import Col, JournalModel

from .builders import a_customer, a_staff_member, an_entry


def test_the_journal_shows_what_tells_namesakes_apart(qtbot, fake_clock):
    hotel = a_customer("Céline Michel", organisation="Hôtel du Parc")
    mail = a_customer("Céline Michel", email="celine@example.fr")
    baker = a_staff_member("Céline Michel", department="Fournil")
    alone = a_customer("Léa Roux")
    made = [
        an_entry(p, kind="concern" if p is baker else "complaint", title=f"Entrée {n}")
        for n, p in enumerate([hotel, mail, baker, alone])
    ]
    model = JournalModel()
    model.set_filter(model.filter)
    shown = {
        model.index(row, Col.TITLE).data(): model.index(row, Col.PERSON).data()
        for row in range(model.rowCount())
    }
    assert shown == {
        "Entrée 0": "Céline Michel (Hôtel du Parc)",
        "Entrée 1": "Céline Michel (celine@example.fr)",
        "Entrée 2": "Céline Michel (Fournil)",
        "Entrée 3": "Léa Roux",
    }
    expected = people.distinguishing_names([hotel, mail, baker, alone])
    rows = {row[0]: row[3] for row in entry_rows([e.id for e in made])}
    assert [rows[e.id] for e in made] == [expected[p.id] for p in (hotel, mail, baker, alone)]
    assert model.index(0, Col.PERSON).data(Qt.ItemDataRole.ToolTipRole)


def test_namesakes_with_the_same_detail_show_their_number(qtbot, fake_clock):
    first = a_customer("Paul Martin")
    second = a_customer("Paul Martin")
    an_entry(first, title="Un")
    an_entry(second, title="Deux")
    model = JournalModel()
    model.set_filter(model.filter)
    names = {model.index(row, Col.PERSON).data() for row in range(model.rowCount())}
    assert names == {f"Paul Martin (#{first.id})", f"Paul Martin (#{second.id})"}


def test_the_detail_pane_heading_tells_namesakes_apart_too(qtbot, fake_clock):
    from cxjournal.ui.widgets.entry_detail import EntryDetail

    hotel = a_customer("Céline Michel", organisation="Hôtel du Parc")
    a_customer("Céline Michel", email="celine@example.fr")
    entry = an_entry(hotel, title="Chambre froide")
    alone = an_entry(a_customer("Léa Roux"), title="Merci")
    detail = EntryDetail()
    qtbot.addWidget(detail)
    detail.show_entry(entry.id)
    assert detail.heading.text().startswith("Céline Michel (Hôtel du Parc) · Customer")
    detail.show_entry(alone.id)
    assert detail.heading.text().startswith("Léa Roux · Customer")


def test_a_rename_that_makes_or_ends_a_namesake_shows_at_once(qtbot, fake_clock):
    """The names told apart are kept between blocks of rows, never past a change of the people."""
    lea = a_customer("Léa Roux", organisation="Fleurs")
    other = a_customer("Léa Rous")  # same length: a count or a sum of lengths would not see it
    first, second = an_entry(lea, title="Un"), an_entry(other, title="Deux")

    def shown() -> dict[int, str]:
        return {row[0]: row[3] for row in entry_rows([first.id, second.id])}

    assert shown() == {first.id: "Léa Roux", second.id: "Léa Rous"}
    people.edit_person(other.id, name="Léa Roux")
    assert shown() == {first.id: "Léa Roux (Fleurs)", second.id: f"Léa Roux (#{other.id})"}
    people.edit_person(lea.id, organisation="Fleurs du Port")
    assert shown()[first.id] == "Léa Roux (Fleurs du Port)"
