"""Ratings and staff pulse answers: recorded by one service whoever asks (``rate``, the kiosk),
on both engines; the pulse stays anonymous (day only, no id in the log, results by fixed weeks and
months with at least 3 answers); the Happy Index's arithmetic; the tables travel through the JSON
export and ``copy-to``; the demo has them."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from cxjournal.cli import main
from cxjournal.demo import fill_demo
from cxjournal.errors import ValidationError
from cxjournal.io import json_export
from cxjournal.pin_guard import PinGuard
from cxjournal.services import happy_index, insights, ratings
from cxjournal.services.happy_index import happy_index as index_of
from cxjournal.store import changelog, copying
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.models import ChangeLog, PulseAnswer, Rating, Setting, Suggestion

NOW = datetime(2026, 3, 20, 15, 30)


def run(journal, *argv: str) -> int:
    """The command line on the test's journal, which it closes when done: opened again after."""
    code = main(list(argv))
    open_journal(journal)
    return code


def logged_since(start: int) -> list[tuple]:
    return [(c.kind, c.item_id, c.op) for c in changelog.changes_after(start)]


def test_a_rating_is_stored_with_its_time_and_its_arrival_logged():
    start = changelog.latest_id()
    assert ratings.record_rating(2, reason="Price", text="Cher", kiosk="comptoir", now=NOW) is None
    (rating,) = Rating.select()
    row = Rating.get_by_id(rating.id)
    assert (row.at, row.score, row.side, row.reason, row.text, row.kiosk) == (
        NOW,
        2,
        "customer",
        "Price",
        "Cher",
        "comptoir",
    )
    assert logged_since(start) == [("rating", rating.id, "insert")]


def test_a_pulse_answer_keeps_only_its_day_and_the_log_only_that_one_arrived():
    start = changelog.latest_id()
    assert ratings.record_pulse_answer(3, text="Bien", now=NOW) is None
    (row,) = PulseAnswer.select()
    assert row.day == NOW.date() and row.score == 3 and row.question == "How was your week?"
    assert not hasattr(row, "at") and "person" not in PulseAnswer._meta.fields
    assert logged_since(start) == [("pulse", None, "insert")]


def test_the_log_never_says_who_gave_a_rating_or_a_pulse_answer():
    from cxjournal.store.models import ChangeLog

    start = changelog.latest_id()
    ratings.record_pulse_answer(2, now=NOW)
    ratings.record_rating(4, now=NOW)
    entries_logged = ChangeLog.select().where(ChangeLog.id > start)
    assert sorted(r.kind for r in entries_logged) == ["pulse", "rating"]
    assert [r.who for r in entries_logged] == [None, None]


def test_pulse_answer_ids_do_not_keep_the_order_of_arrival():
    for score in (1, 2, 3, 4, 1, 2, 3, 4):
        ratings.record_pulse_answer(score, now=NOW)
    ids = [row.id for row in PulseAnswer.select(PulseAnswer.id)]  # in the table's own order
    assert len(set(ids)) == 8 and min(ids) > 1000


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["5"], "1, 2, 3 or 4"),
        (["0"], "1, 2, 3 or 4"),
        (["x"], "1, 2, 3 or 4"),
        (["3", "--side", "boss"], "side"),
        (["3", "--at", "2099-01-01 10:00"], "future"),
        (["3", "--at", "yesterday"], "valid date"),
        (["3", "--side", "staff", "--reason", "Price"], "no reason"),
        (["3", "--text", "a\x01b"], "control"),
    ],
)
def test_rate_refuses_bad_input_with_one_line_and_writes_nothing(journal, capsys, argv, message):
    start = changelog.latest_id()
    assert run(journal, "rate", *argv) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and message in err
    assert Rating.select().count() == PulseAnswer.select().count() == 0
    assert changelog.latest_id() == start


def test_rate_records_a_customer_rating_or_a_staff_pulse_answer(journal):
    assert (
        run(
            journal,
            "rate",
            "4",
            "--reason",
            "Welcome",
            "--text",
            "Super",
            "--at",
            "2026-03-02 10:15",
        )
        == 0
    )
    assert (
        run(journal, "rate", "1", "--side", "staff", "--text", "Dure", "--at", "2026-03-03 17:40")
        == 0
    )
    assert (
        run(journal, "rate", "4") == 0 and run(journal, "rate", "4") == 0
    )  # rate never drops a rating
    first = Rating.select().order_by(Rating.id).first()
    assert (first.score, first.reason, first.text, first.at) == (
        4,
        "Welcome",
        "Super",
        datetime(2026, 3, 2, 10, 15),
    )
    assert Rating.select().count() == 3
    (answer,) = PulseAnswer.select()
    assert (answer.score, answer.text, answer.day) == (1, "Dure", date(2026, 3, 3))


