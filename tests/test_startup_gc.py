"""Garbage collection held off during a cold start, and what releasing it does."""

from __future__ import annotations

import gc
import weakref

import pytest

from cxjournal.ui.shell.startup_gc import StartupCollection


@pytest.fixture
def collector_restored():
    enabled = gc.isenabled()
    yield
    gc.unfreeze()
    if enabled:
        gc.enable()
    else:
        gc.disable()


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def _garbage_cycle() -> weakref.ref:
    return weakref.ref(_Cycle())  # only the cyclic collector can free it


def test_no_collection_until_released_then_one_collection_and_the_survivors_frozen(
    collector_restored,
):
    gc.enable()
    gc.unfreeze()
    held = StartupCollection()
    assert held.held and not gc.isenabled()
    first = _garbage_cycle()
    for _ in range(20_000):
        _Cycle()  # far past the threshold at which the collector would normally run
    assert first() is not None  # nothing collected meanwhile

    held.release()

    assert first() is None  # the one collection ran
    assert gc.isenabled() and not held.held
    assert gc.get_freeze_count() > 0  # and what survived it is frozen
    frozen = gc.get_freeze_count()
    held.release()  # a second call does nothing more
    assert gc.get_freeze_count() == frozen


def test_a_collector_that_was_off_stays_off(collector_restored):
    gc.disable()
    gc.unfreeze()
    held = StartupCollection()
    assert not held.held
    held.release()
    assert not gc.isenabled() and gc.get_freeze_count() == 0
