"""Accounts of a shared journal: the signed-in account's role and what it may do (``may``), adding
one with its role, listing them, changing a role, removing one (which ends its open sessions).
Managing accounts is for owners only: the server refuses anyone else (``store.server_accounts``);
a journal file has no accounts and its one user is the owner.

``may`` only decides what the window and the CLI offer; the server enforces the same table with
grants and row-level security (``store.server_policies``), so hiding is never the protection."""

from __future__ import annotations

from cxjournal import clock
from cxjournal import vocabulary as v
from cxjournal.errors import PermissionDeniedError, ValidationError
from cxjournal.i18n import tr
from cxjournal.services.common import action
from cxjournal.store import account_events, server_accounts, server_roles
from cxjournal.store.account_events import AccountEvent
from cxjournal.store.server_accounts import Account
from cxjournal.store.server_roles import GROUPS

__all__ = [
    "GROUPS",
    "Account",
    "AccountEvent",
    "account_events_list",
    "add_account",
    "change_role",
    "current_role",
    "forget_login",
    "list_accounts",
    "may",
    "record_failed_sign_ins",
    "remove_account",
    "require",
    "require_shared",
    "sides",
]


OWNER, MANAGER, COUNTER, KIOSK = GROUPS
_READERS = frozenset({OWNER, MANAGER, COUNTER})
_STAFF_SIDE = frozenset({OWNER, MANAGER})
_OWNERS = frozenset({OWNER})
# The table of issue 18: which roles may do what. "edit_others" is editing or trashing an entry
# someone else made (a counter edits its own only); "rate" is recording a rating or a pulse answer.
MAY = {
    "see_customers": _READERS,
    "record_customer": _READERS,
    "edit_others": _STAFF_SIDE,
    "staff": _STAFF_SIDE,
    "confidential": _STAFF_SIDE,
    "reports": _STAFF_SIDE,
    "export": _OWNERS,
    "import": _OWNERS,
    "backup": _OWNERS,
    "accounts": _OWNERS,
    "settings": _OWNERS,
    "erasure": _OWNERS,
    "retention": _OWNERS,
    "rate": frozenset(GROUPS),
    "templates": _STAFF_SIDE,  # keep the reply templates (a counter answers with them)
}


def current_role() -> str:
    """The signed-in account's role: always the owner on a journal file; on a server the group
    of the login (asked once per connection). The server's administrator, who is no account of
    the journal and bypasses its policies, counts as an owner."""
    return server_roles.group_of_connection() or OWNER


def may(what: str, role: str | None = None) -> bool:
    """Whether ``role`` (default: the signed-in account's) may do ``what``, a key of ``MAY``."""
    if what not in MAY:
        raise KeyError(what)  # a misspelt action must not quietly mean "no"
    return (role or current_role()) in MAY[what]


def require(what: str) -> None:
    """Refuse at once, in plain words, what the signed-in account may not do (``may``): before a
    transaction half-runs into the server's refusal."""
    if may(what):
        return
    doing = {
        "settings": tr("change the journal's settings"),
        "erasure": tr("erase people"),
        "retention": tr("erase people"),
        "accounts": tr("manage accounts"),
        "export": tr("export the whole journal"),
        "import": tr("import into the journal"),
        "backup": tr("back up the whole journal"),
        "reports": tr("make reports"),
        "staff": tr("see or record staff entries"),
        "templates": tr("change the reply templates"),
    }.get(what, tr("do this"))
    raise PermissionDeniedError(
        tr("Your account may not {doing}: ask an owner of the journal.").format(doing=doing)
    )


def sides(role: str | None = None) -> tuple[str, ...]:
    """The sides (customer, staff) ``role`` (default: the signed-in account's) sees and records."""
    return v.SIDES if may("staff", role) else (v.CUSTOMER,)


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
    account_events.record(clock.now(), account_events.ADDED, name, role)
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
    account_events.record(clock.now(), account_events.ROLE, name, role)
    return Account(name, role)


@action
def remove_account(name: str) -> None:
    """Remove the login ``name`` and end its open sessions."""
    server_accounts.require_shared_journal()
    name = _name(name)
    server_accounts.remove_account(name)
    account_events.record(clock.now(), account_events.REMOVED, name)


@action
def account_events_list(limit: int = 500) -> list[AccountEvent]:
    """Accounts added, removed, roles changed and failed sign-ins, latest first (owners only:
    the server shows nobody else a row)."""
    server_accounts.require_shared_journal()
    require("accounts")
    return account_events.events(limit)


@action
def forget_login(name: str) -> int:
    """Forget a former account (GDPR erasure of the person who held it): the account events
    about the login go, and where it recorded others' events its name is blanked. Refused while
    the login is still an account (remove it first) and to anyone but an owner. Returns how many
    events changed."""
    server_accounts.require_shared_journal()
    require("accounts")
    name = _name(name)
    if name in {a.name for a in server_accounts.accounts()}:
        raise ValidationError(
            tr("{name} is still an account: remove it first, then forget it.").format(name=name)
        )
    return account_events.forget_login(name)


@action
def record_failed_sign_ins(failures: list[tuple[str, int, object]], computer: str) -> None:
    """Failed sign-ins typed on this computer before this successful one: (account, how many,
    when the last was). Any account may record them; none may read them back but an owner."""
    for account, tries, last_try in failures:
        account_events.record_failed(account, tries, last_try, computer)
