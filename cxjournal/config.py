"""Where the journal lives: the user data folder (platformdirs), ``--db`` and ``CXJOURNAL_DB``.

Either may name a file or a PostgreSQL server (``postgresql://user@host/dbname``, see
``store.location``)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

from cxjournal.store.location import ServerAddress, journal_location

APP_NAME = "CXJournal"
DB_FILENAME = "journal.db"
ENV_DB = "CXJOURNAL_DB"


def data_dir() -> Path:
    """The user's data folder for CX Journal (not created here)."""
    return user_data_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def resolve_db_path(cli_path: str | os.PathLike[str] | None = None) -> Path | ServerAddress:
    """The journal to open: ``--db`` first, then ``CXJOURNAL_DB``, then the data folder."""
    if cli_path:
        return journal_location(cli_path)
    env = os.environ.get(ENV_DB)
    if env:
        return journal_location(env)
    return default_db_path()
