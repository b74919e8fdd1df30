"""How many wrong PINs the kiosk takes before it pauses, and for how long: a few tries, then a
pause that doubles with each further wrong PIN, so that guessing a 4-digit PIN takes days, not
minutes. The clock is passed in (seconds, monotonic), so tests need not wait."""

from __future__ import annotations

import time
from collections.abc import Callable

FREE_TRIES = 3
FIRST_PAUSE_S = 5.0
LONGEST_PAUSE_S = 300.0


class PinGuard:
    """Counts wrong tries; ``wait_left()`` is how long before the next try is allowed."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self.wrong = 0
        self._until = 0.0

    def wait_left(self) -> float:
        return max(0.0, self._until - self._clock())

    def failed(self) -> None:
        self.wrong += 1
        if self.wrong >= FREE_TRIES:
            pause = FIRST_PAUSE_S * 2 ** (self.wrong - FREE_TRIES)
            self._until = self._clock() + min(pause, LONGEST_PAUSE_S)

    def succeeded(self) -> None:
        self.wrong = 0
        self._until = 0.0
