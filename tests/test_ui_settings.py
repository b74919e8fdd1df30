"""The Settings page: saving updates the window title, a non-picture logo is refused, values load back."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from cxjournal.services import settings
from cxjournal.ui.pages import settings as page_module
from tests.conftest import open_page


def test_business_name_and_options_saved_and_title_updates(qtbot, journal):
    window, page = open_page(qtbot, "settings")
    assert page.data_path.text() == str(journal)
    page.business_name.clear()
    qtbot.keyClicks(page.business_name, "Boulangerie Zo")  # QTest types ASCII only
    page.business_name.insert("é")
    assert page.dirty
    page.paper_size.setCurrentIndex(page.paper_size.findData("Letter"))
    page.language.setCurrentIndex(page.language.findData("fr"))
    page.numbers["complaint_reminder_hours"].setValue(12)
    page.flags["keep_in_tray"].setChecked(False)
    qtbot.keyClick(page.business_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.windowTitle() == "CX Journal — Boulangerie Zoé"
    assert not page.dirty
    assert page.message.text() == "Settings saved."
    values = settings.all_settings()
    assert (values["paper_size"], values["language"]) == ("Letter", "fr")
    assert (values["complaint_reminder_hours"], values["keep_in_tray"]) == ("12", "0")


def test_a_file_that_is_not_a_picture_is_refused(qtbot, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(page_module.QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    _window, page = open_page(qtbot, "settings")
    fake = tmp_path / "logo.png"
    fake.write_text("not a picture at all")
    assert not page.choose_logo(str(fake))
    assert "“logo.png” is not a picture" in warnings[0]
    assert page.logo_path.text() == ""
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    real = tmp_path / "real.png"
    image.save(str(real))
    assert page.choose_logo(str(real))
    assert page.logo_preview.pixmap().height() == page_module.PREVIEW
    assert page.save()
    assert settings.get_setting("logo_path") == str(real)


def test_invalid_values_are_not_saved(qtbot, monkeypatch):
    warnings = []
    monkeypatch.setattr(page_module.QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    _window, page = open_page(qtbot, "settings")
    page.business_name.setText("Chez Léa")
    page.currency.setCurrentText("euros")
    assert not page.save()
    assert "three-letter code" in page.message.text()
    assert settings.get_setting("business_name") == ""  # nothing saved: all or nothing
    page.load()
    assert page.business_name.text() == ""


@pytest.mark.file_only  # a server journal has no folder
def test_open_folder_opens_the_data_folder(qtbot, journal, monkeypatch):
    opened = []
    monkeypatch.setattr(page_module.QDesktopServices, "openUrl", lambda url: opened.append(url))
    _window, page = open_page(qtbot, "settings")
    qtbot.mouseClick(page.open_folder_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(journal.parent)]
