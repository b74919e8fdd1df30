"""The window keeps the settings in memory (services/settings.keep_settings_cached): it reads them
once, sees its own changes at once, sees another computer's after the change notice, and never
keeps a value its transaction rolled back. Runs on a file and, with CXJOURNAL_TEST_DATABASE, on a
server."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from cxjournal.errors import ValidationError
from cxjournal.services import settings
from cxjournal.store.models import Setting, db, upsert
from cxjournal.store.transactions import write_transaction
from tests.helpers import open_page

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def cached():
    settings.keep_settings_cached(True)
    yield
    settings.keep_settings_cached(False)


def _elsewhere(work) -> None:
    """Run ``work`` on another connection (a thread of its own; it shares this process's memory,
    so it writes the row itself rather than through the service)."""
    errors: list[BaseException] = []

    def run():
        try:
            work()
        except BaseException as exc:  # handed to the test
            errors.append(exc)
        finally:
            db.close()  # this thread's own connection

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=30)
    if errors:
        raise errors[0]


def _paper_letter() -> None:
    with write_transaction():
        upsert(Setting, key="paper_size", value="Letter")


def test_a_setting_changed_by_another_computer_reaches_the_window_with_the_change_notice(
    qtbot, journal, cached
):
    from cxjournal.ui.shell.journal_watch import JournalWatch

    window, _page = open_page(qtbot, "journal")
    watch = JournalWatch(window)
    assert settings.get_setting("business_name") == ""
    subprocess.run(
        [sys.executable, "-m", "cxjournal", "settings", "set", "business_name", "Boulangerie Zoë"],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        timeout=60,
        check=True,
    )
    # The window learns of it from the change log's notice, then reads the settings again.
    qtbot.waitUntil(lambda: "Boulangerie Zoë" in window.windowTitle(), timeout=5000)
    assert settings.get_setting("business_name") == "Boulangerie Zoë"
    assert settings.all_settings()["business_name"] == "Boulangerie Zoë"
    watch.stop()


def test_the_window_keeps_the_settings_it_read_until_a_notice_says_they_changed(journal, cached):
    assert settings.get_setting("paper_size") == "A4"
    _elsewhere(_paper_letter)
    assert settings.get_setting("paper_size") == "A4"  # no notice yet: no round trip either
    settings.forget_cached_settings()  # what the window's bus does with a settings notice
    assert settings.get_setting("paper_size") == "Letter"


def test_its_own_change_is_seen_at_once(journal, cached):
    assert settings.get_setting("currency") == "EUR"
    settings.set_setting("currency", "CHF")
    assert settings.get_setting("currency") == "CHF"
    assert settings.all_settings()["currency"] == "CHF"


def test_a_change_rolled_back_is_not_kept_in_memory(journal, cached):
    assert settings.get_setting("business_name") == ""
    with pytest.raises(ValidationError), write_transaction():
        settings.set_setting("business_name", "Garage Martin")
        assert settings.get_setting("business_name") == "Garage Martin"  # its own write
        settings.set_setting("paper_size", "A5")  # refused: the whole change is undone
    assert settings.get_setting("business_name") == ""
    assert settings.all_settings()["business_name"] == ""


def test_without_the_window_every_read_asks_the_journal(journal):
    assert settings.get_setting("paper_size") == "A4"
    _elsewhere(_paper_letter)
    assert settings.get_setting("paper_size") == "Letter"  # the command line: read as it is
