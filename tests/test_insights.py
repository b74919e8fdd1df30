"""The link, month by month: series with their counts, empty months skipped, trends removed before
rho, a planted lag found and its shuffled copy not, the same JSON twice and never NaN."""

import json
import random
from datetime import datetime, timedelta

from cxjournal import correlation
from cxjournal.cli import main
from cxjournal.months import shift_month
from cxjournal.services import entries, insights
from tests.builders import a_customer, a_staff_member, an_entry

FIRST = (2024, 11)  # 24 months ending 2026-10, the last full month on the fake clock
UNTIL = (2026, 10)


def _scores(mean: float, count: int = 4) -> list[int]:
    """``count`` scores from 1 to 5 whose mean is as near ``mean`` as whole scores allow."""
    total = max(count, min(5 * count, round(mean * count)))
    return [total // count + (1 if i < total % count else 0) for i in range(count)]


def _shop(staff_hours: list[float | None], satisfaction: list[float | None]) -> None:
    """A journal month by month from 2024-11: three staff concerns answered after ``staff_hours``
    hours, four customers scoring about ``satisfaction``; None leaves that side's month empty."""
    sam, lea = a_staff_member("Sam"), a_customer("Léa")
    for index, (hours, mean) in enumerate(zip(staff_hours, satisfaction, strict=True)):
        year, month = shift_month(*FIRST, index)
        day = datetime(year, month, 3, 9)
        for _ in range(3 if hours is not None else 0):
            concern = an_entry(sam, kind="concern", occurred_at=day)
            entries.respond(concern, "Vu", at=day + timedelta(hours=hours))
        for score in _scores(mean) if mean is not None else []:
            an_entry(lea, kind="praise", satisfaction=score, occurred_at=day)


def _planted(rng: random.Random, months: int = 24) -> tuple[list[float], list[float]]:
    """Staff answer times, and next month's satisfaction that falls as they rise (plus noise)."""
    hours = [rng.uniform(1, 48) for _ in range(months)]
    satisfaction = [3.0] + [4.8 - 3.5 * (h - 1) / 47 + rng.uniform(-0.2, 0.2) for h in hours[:-1]]
    return hours, satisfaction


def _link(result, internal: str, external: str, lag: int):
    (found,) = [
        link
        for link in result.links
        if (link.internal, link.external, link.lag) == (internal, external, lag)
    ]
    return found


def _clear(result) -> list[tuple]:
    return [(x.internal, x.external, x.lag) for x in result.links if x.evidence == insights.CLEAR]


def test_a_planted_lag_of_one_month_is_clear(fake_clock):
    _shop(*_planted(random.Random(5)))
    result = insights.month_link(UNTIL, 24)
    assert result.months[0] == "2024-11" and result.months[-1] == "2026-10"
    assert result.counts["staff_first_response_hours"] == [3] * 24
    assert result.counts["customer_satisfaction"] == [4] * 24
    link = _link(result, "staff_first_response_hours", "customer_satisfaction", 1)
    assert link.n == 23 and link.rho < -0.8 and link.evidence == insights.CLEAR
    assert _clear(result) == [("staff_first_response_hours", "customer_satisfaction", 1)]
    assert insights.reading(link).startswith(
        "Clear link: Months with faster first answers to staff tended to be followed, the next "
        "month, by more satisfied customers (ρ = −0."
    )


def test_the_same_months_shuffled_on_one_side_show_no_clear_link(fake_clock):
    hours, satisfaction = _planted(random.Random(5))
    random.Random(11).shuffle(satisfaction)
    _shop(hours, satisfaction)
    assert _clear(insights.month_link(UNTIL, 24)) == []


def test_two_independent_series_sharing_a_trend_are_not_linked(fake_clock):
    rng = random.Random(3)
    hours = [40 - 1.5 * m + rng.uniform(-4, 4) for m in range(24)]
    satisfaction = [1.5 + 0.14 * m + rng.uniform(-0.4, 0.4) for m in range(24)]
    _shop(hours, satisfaction)
    result = insights.month_link(UNTIL, 24)
    raw = correlation.spearman(
        result.series["staff_first_response_hours"], result.series["customer_satisfaction"]
    )
    assert raw < -0.8  # what an untrended reading would have called a strong link
    assert _clear(result) == []


def test_months_without_data_are_skipped_not_counted_as_zero(fake_clock):
    hours, satisfaction = _planted(random.Random(5))
    for gap in (6, 7, 15):
        hours[gap] = satisfaction[gap] = None
    satisfaction[20] = None
    _shop(hours, satisfaction)
    result = insights.month_link(UNTIL, 24)
    assert result.series["staff_first_response_hours"][6] is None
    assert result.counts["staff_first_response_hours"][6] == 0
    assert result.series["customer_complaints"][6] is None  # nobody wrote: not "no complaints"
    assert result.series["customer_complaints"][5] == 0 and result.counts["customer_complaints"][5]
    link = _link(result, "staff_first_response_hours", "customer_satisfaction", 0)
    assert link.n == 24 - 4
    assert _link(result, "staff_first_response_hours", "customer_satisfaction", 1).n == 23 - 6


def test_a_month_resting_on_fewer_than_three_events_has_no_value(fake_clock):
    sam = a_staff_member("Sam")
    for hours in (2, 4):
        concern = an_entry(sam, kind="concern", occurred_at="2026-10-05 09:00")
        entries.respond(concern, "Vu", at=datetime(2026, 10, 5, 9 + hours))
    result = insights.month_link(UNTIL, 3)
    assert result.series["staff_first_response_hours"] == [None, None, None]
    assert result.counts["staff_first_response_hours"] == [0, 0, 2]


def test_unrecorded_indexes_and_constant_series_are_null_and_untested(fake_clock):
    _shop(*_planted(random.Random(5)))
    result = insights.month_link(UNTIL, 24)
    assert result.series["staff_pulse_index"] == [None] * 24
    assert result.series["customer_happy_index"] == [None] * 24
    complaints = _link(result, "staff_first_response_hours", "customer_complaints", 0)
    assert result.series["customer_complaints"] == [0] * 24  # only praise: constant
    assert (complaints.rho, complaints.p, complaints.evidence) == (None, None, "none")


def test_the_same_journal_gives_the_same_json_without_nan(fake_clock, journal, capsys):
    _shop(*_planted(random.Random(5)))
    outputs = []
    for _ in range(2):
        assert main(["--db", str(journal), "insights", "--until", "2026-10", "--json"]) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]
    data = json.loads(outputs[0], parse_constant=lambda name: (_ for _ in ()).throw(ValueError))
    assert set(data) == {"months", "series", "counts", "links"}
    assert set(data["series"]) == set(insights.INTERNAL) | set(insights.EXTERNAL)
    assert len(data["links"]) == 5 * 4 * 3
    assert set(data["links"][0]) == {"internal", "external", "lag", "rho", "n", "p", "evidence"}


def test_the_command_reads_clear_links_in_words_and_refuses_bad_input(fake_clock, journal, capsys):
    _shop(*_planted(random.Random(5)))
    assert main(["--db", str(journal), "insights", "--until", "2026-10"]) == 0
    out = capsys.readouterr().out
    assert "2026-10" in out and "Clear link: Months with faster first answers" in out
    assert "not a cause" in out
    for bad in (["--until", "2026-13"], ["--months", "0"], ["--months", "many"]):
        assert main(["--db", str(journal), "insights", *bad]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err


def test_holm_and_the_shared_null():
    assert correlation.holm([0.01, 0.04, 0.03]) == [0.03, 0.06, 0.06]
    null = correlation.null_distribution(12, 10_000)
    assert null is correlation.null_distribution(12, 10_000)  # built once per n
    assert correlation.permutation_p(1.0, null) < 0.05 / 60  # the best can pass the correction
    assert correlation.average_ranks([3, 1, 3, 2]) == [3.5, 1.0, 3.5, 2.0]
