"""The one source of "now" for the core, replaceable in tests so time rules run without waiting.

All times in a journal are the shop's local wall-clock time, stored without a time zone, so that
"every Monday at 9:00" stays at 9:00 across daylight-saving changes.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now().replace(microsecond=0)


class FakeClock:
    """A clock that only moves when told to."""

    def __init__(self, start: datetime) -> None:
        self._now = start

    def now(self) -> datetime:
        return self._now

    def set(self, when: datetime) -> None:
        self._now = when

    def advance(self, delta: timedelta) -> None:
        self._now += delta


_clock: Clock = SystemClock()


def now() -> datetime:
    """Current local time according to the installed clock."""
    return _clock.now()


def use_clock(clock: Clock | None) -> None:
    """Install ``clock`` for the whole process (``None`` goes back to the system clock)."""
    global _clock
    _clock = clock or SystemClock()
