"""The Journal's table model read through its named columns: what each column shows, which sort,
and how an open entry's title stands out — without a view."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cxjournal.services import entries, people
from cxjournal.services.entry_query import ROW_FIELDS
from cxjournal.ui.models.journal_model import ID_ROLE, SORT_FIELDS, Col, EntryRow, JournalModel


def test_the_row_read_from_the_service_names_its_fields_as_the_service_does():
    assert EntryRow._fields == ROW_FIELDS


def test_each_column_shows_its_field_and_the_title_carries_the_style(qtbot, fake_clock):
    amelie = people.add_person("Amélie Château", "customer")
    burnt = entries.log_entry(
        kind="complaint", title="Pain brûlé", person=amelie, satisfaction=2, priority="high"
    )
    model = JournalModel()
    model.set_filter(model.filter)
    assert model.columnCount() == len(Col)
    assert model.headerData(Col.TITLE, Qt.Orientation.Horizontal) == "Title"

    def cell(column, role=Qt.ItemDataRole.DisplayRole):
        return model.index(0, column).data(role)

    assert cell(Col.PERSON) == "Amélie Château"
    assert cell(Col.TITLE) == "Pain brûlé"
    assert cell(Col.SATISFACTION) == "★★"
    assert cell(Col.KIND) == "Complaint"
    assert cell(Col.TITLE, Qt.ItemDataRole.ToolTipRole) == "Pain brûlé"
    assert cell(Col.TITLE, Qt.ItemDataRole.FontRole).bold()  # still open
    assert cell(Col.KIND, Qt.ItemDataRole.FontRole) is None
    assert cell(Col.SIDE, ID_ROLE) == burnt.id
    entries.resolve_entry(burnt.id, "Baguette offerte")
    model.reload()
    assert cell(Col.TITLE, Qt.ItemDataRole.FontRole) is None


def test_only_columns_with_a_sort_field_sort(qtbot, fake_clock):
    model = JournalModel()
    model.set_filter(model.filter)
    assert Col.PERSON not in SORT_FIELDS
    model.sort(Col.PERSON, Qt.SortOrder.AscendingOrder)
    assert (model.filter.sort, model.filter.descending) == ("occurred_at", True)
    model.sort(Col.PRIORITY, Qt.SortOrder.AscendingOrder)
    assert (model.filter.sort, model.filter.descending) == ("priority", False)


def test_a_rows_texts_are_written_when_it_is_shown_not_for_its_whole_block(
    qtbot, fake_clock, monkeypatch
):
    from cxjournal.ui.models import journal_model

    amelie = people.add_person("Amélie Château", "customer")
    for n in range(40):
        entries.log_entry(kind="complaint", title=f"Four {n}", person=amelie)
    written: list = []
    real = journal_model.format_datetime
    monkeypatch.setattr(
        journal_model,
        "format_datetime",
        lambda when, lang: written.append(when) or real(when, lang),
    )
    model = JournalModel()
    model.set_filter(model.filter.with_(text="four"))
    assert model.rowCount() == 40 and model.entry_id(39) is not None  # the block is read
    assert written == []  # 40 dates formatted before, with none shown
    assert model.index(3, Col.TITLE).data() == "Four 36"
    assert model.index(3, Col.WHEN).data() and len(written) == 1  # once, for that row
    assert model.row_of(model.entry_id(20)) == 20 and len(written) == 1
