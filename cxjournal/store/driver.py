"""The PostgreSQL driver (psycopg 3) loads only when a journal on a server is opened.

peewee imports psycopg (and psycopg2) by itself when it is first imported, if they are installed:
about 60 modules that a journal file never uses, at every start of the window and of every
command. ``import_peewee_without_driver`` imports peewee while those names are blocked, so peewee
records them as absent; ``load`` imports psycopg later and hands it to peewee, filling exactly the
names peewee would have filled at import (checked against peewee 4.5; the server test suite fails
at once if a later peewee needs more).

psycopg and psycopg-binary each learn their own version from ``importlib.metadata`` as they are
imported, which loads that package (with ``email``, ``zipfile``, ``csv``...) and searches every
installed distribution: a quarter of the driver's import, before the first paint of a server
journal (measured on a loaded machine: 190 + 40 ms of about 900). ``load`` gives them their
version read from their ``*.dist-info`` folder names instead, the same text.
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

    _versions_without_metadata()
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


def _versions_without_metadata() -> None:
    """``psycopg.version`` and ``psycopg_binary.version`` as modules holding the version their
    distribution's folder is named with (``psycopg-3.3.9.dist-info``); left to the packages
    themselves when that folder is not found (an unusual install: they ask importlib.metadata)."""
    import importlib.util
    import os
    import types

    for package, distribution in (("psycopg", "psycopg"), ("psycopg_binary", "psycopg_binary")):
        name = f"{package}.version"
        if name in sys.modules:
            continue
        try:
            spec = importlib.util.find_spec(package)
        except (ImportError, ValueError):
            continue
        if spec is None or not spec.origin:
            continue
        folder = os.path.dirname(os.path.dirname(spec.origin))
        prefix, suffix = f"{distribution}-", ".dist-info"
        try:
            found = [
                entry.name[len(prefix) : -len(suffix)]
                for entry in os.scandir(folder)
                if entry.name.startswith(prefix) and entry.name.endswith(suffix)
            ]
        except OSError:
            continue
        if len(found) == 1:
            module = types.ModuleType(name, f"The {distribution} version (store/driver.py).")
            module.__version__ = found[0]
            sys.modules[name] = module
