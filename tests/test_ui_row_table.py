"""The row table used by Today, people and departments: columns sized to their text."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView

from cxjournal.ui.models.table_model import Column, RowsModel
from cxjournal.ui.widgets.row_table import SIZE_FROM_ROWS, RowTable

LONG = "Rembourser le gâteau d'anniversaire de Léa <b>& Zoë</b> 🎂"


def make_table(qtbot, rows):
    model = RowsModel(
        [
            Column("Who", lambda r: r[0]),
            Column("A rather long column title", lambda r: r[1]),
            Column("What", lambda r: r[2]),
        ]
    )
    model.set_rows(rows)
    table = RowTable(model, "test")
    qtbot.addWidget(table)
    table.resize(900, 400)
    return table, model


def test_columns_fit_their_text_and_title_and_the_last_takes_the_room_left(qtbot):
    rows = [("Sam", "x", "short")] * 3 + [(LONG, "y", "z")]
    table, model = make_table(qtbot, rows)
    table.fit_columns(2)
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    assert table.columnWidth(0) > metrics.horizontalAdvance(LONG)  # the widest text fits
    assert table.columnWidth(1) >= header.sectionSizeHint(1)  # a narrow column keeps its title
    assert table.columnWidth(1) < metrics.horizontalAdvance(LONG)
    assert header.sectionResizeMode(2) == QHeaderView.ResizeMode.Stretch
    assert model.texts(0, 2) == ["Sam", "Sam"]


def test_only_the_first_rows_are_measured(qtbot):
    rows = [("Sam", "", "")] * SIZE_FROM_ROWS + [(LONG, "", "")]
    table, _model = make_table(qtbot, rows)
    table.fit_columns(2)
    assert table.columnWidth(0) < table.fontMetrics().horizontalAdvance(LONG)
    empty, _ = make_table(qtbot, [])
    empty.fit_columns(2)  # no rows: the titles decide
    assert empty.columnWidth(0) == empty.horizontalHeader().sectionSizeHint(0)
