"""Which entries have response targets, and their defaults, in opening hours (see
``cxjournal.opening_hours``): the settings' table reads them from here, the services count them.

Today's reminders fire after 48 h (a customer complaint) and 24 h (a staff concern) of clock time;
these targets count only opening time, so their defaults are stated in it: 16 opening hours (about
a day and a half of a shop open ten hours a day) to answer a complaint, 8 for a staff concern.
"""

from __future__ import annotations

from cxjournal import vocabulary as v

RESPONSE, RESOLUTION = "response", "resolution"
STAGES = (RESPONSE, RESOLUTION)

# (side, kind) -> opening hours to answer, to resolve (0: no target)
DEFAULT_TARGETS: dict[tuple[str, str], tuple[int, int]] = {
    (v.CUSTOMER, "complaint"): (16, 40),
    (v.CUSTOMER, "question"): (8, 16),
    (v.CUSTOMER, "request"): (16, 40),
    (v.STAFF, "concern"): (8, 40),
    (v.STAFF, "request"): (16, 80),
}


def target_key(side: str, kind: str, stage: str) -> str:
    """The setting holding a target: ``target_customer_complaint_response``."""
    return f"target_{side}_{kind}_{stage}"


def target_settings() -> dict[str, str]:
    """Every target's setting and its default, in opening hours."""
    return {
        target_key(side, kind, stage): str(hours)
        for (side, kind), pair in DEFAULT_TARGETS.items()
        for stage, hours in zip(STAGES, pair, strict=True)
    }
