"""French and English formatting of dates, numbers, percentages, money and durations."""

from datetime import date, datetime

import pytest

from cxjournal import formatting as f

NNBSP, NBSP = "\u202f", "\u00a0"


def test_dates_in_both_languages():
    day = date(2026, 11, 22)
    assert f.format_date(day, "fr") == "22 novembre 2026"
    assert f.format_date(day, "en") == "22 November 2026"
    assert f.format_date(date(2026, 8, 1), "fr") == "1er août 2026"
    assert f.format_date(date(2026, 8, 1), "en") == "1 August 2026"
    assert f.format_short_date(day, "fr") == "22/11/2026"
    assert f.format_short_date(day, "en") == "22 Nov 2026"
    assert f.format_weekday_date(date(2026, 11, 16), "fr") == "lundi 16 novembre"
    assert f.format_weekday_date(date(2026, 11, 16), "en") == "Monday 16 November"
    assert f.format_datetime(datetime(2026, 2, 3, 14, 5), "fr") == "03/02/2026 14:05"
    assert f.format_datetime(datetime(2026, 2, 3, 14, 5), "en") == "3 Feb 2026, 14:05"


def test_month_names():
    assert f.format_month(2026, 11, "fr") == "novembre 2026"
    assert f.format_month(2026, 12, "fr") == "décembre 2026"
    assert f.format_month(2026, 11, "en") == "November 2026"
    assert f.format_short_month(2026, 2, "fr") == "févr. 2026"


def test_language_codes_are_normalised():
    assert f.language("fr_CA") == "fr"
    assert f.language("en-GB") == "en"
    assert f.language("system") == "en"
    assert f.language(None) == "en"
    assert f.format_month(2026, 5, "de") == "May 2026"


def test_numbers():
    assert f.format_number(1234.5, "fr") == f"1{NNBSP}234,5"
    assert f.format_number(1234.5, "en") == "1,234.5"
    assert f.format_number(1234567, "fr") == f"1{NNBSP}234{NNBSP}567"
    assert f.format_number(1000, "en") == "1,000"
    assert f.format_number(2.0, "en", 1) == "2.0"
    assert f.format_number(-3.25, "en") == "\u22123.25"
    assert f.format_number(-0.001, "en", 1) == "0.0"


def test_percentages():
    assert f.format_percent(0.875, "en") == "88%"
    assert f.format_percent(0.875, "fr") == f"88{NNBSP}%"
    assert f.format_percent(2 / 3, "fr", 1) == f"66,7{NNBSP}%"


def test_money():
    assert f.format_money(1234.5, "fr") == f"1{NNBSP}234,50{NBSP}€"
    assert f.format_money(1234.5, "en") == "€1,234.50"
    assert f.format_money(-12, "en", "GBP") == "\u2212£12.00"
    assert f.format_money(10, "en", "CHF") == f"CHF{NBSP}10.00"
    assert f.format_money(10, "fr", "XYZ") == f"10,00{NBSP}XYZ"


@pytest.mark.parametrize(
    ("hours", "lang", "expected"),
    [
        (0.5, "en", "30 minutes"),
        (1, "en", "1 hour"),
        (1, "fr", "1 heure"),
        (1.5, "fr", "1,5 heure"),
        (5.5, "en", "5.5 hours"),
        (5.5, "fr", "5,5 heures"),
        (30, "en", "30 hours"),
        (77, "fr", "3,2 jours"),
        (24 * 12, "en", "12 days"),
    ],
)
def test_durations(hours, lang, expected):
    assert f.format_duration(hours, lang) == expected.replace(" ", NBSP)


def test_signed_changes():
    assert f.format_signed(3, "en") == "+3"
    assert f.format_signed(-1.5, "fr") == "\u22121,5"
    assert f.format_signed(0, "en") == "0"


def test_initial_capital_keeps_the_rest():
    assert f.initial_capital("lundi 16 novembre") == "Lundi 16 novembre"
    assert f.initial_capital("Monday 30 November") == "Monday 30 November"
    assert f.initial_capital("") == ""
