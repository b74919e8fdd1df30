"""Two customers with the same name stay told apart on screen at 1280×720: the Customers list cuts a
namesake's detail at its start, so the end of the e-mail that tells them apart stays readable."""

from PySide6.QtWidgets import QStyleOptionViewItem

from cxjournal.services import people
from cxjournal.ui.shell.main_window import MainWindow
from cxjournal.ui.widgets.namesake_delegate import fitted_name
from tests.helpers import show_active


def _drawn(table, row: int) -> str:
    """The text the Name cell of ``row`` draws, as its delegate lays it out."""
    index = table.model().index(row, 0)
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.rect = table.visualRect(index)
    table.itemDelegateForColumn(0).initStyleOption(option, index)
    return option.text


def test_namesakes_still_differ_as_drawn_in_a_narrow_name_column(qtbot, fake_clock):
    people.add_person("Amélie Richard", "customer", email="amelie.richard102@example.fr")
    people.add_person("Amélie Richard", "customer", email="amelie.richard107@example.fr")
    people.add_person("Chloé Martin", "customer", organisation="Traiteur Lenôtre et Fils")
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 690)
    show_active(qtbot, window)
    table = window.show_page("customers").table
    rows = range(table.model().rowCount())
    shown = {_drawn(table, row) for row in rows if _drawn(table, row).startswith("Amélie")}
    assert len(shown) == 2, shown
    assert all(text.startswith("Amélie Richard (") for text in shown), shown


def test_a_namesake_cut_keeps_what_tells_it_apart(qtbot):
    from PySide6.QtWidgets import QLabel

    metrics = QLabel().fontMetrics()
    names = (
        "Amélie Richard (amelie.richard102@example.fr)",
        "Amélie Richard (amelie.richard107@example.fr)",
    )
    for width in (180, 210, 240):
        shown = [fitted_name(name, width, metrics) for name in names]
        assert shown[0] != shown[1], shown
        assert all("…" in text and metrics.horizontalAdvance(text) <= width for text in shown)
        assert {text.split("@")[0].rstrip(")")[-3:] for text in shown} == {"102", "107"}, shown


def test_a_name_that_fits_or_has_no_detail_is_drawn_as_tables_do(qtbot):
    from PySide6.QtWidgets import QLabel

    metrics = QLabel().fontMetrics()
    assert fitted_name("Léa", 200, metrics) == "Léa"
    cut = fitted_name("Une très longue raison sociale sans parenthèses", 80, metrics)
    assert cut.endswith("…") and cut.startswith("Une")
