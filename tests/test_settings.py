"""Settings: defaults, validation, all-or-nothing changes."""

import pytest

from cxjournal import clock
from cxjournal.errors import ValidationError
from cxjournal.services import settings


def test_defaults_and_changes():
    assert settings.get_setting("paper_size") == "A4"
    settings.set_setting("paper_size", "letter")
    assert settings.get_setting("paper_size") == "Letter"
    settings.set_setting("keep_in_tray", False)
    assert settings.get_flag("keep_in_tray") is False
    settings.set_setting("business_name", "Boulangerie <Château> & Fils")
    assert settings.all_settings()["business_name"] == "Boulangerie <Château> & Fils"


def test_bad_values_change_nothing():
    with pytest.raises(ValidationError):
        settings.set_setting("paper_size", "A3")
    with pytest.raises(ValidationError):
        settings.set_setting("no_such", "1")
    with pytest.raises(ValidationError):
        settings.set_settings({"business_name": "Chez Zoé", "complaint_reminder_hours": "soon"})
    assert settings.get_setting("business_name") == ""
    assert settings.get_number("complaint_reminder_hours") == 48


@pytest.mark.parametrize("spec", list(settings.SETTINGS.values()), ids=lambda s: s.key)
def test_every_setting_in_the_table_is_checked_by_its_kind(spec):
    if spec.kind == settings.ZONE:  # a journal is given its creator's zone (cxjournal/clock.py)
        assert settings.get_setting(spec.key) == clock.computer_zone_name()
    else:
        assert settings.get_setting(spec.key) == spec.default
    if spec.kind == settings.ZONE:
        assert settings.set_setting(spec.key, " Europe/Paris ") == "Europe/Paris"
        bad = "Europe/Atlantis"
    elif spec.kind == settings.CHOICE:
        assert settings.set_setting(spec.key, spec.choices[-1].upper()) == spec.choices[-1]
        bad = "not-a-choice"
    elif spec.kind == settings.NUMBER:
        assert settings.set_setting(spec.key, " 7 ") == "7"
        bad = spec.maximum + 1
    elif spec.kind == settings.FLAG:
        assert settings.set_setting(spec.key, "yes") == "1"
        bad = "perhaps"
    elif spec.kind == settings.HOURS:
        assert settings.set_setting(spec.key, "lun-ven 9h-19h") == "mon-fri 09:00-19:00"
        bad = "toute la journée"
    elif spec.kind == settings.CLOSED_DAYS:
        assert settings.set_setting(spec.key, "12-25; 2026-08-10..2026-08-20") == (
            "12-25, 2026-08-10..2026-08-20"
        )
        bad = "noël"
    elif spec.kind == settings.ADDRESSES:
        assert settings.set_setting(spec.key, " Contact@Zoe.fr ; zoe@zoe.fr,contact@zoe.fr") == (
            "contact@zoe.fr, zoe@zoe.fr"
        )
        bad = "contact@zoe.fr, chez zoé"
    elif spec.kind == settings.ACCOUNT_ADDRESSES:
        assert settings.set_setting(spec.key, "zoe: Zoe@Zoe.fr, zoe@zoe.fr; max: m@zoe.fr") == (
            "zoe: zoe@zoe.fr; max: m@zoe.fr"
        )
        bad = "zoe zoe@zoe.fr"
    elif spec.kind == settings.COUNTRY:
        assert settings.set_setting(spec.key, " be ") == "BE"
        bad = "Belgique"
    else:
        assert settings.set_setting(spec.key, "  Chez Zoé  ") == "Chez Zoé"
        bad = "x" * 501
    before = settings.get_setting(spec.key)
    with pytest.raises(ValidationError):
        settings.set_setting(spec.key, bad)
    assert settings.get_setting(spec.key) == before
