"""The monthly relationship report: figures, names as typed, many pages, read-only, settings."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from pypdf import PdfReader

from cxjournal.reports import monthly_data as data
from cxjournal.reports.monthly import build_monthly_report
from cxjournal.store.models import Entry, Person, Setting, db
from tests.report_dataset import NAMES, REPORT_NOW, build_dataset
from tests.report_pdf import flat, journal_fingerprint, page_texts


@pytest.fixture
def dataset(fake_clock):
    fake_clock.set(datetime(2026, 11, 1, 8, 0))
    made = build_dataset()
    fake_clock.set(REPORT_NOW)
    return made


def test_tables_see_the_month_as_it_ended(dataset):
    gathered = data.gather_monthly(2026, 11)
    assert [p.person for p in gathered.overdue_promises] == [NAMES[3]]
    assert gathered.overdue_promises[0].days_overdue == 3
    assert [p.what for p in gathered.promises_next_month] == [
        "Réparer la hotte",
        "Inviter au dîner du Nouvel An",
    ]
    assert [(p.title, p.age_days) for p in gathered.problems_open_at_end] == [
        ("Attente trop longue", 47),
        ("Table bancale", 20),
    ]
    cuisine = next(c for c in gathered.checkins if c.department == "Cuisine")
    assert (cuisine.expected, cuisine.done, cuisine.missed) == (5, 1, 4)
    assert [(t.name, t.total) for t in gathered.top_tags][:1] == [("livraison", 2)]
    assert [w.customers for w in gathered.weeks] == [0, 2, 2, 1, 0, 0]
    assert gathered.highlights[0].satisfaction == 5


def test_report_prints_the_known_figures_and_names_as_typed(dataset, tmp_path):
    out = tmp_path / "monthly.pdf"
    pages = build_monthly_report(out, 2026, 11, lang="en")
    text = flat(out)
    assert "20% (1 of 5)" in text  # promise-keeping rate
    assert "Median time to first response, customers 4 hours" in text
    assert "Median time to first response, staff 1 hour" in text
    assert "Median time to resolution, customers 36 hours" in text
    assert "Broken promises 1 0 +1" in text
    for name in NAMES:
        assert name in text
    assert "Four <cassé> & fumée" in text
    assert "Service <impeccable> & rapide" in text
    assert "Secret" not in text
    assert "November 2026" in text
    texts = page_texts(out)
    assert len(texts) == pages
    for number, page in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in page


def test_confidential_entries_only_when_asked(dataset, tmp_path):
    out = tmp_path / "monthly.pdf"
    build_monthly_report(out, 2026, 11, include_confidential=True)
    assert "Secret: conflit d'équipe" in flat(out)


def test_french_dates_and_numbers(dataset, tmp_path):
    out = tmp_path / "mensuel.pdf"
    build_monthly_report(out, 2026, 11, lang="fr")
    text = flat(out)
    assert "novembre 2026" in text
    assert "Generated on 2 décembre 2026" in text  # labels stay English without a catalogue
    assert "4 heures" in text and "36 heures" in text
    assert "20 % (1 of 5)" in text


def test_building_never_changes_the_journal(dataset, journal, tmp_path):
    before = journal_fingerprint(journal)
    calls = []
    build_monthly_report(
        tmp_path / "m.pdf", 2026, 11, include_confidential=True, progress=lambda *a: calls.append(a)
    )
    assert journal_fingerprint(journal) == before
    done = [d for d, _ in calls]
    assert done == sorted(done) and calls[-1][0] == calls[-1][1]


def test_empty_month_builds_with_no_data(tmp_path, fake_clock):
    out = tmp_path / "empty.pdf"
    build_monthly_report(out, 2026, 11)
    text = flat(out)
    assert "No data" in text
    assert "No entry this month." in text


@pytest.mark.slow
def test_thousands_of_entries_split_over_pages_with_the_header_repeated(fake_clock, tmp_path):
    who = Person.create(
        side="customer", name="Zoë Œuvre", created_at=REPORT_NOW, updated_at=REPORT_NOW
    )
    start = datetime(2026, 11, 1, 8, 0)
    rows = [
        dict(
            person=who,
            side="customer",
            kind="question",
            occurred_at=start + timedelta(minutes=20 * i),
            title=f"Question {i:04d} <b>& co</b>",
            created_at=start,
            updated_at=start,
        )
        for i in range(2000)
    ]
    with db.atomic():
        for batch in range(0, len(rows), 500):
            Entry.insert_many(rows[batch : batch + 500]).execute()
    out = tmp_path / "big.pdf"
    pages = build_monthly_report(out, 2026, 11)
    texts = page_texts(out)
    listing = [t for t in texts if "Question " in t]
    assert pages > 30 and len(listing) > 30
    for page in listing:
        assert "When Who Title Status Score" in " ".join(page.split())
    text = " ".join(" ".join(texts).split())
    assert "Question 0000 <b>& co</b>" in text and "Question 1999 <b>& co</b>" in text


def test_settings_logo_and_letter_paper(dataset, tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 60), "teal").save(logo)
    Setting.create(key="business_name", value="Café <Zoë> & Fils")
    Setting.create(key="logo_path", value=str(logo))
    Setting.create(key="paper_size", value="Letter")
    out = tmp_path / "letter.pdf"
    build_monthly_report(out, 2026, 11)
    first = PdfReader(str(out)).pages[0]
    assert round(float(first.mediabox.width)) == 612
    assert any(r.get("/Subtype") == "/Image" for r in first["/Resources"]["/XObject"].values())
    assert "Café <Zoë> & Fils" in page_texts(out)[0]


@pytest.mark.parametrize("content", [None, b"not an image at all"])
def test_missing_or_broken_logo_is_skipped(dataset, tmp_path, content):
    logo = tmp_path / "logo.png"
    if content is not None:
        logo.write_bytes(content)
    Setting.create(key="logo_path", value=str(logo))
    out = tmp_path / "m.pdf"
    assert build_monthly_report(out, 2026, 11) >= 1
    assert "/XObject" not in PdfReader(str(out)).pages[0]["/Resources"]


def test_one_unit_per_row_and_today_instead_of_zero_days():
    from cxjournal.reports import monthly

    figures = monthly._Figures("fr")
    unit = monthly._unit(42, 62.4)
    assert [figures.hours(h, unit) for h in (42, 62.4)] == ["1,8\u00a0jour", "2,6\u00a0jours"]
    assert figures.change(42, 62.4, "hours") == "\u22120,8\u00a0jour"
    assert monthly._unit(None, 5) == "hour"
    assert monthly._age(0, "en") == "today" and monthly._age(3, "en") == "3\u00a0days"


def test_praise_is_quoted_with_french_quotes_in_french(dataset, tmp_path, qtbot):
    from PySide6.QtCore import QCoreApplication

    from cxjournal.ui.shell.translation import install_gui_translators

    out = tmp_path / "mensuel.pdf"
    install_gui_translators(QCoreApplication.instance(), "fr")
    try:
        build_monthly_report(out, 2026, 11, lang="fr")
    finally:
        install_gui_translators(QCoreApplication.instance(), "en")
    text = flat(out)  # pypdf reads the no-break spaces as plain ones
    assert "« Service <impeccable> & rapide" in text and "“" not in text


def test_entries_of_the_month_grouped_by_side_then_kind_with_their_counts(dataset, tmp_path):
    gathered = data.gather_monthly(2026, 11)
    out = tmp_path / "monthly.pdf"
    build_monthly_report(out, 2026, 11, lang="en")
    listing = flat(out).split("All entries of the month", 1)[1]
    from cxjournal import vocabulary as v

    expected = []
    for side, title in (("customer", "Customers"), ("staff", "Staff")):
        of_side = [e for e in gathered.entries if e.side == side]
        expected.append(f"{title}: {len(of_side)} entr")
        for kind in v.KINDS_BY_SIDE[side]:
            count = sum(1 for e in of_side if e.kind == kind)
            if count:
                expected.append(f"{v.label(kind)} — {count} entr")
    positions = [listing.find(heading) for heading in expected]
    assert -1 not in positions, (expected, positions)
    assert positions == sorted(positions)  # customers first, kinds in the app's order
    for e in gathered.entries:  # every entry sits under its own side's and kind's heading
        at = listing.find(e.title)
        kind_heading = f"{v.label(e.kind)} — "
        side_title = "Customers:" if e.side == "customer" else "Staff:"
        assert listing.rfind(kind_heading, 0, at) > listing.rfind(side_title, 0, at) >= 0


def test_months_with_nothing_recorded_are_no_rows_of_dashes(tmp_path, fake_clock):
    from tests.builders import an_entry

    fake_clock.set(datetime(2026, 11, 20, 9, 0))
    an_entry(side="customer", title="Seul", occurred_at=datetime(2026, 11, 3, 10, 0))
    out = tmp_path / "monthly.pdf"
    build_monthly_report(out, 2026, 11, lang="en")
    table = flat(out).split("month by month", 1)[1].split("Trends", 1)[0]
    assert "November 2026" in table
    assert "October 2026" not in table and "June 2026" not in table
