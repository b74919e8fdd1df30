"""History import of entries still waiting on someone ("En attente", "waiting"): each is waiting
from its time (from its answer, when it was answered), on whom a column says, so that response
targets stop their clock as for an entry set waiting in the app."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from cxjournal.io.entries_import import import_entries
from cxjournal.services import entries, targets, waiting
from cxjournal.store.models import Entry

AT = datetime(2025, 10, 6, 10, 0)


def a_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "history.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_waiting_row_waits_from_its_time_on_whom_the_column_says(tmp_path):
    text = (
        "Date;Client;Type;Objet;Statut;En attente de\n"
        "06/10/2025 10:00;Léa;Réclamation;Four en panne;En attente;le fournisseur\n"
        "07/10/2025 11:00;Léa;Question;Horaires;waiting;\n"
    )
    report = import_entries(a_file(tmp_path, text))
    assert (report.added, report.errors) == (2, [])
    oven = Entry.get(Entry.title == "Four en panne")
    assert (oven.status, oven.waiting_on) == ("waiting", "le fournisseur")
    assert waiting.waits(oven) == [(AT, None)]
    hours = Entry.get(Entry.title == "Horaires")
    assert (hours.status, hours.waiting_on) == ("waiting", "")
    assert waiting.waits(hours) == [(datetime(2025, 10, 7, 11), None)]


def test_an_answered_waiting_row_waits_from_its_answer(tmp_path):
    text = (
        "Date;Client;Type;Objet;Statut;Réponse;Date de réponse;Waiting on\n"
        "06/10/2025 10:00;Léa;complaint;Four;En attente;Rappelée;06/10/2025 12:30;the supplier\n"
    )
    assert import_entries(a_file(tmp_path, text)).errors == []
    oven = Entry.get()
    assert oven.first_response_at == datetime(2025, 10, 6, 12, 30)
    assert waiting.waits(oven) == [(datetime(2025, 10, 6, 12, 30), None)]
    assert oven.waiting_on == "the supplier"


def test_an_on_whom_column_with_an_open_status_makes_it_wait(tmp_path):
    text = "Date;Client;Type;Objet;En attente de\n06/10/2025 10:00;Léa;Réclamation;Four;le client\n"
    assert import_entries(a_file(tmp_path, text)).errors == []
    oven = Entry.get()
    assert (oven.status, oven.waiting_on, waiting.waits(oven)) == (
        "waiting",
        "le client",
        [(AT, None)],
    )


def test_the_clock_of_an_imported_wait_stops_as_in_the_app(tmp_path, fake_clock):
    """The same complaint set waiting in the app and imported waiting: the same time used."""
    text = "Date;Client;Type;Objet;Statut;En attente de\n06/10/2025 10:00;Léa;Réclamation;Four;En attente;le fournisseur\n"
    import_entries(a_file(tmp_path, text))
    imported = Entry.get()
    typed = entries.log_entry(side="customer", kind="complaint", title="Four bis", occurred_at=AT)
    waiting.wait_on(typed, "le fournisseur", now=AT)
    typed = Entry.get_by_id(typed.id)
    later = datetime(2025, 10, 9, 17, 0)
    used = [[c.used for c in targets.entry_clocks(e, later)] for e in (imported, typed)]
    assert used[0] == used[1]
    assert all(c.paused for c in targets.entry_clocks(imported, later))


def test_a_resolved_row_does_not_wait(tmp_path):
    text = (
        "Date;Client;Type;Objet;Statut;Date de résolution;En attente de\n"
        "06/10/2025 10:00;Léa;Réclamation;Four;Résolu;08/10/2025 10:00;le fournisseur\n"
    )
    assert import_entries(a_file(tmp_path, text)).errors == []
    oven = Entry.get()
    assert (oven.status, oven.waiting_on, oven.waits) == ("resolved", "", "")


def _figures(later: datetime) -> list:
    rows = sorted(Entry.select(), key=lambda e: e.title)
    clocks = [
        (e.title, e.status, e.waiting_on, waiting.waits(e), e.first_response_at) for e in rows
    ]
    used = [
        [(c.stage, c.used, c.paused, c.missed) for c in targets.entry_clocks(e, later)]
        for e in rows
    ]
    assert all(used)  # the default targets apply: the comparison is not of empty lists
    return [clocks, used, targets.month_within_target(rows, later)]


def test_waiting_history_gives_the_figures_of_history_typed_in_the_app(tmp_path, fake_clock):
    """The same three complaints typed in the app (answered, set waiting) and imported: the same
    waits, clocks and month's share answered and resolved within target."""
    from cxjournal.store.connection import close_journal, open_journal

    later = datetime(2025, 10, 20, 17, 0)
    close_journal()
    open_journal(tmp_path / "typed.db")
    oven = entries.log_entry(side="customer", kind="complaint", title="Four", occurred_at=AT)
    entries.respond(oven, "Rappelée", at=datetime(2025, 10, 6, 12, 30))
    waiting.wait_on(oven, "le fournisseur", now=datetime(2025, 10, 6, 12, 30))
    cake = entries.log_entry(
        side="customer", kind="complaint", title="Gâteau", occurred_at=datetime(2025, 10, 7, 9)
    )
    waiting.wait_on(cake, "le client", now=datetime(2025, 10, 7, 9))
    bread = entries.log_entry(
        side="customer", kind="complaint", title="Pain", occurred_at=datetime(2025, 10, 8, 9)
    )
    entries.respond(bread, "Excuses", at=datetime(2025, 10, 8, 10))
    entries.resolve_entry(bread, "Remboursé", at=datetime(2025, 10, 9, 10))
    typed = _figures(later)
    close_journal()
    open_journal(tmp_path / "imported.db")
    text = (
        "Date;Type;Objet;Statut;Réponse;Date de réponse;Résolution;Date de résolution;"
        "En attente de\n"
        "06/10/2025 10:00;Réclamation;Four;En attente;Rappelée;06/10/2025 12:30;;;le fournisseur\n"
        "07/10/2025 09:00;Réclamation;Gâteau;En attente;;;;;le client\n"
        "08/10/2025 09:00;Réclamation;Pain;Résolu;Excuses;08/10/2025 10:00;Remboursé;"
        "09/10/2025 10:00;\n"
    )
    assert import_entries(a_file(tmp_path, text)).errors == []
    assert _figures(later) == typed
