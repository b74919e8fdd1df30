"""Where the journal lives (platformdirs, ``--db``, ``CXJOURNAL_DB``) and the defaults of each setting."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "CXJournal"
DB_FILENAME = "journal.db"
ENV_DB = "CXJOURNAL_DB"

# Settings the owner can change, with the value used until they do.
SETTING_DEFAULTS: dict[str, str] = {
    "business_name": "",
    "logo_path": "",
    "currency": "EUR",
    "paper_size": "A4",
    "language": "system",
    "complaint_reminder_hours": "48",
    "concern_reminder_hours": "24",
    "promise_reminder_days": "1",
    "overdue_promise_reminder": "1",
    "keep_in_tray": "1",
    "include_confidential_in_reports": "0",
    "confidential_in_reminders": "0",  # show a confidential entry's text in reminders
    "welcomed": "0",  # the first-run welcome step was completed
}


def data_dir() -> Path:
    """The user's data folder for CX Journal (not created here)."""
    return user_data_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def resolve_db_path(cli_path: str | os.PathLike[str] | None = None) -> Path:
    """The database to open: ``--db`` first, then ``CXJOURNAL_DB``, then the data folder."""
    if cli_path:
        return Path(cli_path).expanduser()
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser()
    return default_db_path()
