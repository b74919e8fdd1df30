"""Who recorded an entry, response, promise or follow-up, and whom it is assigned to, in words.

Rows older than version 11 (and rows a program wrote without it) have no ``made_by``: they are
shown with nothing rather than "None". Ratings and pulse answers never carry an account."""

from __future__ import annotations

from cxjournal.i18n import tr

UNKNOWN = "—"


def account_or_dash(name: str | None) -> str:
    """The account's name, or a dash when it is not known (a table cell, a report column)."""
    return name or UNKNOWN


def recorded_by(name: str | None) -> str:
    """ "recorded by NAME", or "" when nobody is known."""
    return tr("recorded by {name}").format(name=name) if name else ""


def assigned_to(name: str | None) -> str:
    """ "assigned to NAME", or "" for nobody."""
    return tr("assigned to {name}").format(name=name) if name else ""


def with_details(text: str, *details: str) -> str:
    """``text`` followed by the details that are not empty, separated by middle dots."""
    return " · ".join([text, *(d for d in details if d)])
