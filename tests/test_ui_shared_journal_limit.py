"""File ▸ Open a shared journal… counts wrong passwords as the sign-in dialog does (issue 18): the
same pause past the limit, Connect refused meanwhile, and the failures written to the journal's
account events once the right password opens it (a real login on a real server)."""

from __future__ import annotations

import pytest

from cxjournal import sign_in_failures
from cxjournal.sign_in_failures import TRIES_BEFORE_PAUSE
from cxjournal.store.connection import current_location
from cxjournal.ui.dialogs import sign_in as sign_in_module
from cxjournal.ui.dialogs.shared_journal import SharedJournalDialog, switch_to
from tests.test_sign_in import PASSWORD, password_login  # noqa: F401  (a fixture)


@pytest.mark.server_only
def test_wrong_passwords_pause_and_are_recorded(qtbot, password_login, monkeypatch):  # noqa: F811
    from cxjournal.services.accounts import account_events_list

    monkeypatch.setattr(sign_in_module, "MS_PER_SECOND", 10)
    address = password_login
    dialog = SharedJournalDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.host.setText(address.host)
    dialog.port.setValue(address.port or 5432)
    dialog.database.setText(address.dbname)
    dialog.account.setText(address.user)
    for _ in range(TRIES_BEFORE_PAUSE - 1):
        dialog.password.setText("wrong")
        dialog.connect_button.click()
    assert dialog.connect_button.isEnabled() and "Try again" in dialog.error.text()
    dialog.password.setText("wrong")
    dialog.connect_button.click()
    assert dialog.wrong_tries == TRIES_BEFORE_PAUSE and dialog.isVisible()
    assert not dialog.connect_button.isEnabled() and "Wait 30 seconds" in dialog.error.text()
    dialog.accept()  # Enter while paused: not one more try
    assert dialog.wrong_tries == TRIES_BEFORE_PAUSE
    assert [(a, n) for a, n, _at in sign_in_failures.pending(dialog.typed_address())] == [
        (address.user, TRIES_BEFORE_PAUSE)
    ]
    qtbot.waitUntil(dialog.connect_button.isEnabled, timeout=3000)
    dialog.password.setText(PASSWORD)
    dialog.remember.setChecked(False)
    dialog.connect_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    switch_to(dialog.address, dialog.password_used)
    assert current_location() == dialog.address
    assert sign_in_failures.pending(dialog.address) == []
    failed = [e for e in account_events_list() if e.account == address.user]
    assert [(e.kind, e.tries, e.by) for e in failed] == [
        ("sign_in_failed", TRIES_BEFORE_PAUSE, address.user)
    ]
