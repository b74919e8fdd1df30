"""The monthly report's "Staff and customers together" section (its figures read back from the
PDF, in English and French) and the demo's link: planted moderately, labelled as demo data, and
seen as at least ``weak`` by ``cxjournal insights --json``."""

from __future__ import annotations

import json
from datetime import date

from cxjournal.catalog import translator_for
from cxjournal.cli import main
from cxjournal.i18n import speaking
from cxjournal.reports.monthly import build_monthly_report
from cxjournal.reports.monthly_together import gather_together, link_readings
from cxjournal.services import aftercare, entries, ratings
from cxjournal.services.demo_mark import is_demo
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.models import Entry
from tests.builders import a_customer, an_entry
from tests.report_pdf import flat

DAY = date(2030, 3, 14)


def recovered_complaints() -> None:
    """September: 3 of 4 customers who answered ended satisfied; October: none answered."""
    for n, score in enumerate((5, 4, 4, 2, None)):
        entry = an_entry(a_customer(f"Client {n}"), occurred_at="2026-09-10 08:00")
        entries.resolve_entry(entry, at="2026-09-12 09:00", ask_after_days=0)
        if score:
            aftercare.record_satisfaction_after(entry, score)
    later = an_entry(a_customer("Octave"), occurred_at="2026-10-03 08:00")
    entries.resolve_entry(later, at="2026-10-04 09:00", ask_after_days=0)
    for day in ("2026-10-05", "2026-10-06", "2026-10-07"):
        ratings.record_rating(4, at=f"{day} 10:00")


def test_the_section_prints_the_recovery_rate_and_the_counts(tmp_path, fake_clock):
    recovered_complaints()
    out = tmp_path / "month.pdf"
    build_monthly_report(out, 2026, 11, lang="en")
    text = flat(out)
    section = text[text.index("Staff and customers together") :]
    assert "3 of 4 (75%)" in section
    assert "September 2026" in section and "October 2026" in section
    assert "100 (3)" in section  # October's Happy Index with the 3 ratings it rests on
    assert "Moving together is not a cause" in section
    assert "No link between the two sides stands out from chance" in section
    assert "Demo data" not in section

    with speaking(translator_for("fr")):
        build_monthly_report(out, 2026, 11, lang="fr")
    french = flat(out)
    assert "Ensemble, personnel et clients" in french
    assert "3 sur 4 (75 %)" in french


def test_the_demo_link_is_at_least_weak_and_said_to_be_demo_data(tmp_path, journal, capsys):
    close_journal()
    args = ["demo", "--seed", "2", "--today", DAY.isoformat(), "--lang", "en"]
    assert main(args) == 0
    capsys.readouterr()
    assert main(["insights", "--json", "--until", "2030-02", "--months", "14"]) == 0
    found = json.loads(capsys.readouterr().out)
    open_journal(journal)
    link = next(
        x
        for x in found["links"]
        if (x["internal"], x["external"], x["lag"])
        == ("staff_first_response_hours", "customer_satisfaction", 1)
    )
    assert link["evidence"] in ("weak", "clear") and link["rho"] < 0
    assert is_demo()
    answered = Entry.select().where(Entry.satisfaction_after.is_null(False)).count()
    assert answered > 20
    together = gather_together(2030, 2, False, DAY)
    assert together.demo and together.recovery
    readings = link_readings(together, "en")  # the report's 12 months, as insights reads them
    out = tmp_path / "demo.pdf"
    build_monthly_report(out, 2030, 2, lang="en")
    text = flat(out)
    assert "Demo data: these figures come from the demo journal." in text
    assert readings and all(" ".join(line.split()) in text for line in readings)
