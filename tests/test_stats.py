"""Month figures: counts, medians, promise-keeping rate by original due date, confidential rule."""

from datetime import datetime

import pytest

from cxjournal.services import entries, people, promises, stats


def test_counts_medians_and_satisfaction(fake_clock):
    a = people.add_person("A", "customer")
    s = people.add_person("S", "staff")
    for hours, score in ((2, 1), (4, 2), (10, 4)):
        e = entries.log_entry(
            kind="complaint",
            title="c",
            person=a,
            satisfaction=score,
            occurred_at="2026-11-03 08:00",
        )
        entries.respond(e, "ok", at=datetime(2026, 11, 3, 8 + hours))
        entries.resolve_entry(e, at=datetime(2026, 11, 4, 8))
    entries.log_entry(kind="praise", title="p", person=a, satisfaction=5, occurred_at="2026-11-05")
    entries.log_entry(kind="concern", title="c", person=s, occurred_at="2026-11-06")
    entries.log_entry(kind="praise", title="old", person=a, occurred_at="2026-10-31 23:59")
    secret = entries.log_entry(
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
    a = people.add_person("A", "customer")
    s = people.add_person("S", "staff")
    on_time = promises.make_promise(person=a, what="1", due="2026-11-10")
    promises.keep_promise(on_time, now=datetime(2026, 12, 1), at="2026-11-10 17:00")
    late = promises.make_promise(person=a, what="2", due="2026-11-10")
    promises.keep_promise(late, now=datetime(2026, 12, 1), at="2026-11-12 10:00")
    moved = promises.make_promise(person=s, what="3", due="2026-11-10")
    promises.renegotiate_promise(moved, "2026-11-20")
    promises.keep_promise(
        moved, now=datetime(2026, 12, 1), at="2026-11-19 10:00"
    )  # on time for the new date only
    broken = promises.make_promise(person=s, what="4", due="2026-11-11")
    promises.break_promise(broken, now=datetime(2026, 12, 1), at="2026-11-12 10:00")
    cancelled = promises.make_promise(person=a, what="5", due="2026-11-11")
    promises.cancel_promise(cancelled)
    overdue = promises.make_promise(person=a, what="6", due="2026-11-12")
    upcoming = promises.make_promise(person=a, what="7", due="2026-11-30")
    promises.make_promise(person=a, what="december", due="2026-12-01")
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
