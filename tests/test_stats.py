"""Month figures: counts, medians, promise-keeping rate by original due date, confidential rule."""

from datetime import datetime

import pytest

from cxjournal.errors import ValidationError
from cxjournal.services import entries, promises, stats
from tests.builders import a_customer, a_promise, a_staff_member, an_entry


def test_parse_month():
    assert stats.parse_month("2026-11") == (2026, 11)
    for bad in ("2026-13", "11/2026", "", "2026"):
        with pytest.raises(ValidationError, match="YYYY-MM"):
            stats.parse_month(bad)
    assert stats.shift_month(2026, 1, -1) == (2025, 12)
    assert stats.month_range(2026, 12)[1] == datetime(2027, 1, 1)


def test_counts_medians_and_satisfaction(fake_clock):
    a = a_customer("A")
    s = a_staff_member("S")
    for hours, score in ((2, 1), (4, 2), (10, 4)):
        e = an_entry(
            kind="complaint",
            title="c",
            person=a,
            satisfaction=score,
            occurred_at="2026-11-03 08:00",
        )
        entries.respond(e, "ok", at=datetime(2026, 11, 3, 8 + hours))
        entries.resolve_entry(e, at=datetime(2026, 11, 4, 8))
    an_entry(kind="praise", title="p", person=a, satisfaction=5, occurred_at="2026-11-05")
    an_entry(kind="concern", title="c", person=s, occurred_at="2026-11-06")
    an_entry(kind="praise", title="old", person=a, occurred_at="2026-10-31 23:59")
    secret = an_entry(
        kind="concern", title="secret", person=s, confidential=True, occurred_at="2026-11-07"
    )
    summary = stats.month_summary(2026, 11)
    assert summary.customer.entries == 4
    assert summary.customer.by_kind == {"complaint": 3, "praise": 1}
    assert summary.customer.problems_opened == 3 and summary.customer.problems_resolved == 3
    assert summary.customer.median_first_response_hours == 4.0
    assert summary.customer.median_resolution_hours == 24.0
    assert summary.customer.avg_satisfaction == 3.0  # (1 + 2 + 4 + 5) / 4
    assert summary.staff.entries == 1
    assert stats.month_summary(2026, 11, include_confidential=True).staff.entries == 2
    entries.trash_entry(secret)
    assert stats.month_summary(2026, 11, include_confidential=True).staff.entries == 1


def test_promise_keeping_rate_uses_the_original_due_date(fake_clock):
    fake_clock.set(datetime(2026, 11, 1, 9))
    a = a_customer("A")
    s = a_staff_member("S")
    on_time = a_promise(person=a, what="1", due="2026-11-10")
    promises.keep_promise(on_time, at="2026-11-10 17:00")
    late = a_promise(person=a, what="2", due="2026-11-10")
    promises.keep_promise(late, at="2026-11-12 10:00")
    moved = a_promise(person=s, what="3", due="2026-11-10")
    promises.renegotiate_promise(moved, "2026-11-20")
    promises.keep_promise(moved, at="2026-11-19 10:00")  # on time for the new date only
    broken = a_promise(person=s, what="4", due="2026-11-11")
    promises.break_promise(broken, at="2026-11-12 10:00")
    cancelled = a_promise(person=a, what="5", due="2026-11-11")
    promises.cancel_promise(cancelled)
    overdue = a_promise(person=a, what="6", due="2026-11-12")
    upcoming = a_promise(person=a, what="7", due="2026-11-30")
    a_promise(person=a, what="december", due="2026-12-01")
    summary = stats.month_summary(2026, 11, today=datetime(2026, 11, 22).date())
    p = summary.promises
    assert (p.due, p.kept_on_time, p.kept_late, p.broken, p.open_overdue, p.still_open) == (
        6,
        1,
        2,
        1,
        1,
        1,
    )
    assert p.rate == pytest.approx(1 / 5, abs=1e-4)
    assert summary.promises_by_side["staff"].due == 2
    assert summary.promises_by_side["staff"].rate == 0.0
    assert overdue.id and upcoming.id


def test_trend_returns_months_oldest_first():
    months = [s.label for s in stats.trend(2026, 2, 3)]
    assert months == ["2025-12", "2026-01", "2026-02"]
