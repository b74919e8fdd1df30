"""Signing out, switching user and the idle lock (issue 18): the window reopens as the other
account and adapts to its role (a counter sees no Staff page), sign out forgets the remembered
password, the lock comes after the idle time (shortened here), covers every window, keeps what
is typed in quick capture, and asks the account's password on a shared journal."""

from __future__ import annotations

import os
import uuid
from dataclasses import replace

import pytest

from cxjournal import credentials
from cxjournal.services import accounts
from cxjournal.store.connection import close_journal, current_location, open_journal
from cxjournal.ui.dialogs.quick_capture import QuickCaptureDialog
from cxjournal.ui.shell import session
from cxjournal.ui.shell.idle_lock import Cover, IdleLock
from cxjournal.ui.shell.main_window import MainWindow
from tests.helpers import show_active
from tests.memory_keyring import use_memory_keyring

PASSWORD = "Éclair au café 9"


def _window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    show_active(qtbot, window)
    return window


def _titles(window) -> list[str]:
    return [
        window.nav.item(row).text()
        for row in range(window.nav.count())
        if not window.nav.item(row).isHidden()
    ]


def test_the_lock_comes_after_the_idle_time_and_keeps_the_typing(qtbot):
    window = _window(qtbot)
    capture = QuickCaptureDialog(window)
    qtbot.addWidget(capture)
    capture.show()
    capture.details.setPlainText("Le four fait un bruit étrange")
    try:
        _lock_and_unlock(qtbot, window, capture)
    finally:
        capture.details.clear()  # closing would ask before throwing it away


def _lock_and_unlock(qtbot, window, capture) -> None:
    lock = IdleLock(window, minutes=2, ms_per_minute=40)  # 80 ms of no input
    assert not lock.locked
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    covered = {cover.parentWidget() for cover in lock.covers}
    assert window in covered and capture in covered
    assert all(c.isVisible() and c.geometry() == c.parentWidget().rect() for c in lock.covers)
    shared = session.shared_address() is not None  # a file has no password to ask
    assert lock.screen.isVisible() and lock.screen.password.isVisible() == shared
    lock.screen.reject()  # Esc does not unlock
    assert lock.locked
    lock.set_minutes(0)  # once unlocked, no second lock 80 ms later while this test looks
    if shared:  # the test server's administrator
        lock.screen.password.setText(os.environ.get("PGPASSWORD", ""))
    lock.screen.unlock_button.click()
    assert not lock.locked and not any(cover.isVisible() for cover in lock.covers)
    qtbot.waitUntil(lambda: not capture.findChildren(Cover), timeout=3000)
    assert capture.isVisible() and capture.details.toPlainText() == "Le four fait un bruit étrange"


def test_input_holds_the_lock_off_and_zero_means_never(qtbot):
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    window = _window(qtbot)
    lock = IdleLock(window, minutes=3, ms_per_minute=100)  # 300 ms
    for _ in range(6):  # input every 100 ms for 600 ms: never 300 ms without any
        qtbot.wait(100)
        move = QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(5, 5),
            QPointF(5, 5),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(window, move)
    assert not lock.locked
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    lock.unlock()
    lock.set_minutes(0)
    qtbot.wait(400)
    assert not lock.locked


@pytest.fixture
def two_accounts(journal, monkeypatch):
    """An owner and a counter login on the test server; yields their addresses."""
    suffix = uuid.uuid4().hex[:6]
    owner, counter = f"t_so_own_{suffix}", f"t_so_cnt_{suffix}"
    accounts.add_account(owner, "owner", PASSWORD)
    accounts.add_account(counter, "counter", PASSWORD)
    admin_password = os.environ.get("PGPASSWORD")
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    close_journal()
    owner_address = replace(journal, user=owner)
    open_journal(owner_address, password=PASSWORD)
    yield owner_address, replace(journal, user=counter)
    close_journal()
    monkeypatch.setenv("PGPASSWORD", admin_password or "")
    open_journal(journal)
    for name in (owner, counter):
        accounts.remove_account(name)


def _signs_in_as(address, password=PASSWORD):
    def ask(_address, attempt, _parent):
        attempt(address, password)
        return address

    return ask


@pytest.mark.server_only
def test_sign_out_forgets_the_password_and_reopens_as_a_counter(qtbot, two_accounts):
    owner, counter = two_accounts
    use_memory_keyring()
    credentials.remember_password(owner, PASSWORD)
    window = _window(qtbot)
    window.show_page("staff")
    assert "Staff" in _titles(window)
    assert session.sign_out(window, ask=_signs_in_as(counter))
    assert current_location() == counter and accounts.current_role() == "counter"
    assert "Staff" not in _titles(window) and "Reports" not in _titles(window)
    assert window.current_page_key() == "today" and "staff" not in window.pages
    assert credentials.remembered_password(owner) is None


@pytest.mark.server_only
def test_switch_user_cancelled_or_wrong_changes_nothing(qtbot, two_accounts):
    from cxjournal.errors import SignInNeededError

    owner, counter = two_accounts
    window = _window(qtbot)
    assert not session.switch_user(window, ask=lambda *_a: None)
    with pytest.raises(SignInNeededError):
        session.switch_user(window, ask=_signs_in_as(counter, "wrong"))
    assert current_location() == owner and accounts.current_role() == "owner"
    assert session.switch_user(window, ask=_signs_in_as(counter))
    assert current_location() == counter and "Staff" not in _titles(window)


@pytest.mark.server_only
def test_the_lock_asks_the_accounts_password(qtbot, two_accounts, monkeypatch):
    from cxjournal import sign_in_failures
    from cxjournal.ui.dialogs import sign_in

    monkeypatch.setattr(sign_in, "MS_PER_SECOND", 5)
    owner, _counter = two_accounts
    window = _window(qtbot)
    lock = IdleLock(window, minutes=0)
    lock.lock()
    assert (
        lock.screen.password.isVisible()
        and owner.user in lock.screen.findChildren(type(lock.screen.error))[1].text()
    )
    lock.screen.password.setText("wrong")
    lock.screen.unlock_button.click()
    assert lock.locked and "Wrong password" in lock.screen.error.text()
    assert sign_in_failures.pending(owner)[0][:2] == (owner.user, 1)
    lock.screen.password.setText(PASSWORD)
    lock.screen.unlock_button.click()
    assert not lock.locked and sign_in_failures.pending(owner) == []
    failed = [e for e in accounts.account_events_list() if e.kind == "sign_in_failed"]
    assert [(e.account, e.tries, e.by) for e in failed if e.account == owner.user] == [
        (owner.user, 1, owner.user)
    ]
