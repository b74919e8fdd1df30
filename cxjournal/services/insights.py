"""The link, month by month: how the staff side (answers, promises, check-ins) and the customer side
(satisfaction, complaints, promises) moved over the same months, and whether they moved together.

Each series is one value per calendar month, read from the month figures of ``stats``; a month's
value is None when it rests on fewer than ``MIN_EVENTS`` events (entries answered, resolved or
scored, promises settled, check-ins due; for the complaint count, the customer entries logged), and
the counts are kept beside the values. ``customer_happy_index`` and ``staff_pulse_index`` come from
the ratings and pulse answers (``happy_index``); a month with fewer than 3 pulse answers has no
pulse value, to keep the answers anonymous.

For every staff series, customer series and lag of 0, 1 or 2 months (staff month m against
customer month m + lag), ``correlation`` gives Spearman's rho over the months where both exist,
after each series' linear trend is removed; pairs with fewer than ``MIN_MONTHS`` months or a
constant series are not tested. Holm's correction runs over every test actually run: ``clear``
survives it, ``weak`` is a nominal p < 0.05 that does not, ``none`` is the rest. A link is never
read as a cause.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from cxjournal import vocabulary as v
from cxjournal.correlation import (
    ALPHA,
    detrended,
    draws_for,
    holm,
    null_distribution,
    permutation_p,
    spearman,
)
from cxjournal.formatting import format_number
from cxjournal.i18n import tr, trn
from cxjournal.months import months_ending
from cxjournal.services import stats
from cxjournal.services.happy_index import happy_of_month, pulse_of_month

MIN_EVENTS = 3  # a month's figure from one or two events is an anecdote, not a value
MIN_MONTHS = 8  # fewer paired months than this: no test, whatever rho would say
LAGS = (0, 1, 2)
NONE, WEAK, CLEAR = "none", "weak", "clear"

Reading = Callable[[stats.MonthSummary, stats.CheckinFigures], tuple[float | None, int]]


def _percent(rate: float | None) -> float | None:
    return None if rate is None else round(rate * 100, 1)


def _promises(side: str) -> Reading:
    def read(summary: stats.MonthSummary, _checkins) -> tuple[float | None, int]:
        figures = summary.promises_by_side[side]
        return _percent(figures.rate), figures.due - figures.still_open

    return read


def _happy_index(summary: stats.MonthSummary, _checkins) -> tuple[float | None, int]:
    figures = happy_of_month(summary.year, summary.month)
    return figures.index, figures.count


def _staff_pulse(summary: stats.MonthSummary, _checkins) -> tuple[float | None, int]:
    return pulse_of_month(summary.year, summary.month)  # null below 3 answers: see happy_index


INTERNAL: dict[str, Reading] = {
    "staff_first_response_hours": lambda s, _c: (
        s.staff.median_first_response_hours,
        s.staff.responded,
    ),
    "staff_resolution_hours": lambda s, _c: (s.staff.median_resolution_hours, s.staff.resolved),
    "staff_promises_kept_pct": _promises(v.STAFF),
    "staff_checkins_done_pct": lambda _s, c: (_percent(c.rate), c.due),
    "staff_pulse_index": _staff_pulse,
}
EXTERNAL: dict[str, Reading] = {
    "customer_satisfaction": lambda s, _c: (s.customer.avg_satisfaction, s.customer.rated),
    "customer_happy_index": _happy_index,
    # The count of complaints rests on the customer entries logged: a month nobody wrote anything
    # down is missing, not a month without complaints.
    "customer_complaints": lambda s, _c: (s.customer.problems_opened, s.customer.entries),
    "customer_promises_kept_pct": _promises(v.CUSTOMER),
}


@dataclass
class Link:
    internal: str
    external: str
    lag: int
    rho: float | None = None
    n: int = 0
    p: float | None = None
    evidence: str = NONE


@dataclass
class Insights:
    months: list[str]
    series: dict[str, list[float | None]] = field(default_factory=dict)
    counts: dict[str, list[int]] = field(default_factory=dict)
    links: list[Link] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "months": self.months,
            "series": self.series,
            "counts": self.counts,
            "links": [vars(link) for link in self.links],
        }


def _paired(internal: list, external: list, lag: int) -> tuple[list[int], list, list]:
    """Months (indexes of the staff side) where staff month m and customer month m + lag both exist."""
    at = [m for m in range(len(internal) - lag) if internal[m] is not None]
    at = [m for m in at if external[m + lag] is not None]
    return at, [internal[m] for m in at], [external[m + lag] for m in at]


def _candidate(series: dict, internal: str, external: str, lag: int) -> tuple[Link, float | None]:
    """The link with its rho (None when it is not tested) and n."""
    at, xs, ys = _paired(series[internal], series[external], lag)
    link = Link(internal, external, lag, n=len(at))
    if len(at) < MIN_MONTHS:
        return link, None
    rho = spearman(detrended(xs, at), detrended(ys, at))
    return link, rho


def find_links(series: dict[str, list[float | None]]) -> list[Link]:
    """Every staff/customer pair at every lag, with its evidence after Holm's correction."""
    tested: list[tuple[Link, float]] = []
    links = []
    for internal in INTERNAL:
        for external in EXTERNAL:
            for lag in LAGS:
                link, rho = _candidate(series, internal, external, lag)
                links.append(link)
                if rho is not None:
                    tested.append((link, rho))
    draws = draws_for(len(tested))
    for link, rho in tested:
        link.rho = round(rho, 3)
        link.p = permutation_p(rho, null_distribution(link.n, draws))
    for (link, _rho), adjusted in zip(tested, holm([link.p for link, _ in tested]), strict=True):
        link.evidence = CLEAR if adjusted < ALPHA else WEAK if link.p < ALPHA else NONE
        link.p = round(link.p, 5)
    return links


