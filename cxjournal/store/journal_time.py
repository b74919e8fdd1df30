"""The journal's time zone and, on a server, the server's clock: what ``clock.now()`` follows
once a journal is open (the decision is written in ``cxjournal/clock.py``)."""

from __future__ import annotations

from datetime import datetime

from cxjournal import clock
from cxjournal.store.models import Setting, db, on_server, upsert

ZONE_KEY = "time_zone"  # the owner's setting (services/settings.py lists it)


_opening = False  # the first measure, on the opening's own connection (see follow_journal_time)
_readable: dict[object, bool] = {}  # asked once per opened server journal (its database object)


def _zone_readable() -> bool:
    """Whether this login may read the settings: a kiosk's login reads nothing of the journal,
    and goes by its computer's zone (it writes no time another account reads as shop time).
    Read with what the role check needs (``server_roles.login_facts``): one round trip for both
    before the window's first paint."""
    if not on_server():
        return True
    database = db.obj
    if database not in _readable:
        _readable.clear()  # another journal's answer
        from cxjournal.store import server_roles  # a server journal's only

        _readable[database] = server_roles.login_facts()[2]
    return _readable[database]


def stored_zone() -> str:
    """The zone named in the open journal ("" when it names none, or when this login may not
    read it)."""
    if not _zone_readable():
        return ""
    row = Setting.get_or_none(Setting.key == ZONE_KEY)
    return row.value if row is not None else ""


def ensure_zone() -> str:
    """Give the open journal this computer's zone unless it has one (a new journal, an upgrade)."""
    name = stored_zone()
    if not name:
        name = clock.computer_zone_name()
        upsert(Setting, key=ZONE_KEY, value=name)
    return name


def _server_clock() -> tuple[datetime, str | None]:
    """The server's current moment (``clock_timestamp()``, not the transaction's start) and the
    journal's zone, in one round trip; at the opening, the login's group too (``_opening``)."""
    columns, params = ["clock_timestamp()"], []
    if _zone_readable():
        columns.append("(SELECT value FROM setting WHERE key = %s)")
        params.append(ZONE_KEY)
    group = None
    if _opening:
        from cxjournal.store import server_roles  # a server journal's only

        group = server_roles.group_columns_to_carry()
        if group is not None:
            columns.append(group[0])
            params.extend(group[1])
    row = db.execute_sql(f"SELECT {', '.join(columns)}", tuple(params)).fetchone()
    if group is not None:
        server_roles.carried_group(*row[-2:])
    return row[0], (row[1] if _zone_readable() else None)


def follow_journal_time() -> None:
    """After a journal was opened: "now" in its zone, by its server's clock when on a server
    (measured now: the zone and the clock in one round trip)."""
    global _opening
    _readable.clear()  # the login may have changed, even for the same database object
    if not on_server():
        clock.use_zone(stored_zone() or None)
        clock.use_reference(None)
        return
    clock.use_zone(None)  # a journal naming no zone, or a login that may not read it
    clock.use_reference(_server_clock, on_measure_end=_close_thread_connection)
    _opening = True  # the window asks the login's group before its first paint: read it now
    try:
        clock.measure_reference()
    finally:
        _opening = False


def _close_thread_connection() -> None:
    """A background measure of the server's clock opened its own connection: close it."""
    current = db.obj
    if current is not None and not current.is_closed():
        current.close()


def forget_journal_time() -> None:
    """After the journal was closed: the computer's own zone and clock again."""
    _readable.clear()
    clock.use_zone(None)
    clock.use_reference(None)


def server_now() -> datetime:
    """The current time on the server in the journal's zone, naive; for checks and tests that must
    ask the server itself rather than the measured offset."""
    moment, zone = _server_clock()
    return moment.astimezone(clock.zone_or_none(zone or "")).replace(tzinfo=None, microsecond=0)
