"""The counter kiosk driven like a customer would: the faces and keys 1-4 record the right score
with the reason and text chosen, "Thank you" goes back to the question on its timer, a double press
counts once, Esc and closing do nothing, leaving takes the PIN, wrong PINs pause; and the 15 mm
touch target computed from a screen's physical size."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from cxjournal.services import ratings
from cxjournal.store.models import Entry, PulseAnswer, Rating, Suggestion
from cxjournal.ui.kiosk.sizing import pixels_for_mm, target_pixels
from cxjournal.ui.kiosk.window import KioskWindow
from tests.helpers import show_active

pytestmark = pytest.mark.usefixtures("qapp")


class Seconds:
    """A monotonic clock the test moves."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def kiosk(qtbot, fake_clock):
    ratings.set_kiosk_pin("2468")
    seconds = Seconds()
    window = KioskWindow(thanks_ms=50, idle_ms=60_000, seconds=seconds)
    window.test_seconds = seconds
    qtbot.addWidget(window)
    show_active(qtbot, window)
    yield window
    window.allowed_to_close = True


def scores() -> list[tuple]:
    return [(r.score, r.reason, r.text) for r in Rating.select().order_by(Rating.id)]


def test_each_face_records_its_score(qtbot, kiosk):
    for index, smiley in enumerate(kiosk.question.smileys):
        kiosk.test_seconds.now += 10
        qtbot.mouseClick(smiley, Qt.MouseButton.LeftButton)
        assert kiosk.stack.currentWidget() is kiosk.more
        qtbot.mouseClick(kiosk.more.skip, Qt.MouseButton.LeftButton)
        assert kiosk.stack.currentWidget() is kiosk.thanks
        qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.question, timeout=2000)
        assert scores()[-1] == (index + 1, "", "")
    assert [s.accessibleName() for s in kiosk.question.smileys] == [
        "Very unhappy",
        "Unhappy",
        "Happy",
        "Very happy",
    ]


