"""The monthly report's "What goodwill gestures cost": per side and per kind, counts beside exact
totals, subtotals and the month's total, in English and in French (read back from the PDF)."""

from __future__ import annotations

from cxjournal.catalog import translator_for
from cxjournal.i18n import speaking
from cxjournal.reports.monthly import build_monthly_report
from cxjournal.services import entries, promises
from tests.builders import a_customer, a_promise, a_staff_member, an_entry
from tests.report_pdf import flat


def month_of_gestures() -> None:
    """November 2026: three refunds of 0.10 + 12.50 + 1,234.40, a gift promised (8.90), a staff
    repair (60.00); a cancelled promise and an October refund that do not count."""
    for n, amount in enumerate(("0,10", "12.50", "1 234,40")):
        entry = an_entry(a_customer(f"Client {n}"), occurred_at="2026-11-02 08:00")
        entries.resolve_entry(entry, at="2026-11-03 09:00", amount=amount, ask_after_days=0)
    a_promise(a_customer("Léa"), what="Gâteau offert", amount="8,90", made_at="2026-11-04 10:00")
    cancelled = a_promise(a_customer("Marc"), amount="99", made_at="2026-11-04 11:00")
    promises.cancel_promise(cancelled)
    concern = an_entry(a_staff_member("Sam"), kind="concern", occurred_at="2026-11-05 08:00")
    entries.resolve_entry(concern, at="2026-11-06 09:00", amount="60")
    old = an_entry(a_customer("Octave"), occurred_at="2026-10-02 08:00")
    entries.resolve_entry(old, at="2026-10-03 09:00", amount="500", ask_after_days=0)


def test_the_cost_table_in_english_and_french(tmp_path, fake_clock):
    month_of_gestures()
    out = tmp_path / "month.pdf"
    build_monthly_report(out, 2026, 11, lang="en")
    text = flat(out)
    section = text[text.index("What goodwill gestures cost") :]
    assert "Customer Complaint 3 €1,247.00" in section
    assert "Customer Promised amounts 1 €8.90" in section
    assert "Customer All 4 €1,255.90" in section
    assert "Staff Concern 1 €60.00" in section
    assert "Total 5 €1,315.90" in section
    assert "€500" not in section and "€99" not in section

    with speaking(translator_for("fr")):
        build_monthly_report(out, 2026, 11, lang="fr")
    french = flat(out)
    section = french[french.index("Ce que coûtent les gestes commerciaux") :]
    assert "Client Réclamation 3 1 247,00 €" in section
    assert "Total 5 1 315,90 €" in section


def test_an_empty_month_says_so(tmp_path, fake_clock):
    out = tmp_path / "month.pdf"
    build_monthly_report(out, 2026, 11, lang="en")
    assert "No goodwill gesture with an amount this month." in flat(out)
