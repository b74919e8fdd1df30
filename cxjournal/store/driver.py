"""The PostgreSQL driver (psycopg 3) loads only when a journal on a server is opened.

peewee imports psycopg (and psycopg2) by itself when it is first imported, if they are installed:
about 60 modules that a journal file never uses, at every start of the window and of every
command. ``import_peewee_without_driver`` imports peewee while those names are blocked, so peewee
records them as absent; ``load`` imports psycopg later and hands it to peewee, filling exactly the
names peewee would have filled at import (checked against peewee 4.5; the server test suite fails
at once if a later peewee needs more).
"""

from __future__ import annotations

import sys

_DRIVERS = ("psycopg", "psycopg2")
_loaded = False


def import_peewee_without_driver() -> None:
    """Import peewee now, without letting it import a PostgreSQL driver."""
    if "peewee" in sys.modules:
        return
    blocked = [name for name in _DRIVERS if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]  # "import psycopg" -> ImportError
    try:
        import peewee  # noqa: F401
    finally:
        for name in blocked:
            if sys.modules.get(name) is None:
                del sys.modules[name]


def load() -> None:
    """Import psycopg 3 and give it to peewee (the names peewee's own import would have set)."""
    global _loaded
    if _loaded:
        return
    import peewee
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    if peewee.psycopg is None:
        peewee.psycopg = psycopg
        peewee.TransactionStatus = TransactionStatus
        peewee.Json_pg3, peewee.Jsonb_pg3 = Json, Jsonb
        adapter = peewee.Psycopg3Adapter
        adapter.txn_idle = TransactionStatus.IDLE
        adapter.txn_inerror = TransactionStatus.INERROR
        adapter.txn_unknown = TransactionStatus.UNKNOWN
    _loaded = True
