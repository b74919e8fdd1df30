"""Accounts of a shared journal: adding one with its role, listing them, changing a role, removing
one (which ends its open sessions). Owners only: the server refuses anyone else
(``store.server_accounts``); a journal file has no accounts."""

from __future__ import annotations

from cxjournal.errors import ValidationError
from cxjournal.i18n import tr
from cxjournal.services.common import action
from cxjournal.store import server_accounts
from cxjournal.store.server_accounts import Account
from cxjournal.store.server_roles import GROUPS

__all__ = [
    "GROUPS",
    "Account",
    "add_account",
    "change_role",
    "list_accounts",
    "remove_account",
    "require_shared",
]


def _group(role: str) -> str:
    if role not in GROUPS:
        raise ValidationError(
            tr("The role must be one of {roles}.").format(roles=", ".join(GROUPS)), field="role"
        )
    return role


def _name(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise ValidationError(tr("{label} cannot be empty.").format(label=tr("Account")))
    return name


def require_shared() -> None:
    """Refuses at once on a journal file (before a password is asked for nothing)."""
    server_accounts.require_shared_journal()


@action
def add_account(name: str, role: str, password: str) -> Account:
    """A new login ``name`` in ``role``; ``password`` leaves this computer only as a SCRAM
    verifier."""
    server_accounts.require_shared_journal()
    name, role = _name(name), _group(role)
    if not password:
        raise ValidationError(tr("{label} cannot be empty.").format(label=tr("Password")))
    server_accounts.add_account(name, role, password)
    return Account(name, role)


@action
def list_accounts() -> list[Account]:
    server_accounts.require_shared_journal()
    return server_accounts.accounts()


@action
def change_role(name: str, role: str) -> Account:
    server_accounts.require_shared_journal()
    name, role = _name(name), _group(role)
    server_accounts.set_role(name, role)
    return Account(name, role)


@action
def remove_account(name: str) -> None:
    """Remove the login ``name`` and end its open sessions."""
    server_accounts.require_shared_journal()
    server_accounts.remove_account(_name(name))
