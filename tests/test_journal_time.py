"""The journal's time zone and, on a server, the server's clock: "now" is shop time, the same on
every computer of the shop (the decision is in cxjournal/clock.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from cxjournal import clock
from cxjournal.errors import ValidationError
from cxjournal.services import reminders, settings
from cxjournal.store import journal_time
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.models import Setting, on_server
from tests.builders import a_customer, a_followup, an_entry


class ComputerClock(clock.SystemClock):
    """A computer whose clock says ``moment`` plus ``ahead`` (a clock that runs fast)."""

    def __init__(self, moment: datetime | None = None, ahead: timedelta = timedelta(0)) -> None:
        self.moment, self.ahead = moment, ahead

    def computer_utc(self) -> datetime:
        return (self.moment or datetime.now(UTC)) + self.ahead


def test_a_new_journal_takes_the_zone_of_the_computer_that_creates_it(tmp_path, monkeypatch):
    monkeypatch.setenv("TZ", "America/Montreal")
    close_journal()
    open_journal(tmp_path / "new.db")
    assert settings.get_setting("time_zone") == "America/Montreal"


@pytest.mark.file_only
def test_an_older_journal_gets_the_zone_of_the_computer_that_upgrades_it(tmp_path, monkeypatch):
    import shutil
    from pathlib import Path

    old = tmp_path / "old.db"
    shutil.copy(Path(__file__).parent / "fixtures" / "journal-v1.db", old)
    monkeypatch.setenv("TZ", "Europe/Brussels")
    close_journal()
    open_journal(old)
    assert settings.get_setting("time_zone") == "Europe/Brussels"


def test_the_computer_zone_is_an_iana_name(monkeypatch):
    monkeypatch.setenv("TZ", ":Europe/Paris")
    assert clock.computer_zone_name() == "Europe/Paris"
    monkeypatch.setenv("TZ", "Not/AZone")
    assert clock.zone_or_none(clock.computer_zone_name()) is not None


def test_now_is_shop_time_whatever_the_computer_zone(monkeypatch):
    """A laptop set to New York writing in a Paris journal writes Paris time, summer and winter."""
    monkeypatch.setenv("TZ", "America/New_York")
    settings.set_setting("time_zone", "Europe/Paris")
    computer = ComputerClock(datetime(2026, 7, 1, 12, 0, tzinfo=UTC))
    clock.use_clock(computer)
    clock.use_reference(None)  # this computer's clock alone, even on a server
    assert clock.now() == datetime(2026, 7, 1, 14, 0)  # CEST, UTC+2
    computer.moment = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    assert clock.now() == datetime(2026, 12, 1, 13, 0)  # CET, UTC+1
    settings.set_setting("time_zone", "Pacific/Auckland")
    assert clock.now() == datetime(2026, 12, 2, 1, 0)


def test_the_zone_is_read_again_when_the_journal_is_opened(journal):
    settings.set_setting("time_zone", "Asia/Tokyo")
    close_journal()
    assert clock.journal_zone_name() != "Asia/Tokyo"
    open_journal(journal)
    clock.use_clock(ComputerClock(datetime(2026, 7, 1, 12, 0, tzinfo=UTC)))
    clock.use_reference(None)
    assert clock.now() == datetime(2026, 7, 1, 21, 0)


def test_a_zone_that_does_not_exist_is_refused():
    before = settings.get_setting("time_zone")
    for wrong in ("Europe/Atlantis", "../../etc/passwd", ""):
        with pytest.raises(ValidationError):
            settings.set_setting("time_zone", wrong)
    assert settings.get_setting("time_zone") == before


def test_a_fake_clock_wins(fake_clock):
    settings.set_setting("time_zone", "Pacific/Auckland")
    assert clock.now() == fake_clock.now()


@pytest.mark.server_only
def test_a_computer_ten_minutes_ahead_records_and_claims_by_the_servers_clock():
    """Its own clock would accept a time 15 minutes ahead of the server (10 ahead plus the
    10 minutes of skew allowed), and claim a reminder the server says is 5 minutes away."""
    settings.set_setting("time_zone", "Europe/Paris")
    clock.use_clock(ComputerClock(ahead=timedelta(minutes=10)))
    server = journal_time.server_now()
    assert abs(clock.now() - server) < timedelta(seconds=5)
    lea = a_customer("Léa")
    with pytest.raises(ValidationError):
        an_entry(lea, occurred_at=server + timedelta(minutes=15))
    an_entry(lea, occurred_at=server + timedelta(minutes=5))  # within the skew allowed
    a_followup("Soon", due_at=server + timedelta(minutes=5))
    a_followup("Already", due_at=server - timedelta(minutes=1))
    claimed = reminders.claim_new_reminders()
    assert [r.title for r in claimed if r.kind == "followup"] == ["Already"]
    assert Setting.get(Setting.key == "time_zone").value == "Europe/Paris"


@pytest.mark.file_only
def test_on_a_file_now_is_this_computers_clock():
    settings.set_setting("time_zone", "UTC")
    clock.use_clock(ComputerClock(ahead=timedelta(minutes=10)))
    assert clock.now() - datetime.now(UTC).replace(tzinfo=None) > timedelta(minutes=9)


def test_settings_show_the_zone_and_warn_when_it_changes(qtbot):
    from cxjournal.ui.pages.settings import Page

    settings.set_setting("time_zone", "Europe/Paris")
    page = Page()
    qtbot.addWidget(page)
    page.load()
    assert page.time_zone.currentText() == "Europe/Paris"
    assert "not" in page.zone_warning.text() and "convert" in page.zone_warning.text()
    assert "bold" not in page.zone_warning.styleSheet()
    page.time_zone.setCurrentText("America/Montreal")
    assert "bold" in page.zone_warning.styleSheet()
    assert page.save()
    assert settings.get_setting("time_zone") == "America/Montreal"
    assert clock.journal_zone_name() == "America/Montreal"
    if not on_server():  # a file is backed up beside itself: no per-computer choice to make
        assert page.server_backup.isHidden()


def test_after_a_copy_to_the_open_journal_keeps_its_zone_and_clock(tmp_path):
    from cxjournal.store.copying import copy_to

    settings.set_setting("time_zone", "Asia/Tokyo")
    copy_to(tmp_path / "copy.db")
    assert clock.journal_zone_name() == "Asia/Tokyo"
    assert (clock._reference is not None) == on_server()
