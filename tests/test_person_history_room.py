"""The person panel's history gives its "What" column the room: long statuses ("Closed without
action, satisfaction 2/5") and kinds ("Concern (confidential)") are cut with "…" (their full text
in the tooltip) rather than squeezing what was said to a few letters."""

from __future__ import annotations

from cxjournal.services import entries
from cxjournal.ui.shell.main_window import MainWindow

from .builders import a_staff_member, an_entry


def test_the_what_column_keeps_room_beside_long_statuses(qtbot, fake_clock):
    sam = a_staff_member("Sam Petit", department="Fournil")
    secret = an_entry(
        sam, kind="concern", title="Souci avec le planning du week-end", confidential=True
    )
    entries.resolve_entry(secret.id, "", without_action=True)
    an_entry(sam, kind="check-in", title="Point mensuel avec l'équipe", satisfaction=2)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    page = window.show_page("staff")
    page.focus_item("person", sam.id)
    view = page.person_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    header = view.table.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert widths[2] >= 0.3 * view.table.viewport().width(), widths
    assert widths[2] >= max(widths[1], widths[3]), widths
