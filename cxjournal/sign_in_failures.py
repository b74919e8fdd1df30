"""Failed sign-ins typed on this computer, kept until someone signs in to that journal here.

The server refuses a wrong password before any table can be reached, so a failure cannot be
written to the journal when it happens (``store.account_events`` says why). The window notes each
one here, in a private file of the data folder (0600), per server and account: how many in a row
and when the last was; the next successful sign-in writes them to the journal and clears them.
The file holds account names and times, never a password. ``limit_pause`` is the pause the window
imposes after repeated failures: it grows with each one past the limit.
"""

from __future__ import annotations

import json
from datetime import datetime

from cxjournal.config import data_dir
from cxjournal.files import write_private_text
from cxjournal.store.location import ServerAddress

FILE_NAME = "sign-in-failures.json"
TRIES_BEFORE_PAUSE = 5
FIRST_PAUSE_S = 30
LONGEST_PAUSE_S = 15 * 60


def limit_pause(wrong_tries: int) -> int:
    """Seconds to wait before the next try after ``wrong_tries`` wrong passwords in a row: none
    for the first few, then 30 s, doubling with each further failure up to 15 minutes, so that
    guessing at a counter computer left alone goes nowhere while a typo costs nothing."""
    past = wrong_tries - TRIES_BEFORE_PAUSE
    if past < 0:
        return 0
    return min(LONGEST_PAUSE_S, FIRST_PAUSE_S * 2 ** min(past, 20))


def _journal_key(address: ServerAddress) -> str:
    return str(ServerAddress(address.dbname, address.host, address.port))


def _read() -> dict:
    try:
        found = json.loads((data_dir() / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):  # none yet, or damaged: nothing to record
        return {}
    return found if isinstance(found, dict) else {}


def note_failure(address: ServerAddress, account: str, when: datetime) -> None:
    """One more wrong password for ``account`` on the journal at ``address``."""
    every = _read()
    journal = every.setdefault(_journal_key(address), {})
    tries, _last = journal.get(account, (0, None))
    journal[account] = (int(tries) + 1, when.isoformat(timespec="seconds"))
    write_private_text(data_dir() / FILE_NAME, json.dumps(every))


def pending(address: ServerAddress) -> list[tuple[str, int, datetime]]:
    """The failures noted for the journal at ``address``: (account, how many, when the last was)."""
    journal = _read().get(_journal_key(address), {})
    found = []
    for account, value in journal.items():
        try:
            found.append((str(account), int(value[0]), datetime.fromisoformat(value[1])))
        except (TypeError, ValueError, IndexError):
            continue  # a damaged line is skipped rather than blocking a sign-in
    return found


def clear(address: ServerAddress) -> None:
    """Forget the failures of that journal once they are written to it."""
    every = _read()
    if every.pop(_journal_key(address), None) is not None:
        write_private_text(data_dir() / FILE_NAME, json.dumps(every))
