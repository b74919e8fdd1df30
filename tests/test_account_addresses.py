"""Each account's own e-mail addresses (issue 20: "once there are accounts, each account's own"):
a reply sent from one is the shop's reply, recorded as the response to the entry it answers, as
one from the shop's addresses is; the setting is checked and written one way, bad input refused
and nothing changed; Settings ▸ E-mail edits it."""

from __future__ import annotations

from pathlib import Path

import pytest

from cxjournal.errors import ValidationError
from cxjournal.io import email_import
from cxjournal.services.settings import get_setting, set_setting, shop_addresses
from cxjournal.store.models import Entry, Person, Response

MAIL = Path(__file__).parent / "fixtures" / "email"


def test_a_reply_from_an_accounts_own_address_is_the_shops_response(fake_clock):
    set_setting("account_addresses", "julie: Contact@Boulangerie-Martin.fr ; paul: paul@x.fr")
    assert get_setting("account_addresses") == (
        "julie: contact@boulangerie-martin.fr; paul: paul@x.fr"
    )
    assert {"contact@boulangerie-martin.fr", "paul@x.fr"} <= shop_addresses()
    report = email_import.import_emails(
        [MAIL / "outlook-shop-reply.eml", MAIL / "thunderbird-complaint.eml"]
    )
    entry = Entry.get()
    assert report.responses == [("outlook-shop-reply.eml", entry.id)]
    assert Response.get().entry_id == entry.id
    assert not Person.select().where(Person.email == "contact@boulangerie-martin.fr").exists()


@pytest.mark.parametrize("value", ["julie contact@x.fr", ": a@x.fr", "julie: not-an-address"])
def test_account_addresses_that_make_no_sense_are_refused(journal, value):
    set_setting("account_addresses", "julie: julie@x.fr")
    with pytest.raises(ValidationError):
        set_setting("account_addresses", value)
    assert get_setting("account_addresses") == "julie: julie@x.fr"


def test_settings_email_section_edits_them(qtbot, journal):
    from cxjournal.ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    page = window.show_page("settings")
    page.mail.account_addresses.setText("anna: Anna@Shop.fr")
    page.mail.account_addresses.textEdited.emit("anna: Anna@Shop.fr")
    assert page.save()
    assert get_setting("account_addresses") == "anna: anna@shop.fr"
