"""The Reports page: a report is built in the background, previewed, saved and printed."""

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from cxjournal.services import entries, people, promises
from cxjournal.ui.pages.reports import Page


def test_preview_save_and_print_a_person_history(qtbot, tmp_path, fake_clock):
    person = people.add_person("Amélie <Château> & Fils", "customer")
    entries.log_entry(kind="complaint", title="Pain brûlé", person=person)
    promises.make_promise(person=person, what="Croissants offerts", due="2026-11-20")
    page = Page()
    qtbot.addWidget(page)
    page.kind.setCurrentIndex(page.kind.findData("person"))
    page.person.setText(f"#{person.id}")
    assert not page.save_button.isEnabled()
    page.build_preview()
    qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=20000)
    assert page.pages_layout.count() >= 1
    pixmap = page.pages_layout.itemAt(0).widget().pixmap()
    assert pixmap.width() > 300 and pixmap.height() > pixmap.width()  # a portrait page

    saved = tmp_path / "history.pdf"
    assert page.save_to(saved)
    text = "".join(p.extract_text() for p in PdfReader(saved).pages)
    assert "Amélie <Château> & Fils" in text and "Croissants offerts" in text

    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert page.print_to(printer) == len(PdfReader(saved).pages)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == len(PdfReader(saved).pages)


def test_unknown_person_is_reported_not_built(qtbot):
    page = Page()
    qtbot.addWidget(page)
    page.kind.setCurrentIndex(page.kind.findData("person"))
    page.person.setText("Nobody at all")
    page.build_preview()
    assert "Nobody at all" in page.status.text()
    assert not page.save_button.isEnabled()


def test_include_confidential_entries_is_offered_for_every_report_and_off_by_default(qtbot):
    person = people.add_person("Noël", "staff")
    page = Page()
    qtbot.addWidget(page)
    page.person.setText(f"#{person.id}")
    page.show()
    for kind in ("monthly", "person", "week"):
        page.kind.setCurrentIndex(page.kind.findData(kind))
        assert page.confidential.isVisible() and not page.confidential.isChecked(), kind
        assert page.request().include_confidential is False
        page.confidential.setChecked(True)
        assert page.request().include_confidential is True
        page.confidential.setChecked(False)


def test_a_previewed_person_history_leaves_confidential_entries_out_unless_ticked(qtbot, tmp_path):
    person = people.add_person("Noël", "staff")
    entries.log_entry(kind="concern", title="Zanzibar", person=person, confidential=True)
    page = Page()
    qtbot.addWidget(page)
    page.kind.setCurrentIndex(page.kind.findData("person"))
    page.person.setText(f"#{person.id}")
    for ticked in (False, True):  # as it opens, then ticked
        if ticked:
            page.confidential.setChecked(True)
        page.save_button.setEnabled(False)
        page.build_preview()
        qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=20000)
        saved = tmp_path / f"noel-{ticked}.pdf"
        assert page.save_to(saved)
        text = "".join(p.extract_text() for p in PdfReader(saved).pages)
        assert ("Zanzibar" in text) is ticked
