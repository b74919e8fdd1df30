"""Settings ▸ Privacy and Settings ▸ Kiosk (issues 18 and 19), driven as the owner would: the
retention periods (only shorter than the references; the service refuses longer), the record of
processing made off the GUI thread into a private PDF, the kiosk's PIN (typed twice, kept hashed),
its reasons added, refused, reordered and removed, and the questions in the owner's words, which
the kiosk then asks."""

from __future__ import annotations

import stat

import pytest
from PySide6.QtWidgets import QDialog

from cxjournal.errors import ValidationError
from cxjournal.services import ratings, settings
from cxjournal.store.models import Setting
from cxjournal.ui.kiosk.window import KioskWindow
from cxjournal.ui.pages.settings_kiosk import PinDialog
from tests.helpers import open_page


def test_the_retention_periods_are_saved_and_only_shorter_ones_offered(qtbot):
    _window, page = open_page(qtbot, "settings")
    customers = page.privacy.months["keep_customers_months"]
    staff = page.privacy.months["keep_staff_months"]
    assert (customers.value(), staff.value()) == (36, 60)
    assert (customers.maximum(), staff.maximum()) == (36, 60)
    assert customers.suffix() == " months"
    customers.setValue(24)
    staff.setValue(1)
    assert staff.suffix() == " month"
    assert page.dirty
    assert page.save()
    values = settings.all_settings()
    assert (values["keep_customers_months"], values["keep_staff_months"]) == ("24", "1")
    page.load()
    assert customers.value() == 24


@pytest.mark.parametrize(
    ("key", "value"), [("keep_customers_months", 37), ("keep_staff_months", 0)]
)
def test_the_service_refuses_a_longer_period_or_none(key, value):
    with pytest.raises(ValidationError):
        settings.set_setting(key, value)
    assert Setting.get_or_none(Setting.key == key) is None


def test_the_privacy_section_says_what_happens(qtbot):
    _window, page = open_page(qtbot, "settings")
    text = page.privacy.explanation.text()
    assert "Nothing is deleted until you confirm" in text
    assert "3 years for customers, 5 for staff" in text


@pytest.mark.file_only  # the register is typeset by a child process opening the journal file
def test_the_record_of_processing_is_made_off_the_gui_thread_into_a_private_pdf(qtbot, tmp_path):
    _window, page = open_page(qtbot, "settings")
    target = tmp_path / "registre.pdf"
    pages = []
    page.privacy.make_register(target, on_done=pages.append)
    assert not page.privacy.register_button.isEnabled()  # the window went on while it ran
    qtbot.waitUntil(lambda: bool(pages), timeout=60_000)
    assert pages[0] >= 1
    assert target.read_bytes()[:5] == b"%PDF-"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert page.privacy.status.text() == f"Saved to {target}."
    assert page.privacy.register_button.isEnabled()


# -- the kiosk ------------------------------------------------------------------------------------


def test_the_pin_is_typed_twice_checked_and_kept_hashed(qtbot):
    _window, page = open_page(qtbot, "settings")
    assert page.kiosk.pin_button.text() == "Set the PIN…"
    dialog = PinDialog(page)
    qtbot.addWidget(dialog)
    dialog.pin.setText("2468")
    dialog.again.setText("2469")
    dialog.save()
    assert dialog.message.text() == "The two PINs differ; type them again."
    dialog.pin.setText("12")
    dialog.again.setText("12")
    dialog.save()
    assert dialog.message.text() == "A PIN is 4 to 12 digits."
    assert not ratings.has_kiosk_pin()
    dialog.pin.setText("2468")
    dialog.again.setText("2468")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ratings.pin_matches("2468")
    stored = Setting.get(Setting.key == ratings.PIN_KEY).value
    assert "2468" not in stored and stored.startswith("scrypt$")
    page.kiosk.load(settings.all_settings())
    assert page.kiosk.pin_button.text() == "Change the PIN…"


def _type_reason(qtbot, section, text: str) -> bool:
    section.new_reason.setText(text)
    return section.add_reason()


def test_reasons_are_added_reordered_removed_and_saved_as_typed(qtbot):
    _window, page = open_page(qtbot, "settings")
    section = page.kiosk
    assert section.reason_list() == []
    for reason in ("Attente", "Accueil", "Cleanliness"):  # both languages, as typed
        assert _type_reason(qtbot, section, reason)
    assert not _type_reason(qtbot, section, "  attente ")
    assert section.reason_message.text() == "The reason “attente” is there already."
    assert not _type_reason(qtbot, section, "Prix; qualité")
    assert section.reason_message.text() == "A reason cannot contain “;”."
    section.reasons.setCurrentRow(2)
    section.move_reason(-1)
    assert section.reason_list() == ["Attente", "Cleanliness", "Accueil"]
    section.reasons.setCurrentRow(0)
    section.remove_reason()
    assert section.reason_list() == ["Cleanliness", "Accueil"]
    assert page.save()
    assert settings.get_setting("kiosk_reasons") == "Cleanliness;Accueil"
    assert ratings.kiosk_reasons() == ["Cleanliness", "Accueil"]


def test_at_most_eight_reasons(qtbot):
    _window, page = open_page(qtbot, "settings")
    for number in range(8):
        assert _type_reason(qtbot, page.kiosk, f"Raison {number}")
    assert not _type_reason(qtbot, page.kiosk, "Une de trop")
    assert page.kiosk.reason_message.text() == "The kiosk shows at most 8 reasons."


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (["Attente", "ATTENTE"], "is there twice"),
        (["Prix;qualité"], "cannot contain"),
        ([f"R{n}" for n in range(9)], "at most 8"),
        (["x" * 101], "too long|at most 100"),
    ],
)
def test_the_service_checks_the_reasons_whoever_sets_them(value, message):
    with pytest.raises(ValidationError, match=message):
        settings.set_setting("kiosk_reasons", value)
    assert settings.get_setting("kiosk_reasons") == ""


def test_the_questions_in_the_owners_words_are_what_the_kiosk_asks(qtbot, fake_clock):
    _window, page = open_page(qtbot, "settings")
    assert page.kiosk.question.placeholderText() == "How was your visit today?"
    page.kiosk.question.setText("  Comment était votre baguette ? ")
    page.kiosk.pulse_question.setText("Votre semaine en un mot ?")
    assert page.save()
    assert settings.get_setting("kiosk_question") == "Comment était votre baguette ?"
    ratings.set_kiosk_pin("2468")
    for staff, asked in (
        (False, "Comment était votre baguette ?"),
        (True, "Votre semaine en un mot ?"),
    ):
        kiosk = KioskWindow(staff=staff, thanks_ms=50)
        qtbot.addWidget(kiosk)
        assert kiosk.question_text == asked
        kiosk.allowed_to_close = True


def test_empty_questions_leave_the_kiosks_own_words(qtbot, fake_clock):
    ratings.set_kiosk_pin("2468")
    kiosk = KioskWindow(thanks_ms=50)
    qtbot.addWidget(kiosk)
    assert kiosk.question_text == "How was your visit today?"
    kiosk.allowed_to_close = True