def test_the_happy_index_counts_scores_0_33_67_100_and_takes_the_mean():
    assert index_of({}) is None
    assert index_of({1: 5}) == 0.0
    assert index_of({4: 2}) == 100.0
    assert index_of({2: 1}) == 33.3
    assert index_of({3: 1}) == 66.7
    assert index_of({1: 1, 4: 1}) == 50.0
    assert index_of({1: 1, 2: 1, 3: 1, 4: 1}) == 50.0
    assert index_of({3: 2, 4: 1}) == 77.8  # (66.67 * 2 + 100) / 3


def test_happy_index_by_day_and_by_month_with_counts():
    for score, at in ((4, NOW), (3, NOW), (1, NOW - timedelta(days=1)), (2, NOW.replace(day=1))):
        ratings.record_rating(score, at=at, now=NOW)
    ratings.record_rating(4, at=datetime(2026, 2, 28, 23, 59), now=NOW)
    days = happy_index.happy_by_day(date(2026, 3, 19), date(2026, 3, 21))
    assert [(d.label, d.count, d.index) for d in days] == [
        ("2026-03-19", 1, 0.0),
        ("2026-03-20", 2, 83.3),
        ("2026-03-21", 0, None),
    ]
    march = happy_index.happy_of_month(2026, 3)
    assert (march.count, march.index, march.by_score) == (4, 50.0, {1: 1, 2: 1, 3: 1, 4: 1})


def test_pulse_results_only_for_fixed_periods_with_at_least_three_answers():
    monday = date(2026, 3, 16)  # 2026-W12
    ratings.record_pulse_answer(4, on=monday, now=NOW)
    ratings.record_pulse_answer(2, on=monday + timedelta(days=2), now=NOW)
    week = happy_index.pulse_results("2026-W12")
    assert (week.enough, week.index, week.by_score) == (False, None, {})
    assert "anonymous" in week.message() and week.to_dict()["answers"] is None
    ratings.record_pulse_answer(3, on=monday + timedelta(days=6), now=NOW + timedelta(days=5))
    week = happy_index.pulse_results("2026-w12")
    assert (week.enough, week.answers, week.index) == (True, 3, 66.7)
    assert (week.first, week.last) == (monday, date(2026, 3, 22))
    assert happy_index.pulse_results("2026-03").answers == 3
    assert happy_index.pulse_results("2026-W11").index is None
    for free_range in ("2026-03-01..2026-03-14", "2026-03-14", "2026-W54"):
        with pytest.raises(ValidationError):
            happy_index.pulse_results(free_range)


def test_insights_series_come_from_ratings_and_the_pulse_stays_null_below_three():
    for score in (4, 4, 1):
        ratings.record_rating(score, at=datetime(2026, 2, 10, 11), now=NOW)
    ratings.record_rating(4, at=datetime(2026, 1, 10, 11), now=NOW)  # one rating: no value
    for score in (4, 3, 2):
        ratings.record_pulse_answer(score, on=date(2026, 2, 3), now=NOW)
    for score in (4, 3):
        ratings.record_pulse_answer(score, on=date(2026, 1, 6), now=NOW)
    result = insights.month_link((2026, 2), months=3, today=NOW.date())
    assert result.months == ["2025-12", "2026-01", "2026-02"]
    assert result.series["customer_happy_index"] == [None, None, 66.7]
    assert result.counts["customer_happy_index"] == [0, 1, 3]
    assert result.series["staff_pulse_index"] == [None, None, 66.7]
    assert result.counts["staff_pulse_index"] == [0, 2, 3]


