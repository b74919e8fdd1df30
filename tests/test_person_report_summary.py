"""The person report opens with the same summary as the person panel: last contact, open promises,
average satisfaction and open problems, counted with plural forms; a confidential entry left out of
the report is left out of its summary too."""

from __future__ import annotations

from datetime import timedelta

from cxjournal import clock
from cxjournal.catalog import translator_for
from cxjournal.i18n import set_translator
from cxjournal.reports.person_history import build_person_report

from .builders import a_customer, a_promise, a_staff_member, an_entry
from .report_pdf import flat, page_texts


def test_the_report_opens_with_the_person_at_a_glance(fake_clock, tmp_path):
    lea = a_customer("Léa Roux")
    an_entry(lea, kind="complaint", title="Pain brûlé", satisfaction=2)
    an_entry(lea, kind="praise", title="Merci", satisfaction=5, occurred_at=clock.now())
    a_promise(lea, what="Croissants offerts", due="2026-11-20")
    out = tmp_path / "lea.pdf"
    build_person_report(out, lea, lang="en")
    first = " ".join(page_texts(out)[0].split())
    summary = (
        "Last contact 16 Nov 2026 · 1 open promise · average satisfaction 3.5 / 5 · 1 open problem"
    )
    assert summary in first
    assert first.index(summary) < first.index("Pain brûlé")


def test_the_summary_in_french_with_plural_forms(fake_clock, tmp_path):
    lea = a_customer("Léa Roux")
    for title in ("Pain brûlé", "Attente"):
        an_entry(lea, kind="complaint", title=title, satisfaction=2)
    out = tmp_path / "lea.pdf"
    set_translator(translator_for("fr"))
    build_person_report(out, lea, lang="fr")
    text = " ".join(flat(out).split())
    assert "Dernier contact le 16/11/2026 · 0 promesse en cours" in text
    assert "2 problèmes en cours" in text


def test_a_confidential_entry_stays_out_of_the_summary(fake_clock, tmp_path):
    sam = a_staff_member("Sam Petit")
    an_entry(
        sam,
        kind="concern",
        title="Conflit",
        confidential=True,
        occurred_at=clock.now() - timedelta(hours=1),
    )
    an_entry(
        sam, kind="idea", title="Nouvelle vitrine", occurred_at=clock.now() - timedelta(days=3)
    )
    out = tmp_path / "sam.pdf"
    build_person_report(out, sam, lang="en")
    text = " ".join(flat(out).split())
    assert "Last contact 13 Nov 2026" in text and "0 open problems" in text
    build_person_report(out, sam, lang="en", include_confidential=True)
    text = " ".join(flat(out).split())
    assert "Last contact 16 Nov 2026" in text and "1 open problem" in text
