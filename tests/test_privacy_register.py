"""The record of processing (``cxjournal report privacy``): counted from the journal, its
retention periods from the settings, user text escaped, in French and English. Both engines."""

from __future__ import annotations

from cxjournal.reports.building import PRIVACY, ReportRequest, build_report
from cxjournal.services import settings
from tests.builders import a_customer, a_staff_member, an_entry
from tests.report_pdf import flat


def _journal_with_a_concern() -> None:
    settings.set_setting("business_name", "Zoë <b>&amp; Fils</b> & <cassé")
    settings.set_setting("keep_customers_months", "24")
    lea = a_customer("Léa")
    an_entry(lea, kind="complaint", title="Four froid")
    an_entry(a_staff_member("Sam"), kind="concern", title="Dos")


def test_the_register_in_english_counts_the_journal_and_advises_an_assessment(tmp_path, fake_clock):
    _journal_with_a_concern()
    out = tmp_path / "register.pdf"
    assert build_report(ReportRequest(PRIVACY, lang="en"), out) >= 1
    text = flat(out)
    assert "Record of processing" in text
    assert "Zoë <b>&amp; Fils</b> & <cassé" in text  # printed as typed
    assert "1 customer, 1 staff member; 2 entries, 1 staff concern." in text
    assert "Customers: 2 years after their last own contact." in text
    assert "Staff: 5 years after their last entry." in text
    assert "Advised: staff concerns may hold health data" in text
    assert "anyone who can use the computer account" in text or "server's accounts" in text


def test_the_register_in_french(tmp_path, fake_clock):
    _journal_with_a_concern()
    out = tmp_path / "registre.pdf"
    build_report(ReportRequest(PRIVACY, lang="fr"), out)
    text = flat(out)
    assert "Registre des traitements" in text
    assert "1 client, 1 membre du personnel ; 2 entrées, 1 préoccupation du personnel." in text
    assert "Clients : 2 ans après leur dernier contact de leur initiative." in text
    assert "Conseillée" in text


def test_no_assessment_advised_without_staff_concerns(tmp_path, fake_clock):
    an_entry(a_customer("Léa"), kind="praise")
    out = tmp_path / "register.pdf"
    build_report(ReportRequest(PRIVACY, lang="en"), out)
    assert "Not advised while no staff concern is recorded." in flat(out)