def test_the_pin_is_kept_as_a_salted_hash_and_checked():
    assert not ratings.has_kiosk_pin() and not ratings.pin_matches("1234")
    for bad in ("12", "abcd", "1234567890123"):
        with pytest.raises(ValidationError):
            ratings.set_kiosk_pin(bad)
    ratings.set_kiosk_pin("2468")
    stored = Setting.get_by_id(ratings.PIN_KEY).value
    assert "2468" not in stored and stored.startswith("scrypt$")
    assert ratings.pin_matches("2468") and not ratings.pin_matches("2469")
    ratings.set_kiosk_pin("2468")
    assert Setting.get_by_id(ratings.PIN_KEY).value != stored  # a new salt each time


def test_wrong_pins_pause_for_longer_and_longer():
    now = [100.0]
    guard = PinGuard(lambda: now[0])
    guard.failed()
    guard.failed()
    assert guard.wait_left() == 0  # two free mistakes
    guard.failed()
    assert guard.wait_left() == 5
    now[0] += 5
    assert guard.wait_left() == 0
    guard.failed()
    assert guard.wait_left() == 10
    for _ in range(20):
        guard.failed()
    assert guard.wait_left() == 300  # capped
    guard.succeeded()
    assert guard.wait_left() == 0 and guard.wrong == 0


def test_the_kiosk_reasons_and_question_are_the_owners_or_translated_defaults():
    from cxjournal.services.settings import set_setting

    assert ratings.kiosk_reasons() == ["Waiting time", "Welcome", "Product", "Price", "Cleanliness"]
    assert ratings.pulse_question() == "How was your week?"
    set_setting("kiosk_reasons", "Attente ; ; Sourire")
    set_setting("pulse_question", "Votre semaine ?")
    assert ratings.kiosk_reasons() == ["Attente", "Sourire"]
    assert ratings.pulse_question() == "Votre semaine ?"


def _some_of_each() -> None:
    ratings.record_rating(3, reason="Prix", text="Zoë <b>&", kiosk="k1", now=NOW)
    ratings.record_rating(1, at=NOW - timedelta(days=40), now=NOW)
    ratings.record_pulse_answer(2, text="Fatigué", now=NOW)
    ratings.record_pulse_answer(4, now=NOW)


def _rows() -> dict:
    return {
        "rating": sorted(Rating.select().tuples()),
        "pulse_answer": sorted(PulseAnswer.select().tuples()),
        "log": sorted(
            (k, i, o)
            for k, i, o in ChangeLog.select(
                ChangeLog.kind, ChangeLog.item_id, ChangeLog.op
            ).tuples()
            if k in ("rating", "pulse")
        ),
    }


@pytest.mark.file_only
def test_ratings_and_pulse_answers_round_trip_through_the_json_export(tmp_path):
    _some_of_each()
    before = _rows()
    out = json_export.export_json(tmp_path / "export.json")
    close_journal()
    open_journal(tmp_path / "fresh.db")
    json_export.import_json(out)
    assert _rows() == before and len(before["pulse_answer"]) == 2


def test_a_journal_holding_only_ratings_is_not_taken_for_empty_by_an_import(tmp_path):
    ratings.record_rating(4, now=NOW)
    assert not json_export.is_empty()


def test_ratings_and_pulse_answers_come_along_in_copy_to(tmp_path):
    _some_of_each()
    before = _rows()
    source = copying.current_location()
    report = copying.copy_to(tmp_path / "copy.db")
    assert report.tables["rating"].rows == 2 and report.tables["pulse_answer"].rows == 2
    close_journal()
    open_journal(tmp_path / "copy.db")
    assert _rows() == before
    ratings.record_rating(2, now=NOW)  # the copy goes on giving ids
    close_journal()
    open_journal(source)


def test_the_demo_has_ratings_and_pulse_answers_and_is_the_same_each_time():
    fill_demo(people=20, entries=100, months=6, seed=3, lang="fr", today=date(2026, 3, 1))
    count = Rating.select().count()
    assert 250 <= count <= 800
    assert Rating.select().where(Rating.reason != "").count() > 10
    assert Rating.select().where(Rating.text != "").count() > 0
    assert PulseAnswer.select().count() > 30
    assert Suggestion.select().count() == 2  # today's box, filed once the day is over
    assert {r.question for r in PulseAnswer.select()} == {
        "Comment s'est passée votre semaine\u00a0?"
    }  # as the app asks
    scores = [r.score for r in Rating.select(Rating.score)]
    assert scores.count(4) > scores.count(1)  # mostly happy, as real counters are