@pytest.mark.parametrize("keypad", [False, True])
def test_keys_1_to_4_work_with_a_reason_and_a_text(qtbot, kiosk, keypad):
    modifier = Qt.KeyboardModifier.KeypadModifier if keypad else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(kiosk.question.smileys[0], Qt.Key.Key_2, modifier)
    assert kiosk.stack.currentWidget() is kiosk.more
    price = next(b for b in kiosk.more.group.buttons() if b.text() == "Price")
    qtbot.mouseClick(price, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(kiosk.more.text, "Trop cher")
    qtbot.mouseClick(kiosk.more.send, Qt.MouseButton.LeftButton)
    assert scores() == [(2, "Price", "Trop cher")]
    (row,) = Rating.select()
    assert row.at == datetime(2026, 11, 16, 9, 0) and row.side == "customer"


def test_the_keyboard_alone_rates(qtbot, kiosk):
    kiosk.question.smileys[0].setFocus()
    qtbot.keyClick(kiosk.question.smileys[0], Qt.Key.Key_Tab)
    qtbot.keyClick(kiosk.question.smileys[1], Qt.Key.Key_Tab)
    qtbot.keyClick(kiosk.question.smileys[2], Qt.Key.Key_Space)
    assert kiosk.stack.currentWidget() is kiosk.more
    qtbot.keyClick(kiosk.more.send, Qt.Key.Key_Space)
    assert scores() == [(3, "", "")]


def test_a_double_press_counts_once_but_a_later_one_counts(qtbot, kiosk):
    qtbot.keyClick(kiosk, Qt.Key.Key_4)
    qtbot.mouseClick(kiosk.more.skip, Qt.MouseButton.LeftButton)
    kiosk.back_to_question()
    kiosk.test_seconds.now += 2
    qtbot.keyClick(kiosk, Qt.Key.Key_4)  # the same face within seconds: dropped
    assert kiosk.stack.currentWidget() is kiosk.question
    qtbot.keyClick(kiosk, Qt.Key.Key_3)  # another face counts
    qtbot.mouseClick(kiosk.more.skip, Qt.MouseButton.LeftButton)
    kiosk.back_to_question()
    kiosk.test_seconds.now += 10
    qtbot.keyClick(kiosk, Qt.Key.Key_3)
    qtbot.mouseClick(kiosk.more.skip, Qt.MouseButton.LeftButton)
    assert [s for s, _, _ in scores()] == [4, 3, 3]


def test_esc_and_closing_do_nothing_and_only_the_pin_lets_it_go(qtbot, kiosk):
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    assert kiosk.close() is False and kiosk.isVisible()
    qtbot.mouseClick(kiosk.question.owner, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.pin
    qtbot.keyClick(kiosk.pin.pin, Qt.Key.Key_Escape)
    assert kiosk.stack.currentWidget() is kiosk.pin and kiosk.isVisible()
    qtbot.keyClicks(kiosk.pin.pin, "1111")
    qtbot.keyClick(kiosk.pin.pin, Qt.Key.Key_Return)
    assert kiosk.isVisible() and kiosk.pin.message.text() == "Wrong PIN."
    with qtbot.waitSignal(kiosk.left, timeout=2000):
        qtbot.keyClicks(kiosk.pin.pin, "2468")
        qtbot.keyClick(kiosk.pin.pin, Qt.Key.Key_Return)
    assert not kiosk.isVisible()


def test_wrong_pins_pause_the_kiosk(qtbot, kiosk):
    now = [0.0]
    kiosk.pin.guard._clock = lambda: now[0]
    kiosk.ask_pin()
    for _ in range(3):
        qtbot.keyClicks(kiosk.pin.pin, "0000")
        qtbot.keyClick(kiosk.pin.pin, Qt.Key.Key_Return)
    assert not kiosk.pin.ok.isEnabled()
    assert "Try again in 5 seconds" in kiosk.pin.message.text()
    qtbot.keyClicks(kiosk.pin.pin, "2468")
    qtbot.keyClick(kiosk.pin.pin, Qt.Key.Key_Return)  # even the right PIN waits
    assert kiosk.isVisible() and kiosk.stack.currentWidget() is kiosk.pin
    now[0] = 6.0
    kiosk.pin.start(choosing=False)
    with qtbot.waitSignal(kiosk.left, timeout=2000):
        qtbot.keyClicks(kiosk.pin.pin, "2468")
        qtbot.keyClick(kiosk.pin.pin, Qt.Key.Key_Return)


def test_with_no_pin_yet_the_owner_chooses_one_first(qtbot, fake_clock):
    window = KioskWindow(thanks_ms=50)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    assert window.stack.currentWidget() is window.pin and window.pin.again.isVisible()
    qtbot.keyClicks(window.pin.pin, "135790")
    qtbot.keyClicks(window.pin.again, "135790")
    qtbot.keyClick(window.pin.again, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.question
    assert ratings.pin_matches("135790")
    window.allowed_to_close = True


def test_staff_mode_records_an_anonymous_pulse_answer_and_a_suggestion(qtbot, fake_clock):
    ratings.set_kiosk_pin("2468")
    window = KioskWindow(staff=True, thanks_ms=50)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    assert window.question.question.text() == "How was your week?"
    assert window.question.suggestion.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_1)
    assert not window.more.reasons_box.isVisible()
    qtbot.keyClicks(window.more.text, "Trop de rush")
    qtbot.mouseClick(window.more.send, Qt.MouseButton.LeftButton)
    (answer,) = PulseAnswer.select()
    assert (answer.score, answer.text, str(answer.day)) == (1, "Trop de rush", "2026-11-16")
    window.back_to_question()
    qtbot.mouseClick(window.question.suggestion, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.more.text, "Un micro-ondes")
    qtbot.mouseClick(window.more.send, Qt.MouseButton.LeftButton)
    (left,) = Suggestion.select()  # filed into the journal once the day is over
    assert (left.text, str(left.day)) == ("Un micro-ondes", "2026-11-16")
    assert Rating.select().count() == Entry.select().count() == 0
    window.allowed_to_close = True


def test_a_failed_write_is_kept_and_sent_again(qtbot, kiosk, monkeypatch):
    real = ratings.record_rating
    failures = [1]

    def flaky(*args, **kwargs):
        if failures:
            failures.pop()
            raise OSError("the journal is gone")
        return real(*args, **kwargs)

    monkeypatch.setattr(ratings, "record_rating", flaky)
    kiosk.sender._retry.setInterval(50)
    qtbot.keyClick(kiosk, Qt.Key.Key_4)
    qtbot.mouseClick(kiosk.more.skip, Qt.MouseButton.LeftButton)
    assert len(kiosk.sender.unsent) == 1 and Rating.select().count() == 0
    qtbot.waitUntil(lambda: not kiosk.sender.unsent, timeout=3000)
    assert scores() == [(4, "", "")]


def test_target_size_comes_from_the_screens_physical_size():
    # a 10.1" tablet, 1280 px across 217 mm: 15 mm is 89 px whatever DPI it reports
    assert pixels_for_mm(15, 1280, 217) == 89
    # a 24" monitor, 1920 px across 531 mm: 55 px
    assert pixels_for_mm(15, 1920, 531) == 55
    # a phone-dense 2560 px across 120 mm: 320 px
    assert pixels_for_mm(15, 2560, 120) == 320
    # unknown (0 mm) or nonsense sizes: a dense screen is assumed, never a too-small target
    assert pixels_for_mm(15, 1920, 0) == pixels_for_mm(15, 1920, 99_999) == 95


def test_the_kiosk_buttons_are_at_least_15_mm(qtbot, kiosk):
    screen = kiosk.screen()
    minimum = target_pixels(screen)
    assert minimum >= 15 * screen.geometry().width() / screen.physicalSize().width() - 1
    for button in [*kiosk.question.smileys, kiosk.question.owner, kiosk.more.send]:
        assert button.minimumWidth() >= minimum and button.minimumHeight() >= minimum


def test_a_minimised_kiosk_comes_back_full_screen(qtbot, kiosk):
    kiosk.showMinimized()
    qtbot.waitUntil(lambda: not kiosk.isMinimized() and kiosk.isVisible(), timeout=3000)
    assert kiosk.isFullScreen()
