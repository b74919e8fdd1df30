"""The offset to the server's clock is measured again in the background: whoever reads the time
(the window's GUI thread) keeps the last offset and never waits for the network."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta

import pytest

from cxjournal import clock
from cxjournal.store import journal_time
from cxjournal.store.models import db

FAST = 1.0  # seconds: a reading that waited for the blocked measure would take the whole hold


class ComputerClock(clock.SystemClock):
    """This computer's own clock, set at ``moment`` (so the offsets read are exact)."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def computer_utc(self) -> datetime:
        return self.moment


@pytest.fixture
def computer():
    computer = ComputerClock(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    clock.use_clock(computer)
    clock.use_zone("UTC")
    yield computer
    clock.wait_for_measure(10)
    clock.use_clock(None)
    journal_time.follow_journal_time()  # as the journal fixture left it


def _timed_now() -> tuple[datetime, float]:
    started = time.monotonic()
    moment = clock.now()
    return moment, time.monotonic() - started


def test_a_stale_offset_is_measured_again_while_readers_keep_the_last_one(computer, monkeypatch):
    network = threading.Event()  # a bad network: the second measure hangs until it is set
    ahead = [timedelta(hours=1)]

    def server():
        if ahead[0] != timedelta(hours=1):
            network.wait(10)
        return computer.moment + ahead[0], None

    clock.use_reference(server)
    assert clock.now() == datetime(2026, 12, 1, 10, 0)  # the first reading measures
    ahead[0] = timedelta(hours=2)
    monkeypatch.setattr(clock, "REFRESH_SECONDS", 0.0)  # the offset is stale at once
    for _ in range(3):
        moment, waited = _timed_now()
        assert moment == datetime(2026, 12, 1, 10, 0)  # the last offset
        assert waited < FAST
    network.set()
    assert clock.wait_for_measure(10)
    monkeypatch.setattr(clock, "REFRESH_SECONDS", 300.0)
    assert clock.now() == datetime(2026, 12, 1, 11, 0)  # the new offset, once measured


def test_a_measure_for_a_journal_closed_meanwhile_is_dropped(computer, monkeypatch):
    network = threading.Event()
    calls = []

    def server():
        calls.append(1)
        if len(calls) > 1:
            network.wait(10)
        return computer.moment + timedelta(hours=3), None

    clock.use_reference(server)
    clock.now()
    monkeypatch.setattr(clock, "REFRESH_SECONDS", 0.0)
    clock.now()  # starts a background measure, which hangs
    clock.use_reference(None)  # the journal is closed meanwhile
    network.set()
    assert clock.wait_for_measure(10)
    assert clock.now() == datetime(2026, 12, 1, 9, 0)  # this computer's clock alone


@pytest.mark.server_only
def test_the_reader_does_not_wait_for_a_server_that_does_not_answer(computer, monkeypatch):
    """The real measure on a server, held up by another connection's lock on the settings it
    reads (as a bad network would hold it): the reading returns at once, the measure ends once
    the lock goes, and its own connection is closed afterwards."""
    journal_time.follow_journal_time()
    first = clock.now()
    assert abs(first - journal_time.server_now()) < timedelta(seconds=5)  # by the server's clock
    monkeypatch.setattr(clock, "REFRESH_SECONDS", 0.0)
    locked, release = threading.Event(), threading.Event()

    def hold_the_lock():
        try:
            with db.atomic():
                db.execute_sql("LOCK TABLE setting IN ACCESS EXCLUSIVE MODE")
                locked.set()
                release.wait(10)
        finally:
            db.close()

    holder = threading.Thread(target=hold_the_lock)
    holder.start()
    try:
        assert locked.wait(10)
        for _ in range(3):
            moment, waited = _timed_now()
            assert waited < FAST
            assert moment == first  # the computer's clock did not move: the last offset
        assert not clock.wait_for_measure(0.5)  # the measure is still waiting for the lock
    finally:
        release.set()
        holder.join(10)
    assert clock.wait_for_measure(10)
    assert _other_connections_within(5.0) == 0  # the measure's own and the holder's are closed


def _other_connections_within(seconds: float) -> int:
    """This journal's other connections, once their ends have reached the server."""
    deadline = time.monotonic() + seconds
    while True:
        (others,) = db.execute_sql(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid() AND application_name = 'CX Journal'"
        ).fetchone()
        if others == 0 or time.monotonic() > deadline:
            return others
        time.sleep(0.05)
