"""The monthly report's Happy Index day by day (issue 19: by day and by month, with counts): each day
of the month with its index and its count, the index blank under 3 ratings, in both languages."""

from __future__ import annotations

from datetime import date, datetime

from cxjournal.catalog import translator_for
from cxjournal.i18n import speaking
from cxjournal.reports.monthly import build_monthly_report
from cxjournal.reports.monthly_happy_map import cell_colour, gather_happy_map
from cxjournal.services import ratings
from tests.report_pdf import flat


def _ratings() -> None:
    for score in (4, 4, 3):  # Monday 5 October: 100, 100, 66.7 → 89
        ratings.record_rating(score, at=datetime(2026, 10, 5, 11, 0))
    for score in (1, 2):  # Tuesday 6: two ratings, too few for an index
        ratings.record_rating(score, at=datetime(2026, 10, 6, 16, 0))
    for score in (1, 1, 2, 4):  # Friday 30: the second band
        ratings.record_rating(score, at=datetime(2026, 10, 30, 10, 0))


def _cells(lang: str) -> list[list[str]]:
    from cxjournal.reports.monthly_happy_days import happy_days_table

    data = gather_happy_map(2026, 10)
    return happy_days_table(data.days, lang, 480, cell_colour)._cellvalues


def test_every_day_of_the_month_has_its_index_and_count(fake_clock):
    _ratings()
    rows = _cells("en")
    assert len(rows) == 6  # two bands of three rows: 1-16 and 17-31
    days, indexes, counts = rows[0], rows[1], rows[2]
    assert days[0] == "Day" and days[5].endswith(" 5") and days[6].endswith(" 6")
    assert (indexes[5], counts[5]) == ("89", "3")
    assert (indexes[6], counts[6]) == ("", "2")  # fewer than 3: blank, the count still said
    assert (indexes[1], counts[1]) == ("", "")  # no rating that day
    later_days, later_indexes, later_counts = rows[3], rows[4], rows[5]
    column = later_days.index(next(d for d in later_days if d.endswith(" 30")))
    assert (later_indexes[column], later_counts[column]) == ("33", "4")  # (0+0+33.3+100)/4


def test_the_report_prints_the_days_in_both_languages(tmp_path, fake_clock):
    _ratings()
    for lang, words in (
        ("en", ("The Happy Index day by day", "Ratings")),
        ("fr", ("L’indice de bonheur jour par jour", "Avis")),
    ):
        out = tmp_path / f"month-{lang}.pdf"
        with speaking(translator_for(lang)):
            build_monthly_report(out, 2026, 10, lang=lang)
        text = flat(out)
        assert all(w in text for w in words), (lang, text[-1500:])


def test_a_month_without_ratings_prints_no_day_table(tmp_path, fake_clock):
    out = tmp_path / "month.pdf"
    build_monthly_report(out, 2026, 11, lang="en")
    assert "day by day" not in flat(out)
    assert date(2026, 11, 1)  # the month itself still prints
