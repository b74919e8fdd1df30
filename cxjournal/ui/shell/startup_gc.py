"""Python's cyclic garbage collector during a cold start.

Almost everything created while the app starts (modules, classes, Qt wrappers, the first screen) lives
as long as the app does, yet the collector would walk over it again and again while it is being made:
on a 2-core laptop that is a noticeable share of the time to the first paint. So collection is held
off until the window is painted; then one collection runs and what survives is frozen
(``gc.freeze``), which also keeps later collections, while the owner types, from walking it again.
"""

from __future__ import annotations

import gc


class StartupCollection:
    """Holds cyclic garbage collection off from creation until :meth:`release`."""

    def __init__(self) -> None:
        self._held = gc.isenabled()
        if self._held:
            gc.disable()

    @property
    def held(self) -> bool:
        return self._held

    def release(self) -> None:
        """Collect once, freeze the survivors and collect normally from now on (only the first call
        does anything; a collector that was off before stays off)."""
        if not self._held:
            return
        self._held = False
        gc.collect()
        gc.freeze()
        gc.enable()
