"""Settings ▸ After a complaint is resolved: the days before asking how it went, saved with the
other settings and used by the next resolution; 0 shows "Never" and plans nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest

from cxjournal.errors import ValidationError
from cxjournal.services import aftercare, entries, settings
from cxjournal.store.models import FollowUp
from cxjournal.ui.pages.settings import Page
from tests.builders import a_customer, an_entry


def settings_page(qtbot) -> Page:
    page = Page()
    qtbot.addWidget(page)
    return page


def asks(entry) -> list[FollowUp]:
    return list(
        FollowUp.select().where(FollowUp.entry == entry.id, FollowUp.origin == aftercare.ASK_ORIGIN)
    )


def test_the_days_are_set_in_settings_and_used_on_resolve(qtbot, fake_clock):
    page = settings_page(qtbot)
    spin = page.numbers["ask_after_days"]
    assert spin.value() == 7 and spin.text() == "7 days later"
    spin.setValue(14)
    assert page.dirty
    assert page.save()
    assert settings.get_setting("ask_after_days") == "14"
    complaint = an_entry(a_customer(), kind="complaint")
    entries.resolve_entry(complaint, "Remboursé")
    (ask,) = asks(complaint)
    assert ask.due_at.date() == (fake_clock.now() + timedelta(days=14)).date()


def test_zero_is_never(qtbot, fake_clock):
    page = settings_page(qtbot)
    spin = page.numbers["ask_after_days"]
    spin.setValue(0)
    assert spin.text() == "Never"
    assert page.save()
    complaint = an_entry(a_customer(), kind="complaint")
    entries.resolve_entry(complaint, "Remboursé")
    assert asks(complaint) == []


def test_validated_like_the_others(qtbot):
    page = settings_page(qtbot)
    assert page.numbers["ask_after_days"].maximum() == 365
    with pytest.raises(ValidationError):
        settings.set_setting("ask_after_days", "366")
    with pytest.raises(ValidationError):
        settings.set_setting("ask_after_days", "-1")
    page.load()
    assert page.numbers["ask_after_days"].value() == 7
