"""The limit on failed sign-ins (issue 18): free tries, then a pause that grows with each
failure; each wrong password noted on this computer (never the password itself) until the next
successful sign-in writes it to the journal."""

from __future__ import annotations

from datetime import datetime

from cxjournal import sign_in_failures
from cxjournal.errors import SignInNeededError
from cxjournal.sign_in_failures import FIRST_PAUSE_S, LONGEST_PAUSE_S, TRIES_BEFORE_PAUSE
from cxjournal.store.location import ServerAddress
from cxjournal.ui.dialogs import sign_in as sign_in_module
from cxjournal.ui.dialogs.sign_in import SignInDialog

ADDRESS = ServerAddress("shop", "backoffice.local", 5432, "amelie")


def test_the_pause_grows_with_each_failure_past_the_limit():
    pauses = [sign_in_failures.limit_pause(n) for n in range(1, TRIES_BEFORE_PAUSE + 8)]
    assert pauses[: TRIES_BEFORE_PAUSE - 1] == [0] * (TRIES_BEFORE_PAUSE - 1)
    assert pauses[TRIES_BEFORE_PAUSE - 1] == FIRST_PAUSE_S
    assert pauses[TRIES_BEFORE_PAUSE] == 2 * FIRST_PAUSE_S
    assert pauses[-1] == LONGEST_PAUSE_S and pauses == sorted(pauses)


def test_the_dialog_pauses_and_notes_the_failures(qtbot, monkeypatch, fake_clock):
    monkeypatch.setattr(sign_in_module, "MS_PER_SECOND", 5)

    def refuse(_where, password):
        raise SignInNeededError("refused", wrong_password=True)

    dialog = SignInDialog(ADDRESS, refuse)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(TRIES_BEFORE_PAUSE):
        dialog.password.setText("guess")
        dialog.sign_in_button.click()
    assert not dialog.sign_in_button.isEnabled()
    assert "Wait 30 seconds" in dialog.error.text()
    qtbot.waitUntil(dialog.sign_in_button.isEnabled, timeout=2000)
    dialog.password.setText("guess")
    dialog.sign_in_button.click()
    assert "Wait 1 minute" in dialog.error.text()
    noted = sign_in_failures.pending(ADDRESS)
    assert noted == [("amelie", TRIES_BEFORE_PAUSE + 1, fake_clock.now())]
    file = sign_in_failures.data_dir() / sign_in_failures.FILE_NAME
    assert "guess" not in file.read_text() and oct(file.stat().st_mode & 0o777) == "0o600"
    # another journal on the same server has nothing noted
    assert sign_in_failures.pending(ServerAddress("other", "backoffice.local", 5432)) == []
    sign_in_failures.clear(ADDRESS)
    assert sign_in_failures.pending(ADDRESS) == []
    assert isinstance(noted[0][2], datetime)
