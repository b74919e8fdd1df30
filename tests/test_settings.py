"""Settings: defaults, validation, all-or-nothing changes."""

import pytest

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
