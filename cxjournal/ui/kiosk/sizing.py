"""How many pixels make a touch target of a given physical size, from the screen's real size in
millimetres and its geometry in pixels. The reported logical DPI is not used: many screens (and
every tablet running a desktop system at 100 %) report 96 whatever they are."""

from __future__ import annotations

import math

from PySide6.QtGui import QScreen

MIN_TARGET_MM = 15.0
MM_PER_INCH = 25.4
# When a screen does not know its size (0 mm, or a TV's nonsense): assume a dense one, so that
# a target is too big rather than too small.
UNKNOWN_SCREEN_PPI = 160.0


def pixels_for_mm(mm: float, pixels_across: int, physical_mm_across: float) -> int:
    """Pixels spanning ``mm`` millimetres on a screen ``pixels_across`` wide that measures
    ``physical_mm_across`` millimetres (unknown when 0 or implausible)."""
    if not 30.0 <= physical_mm_across <= 3000.0 or pixels_across <= 0:
        per_mm = UNKNOWN_SCREEN_PPI / MM_PER_INCH
    else:
        per_mm = pixels_across / physical_mm_across
    return math.ceil(mm * per_mm)


def target_pixels(screen: QScreen | None, mm: float = MIN_TARGET_MM) -> int:
    """The side of a square target of ``mm`` millimetres on ``screen``, in the device-independent
    pixels widgets are sized in (the larger of the two directions, for non-square pixels)."""
    if screen is None:
        return pixels_for_mm(mm, 0, 0)
    physical = screen.physicalSize()
    geometry = screen.geometry()
    return max(
        pixels_for_mm(mm, geometry.width(), physical.width()),
        pixels_for_mm(mm, geometry.height(), physical.height()),
    )
