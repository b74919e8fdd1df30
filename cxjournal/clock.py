"""The one source of "now" for the core, replaceable in tests so time rules run without waiting.

How a journal keeps time (decided before the server schema was frozen):

- Every journal has a time zone, an IANA name such as ``Europe/Paris`` (the ``time_zone``
  setting). A new journal takes the zone of the computer that creates it; a journal made before
  there was one takes the zone of the computer that upgrades it (``computer_zone_name``). The owner
  may change it in Settings: times already written are not converted.
- Stored times stay naive wall-clock times *in the journal's zone*, so that "every Monday at 9:00"
  stays at 9:00 across daylight-saving changes, and a journal file reads the same everywhere.
- "Now" is computed in the journal's zone, not the computer's (``use_zone``): a laptop that
  travels to another zone keeps writing shop time.
- On a server, "now" follows the server's clock (``use_reference``): two computers deciding who
  claims a reminder, or whether a time is "in the future", must agree, and a computer's clock may
  be minutes off. The offset to the server is measured (one round trip) at the first reading and
  measured again every few minutes, so reading the time costs no round trip. The later measures
  run on a thread of their own while readers keep the last offset: the window reads the time on
  its GUI thread, and a bad network could hold a measure for up to the connection's timeout.
- A ``FakeClock`` installed by a test wins over all of this.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

REFRESH_SECONDS = 300.0  # how long a measured offset to the server is trusted
# What the reference gives: the server's current time (aware), and the journal's zone if known.
Reference = Callable[[], tuple[datetime, str | None]]


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    """This computer's clock, read in the journal's zone and set right by the server's clock."""

    def computer_utc(self) -> datetime:
        """This computer's idea of the current moment (a test's clock that runs ahead overrides
        it)."""
        return datetime.now(UTC)

    def now(self) -> datetime:
        moment = self.computer_utc() + _server_offset(self)
        return moment.astimezone(_zone).replace(tzinfo=None, microsecond=0)


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
_zone: tzinfo | None = None  # None: the computer's own zone (no journal open)
_reference: Reference | None = None
_offset = timedelta(0)
_measured_at: float | None = None  # time.monotonic() of the last measurement
_measuring: threading.Thread | None = None  # a measure running in the background
_lock = threading.Lock()


def now() -> datetime:
    """The current time in the journal's zone, naive, according to the installed clock."""
    return _clock.now()


def use_clock(clock: Clock | None) -> None:
    """Install ``clock`` for the whole process (``None`` goes back to the system clock)."""
    global _clock, _measured_at
    _clock = clock or SystemClock()
    with _lock:
        _measured_at = None  # an offset to the server measured by another clock is not this one's


def zone_or_none(name: str) -> ZoneInfo | None:
    """The zone called ``name`` (an IANA name), or None when there is no such zone."""
    name = (name or "").strip()
    if not name or name.startswith(("/", ".")) or ".." in name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def use_zone(name: str | None) -> None:
    """Compute "now" in the zone called ``name`` (None, or a name this computer does not know:
    the computer's own zone)."""
    global _zone
    _zone = zone_or_none(name) if name else None


def journal_zone_name() -> str:
    """The name of the zone "now" is computed in."""
    return getattr(_zone, "key", None) or computer_zone_name()


def use_reference(
    reference: Reference | None, *, on_measure_end: Callable[[], None] | None = None
) -> None:
    """Set "now" by ``reference`` (the server's clock), measured at the next reading and every
    ``REFRESH_SECONDS`` after; None: this computer's clock alone. ``on_measure_end`` runs on the
    thread of a background measure when it ends."""
    global _reference, _offset, _measured_at, _on_measure_end
    with _lock:
        _reference, _offset, _measured_at = reference, timedelta(0), None
        _on_measure_end = on_measure_end


def measure_reference() -> None:
    """Measure the offset to the reference (and take its zone) now, on this thread: a journal
    just opened learns its zone and its server's clock in one round trip."""
    global _measured_at
    reference = _reference
    if reference is None:
        return
    with _lock:
        _measured_at = time.monotonic()
    _measure(_clock if isinstance(_clock, SystemClock) else SystemClock(), reference, False)


def _server_offset(clock: SystemClock) -> timedelta:
    """The offset to the server: measured at the first reading, then trusted for
    ``REFRESH_SECONDS``, after which a measure starts in the background and this reading (like
    every one until it ends) keeps the last offset, never waiting for the network."""
    global _measured_at, _measuring
    reference = _reference
    if reference is None:
        return timedelta(0)
    with _lock:
        measured_at = _measured_at
        if measured_at is not None and time.monotonic() - measured_at < REFRESH_SECONDS:
            return _offset
        _measured_at = time.monotonic()  # a failed measurement is not retried at every reading
        if measured_at is not None:
            if _measuring is None or not _measuring.is_alive():
                _measuring = threading.Thread(
                    target=_measure, args=(clock, reference, True), daemon=True
                )
                _measuring.start()
            return _offset
    return _measure(clock, reference, False)


def _measure(clock: SystemClock, reference: Reference, background: bool) -> timedelta:
    """One measure of the offset to ``reference`` (kept unless the reference changed
    meanwhile); on a thread of its own, its connection is closed once done."""
    global _offset
    try:
        before = clock.computer_utc()
        try:
            server, zone_name = reference()
        except Exception:  # the server is unreachable: the last offset stays the best guess
            return _offset
        after = clock.computer_utc()
        with _lock:
            if reference is not _reference:  # the journal was closed or changed meanwhile
                return _offset
            _offset = server - (before + (after - before) / 2)
        if zone_name:
            use_zone(zone_name)
        return _offset
    finally:
        if background and _on_measure_end is not None:
            with contextlib.suppress(Exception):
                _on_measure_end()


# Called on the measuring thread when a background measure ends (the store closes that thread's
# connection to the journal).
_on_measure_end: Callable[[], None] | None = None


def wait_for_measure(timeout: float | None = None) -> bool:
    """Wait until no measure runs in the background (True), or ``timeout`` seconds (False)."""
    running = _measuring
    if running is not None:
        running.join(timeout)
        return not running.is_alive()
    return True


def _zone_from_path(path: Path) -> str | None:
    with contextlib.suppress(OSError):
        target = str(path.resolve())
        if "zoneinfo/" in target:
            name = target.split("zoneinfo/", 1)[1]
            return name if zone_or_none(name) else None
    return None


def _zone_from_offset() -> str:
    """A fixed-offset zone for this computer's current offset (when no IANA name can be found)."""
    offset = datetime.now().astimezone().utcoffset() or timedelta(0)
    hours, rest = divmod(int(offset.total_seconds()), 3600)
    if rest or not hours:
        return "UTC"
    return f"Etc/GMT{-hours:+d}"  # POSIX signs: Etc/GMT-1 is one hour ahead of UTC


def computer_zone_name() -> str:
    """This computer's time zone as an IANA name (``TZ``, else ``/etc/localtime``, else
    ``/etc/timezone``); a fixed offset such as ``Etc/GMT-1`` when none can be found (Windows
    without the ``tzdata`` package, a bare container). No ``tzlocal``: these cover the computers
    the app runs on, and the owner can correct the zone in Settings."""
    name = os.environ.get("TZ", "").lstrip(":")
    if zone_or_none(name):
        return name
    found = _zone_from_path(Path("/etc/localtime"))
    if found:
        return found
    with contextlib.suppress(OSError):
        name = Path("/etc/timezone").read_text(encoding="utf-8").strip()
        if zone_or_none(name):
            return name
    return _zone_from_offset()