def month_link(
    until: tuple[int, int],
    months: int = 24,
    *,
    include_confidential: bool = False,
    today: date | None = None,
) -> Insights:
    """The series of the ``months`` months ending with ``until`` and the links between them
    (read-only)."""
    span = months_ending(*until, months)
    result = Insights(months=[f"{year:04d}-{month:02d}" for year, month in span])
    readings = {**INTERNAL, **EXTERNAL}
    for name in readings:
        result.series[name], result.counts[name] = [], []
    for year, month in span:
        summary = stats.month_summary(
            year, month, include_confidential=include_confidential, today=today
        )
        checkins = stats.checkins_of_month(year, month, today=today)
        for name, read in readings.items():
            value, count = read(summary, checkins)
            result.series[name].append(value if count >= MIN_EVENTS else None)
            result.counts[name].append(count)
    result.links = find_links(result.series)
    return result


def _phrases() -> dict[str, tuple[str, str]]:
    """Each series in words, (when it is higher, when it is lower), in the current language."""
    return {
        "staff_first_response_hours": (
            tr("slower first answers to staff"),
            tr("faster first answers to staff"),
        ),
        "staff_resolution_hours": (
            tr("slower resolution of what staff raised"),
            tr("quicker resolution of what staff raised"),
        ),
        "staff_promises_kept_pct": (
            tr("more promises to staff kept on time"),
            tr("fewer promises to staff kept on time"),
        ),
        "staff_checkins_done_pct": (
            tr("more staff check-ins done"),
            tr("fewer staff check-ins done"),
        ),
        "staff_pulse_index": (tr("a higher staff pulse"), tr("a lower staff pulse")),
        "customer_satisfaction": (
            tr("more satisfied customers"),
            tr("less satisfied customers"),
        ),
        "customer_happy_index": (tr("happier customers"), tr("less happy customers")),
        "customer_complaints": (
            tr("more customer complaints"),
            tr("fewer customer complaints"),
        ),
        "customer_promises_kept_pct": (
            tr("more promises to customers kept on time"),
            tr("fewer promises to customers kept on time"),
        ),
    }


# The staff side is told in the direction that is better for staff; the customer side follows rho.
_BETTER_WHEN_LOWER = {"staff_first_response_hours", "staff_resolution_hours"}


def reading(link: Link, lang: str = "en") -> str:
    """A tested link in plain words: what tended to go with what, never what caused what."""
    if link.rho is None:
        return ""
    phrases = _phrases()
    staff_up = link.internal not in _BETTER_WHEN_LOWER
    customer_up = staff_up == (link.rho > 0)
    internal = phrases[link.internal][0 if staff_up else 1]
    external = phrases[link.external][0 if customer_up else 1]
    template = {
        0: tr("Months with {internal} tended to also have {external}"),
        1: tr("Months with {internal} tended to be followed, the next month, by {external}"),
        2: tr("Months with {internal} tended to be followed, two months later, by {external}"),
    }[link.lag]
    told = template.format(internal=internal, external=external)
    figures = trn(
        "(ρ = {rho} over %n month, trends removed)",
        "(ρ = {rho} over %n months, trends removed)",
        link.n,
    ).format(rho=format_number(link.rho, lang, decimals=2))
    strength = tr("Clear link:") if link.evidence == CLEAR else tr("Weak sign, maybe chance:")
    return f"{strength} {told} {figures}."


def links_worth_telling(result: Insights) -> list[Link]:
    """The clear and weak links, clear ones first, then the strongest."""
    shown = [link for link in result.links if link.evidence in (CLEAR, WEAK)]
    shown.sort(key=lambda link: (link.evidence != CLEAR, -abs(link.rho or 0)))
    return shown


def no_link_message() -> str:
    return tr("No link between the two sides stands out from chance over these months.")
