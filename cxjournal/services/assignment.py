"""Who a follow-up or a promise is assigned to: an account of a shared journal, or nobody.

On a server the choices are the journal's owner, manager and counter accounts for an owner or a
manager, and only itself (or nobody) for a counter; the server enforces the counter's limit too
(``store.server_assignment``). A journal file has one user: nothing is assigned there, and the
window offers no choice. A counter's reminders are the follow-ups and promises assigned to it or
to nobody (``services.reminders``).
"""

from __future__ import annotations

from cxjournal.errors import ValidationError
from cxjournal.i18n import tr
from cxjournal.services import accounts
from cxjournal.store import server_assignment, server_roles
from cxjournal.store.models import on_server

NOBODY = "none"  # what the CLI's --assign takes for "nobody"
UNCHANGED = object()  # an edit that leaves the assignee as it is


def assignment_offered() -> bool:
    """Whether the open journal has accounts to assign to (a server), so the window offers it."""
    return on_server()


def this_login() -> str | None:
    """The signed-in account's name on a server; None in a file."""
    return server_assignment.current_login() if on_server() else None


def assignable_accounts() -> list[str]:
    """The accounts the signed-in account may assign work to: every owner, manager and counter
    of the journal for an owner or a manager, itself for a counter, none in a file."""
    if not on_server():
        return []
    if accounts.current_role() == accounts.COUNTER:
        return [server_assignment.current_login()]
    journal = server_roles.prefix()
    return server_assignment.assignees(journal) if journal else []


def checked_assignee(name: str | None) -> str | None:
    """``name`` as an assignee (None: nobody), or a ValidationError saying who may be chosen."""
    name = (name or "").strip()
    if not name or name.casefold() == NOBODY:
        return None
    if not on_server():
        raise ValidationError(
            tr("Assigning needs a shared journal on a server; a journal file has one user."),
            field="assigned_to",
        )
    choices = assignable_accounts()
    if name not in choices:
        raise ValidationError(
            tr("“{name}” cannot be assigned: choose one of {names}, or nobody.").format(
                name=name, names=", ".join(choices)
            ),
            field="assigned_to",
        )
    return name


def reminded_counter() -> str | None:
    """The counter signed in, whose reminders are only what is assigned to it or to nobody;
    None for everyone else (an owner or a manager is reminded of everything it sees)."""
    if on_server() and accounts.current_role() == accounts.COUNTER:
        return server_assignment.current_login()
    return None


def reminds(assigned_to: str | None, counter: str | None) -> bool:
    """Whether a follow-up or promise assigned to ``assigned_to`` reminds the account signed in
    (``counter``: ``reminded_counter()``)."""
    return counter is None or assigned_to is None or assigned_to == counter
