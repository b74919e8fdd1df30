"""Whether the open journal is the demo: ``cxjournal demo`` (or the welcome step's "try the demo")
records it in the settings, and the Insights page and the monthly report say their figures are
demo data, never a shop's evidence."""

from __future__ import annotations

from cxjournal.services.settings import get_flag

DEMO_SETTING = "demo_data"


def is_demo() -> bool:
    return get_flag(DEMO_SETTING)
