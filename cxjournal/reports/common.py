"""What every report builder shares: the settings it prints, a read-only snapshot, progress reporting.

Builders gather their data inside ``read_only_snapshot()``: one read transaction (so every figure comes
from the same state of the journal) that is rolled back at the end, so a report never changes data.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from cxjournal import clock
from cxjournal.i18n import tr
from cxjournal.services.settings import all_settings
from cxjournal.store.transactions import read_transaction

ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True)
class ReportSettings:
    business_name: str
    logo_path: str
    paper_size: str  # "A4" or "Letter"
    currency: str


def read_report_settings() -> ReportSettings:
    """The owner's settings that appear on paper, with the defaults for those never set."""
    values = all_settings()
    paper = "Letter" if values["paper_size"].strip().lower() == "letter" else "A4"
    return ReportSettings(
        business_name=values["business_name"].strip(),
        logo_path=values["logo_path"].strip(),
        paper_size=paper,
        currency=values["currency"].strip() or "EUR",
    )


@contextlib.contextmanager
def read_only_snapshot() -> Iterator[None]:
    """Read everything inside one transaction and throw it away: consistent figures, no writes."""
    with read_transaction():
        yield


class Progress:
    """Counts finished steps and tells the caller's ``progress(done, total)``, if there is one."""

    def __init__(self, callback: ProgressCallback | None, total: int) -> None:
        self._callback = callback
        self.total = total
        self.done = 0

    def step(self, count: int = 1) -> None:
        self.done = min(self.total, self.done + count)
        if self._callback is not None:
            self._callback(self.done, self.total)

    def finish(self) -> None:
        self.step(self.total - self.done)


def today():
    return clock.now().date()


def build_report(
    out_path, story: list, *, title: str, subtitle: str, settings: ReportSettings, lang: str
) -> int:
    """Typeset a report under the shop's header (name, logo, "Generated on ...") on its paper;
    returns the number of pages."""
    from cxjournal import formatting as fmt
    from cxjournal.reports import typeset as ts  # reportlab: only when a report is built

    header = ts.PageHeader(
        title=title,
        subtitle=subtitle,
        business_name=settings.business_name,
        logo_path=settings.logo_path,
        generated=tr("Generated on {date}", "reports").format(date=fmt.format_date(today(), lang)),
    )
    return ts.build_pdf(out_path, story, header, settings.paper_size)
