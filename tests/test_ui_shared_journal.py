"""File ▸ Open a shared journal… and the sign-in dialog, driven as a person would: what is
missing is said, a server that does not answer is said plainly and the dialog stays open, a wrong
password then the right one, the address (never the password) kept for the next start."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QSettings

from cxjournal import credentials
from cxjournal.sign_in_failures import TRIES_BEFORE_PAUSE
from cxjournal.store.connection import current_location, open_journal
from cxjournal.ui.dialogs import sign_in as sign_in_module
from cxjournal.ui.dialogs.shared_journal import (
    LAST_JOURNAL_KEY,
    SharedJournalDialog,
    switch_to,
)
from cxjournal.ui.dialogs.sign_in import SignInDialog
from tests.memory_keyring import use_memory_keyring
from tests.test_sign_in import PASSWORD, password_login  # noqa: F401  (a fixture)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    backend = use_memory_keyring()
    yield backend
    keyring.set_keyring(before)


def _dialog(qtbot) -> SharedJournalDialog:
    dialog = SharedJournalDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_what_is_missing_is_said_and_the_dialog_stays(qtbot, memory_keyring):
    dialog = _dialog(qtbot)
    dialog.connect_button.click()
    assert dialog.isVisible() and "name or address of the computer" in dialog.error.text()
    dialog.host.setText("backoffice.local")
    dialog.connect_button.click()
    assert dialog.isVisible() and "name of the journal's database" in dialog.error.text()
    dialog.account.clear()
    dialog.database.setText("journal")
    dialog.connect_button.click()
    assert "account to sign in with" in dialog.error.text()
    assert dialog.address is None


def test_encryption_is_required_unless_the_server_is_this_computer(qtbot, memory_keyring):
    dialog = _dialog(qtbot)
    assert dialog.port.value() == 5432
    dialog.host.setText("backoffice.local")
    assert dialog.tls.currentData() == "require"
    dialog.host.setText("localhost")
    assert dialog.tls.currentData() == "prefer"
    dialog.tls.setCurrentIndex(dialog.tls.findData("verify-full"))
    dialog.tls.activated.emit(dialog.tls.currentIndex())  # the person's own choice
    dialog.host.setText("192.168.1.20")
    assert dialog.tls.currentData() == "verify-full"


def test_a_server_that_does_not_answer_is_said_plainly(qtbot, memory_keyring):
    dialog = _dialog(qtbot)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)
    dialog.database.setText("journal")
    dialog.password.setText("whatever")
    dialog.connect_button.click()
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert "did not answer on port 1" in dialog.error.text()
    dialog.host.setText("no-such-host.invalid")
    dialog.connect_button.click()
    assert "No computer called no-such-host.invalid" in dialog.error.text()


def test_remember_is_greyed_out_with_the_reason_without_a_safe_keyring(qtbot):
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog = _dialog(qtbot)
        assert not dialog.remember.isEnabled()
        assert "cannot be remembered on this computer" in dialog.remember.toolTip()
    finally:
        keyring.set_keyring(before)


@pytest.mark.server_only
def test_wrong_password_then_right_switches_and_remembers(qtbot, password_login):  # noqa: F811
    address = password_login
    dialog = _dialog(qtbot)
    dialog.host.setText(address.host)
    dialog.port.setValue(address.port or 5432)
    dialog.database.setText(address.dbname)
    dialog.account.setText(address.user)
    dialog.password.setText("wrong")
    dialog.connect_button.click()
    assert dialog.isVisible() and "refused this account or password" in dialog.error.text()
    dialog.password.setText(PASSWORD)
    dialog.remember.setChecked(True)
    dialog.connect_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    switch_to(dialog.address, dialog.password_used)
    assert current_location() == dialog.address
    kept = QSettings().value(LAST_JOURNAL_KEY)
    assert kept == str(dialog.address) and PASSWORD not in kept and address.dbname in kept
    assert credentials.remembered_password(dialog.address) == PASSWORD


@pytest.mark.server_only
def test_sign_in_dialog_wrong_then_right_and_a_pause(qtbot, password_login, monkeypatch):  # noqa: F811
    monkeypatch.setattr(sign_in_module, "MS_PER_SECOND", 10)
    dialog = SignInDialog(
        password_login, lambda where, password: open_journal(where, password=password)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.account.text() == password_login.user
    for _ in range(TRIES_BEFORE_PAUSE - 1):
        dialog.password.setText("wrong")
        dialog.sign_in_button.click()
    assert dialog.sign_in_button.isEnabled() and "Try again" in dialog.error.text()
    dialog.password.setText("wrong")
    dialog.sign_in_button.click()
    assert dialog.isVisible() and dialog.wrong_tries == TRIES_BEFORE_PAUSE
    assert not dialog.sign_in_button.isEnabled() and "Wait 30 seconds" in dialog.error.text()
    dialog.sign_in_button.click()  # refused while paused: not one more try
    assert dialog.wrong_tries == TRIES_BEFORE_PAUSE
    qtbot.waitUntil(dialog.sign_in_button.isEnabled, timeout=3000)
    dialog.password.setText(PASSWORD)
    dialog.remember.setChecked(False)
    dialog.sign_in_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert current_location() == password_login
    assert credentials.remembered_password(password_login) is None
    # the failures, kept on this computer meanwhile, are now the journal's account events
    from cxjournal import sign_in_failures
    from cxjournal.services.accounts import account_events_list

    assert sign_in_failures.pending(password_login) == []
    failed = [e for e in account_events_list() if e.account == password_login.user]
    assert [(e.kind, e.tries, e.by) for e in failed] == [
        ("sign_in_failed", TRIES_BEFORE_PAUSE, password_login.user)
    ]
