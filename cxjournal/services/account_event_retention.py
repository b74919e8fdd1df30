"""How long the account events of a shared journal are kept (issue 18): a year, then they go.

They name logins and the computers passwords were typed on, and tell when people worked: personal
data kept only as long as it serves to look back at who had access and at guessed passwords. An
owner's window deletes the older ones after its first paint, and so does every retention run
(``cxjournal retention erase --yes``, the monthly review's Erase). Another account deletes nothing:
the server lets owners alone delete a row (``store.server_policies``). A journal file has no
account events.
"""

from __future__ import annotations

from datetime import datetime

from dateutil.relativedelta import relativedelta

from cxjournal.services import accounts
from cxjournal.services.common import action
from cxjournal.store import account_events
from cxjournal.store.models import on_server

KEEP_ACCOUNT_EVENTS_MONTHS = 12


def cutoff(now: datetime) -> datetime:
    """Events from before this moment are past the period."""
    return now - relativedelta(months=KEEP_ACCOUNT_EVENTS_MONTHS)


def forget_old_account_events(now: datetime) -> int:
    """Delete the account events older than the period; how many went (0 for anyone but an
    owner, and on a journal file, where no write transaction is even begun)."""
    if not on_server() or not accounts.may("retention"):
        return 0
    return _forget(now)


@action
def _forget(now: datetime) -> int:
    return account_events.forget_before(cutoff(now))
