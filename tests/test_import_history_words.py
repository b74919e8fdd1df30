"""History import reads what owners write, item by item from the history-import issue: the usual
headers in French and English without help, kinds and statuses in either language, and dates as
people type them in both languages."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from cxjournal.io.entries_import import import_entries, read_table
from cxjournal.store.models import Entry

HEADERS = [  # the list, then the English an owner would write
    ("Date", "when"), ("Quand", "when"), ("Client", "who"), ("Personne", "who"), ("Nom", "who"),
    ("Type", "kind"), ("Titre", "title"), ("Objet", "title"), ("Détails", "details"),
    ("Commentaire", "details"), ("Satisfaction", "satisfaction"), ("Note", "satisfaction"),
    ("Étiquettes", "tags"), ("Statut", "status"), ("Réponse", "response"),
    ("Résolution", "resolution"), ("When", "when"), ("Customer", "who"), ("Name", "who"),
    ("Kind", "kind"), ("Title", "title"), ("Subject", "title"), ("Details", "details"),
    ("Comment", "details"), ("Rating", "satisfaction"), ("Tags", "tags"), ("Status", "status"),
    ("Response", "response"), ("Resolution", "resolution"), ("Canal", "channel"),
    ("Channel", "channel"), ("Confidentiel", "confidential"), ("Date de réponse", "response_at"),
    ("Date de résolution", "resolved_at"), ("Resolved at", "resolved_at"),
    ("Courriel", "email"), ("Téléphone", "phone"), ("En attente de", "waiting_on"),
]  # fmt: skip


def a_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "history.csv"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("header", "field"), HEADERS)
def test_usual_headers_recognised_without_help(tmp_path, header, field):
    other = "Remarque libre" if field != "details" else "Colonne X"
    table = read_table(a_file(tmp_path, f"{other};{header}\nx;y\n"))
    assert table.guessed_mapping.get(field) == header, table.guessed_mapping


@pytest.mark.parametrize(
    ("written", "kind", "side"),
    [
        ("Réclamation", "complaint", "customer"), ("Complaint", "complaint", "customer"),
        ("Compliment", "praise", "customer"), ("Praise", "praise", "customer"),
        ("Suggestion", "suggestion", "customer"), ("Question", "question", "customer"),
        ("Demande", "request", "customer"), ("Request", "request", "customer"),
        ("Préoccupation", "concern", "staff"), ("Concern", "concern", "staff"),
        ("Idée", "idea", "staff"), ("Idea", "idea", "staff"),
        ("Point mensuel", "check-in", "staff"), ("Check-in", "check-in", "staff"),
    ],
)  # fmt: skip
def test_kinds_in_french_or_english_words(tmp_path, written, kind, side):
    text = f"Date;Nom;Type;Titre\n01/10/2025 10:00;Léa;{written};Un titre\n"
    report = import_entries(a_file(tmp_path, text), side=side)
    assert report.errors == [] and Entry.get().kind == kind


@pytest.mark.parametrize(
    ("written", "status"),
    [
        ("Ouvert", "open"), ("Open", "open"), ("En cours", "in-progress"),
        ("In progress", "in-progress"), ("En attente", "waiting"), ("Waiting", "waiting"),
        ("Résolu", "resolved"), ("Resolved", "resolved"), ("Clos", "closed"),
        ("Closed", "closed"), ("Classé sans suite", "closed"),
    ],
)  # fmt: skip
def test_statuses_in_french_or_english_words(tmp_path, written, status):
    ended = status in ("resolved", "closed")
    when = "02/10/2025 10:00" if ended else ""
    text = f"Date;Nom;Type;Titre;Statut;Date de résolution\n01/10/2025 10:00;Léa;Réclamation;T;{written};{when}\n"
    assert import_entries(a_file(tmp_path, text)).errors == []
    entry = Entry.get()
    assert entry.status == status
    assert (entry.resolved_at is not None) == ended


@pytest.mark.parametrize(
    ("written", "moment"),
    [
        ("05/12/2025 14:30", datetime(2025, 12, 5, 14, 30)),
        ("2025-12-05", datetime(2025, 12, 5)),
        ("5 déc. 2025", datetime(2025, 12, 5)),
        ("vendredi 5 décembre 2025 à 9h30", datetime(2025, 12, 5, 9, 30)),
        ("5 Dec 2025", datetime(2025, 12, 5)),
        ("December 5, 2025 2:30 PM", datetime(2025, 12, 5, 14, 30)),
        ("Fri, 5 December 2025 at 09:30", datetime(2025, 12, 5, 9, 30)),
        ("05.12.2025", datetime(2025, 12, 5)),
    ],
)
def test_dates_as_people_type_them_in_both_languages(tmp_path, fake_clock, written, moment):
    fake_clock.set(datetime(2026, 1, 10, 9))
    text = f"Date;Nom;Type;Titre\n{written};Léa;Réclamation;T\n"
    assert import_entries(a_file(tmp_path, text)).errors == []
    assert Entry.get().occurred_at == moment
