"""The person history and the weekly follow-up sheet, read back from the PDF."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from cxjournal.errors import NotFoundError
from cxjournal.reports.person_history import build_person_report
from cxjournal.reports.weekly_sheet import build_week_sheet
from tests.report_dataset import NAMES, REPORT_NOW, build_dataset
from tests.report_pdf import flat, journal_fingerprint, page_texts


@pytest.fixture
def dataset(fake_clock):
    fake_clock.set(datetime(2026, 11, 1, 8, 0))
    made = build_dataset()
    fake_clock.set(REPORT_NOW)
    return made


def test_person_history_lists_everything_about_one_person(dataset, journal, tmp_path):
    before = journal_fingerprint(journal)
    out = tmp_path / "amelie.pdf"
    calls = []
    build_person_report(out, dataset["amelie"], lang="en", progress=lambda *a: calls.append(a))
    assert journal_fingerprint(journal) == before
    assert calls[-1] == (5, 5)
    text = flat(out)
    assert "Amélie Château" in text and "amelie@example.org" in text
    assert "Four <cassé> & fumée" in text and "Attente trop longue" in text
    assert "Appelé·e, excuses présentées." in text  # the response
    assert "Rembourser <50 %> & offrir un café" in text
    assert "Livraison en retard" not in text  # Bob's, not hers
    assert "Page 1 of 1" in text


def test_person_history_confidential_entries(dataset, tmp_path):
    out = tmp_path / "noel.pdf"
    build_person_report(out, dataset["noel"], lang="fr", include_confidential=True)
    assert "Secret: conflit d'équipe" in flat(out)
    build_person_report(out, dataset["noel"], lang="fr")  # left out unless asked for
    text = flat(out)
    assert "Secret" not in text and "Hotte bruyante" in text
    assert "Noël Œuvre" in text and "novembre 2026" in text


def test_person_history_names_and_markup_as_typed(dataset, tmp_path):
    for key, name in (("bob", NAMES[1]), ("tokyo", NAMES[3])):
        out = tmp_path / f"{key}.pdf"
        build_person_report(out, dataset[key])
        assert name in page_texts(out)[0]
    assert "Bob & Co <SARL>" in flat(tmp_path / "bob.pdf")


def test_person_history_of_nobody_is_a_clear_error(tmp_path):
    with pytest.raises(NotFoundError):
        build_person_report(tmp_path / "x.pdf", 999)


def test_week_sheet_lists_the_week_day_by_day_with_boxes(dataset, journal, tmp_path):
    before = journal_fingerprint(journal)
    out = tmp_path / "week.pdf"
    build_week_sheet(out, lang="en")
    assert journal_fingerprint(journal) == before
    text = flat(out)
    assert "30 November 2026 to 6 December 2026" in text
    assert text.index("Monday 30 November") < text.index("Point équipe <cuisine>")
    assert text.index("Thursday 3 December") < text.index("Rappeler Zoë")
    assert text.index("Saturday 5 December") < text.index("Réparer la hotte")
    assert "Envoyer le menu traduit" in text.split("Already late")[1].split("Monday")[0]
    assert "Fait déjà" not in text  # done
    assert "Inviter au dîner" not in text  # due later
    assert "Secret" not in text
    assert text.count("☐") >= 6


def test_week_sheet_in_french_for_another_week(dataset, tmp_path):
    out = tmp_path / "semaine.pdf"
    build_week_sheet(out, week_of=date(2026, 12, 30), lang="fr")
    text = flat(out)
    assert "Lundi 28 décembre" in text and "Jeudi 31 décembre" in text
    assert "Inviter au dîner du Nouvel An" in text


def test_a_report_built_in_a_child_process(journal, tmp_path):
    """The Reports page typesets in a child process; the PDF is the same report."""
    from cxjournal.child_process import build_report_in_child
    from cxjournal.reports.building import WEEK, ReportRequest
    from cxjournal.services import followups

    followups.add_followup(title="Rappeler Zoé", due_at="2026-11-18 10:00")
    out = tmp_path / "week.pdf"
    pages = build_report_in_child(journal, ReportRequest(WEEK, week_of=date(2026, 11, 16)), out)
    assert pages >= 1 and out.read_bytes().startswith(b"%PDF")
    assert "Rappeler Zoé" in flat(out)
