"""A window moving to another journal takes the one-window-per-journal guard with it, refuses a
journal another window has (which comes forward), and follows the new journal's changes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from cxjournal.ui.shell.journal_switch import (
    OpenElsewhereError,
    claim_guard,
    settle_guard,
    watch_again,
)
from cxjournal.ui.shell.single_instance import SingleInstance


@pytest.fixture
def holder(qtbot, tmp_path):
    """A window holding the guard of journal one (a plain widget: the guard is all that counts)."""
    window = QWidget()
    qtbot.addWidget(window)
    window.instance_guard = SingleInstance(tmp_path / "one.db", window)
    assert window.instance_guard.claim()
    yield window
    window.instance_guard.release()


def _free(path) -> bool:
    """Nobody holds ``path``'s guard: a launch on it would own it."""
    probe = SingleInstance(path)
    try:
        return probe.claim(listen=False)
    finally:
        probe.release()


def test_the_guard_follows_the_window_once_the_switch_succeeded(holder, tmp_path):
    new = claim_guard(holder, tmp_path / "two.db")
    assert new is not None and not _free(tmp_path / "one.db")  # both held while switching
    settle_guard(holder, new, switched=True)
    assert holder.instance_guard is new
    assert _free(tmp_path / "one.db") and not _free(tmp_path / "two.db")


def test_a_failed_switch_keeps_the_old_guard_and_lets_the_new_one_go(holder, tmp_path):
    old = holder.instance_guard
    new = claim_guard(holder, tmp_path / "two.db")
    settle_guard(holder, new, switched=False)
    assert holder.instance_guard is old
    assert _free(tmp_path / "two.db") and not _free(tmp_path / "one.db")


def test_a_journal_open_in_another_window_is_refused_and_that_window_comes_forward(
    qtbot, holder, tmp_path
):
    other = SingleInstance(tmp_path / "two.db")
    assert other.claim()  # another window of CX Journal has journal two
    try:
        with qtbot.waitSignal(other.wake_requested, timeout=5000):
            with pytest.raises(OpenElsewhereError, match="another CX Journal window"):
                claim_guard(holder, tmp_path / "two.db")
        assert not _free(tmp_path / "one.db")  # this window keeps its own journal
    finally:
        other.release()


def test_the_same_journal_needs_no_new_guard(holder, tmp_path):
    assert claim_guard(holder, tmp_path / "one.db") is None


def test_the_watch_of_changes_is_made_again_for_the_journal_now_open(qtbot, journal):
    from cxjournal.ui.shell.connection_banner import watch_journal
    from tests.helpers import open_page

    window, _page = open_page(qtbot, "journal")
    window.journal_watch = old = watch_journal(window)
    old_banner = window.connection_banner
    watch_again(window)
    try:
        assert window.journal_watch is not old and window.journal_watch.timer.isActive()
        assert not old.timer.isActive()  # the old one no longer reads the journal before
        assert window.connection_banner is not old_banner and old_banner.isHidden()
    finally:
        window.journal_watch.stop()
