"""An entry marked answered by someone who may not edit it: a counter's answer to an entry
someone else recorded, on a server (issue 18: a counter records answers on the customer entries it
sees, and edits only its own). The entry's first-response time and status follow through a
function that runs as the tables' owner and changes nothing else (``server_policies``)."""

from __future__ import annotations

from datetime import datetime

from cxjournal.store.models import db


def note_answer(entry_id: int, at: datetime, stamp: datetime) -> None:
    """The entry ``entry_id`` answered at ``at`` by this login's own answer (recorded already in
    this transaction); ``stamp``: the change's time. Only on a server (a file has no roles)."""
    db.execute_sql("SELECT cxjournal_entry_answered(%s, %s, %s)", (entry_id, at, stamp))
