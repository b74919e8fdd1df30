"""The window and the services follow the signed-in account's role (issue 18): what a counter, a
manager and a kiosk are offered, with real server logins of each role; plain words for what the
server refuses; a journal file stays the owner's, as before."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid

import pytest

from cxjournal.errors import PermissionDeniedError
from cxjournal.services import accounts, entries, people, privacy, settings
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.location import ServerAddress
from tests.helpers import open_page

PASSWORD = "correct horse 42"


def _open_as(address: ServerAddress, login: str, monkeypatch) -> None:
    close_journal()
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    open_journal(ServerAddress(address.dbname, address.host, address.port, login))


@pytest.fixture
def shop(journal, monkeypatch):
    """A server journal with a customer and a staff member, an entry each, and a login of each
    role; yields a function that reopens the journal as one of them."""
    anna = people.add_person("Anna Dupont", "customer")
    marc = people.add_person("Marc Petit", "staff")
    mine = entries.log_entry(person=anna, kind="complaint", title="Pain rassis").id
    entries.log_entry(person=marc, kind="concern", title="Migraine au travail")
    suffix = uuid.uuid4().hex[:6]
    logins = {group: f"t_{group}_{suffix}" for group in accounts.GROUPS}
    for group, login in logins.items():
        accounts.add_account(login, group, PASSWORD)
    admin_password = os.environ.get("PGPASSWORD")
    yield (lambda group: _open_as(journal, logins[group], monkeypatch)), {"entry": mine}, logins
    close_journal()
    if admin_password is None:
        monkeypatch.delenv("PGPASSWORD", raising=False)
    else:
        monkeypatch.setenv("PGPASSWORD", admin_password)
    open_journal(journal)
    for login in logins.values():
        accounts.remove_account(login)


def _nav_titles(window) -> list[str]:
    return [
        window.nav.item(row).text()
        for row in range(window.nav.count())
        if not window.nav.item(row).isHidden()
    ]


# a journal file: one user, the owner -------------------------------------------------------------


@pytest.mark.file_only
def test_a_journal_file_is_the_owners_and_may_everything():
    assert accounts.current_role() == "owner"
    assert all(accounts.may(what) for what in accounts.MAY)
    assert accounts.sides() == ("customer", "staff")


def test_the_table_of_the_issue():
    may = accounts.may
    assert may("staff", "manager") and not may("staff", "counter")
    assert may("reports", "manager") and not may("reports", "counter")
    assert not may("export", "manager") and not may("backup", "manager")
    assert not may("settings", "manager") and not may("erasure", "manager")
    assert not may("accounts", "manager") and may("accounts", "owner")
    assert may("rate", "kiosk") and not may("see_customers", "kiosk")
    assert not may("edit_others", "counter") and may("edit_others", "manager")
    with pytest.raises(KeyError):
        may("fly")


@pytest.mark.file_only
def test_an_owners_window_on_a_file_shows_every_page_and_data_action(qtbot):
    window, _page = open_page(qtbot, "today")
    assert len(_nav_titles(window)) == 9
    assert window.data_actions and all(a.isVisible() for a in window.data_actions)
    settings_page = window.show_page("settings")
    assert settings_page.business_box.isVisibleTo(settings_page)


# real logins on a server -----------------------------------------------------------------------


@pytest.mark.server_only
def test_each_login_gets_its_own_role(shop):
    sign_in, _ids, _logins = shop
    for group in accounts.GROUPS:
        sign_in(group)
        assert accounts.current_role() == group


@pytest.mark.server_only
def test_a_counters_window_has_no_staff_reports_or_data_actions(shop, qtbot):
    sign_in, _ids, _logins = shop
    sign_in("counter")
    window, _page = open_page(qtbot, "today")
    titles = _nav_titles(window)
    assert "Staff" not in titles and "Reports" not in titles and "Insights" not in titles
    assert "Customers" in titles and "Journal" in titles
    assert not window.go_actions["staff"].isEnabled()
    assert window.show_page("staff") is window.current_page()  # stays where it was
    assert window.current_page_key() == "today"
    assert all(not a.isVisible() for a in window.data_actions)
    journal = window.show_page("journal")
    assert [journal.side.itemData(i) for i in range(journal.side.count())] == ["customer"]
    settings_page = window.show_page("settings")
    assert not settings_page.business_box.isVisibleTo(settings_page)
    assert settings_page.reminders_here.isVisibleTo(settings_page)
    assert not settings_page.server_backup.isVisibleTo(settings_page)


@pytest.mark.server_only
def test_a_counters_who_completer_offers_customers_only(shop, qtbot):
    from cxjournal.ui.dialogs.quick_capture import QuickCaptureDialog

    sign_in, _ids, _logins = shop
    sign_in("counter")
    dialog = QuickCaptureDialog()
    qtbot.addWidget(dialog)
    offered = dialog.who.completer().model().stringList()
    assert any("Anna Dupont" in text for text in offered)
    assert not any("Marc Petit" in text for text in offered)
    assert [dialog.side.itemData(i) for i in range(dialog.side.count())] == ["customer"]


@pytest.mark.server_only
def test_a_managers_window_has_reports_but_no_data_actions_or_journal_settings(shop, qtbot):
    sign_in, _ids, _logins = shop
    sign_in("manager")
    window, _page = open_page(qtbot, "today")
    titles = _nav_titles(window)
    assert "Reports" in titles and "Staff" in titles
    assert all(not a.isVisible() for a in window.data_actions)
    settings_page = window.show_page("settings")
    assert not settings_page.business_box.isVisibleTo(settings_page)
    with pytest.raises(PermissionDeniedError, match="may not erase"):
        privacy.erase_person(people.find_people()[0].id)
    with pytest.raises(PermissionDeniedError, match="settings"):
        settings.set_setting("business_name", "Chez moi")
    with pytest.raises(PermissionDeniedError):
        accounts.list_accounts()


@pytest.mark.server_only
def test_a_counter_editing_someone_elses_entry_is_told_plainly(shop):
    sign_in, ids, _logins = shop
    sign_in("counter")
    with pytest.raises(PermissionDeniedError, match="may not change"):
        entries.edit_entry(ids["entry"], title="x")
    with pytest.raises(PermissionDeniedError, match="may not change"):
        entries.trash_entry(ids["entry"])


@pytest.mark.server_only
def test_the_cli_says_a_refusal_in_one_line_with_exit_2(shop):
    _sign_in, _ids, logins = shop
    address = shop_address()
    url = f"postgresql://{logins['counter']}@{address.host}:{address.port}/{address.dbname}"
    env = {**os.environ, "PGPASSWORD": PASSWORD, "QT_QPA_PLATFORM": "offscreen"}
    for argv in (["settings", "set", "business_name", "x"], ["account", "list"]):
        done = subprocess.run(
            [sys.executable, "-m", "cxjournal", "--db", url, *argv],
            capture_output=True,
            text=True,
            env=env,
        )
        assert done.returncode == 2, done.stderr
        assert "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
        assert "may not" in done.stderr


def shop_address() -> ServerAddress:
    from cxjournal.store.connection import current_location

    location = current_location()
    assert isinstance(location, ServerAddress)
    return location
