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
