"""Issue 23: an entry's files are not in reports unless asked for: the person report lists them
(name and size, never their content) with "List the entries' attached files" or
``report person --include-files``, a confidential entry's files only with its entry."""

from __future__ import annotations

import pytest

from cxjournal.cli import main
from cxjournal.reports.building import PERSON, ReportRequest, build_report
from cxjournal.services import attachments
from cxjournal.store.connection import close_journal, open_journal
from tests.builders import a_customer, an_entry
from tests.report_pdf import flat


@pytest.fixture
def lea(fake_clock):
    lea = a_customer("Léa Martin")
    burnt = an_entry(lea, title="Gâteau brûlé")
    secret = an_entry(lea, title="Litige", confidential=True)
    attachments.attach_files(burnt.id, [("gateau.jpg", b"x" * 2048), ("recu.pdf", b"%PDF")])
    attachments.attach_files(secret.id, [("avocat.pdf", b"%PDF")])
    return lea


def _text(tmp_path, lea, **asked) -> str:
    out = tmp_path / "person.pdf"
    build_report(ReportRequest(PERSON, person_id=lea.id, lang="en", **asked), out)
    return flat(out)


def test_files_are_listed_only_when_asked_for(lea, tmp_path):
    plain = _text(tmp_path, lea)
    assert "Gâteau brûlé" in plain and "gateau.jpg" not in plain and "Files:" not in plain
    listed = _text(tmp_path, lea, include_files=True)
    assert "gateau.jpg (2.0 KB), recu.pdf (4 bytes)" in listed
    assert "avocat.pdf" not in listed  # its entry is confidential
    everything = _text(tmp_path, lea, include_files=True, include_confidential=True)
    assert "avocat.pdf" in everything


def test_the_command_line_asks_with_include_files(lea, tmp_path, journal, capsys):
    out = tmp_path / "cli.pdf"
    close_journal()
    try:
        code = main(["report", "person", "Léa Martin", "--out", str(out), "--include-files"])
    finally:
        open_journal(journal)
    assert code == 0 and "gateau.jpg" in flat(out)


def test_the_reports_page_offers_the_files_for_the_person_report(lea, qtbot):
    from cxjournal.ui.pages.reports import Page

    page = Page()
    qtbot.addWidget(page)
    page.kind.setCurrentIndex(page.kind.findData(PERSON))
    page.person.setText("Léa Martin")
    assert not page.files.isChecked()
    assert page.request().include_files is False
    page.files.setChecked(True)
    assert page.request().include_files is True
