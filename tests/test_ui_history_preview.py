"""File ▸ Import history… shows the file's first rows as they were read (encoding and separator
said) before anything is written, and offers the waiting column among the fields; a history of
waiting entries imported from the window waits as the command line's does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from cxjournal.services import waiting
from cxjournal.store.models import Entry
from cxjournal.ui.dialogs.history_dialog import HistoryImportDialog

ROWS = [
    f"0{d}/10/2025 09:00;Léa;Réclamation;Four {d};En attente;le fournisseur" for d in range(1, 8)
]


def test_the_first_rows_previewed_then_waiting_entries_imported(qtbot, tmp_path):
    path = tmp_path / "attente.csv"
    header = "Date;Client;Type;Objet;Statut;En attente de"
    path.write_bytes(("\r\n".join([header, *ROWS]) + "\r\n").encode("cp1252"))
    dialog = HistoryImportDialog(path)
    qtbot.addWidget(dialog)
    preview = dialog.findChild(QTableView)
    model = preview.model()
    assert model.rowCount() == 5  # the first rows, not the whole file
    shown = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    assert shown == header.split(";")
    assert model.index(0, 3).data() == "Four 1" and model.index(4, 5).data() == "le fournisseur"
    assert dialog.mapping()["waiting_on"] == "En attente de"
    assert Entry.select().count() == 0
    dialog.import_button.click()
    qtbot.waitUntil(lambda: Entry.select().count() == 7, timeout=10000)
    oven = Entry.get(Entry.title == "Four 1")
    assert (oven.status, oven.waiting_on) == ("waiting", "le fournisseur")
    assert waiting.waits(oven)[0][1] is None
