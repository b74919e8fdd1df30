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
    # a file's one user, or a server's accounts by role (the one that made it is an owner)
    assert "anyone who can use the computer account" in text or "(owner: everything" in text


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


def _kept_people(fake_clock) -> None:
    """Four customers last in touch in 2020: one kept until a day, one for a reason, one for
    both, one not kept (due, so not "kept"); and one kept for a reason though within its period."""
    from datetime import date, datetime

    from cxjournal.services import retention

    fake_clock.set(datetime(2020, 1, 15, 10, 0))
    old = {name: a_customer(name) for name in ("Léa", "Marc <b>", "Zoé", "Paul")}
    for person in old.values():
        an_entry(person, kind="complaint")
    fake_clock.set(datetime(2024, 6, 1, 9, 0))
    recent = a_customer("Nina")
    an_entry(recent, kind="praise")
    now = fake_clock.now()
    retention.keep_person(old["Léa"].id, now, until=date(2024, 12, 31))
    retention.keep_person(old["Marc <b>"].id, now, reason="Litige en cours & garantie")
    retention.keep_person(old["Zoé"].id, now, until="2025-03-01", reason="Warranty")
    retention.keep_person(recent.id, now, reason="Fidèle")


def test_the_register_lists_who_is_kept_past_the_period_until_when_and_why(tmp_path, fake_clock):
    _kept_people(fake_clock)
    out = tmp_path / "register.pdf"
    build_report(ReportRequest(PRIVACY, lang="en"), out)
    text = flat(out)
    assert "3 people are kept past these periods by the owner's decision:" in text
    assert "Léa (customer), period ended 15 January 2023; kept until 31 December 2024." in text
    assert (
        "Marc <b> (customer), period ended 15 January 2023; kept: Litige en cours & garantie."
        in text
    )
    assert (
        "Zoé (customer), period ended 15 January 2023; kept until 1 March 2025: Warranty." in text
    )
    assert "Paul" not in text  # due, not kept: the monthly list has him
    assert "Nina" not in text  # kept for a reason, but still within her period


def test_the_register_in_french_lists_who_is_kept(tmp_path, fake_clock):
    _kept_people(fake_clock)
    out = tmp_path / "registre.pdf"
    build_report(ReportRequest(PRIVACY, lang="fr"), out)
    text = flat(out)
    assert "3 personnes sont conservées au-delà de ces durées par décision du responsable :" in text
    assert (
        "Léa (client), durée écoulée le 15 janvier 2023 ; conservation jusqu’au 31 décembre 2024."
        in text
    )


def test_once_the_day_has_passed_she_is_due_again_and_no_longer_listed_as_kept(
    tmp_path, fake_clock
):
    from datetime import datetime

    from cxjournal.services import retention

    _kept_people(fake_clock)
    later = datetime(2025, 4, 1, 9, 0)
    # a reason keeps them until the owner clears it, whatever the day
    assert [k.name for k in retention.kept_past_period(later)] == ["Marc <b>", "Zoé"]
    assert "Léa" in [d.name for d in retention.due_for_deletion(later)]
    fake_clock.set(later)
    out = tmp_path / "register.pdf"
    build_report(ReportRequest(PRIVACY, lang="en"), out)
    assert "2 people are kept past these periods by the owner's decision:" in flat(out)


def test_nobody_kept(tmp_path, fake_clock):
    an_entry(a_customer("Léa"), kind="praise")
    out = tmp_path / "register.pdf"
    build_report(ReportRequest(PRIVACY, lang="en"), out)
    assert "Nobody is kept past these periods." in flat(out)


def test_on_a_server_an_owner_s_register_lists_the_accounts_by_role(
    tmp_path, fake_clock, journal, monkeypatch
):
    import os
    import uuid

    import pytest

    from cxjournal.services import accounts
    from cxjournal.store.connection import close_journal, open_journal
    from cxjournal.store.location import ServerAddress
    from cxjournal.store.models import on_server

    if not on_server():
        pytest.skip("accounts exist on a server only")
    suffix = uuid.uuid4().hex[:6]
    made = {"counter": f"t_ctr_{suffix}", "manager": f"t_mgr_{suffix}"}
    for role, name in made.items():
        accounts.add_account(name, role, "Tarte tatin 99")
    admin_password = os.environ.get("PGPASSWORD")
    try:
        out = tmp_path / "register.pdf"
        build_report(ReportRequest(PRIVACY, lang="en"), out)
        text = flat(out)
        assert f"{made['manager']} (manager: every entry, staff included; reports)" in text
        assert f"{made['counter']} (counter: customers only, no confidential entry)" in text
        assert text.index(made["manager"]) < text.index(made["counter"])  # by role
        # a manager may make reports, but the server shows it no account: it says so
        close_journal()
        monkeypatch.setenv("PGPASSWORD", "Tarte tatin 99")
        open_journal(ServerAddress(journal.dbname, journal.host, journal.port, made["manager"]))
        build_report(ReportRequest(PRIVACY, lang="en"), out)
        text = flat(out)
        assert "Only an owner may list them" in text
        assert made["counter"] not in text
    finally:
        close_journal()
        monkeypatch.setenv("PGPASSWORD", admin_password or "")
        open_journal(journal)
        for name in made.values():
            accounts.remove_account(name)


def _png_pages(pdf, folder, lang: str) -> list:
    """Each page drawn at 60 dpi and saved as a PNG (what is looked at), with its share of ink."""
    from PySide6.QtGui import QImage

    from cxjournal.reports.raster import render_pages

    pages = []
    for number, page in enumerate(render_pages(pdf, 60), start=1):
        image = QImage(
            page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGB32
        )
        path = folder / f"register-{lang}-{number}.png"
        assert image.save(str(path), "PNG")
        inked = sum(1 for i in range(0, len(page.pixels), 4) if page.pixels[i] < 128)
        pages.append((path, page.width, page.height, inked / (page.width * page.height)))
    return pages


def test_the_register_in_both_languages_as_png_pages(tmp_path, fake_clock):
    _journal_with_a_concern()
    _kept_people(fake_clock)
    for lang in ("en", "fr"):
        out = tmp_path / f"register-{lang}.pdf"
        count = build_report(ReportRequest(PRIVACY, lang=lang), out)
        pages = _png_pages(out, tmp_path, lang)
        assert len(pages) == count >= 1
        for path, width, height, ink in pages:
            assert path.stat().st_size > 1000
            assert width < height  # portrait, A4 by default
            assert 0.005 < ink < 0.2  # text on a white page: neither blank nor a black block
