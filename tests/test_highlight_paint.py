"""The search highlight is cheap to paint: a cell's marks are worked out once per search, not at
every paint, and painting from what was kept looks the same as painting afresh."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from cxjournal.ui.widgets import highlight_delegate
from cxjournal.ui.widgets.highlight_delegate import HighlightDelegate

TEXTS = ["Pain brûlé", "Amélie Château", "Pain au chocolat trop cuit, client mécontent", "Merci"]


def _table(qtbot) -> tuple[QTableView, HighlightDelegate]:
    model = QStandardItemModel()
    for row in range(40):  # the same few texts again and again, as names are in a journal
        model.appendRow([QStandardItem(TEXTS[row % len(TEXTS)])])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setColumnWidth(0, 160)  # narrow: the long text is cut with "…"
    delegate = HighlightDelegate(view)
    view.setItemDelegateForColumn(0, delegate)
    view.resize(260, 600)
    view.show()
    qtbot.waitExposed(view)
    return view, delegate


def test_a_cells_marks_are_found_once_per_search_whatever_the_repaints(qtbot, monkeypatch):
    view, delegate = _table(qtbot)
    calls: list[str] = []
    real = highlight_delegate.match_spans

    def counted(text, words):
        calls.append(text)
        return real(text, words)

    monkeypatch.setattr(highlight_delegate, "match_spans", counted)
    delegate.set_search("pain chateau")
    first = view.viewport().grab().toImage()
    for _ in range(3):
        view.viewport().grab()
    again = view.viewport().grab().toImage()
    assert len(calls) == len(set(calls)) <= len(TEXTS)  # 40 cells x 5 paints before
    assert first == again  # painted from what was kept, the same pixels
    delegate.set_search("merci")  # a new search finds its own marks
    view.viewport().grab()
    assert calls[-1] != calls[0] or len(calls) > len(TEXTS)
    index = view.model().index(3, 0)
    assert [index.data()[a:b] for a, b in delegate.spans(index)] == ["Merci"]


def test_the_same_search_typed_again_keeps_what_was_worked_out(qtbot, monkeypatch):
    view, delegate = _table(qtbot)
    delegate.set_search("pain")
    view.viewport().grab()
    calls: list[str] = []
    monkeypatch.setattr(
        highlight_delegate, "match_spans", lambda text, words: calls.append(text) or []
    )
    delegate.set_search("Pain ")  # the same words: a reset of the Journal after a change notice
    view.viewport().grab()
    assert calls == [], len(calls)
