"""Settings ▸ Accounts ▸ Account events… (issue 18): an owner sees the events and forgets a removed
account from the window — asked first, naming what goes; refused while the login is still an
account; real logins on a real server, row counts. On a journal file the section says accounts
exist only on a shared journal, offers no events, and the service refuses in plain words."""

from __future__ import annotations

import os
import uuid
from datetime import datetime

import pytest
from PySide6.QtWidgets import QMessageBox

from cxjournal.services import accounts
from cxjournal.store.connection import close_journal, open_journal
from cxjournal.store.location import ServerAddress
from cxjournal.store.models import db
from cxjournal.ui.dialogs.account_events import AccountEventsDialog
from cxjournal.ui.pages import settings_accounts
from tests.helpers import open_page

PASSWORD = "Baguette tradition 7"


def _open_as(journal: ServerAddress, login: str, monkeypatch) -> None:
    close_journal()
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    open_journal(ServerAddress(journal.dbname, journal.host, journal.port, login, journal.sslmode))


def _back_as_admin(journal: ServerAddress, monkeypatch, admin_password: str | None) -> None:
    close_journal()
    monkeypatch.setenv("PGPASSWORD", admin_password or "")
    open_journal(journal)


def _count(sql: str, login: str) -> int:
    return db.execute_sql(sql, (login,)).fetchone()[0]


@pytest.fixture
def former(journal, monkeypatch):
    """``leaver`` (an owner, removed) added ``helper`` and had wrong passwords typed; ``boss`` is
    the owner at the window; ``helper`` is still an account."""
    admin_password = os.environ.get("PGPASSWORD")
    suffix = uuid.uuid4().hex[:8]
    leaver, helper, boss = (f"t_{what}_{suffix}" for what in ("leaver", "helper", "boss"))
    accounts.add_account(leaver, "owner", PASSWORD)
    accounts.add_account(boss, "owner", PASSWORD)
    _open_as(journal, leaver, monkeypatch)
    accounts.add_account(helper, "counter", PASSWORD)
    accounts.record_failed_sign_ins([(leaver, 2, datetime(2026, 5, 2, 8, 0))], "comptoir")
    _back_as_admin(journal, monkeypatch, admin_password)
    accounts.remove_account(leaver)
    _open_as(journal, boss, monkeypatch)
    yield {"leaver": leaver, "helper": helper, "boss": boss}
    _back_as_admin(journal, monkeypatch, admin_password)
    for name in (helper, boss):
        accounts.remove_account(name)


@pytest.fixture
def answers(monkeypatch):
    """The questions asked, answered with ``answers.reply``."""
    asked: list[str] = []

    def answer(*args, **_kwargs):
        asked.append(args[2])
        return answer.reply

    answer.reply = QMessageBox.StandardButton.No
    answer.asked = asked
    monkeypatch.setattr("cxjournal.ui.widgets.feedback.QMessageBox.question", answer)
    return answer


@pytest.mark.server_only
def test_an_owner_forgets_a_removed_account_from_the_window(qtbot, former, answers, monkeypatch):
    leaver, helper = former["leaver"], former["helper"]
    _window, page = open_page(qtbot, "settings")
    box = page.findChild(settings_accounts.AccountsBox, "accounts-box")
    assert box.events_button.isVisibleTo(page)
    opened = []
    monkeypatch.setattr(AccountEventsDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    box.events_button.click()
    [dialog] = opened
    qtbot.addWidget(dialog)
    shown = [(e.account, e.kind) for e in dialog.model.rows()]
    assert (leaver, "removed") in shown and (leaver, "sign_in_failed") in shown
    assert (helper, "added") in shown

    dialog.select(helper)  # still an account: refused before asking, nothing changed
    assert dialog.forget_selected() is None
    assert "still an account" in dialog.error.text() and dialog.error.isVisibleTo(dialog)
    assert answers.asked == []
    assert _count("SELECT count(*) FROM account_event WHERE account = %s", helper) == 1

    dialog.select(leaver)
    assert dialog.forget_selected() is None  # the owner said no: nothing changed
    question = answers.asked[0]
    assert leaver in question and "3 account events about it will be deleted" in question
    assert "blanked in 1 event it recorded about other accounts" in question
    assert _count("SELECT count(*) FROM account_event WHERE account = %s", leaver) == 3

    answers.reply = QMessageBox.StandardButton.Yes
    assert dialog.forget_selected() == 3 + 1  # the row about the helper only blanked
    assert _count("SELECT count(*) FROM account_event WHERE account = %s", leaver) == 0
    assert _count("SELECT count(*) FROM account_event WHERE by_login = %s", leaver) == 0
    assert leaver not in {e.account for e in dialog.model.rows()}
    helper_added = [e for e in dialog.model.rows() if e.account == helper]
    assert [e.by for e in helper_added] == [""]  # the row stays, its author forgotten
    row = dialog.model.rows().index(helper_added[0])
    assert dialog.model.index(row, 3).data() == "a forgotten account"
    assert "forgotten: 4 account events changed" in dialog.note.text()


@pytest.mark.file_only
def test_a_journal_file_offers_no_account_events_and_the_service_refuses(qtbot):
    _window, page = open_page(qtbot, "settings")
    box = page.findChild(settings_accounts.AccountsBox, "accounts-box")
    assert "exist only on a shared journal" in box.note.text()
    assert not box.events_button.isVisibleTo(page)
    dialog = AccountEventsDialog()  # reached anyway: says why, in the dialog, and lists nothing
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert "shared journal" in dialog.error.text() and dialog.error.isVisibleTo(dialog)
    assert not dialog.forget_button.isEnabled()
